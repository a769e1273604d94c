#pragma once

#include "Database.h"

namespace urdesk {

// Consistent copies of a database, taken while others keep writing, and their return.
class Backup final
{
public:
    // Writes a checked copy of `database` to `destination` (and its audit record beside it):
    // VACUUM INTO a temporary file, fsync, integrity and audit-chain check, then rename.
    static Done write(const Database& database, const QString& destination);
    // Puts the backup at `source` in place of the database at `target`. The database that
    // was there is kept, renamed; the message of a success names where.
    static Result<QString> restore(const QString& source, const QString& target);
};

} // namespace urdesk
