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

SignedIn signIn(const GlobalOptions& options, const std::shared_ptr<Database>& db,
                const QString& command, const QList<Role>& allowed, Streams io)
{
    SignedIn s{db, {}, 1};
    AccountStore accounts(db);
    std::optional<Role> role;
    if (!options.role.isEmpty()) {
        role = roleFromId(options.role);
        if (!role || !allowed.contains(*role)) {
            io.err << Text::tr("%1: --role takes %2").arg(command, roleIds(allowed).join(u", "_s))
                   << '\n';
            s.exitCode = 2;
            return s;
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
    // A script run with nothing on its standard input has not tried a password: it must not
    // count towards locking a colleague's account.
    if (password.isEmpty()) {
        io.err << Text::tr("%1: no password given for %2 (type it when asked, or give it as one "
                           "line on standard input)")
                      .arg(command, options.user)
               << '\n';
        s.exitCode = 2;
        return s;
    }
    const Result<Actor> actor = accounts.signIn(options.user, password, *role);
    if (!actor) {
        io.err << Text::tr("%1: cannot sign in: %2").arg(command, actor.error()) << '\n';
        return s;
    }
    s.actor = actor.value();
    s.exitCode = 0;
    return s;
}

SignedIn signedIn(const GlobalOptions& options, const QString& command, const QList<Role>& allowed,
                  Streams io)
{
    if (!userGiven(options, command, io))
        return {{}, {}, 2};
    const std::shared_ptr<Database> db = openDatabase(options, io);
    if (!db)
        return {{}, {}, 1};
    return signIn(options, db, command, allowed, io);
}

} // namespace urdesk::cli
