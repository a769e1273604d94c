#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace urdesk::schema {

// The statements that take a database from version - 1 to `version`. Migrations only ever
// add: a table, a column, an index; data already saved is never dropped. The SQL stays
// portable to PostgreSQL except where marked.
QStringList migrationTo(int version);
// What a migration does that SQL alone cannot (folding names for search), after its
// statements and in the same transaction; an empty string when all went well.
QString completeMigrationTo(int version, const QSqlDatabase& db);
// The tables a database of `version` has: those its migrations created.
QStringList tablesAt(int version);

} // namespace urdesk::schema
