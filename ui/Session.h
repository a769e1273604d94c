#pragma once

#include "AccountStore.h"

#include <memory>

namespace urdesk {

// Who is signed in to which database, in which role.
struct Session
{
    std::shared_ptr<Database> database;
    Actor actor;
    Account account; // full name and licence, as shown in the window
    bool demo = false;

    bool isAdministrator() const { return actor.role == roleId(Role::Administrator); }
    // "Demo Nurse, RN (review nurse)"
    QString signedInText() const;
    // "Ana Ruiz, RN": how a record names who classified a drug or answered a question.
    QString reviewerName() const;
};

} // namespace urdesk
