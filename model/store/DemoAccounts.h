#pragma once

#include "AccountStore.h"
#include "PolicyCatalog.h"

namespace urdesk::demo {

// The accounts of a demonstration database: a review nurse, a medical director and an
// administrator, whose passwords the README states. For demonstrations and seeded test
// databases only; a plan's own database has its own accounts.
struct DemoAccount
{
    NewAccount account;
    QString password;
};
QList<DemoAccount> accounts();

// Creates the demo accounts in a database that has no accounts yet.
Done ensureAccounts(const std::shared_ptr<Database>& database);
Actor administrator();

// The demonstration database `urdesk --demo` opens by default, beside the real one.
QString defaultPath();
// Makes `database` a demonstration database: the demo accounts and, when it has no cases,
// fictitious cases in every status. True when it added the cases now.
Result<bool> prepareDatabase(const std::shared_ptr<Database>& database,
                             const PolicyCatalog& catalog);
constexpr int demoCases = 60;

} // namespace urdesk::demo
