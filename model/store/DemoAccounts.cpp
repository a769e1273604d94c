#include "DemoAccounts.h"

#include "CaseSeeder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace urdesk::demo {

QList<DemoAccount> accounts()
{
    return {
        {{u"admin"_s, u"Demo Administrator"_s, {Role::Administrator}, {}, {}},
         u"demo-admin-2026"_s},
        {{u"nurse"_s, u"Demo Nurse, RN"_s, {Role::ReviewNurse}, u"RN"_s, u"RN-000000"_s},
         u"demo-nurse-2026"_s},
        {{u"md"_s, u"Demo Director, MD"_s, {Role::MedicalDirector}, u"MD"_s, u"MD-000000"_s},
         u"demo-md-2026"_s},
    };
}

Actor administrator()
{
    return {u"admin"_s, roleId(Role::Administrator)};
}

Done ensureAccounts(const std::shared_ptr<Database>& database)
{
    AccountStore store(database);
    const Result<bool> any = store.hasAccounts();
    if (!any)
        return Done::failure(any.error());
    if (any.value()) {
        const Result<Account> admin = store.account(administrator().account);
        if (admin && admin->hasRole(Role::Administrator) && !admin->disabled)
            return done();
        return Done::failure(QCoreApplication::translate(
            "urdesk::demo", "this database has its own accounts, without the demo administrator"));
    }
    const QList<DemoAccount> all = accounts();
    Result<Account> first =
        store.createFirstAdministrator(all.first().account, all.first().password);
    if (!first)
        return Done::failure(first.error());
    for (qsizetype i = 1; i < all.size(); ++i) {
        if (Result<Account> a =
                store.createAccount(administrator(), all.at(i).account, all.at(i).password);
            !a)
            return Done::failure(a.error());
    }
    return done();
}

QString defaultPath()
{
    return QFileInfo(Database::defaultPath()).dir().filePath(u"urdesk-demo.db"_s);
}

Result<bool> prepareDatabase(const std::shared_ptr<Database>& database,
                             const PolicyCatalog& catalog)
{
    if (Done accounts = ensureAccounts(database); !accounts)
        return Result<bool>::failure(accounts.error());
    CaseStore store(database, catalog);
    const Result<qint64> cases = store.count({});
    if (!cases)
        return Result<bool>::failure(cases.error());
    if (cases.value() > 0)
        return false;
    const Result<int> seeded = CaseSeeder::seed(store, administrator(), demoCases, 1);
    if (!seeded)
        return Result<bool>::failure(seeded.error());
    return true;
}

} // namespace urdesk::demo
