#pragma once

#include "AccountStore.h"
#include "CliCommands.h"

#include <optional>

namespace urdesk::cli {

// Signs in the account named by --user for a command that changes or reveals cases. The
// password is asked for on the terminal without echo, or read as one line from standard
// input when that is not a terminal (for scripts). The role is --role, or else the first of
// `allowed` that the account holds. Prints why on failure.
// False, with a usage message, when --user was not given.
bool userGiven(const GlobalOptions& options, const QString& command, Streams io);

std::optional<Actor> signIn(const GlobalOptions& options, const std::shared_ptr<Database>& db,
                            const QString& command, const QList<Role>& allowed, Streams io);

// What a command that reveals or changes cases runs in: --user given, the database open, the
// account signed in with one of `allowed`. When not, `exitCode` says how the command ends (2
// without --user, 1 otherwise), the reason already printed.
struct SignedIn
{
    std::shared_ptr<Database> database;
    Actor actor;
    int exitCode = 0;

    explicit operator bool() const { return exitCode == 0; }
};
SignedIn signedIn(const GlobalOptions& options, const QString& command, const QList<Role>& allowed,
                  Streams io);

} // namespace urdesk::cli
