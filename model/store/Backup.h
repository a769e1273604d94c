#pragma once

#include "AuditTrail.h"
#include "Database.h"

#include <functional>

namespace urdesk {

// Consistent copies of a database, taken while others keep writing, and their return.
class Backup final
{
public:
    // Writes a checked copy of `database` to `destination` (and its audit record beside it):
    // VACUUM INTO a temporary file, fsync, integrity and audit-chain check, then rename.
    // An existing file at `destination` is replaced only when asked: it may be the only
    // copy of an older state.
    enum class Existing { Refuse, Replace };
    static Done write(const Database& database, const QString& destination,
                      Existing existing = Existing::Refuse);
    // Puts the backup at `source` in place of the database at `target`. The database that
    // was there is kept, renamed; the message of a success names where. Before anything is
    // replaced, `authorize` signs someone in against the checked copy (the database in place
    // may be the damaged one), and the restore is recorded in the copy's audit trail.
    using Authorize = std::function<Result<Actor>(const std::shared_ptr<Database>& copy)>;
    static Result<QString> restore(const QString& source, const QString& target,
                                   const Authorize& authorize);
};

} // namespace urdesk
