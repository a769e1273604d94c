#pragma once

#include "AccountStore.h"
#include "CliCommands.h"

namespace urdesk::cli {

// False, with a usage message, when --user was not given.
bool userGiven(const GlobalOptions& options, const QString& command, Streams io);

// What a command that reveals or changes cases runs in: --user given, the database open, the
// account signed in with one of `allowed`. When not, `exitCode` says how the command ends (2
// without --user or without a password, 1 otherwise), the reason already printed.
struct SignedIn
{
    std::shared_ptr<Database> database;
    Actor actor;
    int exitCode = 0;

    explicit operator bool() const { return exitCode == 0; }
};

// Signs in the account named by --user to `db`, open already. The password is asked for on
// the terminal without echo, or read as one line from standard input when that is not a
// terminal (for scripts); an empty one is no attempt. The role is --role, or else the first
// of `allowed` that the account holds.
SignedIn signIn(const GlobalOptions& options, const std::shared_ptr<Database>& db,
                const QString& command, const QList<Role>& allowed, Streams io);
// The same, opening the database given by the options first.
SignedIn signedIn(const GlobalOptions& options, const QString& command, const QList<Role>& allowed,
                  Streams io);

} // namespace urdesk::cli
