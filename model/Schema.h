#pragma once

#include <QStringList>

namespace urdesk::schema {

// The statements that take a database from version - 1 to `version`. Migrations only ever
// add: a table, a column, an index; data already saved is never dropped. The SQL stays
// portable to PostgreSQL except where marked.
QStringList migrationTo(int version);

} // namespace urdesk::schema
