#pragma once

#include "CliOptions.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

namespace urdesk {
class PolicyCatalog;
class Database;
} // namespace urdesk

namespace urdesk::cli {

// The headless commands. Each takes its own arguments (after the command name) and returns
// the process exit code: 0 done, 1 the input was bad or a check failed, 2 wrong usage.
struct Streams
{
    QTextStream& out;
    QTextStream& err;
};

// Shared by the commands: the policies (warnings printed), the database (null, reason
// printed, when it cannot be opened). A database is created only with --init, or by a
// command whose work is to create one (`create`).
PolicyCatalog loadCatalog(const GlobalOptions& options, Streams io);
std::shared_ptr<Database> openDatabase(const GlobalOptions& options, Streams io,
                                       bool create = false);
// --init with no command: creates the database and says where.
int init(const GlobalOptions& options, Streams io);

int policies(const GlobalOptions& options, const QStringList& args, Streams io);
int lint(const GlobalOptions& options, const QStringList& args, Streams io);
int evaluate(const GlobalOptions& options, const QStringList& args, Streams io);
int cases(const GlobalOptions& options, const QStringList& args, Streams io);
int seed(const GlobalOptions& options, const QStringList& args, Streams io);
int audit(const GlobalOptions& options, const QStringList& args, Streams io);
int backup(const GlobalOptions& options, const QStringList& args, Streams io);
// Makes the database's files owner-only, recorded in the audit trail.
int repairPermissions(const GlobalOptions& options, const QStringList& args, Streams io);
int restore(const GlobalOptions& options, const QStringList& args, Streams io);
int exportCases(const GlobalOptions& options, const QStringList& args, Streams io);

} // namespace urdesk::cli
