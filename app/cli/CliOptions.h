#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

namespace urdesk::cli {

// The options before the command word.
struct GlobalOptions
{
    QString policyDirectory;
    QString databasePath;
    QString user;      // --user: who signs in for commands that change or reveal cases
    QString role;      // --role: in which role, when the account holds several
    bool init = false; // --init: create the database if there is none
};

// A command line read: its options, and the command with its own arguments.
struct CommandLine
{
    GlobalOptions options;
    QStringList command; // the command word first; empty when there is none
    bool help = false;
    bool version = false;
};

// Reads `arguments` (without the program's name) over `defaults`. An option that takes a
// value needs one that is not empty: `--database=` from a script whose variable was unset
// must not quietly mean the default database. A refusal names the option.
Result<CommandLine> readCommandLine(QStringList arguments, const GlobalOptions& defaults);

} // namespace urdesk::cli
