#pragma once

#include "AuditTrail.h"
#include "Database.h"

#include <QStringList>

namespace urdesk {

// A database's files (the file itself, SQLite's -wal and -shm, the audit trail's head record)
// hold every member's records: only their owner may read or write them. URDesk creates them
// so; a file copied or restored by hand may not be.
class PrivateFiles final
{
public:
    // Those of the database's files that others may read or write, each with its mode
    // ("cases.db (0644)"); empty when all are owner-only.
    static QStringList loose(const QString& databasePath);
    // Makes them owner-only, in the audit trail as `administrator`'s; the files it changed.
    static Result<QStringList> tighten(Database& database, const Actor& administrator);
    // A new, empty file only its owner may read or write, made before any record is written
    // into it; fails when `path` exists. The error is the file system's.
    static Done create(const QString& path);
};

} // namespace urdesk
