#include "CliSignIn.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace urdesk::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(urdesk::cli)
};

// Turns the terminal's echo off while it lives.
class NoEcho
{
public:
    NoEcho()
    {
        m_active = tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_active) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
    }
    ~NoEcho()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
    }
    NoEcho(const NoEcho&) = delete;
    NoEcho& operator=(const NoEcho&) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

QString readPassword(const QString& userName, Streams io)
{
    std::string line;
    if (isatty(STDIN_FILENO)) {
        io.err << Text::tr("Password for %1: ").arg(userName);
        io.err.flush();
        const NoEcho quiet;
        std::getline(std::cin, line);
        io.err << '\n';
    } else {
        std::getline(std::cin, line);
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

QStringList roleIds(const QList<Role>& roles)
{
    QStringList ids;
    for (Role r : roles)
        ids.append(roleId(r));
    return ids;
}

} // namespace

bool userGiven(const GlobalOptions& options, const QString& command, Streams io)
{
    if (!options.user.isEmpty())
        return true;
    io.err << Text::tr("%1: say who you are with --user NAME (the password is asked for, or read "
                       "from standard input)")
                  .arg(command)
           << '\n';
    return false;
}

std::optional<Actor> signIn(const GlobalOptions& options, const std::shared_ptr<Database>& db,
                            const QString& command, const QList<Role>& allowed, Streams io)
{
    AccountStore accounts(db);
    std::optional<Role> role;
    if (!options.role.isEmpty()) {
        role = roleFromId(options.role);
        if (!role || !allowed.contains(*role)) {
            io.err << Text::tr("%1: --role takes %2").arg(command, roleIds(allowed).join(u", "_s))
                   << '\n';
            return std::nullopt;
        }
    } else {
        // The account's roles decide, when it exists; otherwise the attempt fails as any
        // wrong password does, without saying whether the account exists.
        role = allowed.first();
        if (const Result<Account> a = accounts.account(options.user)) {
            for (Role r : allowed) {
                if (a->hasRole(r)) {
                    role = r;
                    break;
                }
            }
        }
    }
    const QString password = readPassword(options.user, io);
    Result<Actor> actor = accounts.signIn(options.user, password, *role);
    if (!actor) {
        io.err << Text::tr("%1: cannot sign in: %2").arg(command, actor.error()) << '\n';
        return std::nullopt;
    }
    return actor.value();
}

SignedIn signedIn(const GlobalOptions& options, const QString& command, const QList<Role>& allowed,
                  Streams io)
{
    SignedIn s;
    if (!userGiven(options, command, io)) {
        s.exitCode = 2;
        return s;
    }
    s.database = openDatabase(options, io);
    const auto actor =
        s.database ? signIn(options, s.database, command, allowed, io) : std::nullopt;
    if (!actor) {
        s.exitCode = 1;
        return s;
    }
    s.actor = *actor;
    return s;
}

} // namespace urdesk::cli
