#pragma once

#include "AuditTrail.h"
#include "Database.h"

namespace urdesk {

// Security settings an administrator sets for everyone using the database.
class SecuritySettings final
{
public:
    static constexpr int defaultIdleLockMinutes = 10;
    static constexpr int minimumIdleLockMinutes = 1;
    static constexpr int maximumIdleLockMinutes = 60;

    // How long the window may stay idle before it locks itself.
    static Result<int> idleLockMinutes(const Database& database);
    static Done setIdleLockMinutes(Database& database, const Actor& administrator, int minutes);
};

} // namespace urdesk
