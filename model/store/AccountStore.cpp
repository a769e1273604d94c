#include "AccountStore.h"

#include "IdNames.h"
#include "Passwords.h"
#include "StoredTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(urdesk::AccountStore)
};

// Runs a prepared UPDATE of the account `userName`, which must exist.
Done changedOneAccount(QSqlQuery& q, const QString& userName)
{
    if (!q.exec())
        return Done::failure(sqlError(q));
    return q.numRowsAffected() == 1 ? done()
                                    : Done::failure(Text::tr("no account %1").arg(userName));
}

constexpr IdName<Role> roleNames[] = {
    {Role::ReviewNurse, u"reviewNurse"},
    {Role::MedicalDirector, u"medicalDirector"},
    {Role::Administrator, u"administrator"},
};

QString passwordProblem(const QString& password)
{
    if (password.size() < AccountStore::minimumPasswordLength)
        return Text::tr("the password must have at least %1 characters")
            .arg(AccountStore::minimumPasswordLength);
    return {};
}

// A user name tried at sign-in, as the trail keeps it: at most 64 characters, control and
// formatting (bidirectional) characters written as \u{XXXX}. A password typed into the
// user-name field is then not kept whole, and a name cannot reorder what the trail shows.
QString triedName(const QString& userName)
{
    constexpr int kept = 64;
    const QList<uint> codePoints = userName.trimmed().toUcs4();
    if (codePoints.isEmpty())
        return u"(none)"_s;
    QString shown;
    for (qsizetype i = 0; i < std::min<qsizetype>(codePoints.size(), kept); ++i) {
        const char32_t c = codePoints.at(i);
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Other_Control || category == QChar::Other_Format ||
            category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
            shown += u"\\u{%1}"_s.arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            shown += QString::fromUcs4(&c, 1);
    }
    if (codePoints.size() > kept)
        shown += u"\u2026"_s;
    return shown;
}

QJsonArray roleIds(const QList<Role>& roles)
{
    QJsonArray ids;
    for (Role r : roles)
        ids.append(roleId(r));
    return ids;
}

QJsonObject describe(const NewAccount& a)
{
    return QJsonObject{{u"fullName"_s, a.fullName},
                       {u"roles"_s, roleIds(a.roles)},
                       {u"licenceType"_s, a.licenceType},
                       {u"licenceNumber"_s, a.licenceNumber}};
}

// What is wrong with an account's details, or nothing.
QString checkDetails(const NewAccount& a)
{
    static const QRegularExpression userName(u"^[a-z0-9][a-z0-9._-]{1,39}$"_s);
    if (!userName.match(a.userName).hasMatch())
        return Text::tr("a user name is 2 to 40 lower-case letters, digits, dots, hyphens or "
                        "underscores");
    if (a.fullName.trimmed().isEmpty())
        return Text::tr("the full name is required");
    if (a.roles.isEmpty())
        return Text::tr("an account needs at least one role");
    const bool clinician =
        a.roles.contains(Role::ReviewNurse) || a.roles.contains(Role::MedicalDirector);
    if (clinician && (a.licenceType.trimmed().isEmpty() || a.licenceNumber.trimmed().isEmpty()))
        return Text::tr("a clinician's licence type and number are required: they appear on "
                        "decisions and letters");
    return {};
}

QString checkNewAccount(const NewAccount& a, const QString& password)
{
    if (const QString problem = checkDetails(a); !problem.isEmpty())
        return problem;
    return passwordProblem(password);
}

} // namespace

QString roleId(Role role)
{
    return idOf(roleNames, role);
}

std::optional<Role> roleFromId(QStringView id)
{
    return valueOfId(roleNames, id);
}

QString roleText(Role role)
{
    switch (role) {
    case Role::ReviewNurse:
        return QCoreApplication::translate("urdesk::Role", "Review nurse");
    case Role::MedicalDirector:
        return QCoreApplication::translate("urdesk::Role", "Medical director");
    case Role::Administrator:
        return QCoreApplication::translate("urdesk::Role", "Administrator");
    }
    return {};
}

Done checkActor(const QSqlDatabase& db, const Actor& actor)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT a.disabled FROM accounts a JOIN account_roles r ON r.account_id = a.id "
              "WHERE a.user_name = ? AND r.role = ?"_s);
    q.addBindValue(actor.account);
    q.addBindValue(actor.role);
    if (!q.exec())
        return Done::failure(sqlError(q));
    if (!q.next())
        return Done::failure(
            Text::tr("%1 is not an account with the role %2").arg(actor.account, actor.role));
    if (q.value(0).toBool())
        return Done::failure(Text::tr("the account %1 is disabled").arg(actor.account));
    return done();
}

AccountStore::AccountStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_iterations(passwords::defaultIterations)
{}

void AccountStore::setPasswordIterations(int iterations)
{
    m_iterations = std::max(iterations, 1000);
}

Result<bool> AccountStore::hasAccounts() const
{
    QSqlQuery q(m_database->connection());
    if (!q.exec(u"SELECT count(*) FROM accounts"_s) || !q.next())
        return Result<bool>::failure(sqlError(q));
    return q.value(0).toInt() > 0;
}

Done AccountStore::audited(const Actor& actor, const QString& action, const QJsonObject& detail,
                           const QString& reason, const std::function<Done()>& work)
{
    return AuditTrail::action(*m_database, actor, [&](const AuditTrail::Append& audit) -> Done {
        if (work) {
            if (Done worked = work(); !worked)
                return worked;
        }
        return audit(0, action, detail, reason);
    });
}

Result<Account> AccountStore::insert(const Actor& by, const NewAccount& a, const QString& password)
{
    if (const QString problem = checkNewAccount(a, password); !problem.isEmpty())
        return Result<Account>::failure(Text::tr("the account cannot be created: %1").arg(problem));
    const QString hash = passwords::hash(password, m_iterations);
    QJsonObject detail = describe(a);
    detail.insert(u"userName"_s, a.userName);
    Done ok = audited(by, u"account.created"_s, detail, {}, [&]() -> Done {
        if (by.role != roleId(Role::Administrator) || by.account != a.userName) {
            // Anyone but the first administrator creating itself must be an administrator.
            if (Done allowed = checkActor(m_database->connection(), by); !allowed)
                return allowed;
        }
        QSqlQuery q(m_database->connection());
        q.prepare(u"INSERT INTO accounts (user_name, full_name, licence_type, licence_number, "
                  "password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
        for (const QVariant& v : {QVariant(a.userName), QVariant(a.fullName.trimmed()),
                                  QVariant(a.licenceType.isNull() ? u""_s : a.licenceType),
                                  QVariant(a.licenceNumber.isNull() ? u""_s : a.licenceNumber),
                                  QVariant(hash), QVariant(storedTime::write(m_now()))})
            q.addBindValue(v);
        if (!q.exec())
            return Done::failure(q.lastError().nativeErrorCode() == u"2067"_s
                                     ? Text::tr("the user name %1 is taken").arg(a.userName)
                                     : sqlError(q));
        const qint64 id = q.lastInsertId().toLongLong();
        return insertRoles(id, a.roles);
    });
    if (!ok)
        return Result<Account>::failure(ok.error());
    return account(a.userName);
}

Done AccountStore::insertRoles(qint64 accountId, const QList<Role>& roles)
{
    QSqlQuery q(m_database->connection());
    for (Role r : roles) {
        q.prepare(u"INSERT INTO account_roles (account_id, role) VALUES (?, ?)"_s);
        q.addBindValue(accountId);
        q.addBindValue(roleId(r));
        if (!q.exec())
            return Done::failure(sqlError(q));
    }
    return done();
}

Done AccountStore::changeAccount(const Actor& administrator, const NewAccount& changed,
                                 const QString& reason)
{
    if (administrator.role != roleId(Role::Administrator))
        return Done::failure(Text::tr("only an administrator changes accounts"));
    if (const QString problem = checkDetails(changed); !problem.isEmpty())
        return Done::failure(Text::tr("the account cannot be changed: %1").arg(problem));
    // So that a database always keeps an administrator, nobody removes their own.
    if (administrator.account == changed.userName && !changed.roles.contains(Role::Administrator))
        return Done::failure(
            Text::tr("you cannot remove your own administrator role; another administrator can"));
    const Result<Account> before = account(changed.userName);
    if (!before)
        return Done::failure(before.error());
    const NewAccount old{before->userName, before->fullName, before->roles, before->licenceType,
                         before->licenceNumber};
    return audited(
        administrator, u"account.changed"_s,
        QJsonObject{{u"userName"_s, changed.userName},
                    {u"old"_s, describe(old)},
                    {u"new"_s, describe(changed)}},
        reason, [&]() -> Done {
            if (Done allowed = checkActor(m_database->connection(), administrator); !allowed)
                return allowed;
            QSqlQuery q(m_database->connection());
            q.prepare(u"UPDATE accounts SET full_name = ?, licence_type = ?, licence_number = ? "
                      "WHERE id = ?"_s);
            q.addBindValue(changed.fullName.trimmed());
            q.addBindValue(changed.licenceType.isNull() ? u""_s : changed.licenceType.trimmed());
            q.addBindValue(changed.licenceNumber.isNull() ? u""_s
                                                          : changed.licenceNumber.trimmed());
            q.addBindValue(before->id);
            if (!q.exec())
                return Done::failure(sqlError(q));
            q.prepare(u"DELETE FROM account_roles WHERE account_id = ?"_s);
            q.addBindValue(before->id);
            if (!q.exec())
                return Done::failure(sqlError(q));
            return insertRoles(before->id, changed.roles);
        });
}

Result<Account> AccountStore::createFirstAdministrator(const NewAccount& a, const QString& password)
{
    const Result<bool> any = hasAccounts();
    if (!any)
        return Result<Account>::failure(any.error());
    if (any.value())
        return Result<Account>::failure(
            Text::tr("this database has accounts already: an administrator creates new ones"));
    if (!a.roles.contains(Role::Administrator))
        return Result<Account>::failure(Text::tr("the first account must be an administrator"));
    return insert(Actor{a.userName, roleId(Role::Administrator)}, a, password);
}

Result<Account> AccountStore::createAccount(const Actor& administrator, const NewAccount& a,
                                            const QString& password)
{
    if (administrator.role != roleId(Role::Administrator))
        return Result<Account>::failure(Text::tr("only an administrator creates accounts"));
    if (administrator.account == a.userName)
        return Result<Account>::failure(Text::tr("the user name %1 is taken").arg(a.userName));
    return insert(administrator, a, password);
}

Result<Account> AccountStore::account(const QString& userName) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(u"SELECT id, user_name, full_name, licence_type, licence_number, disabled, "
              "failed_attempts, locked_until FROM accounts WHERE user_name = ?"_s);
    q.addBindValue(userName);
    if (!q.exec())
        return Result<Account>::failure(sqlError(q));
    if (!q.next())
        return Result<Account>::failure(Text::tr("no account %1").arg(userName));
    Account a;
    a.id = q.value(0).toLongLong();
    a.userName = q.value(1).toString();
    a.fullName = q.value(2).toString();
    a.licenceType = q.value(3).toString();
    a.licenceNumber = q.value(4).toString();
    a.disabled = q.value(5).toBool();
    a.failedAttempts = q.value(6).toInt();
    if (!q.value(7).isNull())
        a.lockedUntil = storedTime::read(q.value(7));
    q.prepare(u"SELECT role FROM account_roles WHERE account_id = ? ORDER BY role"_s);
    q.addBindValue(a.id);
    if (!q.exec())
        return Result<Account>::failure(sqlError(q));
    while (q.next()) {
        if (const auto r = roleFromId(q.value(0).toString()))
            a.roles.append(*r);
    }
    return a;
}

Result<QList<Account>> AccountStore::accounts() const
{
    QSqlQuery q(m_database->connection());
    if (!q.exec(u"SELECT user_name FROM accounts ORDER BY user_name"_s))
        return Result<QList<Account>>::failure(sqlError(q));
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    QList<Account> out;
    for (const QString& name : std::as_const(names)) {
        Result<Account> a = account(name);
        if (!a)
            return Result<QList<Account>>::failure(a.error());
        out.append(a.value());
    }
    return out;
}

Result<Account> AccountStore::checkPassword(const QString& userName, const QString& password)
{
    using R = Result<Account>;
    // Nothing typed is no attempt: a script run without input must not lock an account.
    if (password.isEmpty())
        return R::failure(Text::tr("no password given"));
    const QString wrong = Text::tr("wrong user name or password");
    const QDateTime now = m_now();
    const Result<Account> found = account(userName);
    // Failures are audited under the name that was tried, in no role. Checked outside any
    // transaction: a deliberately slow hash must not hold the database. Every failure checks
    // a password, so that none answers sooner and tells that the name has no account.
    const Actor attempt{triedName(userName), u"none"_s};
    if (!found) {
        passwords::verify(password, passwords::unmatchable(m_iterations));
        audited(attempt, u"signIn.failed"_s, QJsonObject{{u"why"_s, u"unknown account"_s}}, {});
        return R::failure(wrong);
    }
    const Account& a = found.value();
    const bool right = passwords::verify(password, passwordHash(userName));
    if (a.disabled) {
        audited(attempt, u"signIn.failed"_s, QJsonObject{{u"why"_s, u"account disabled"_s}}, {});
        return R::failure(
            Text::tr("the account %1 is disabled; ask an administrator").arg(userName));
    }
    if (a.lockedUntil.isValid() && a.lockedUntil > now) {
        audited(attempt, u"signIn.failed"_s, QJsonObject{{u"why"_s, u"account locked"_s}}, {});
        return R::failure(Text::tr("too many wrong passwords: the account is locked until %1 UTC")
                              .arg(a.lockedUntil.toString(u"HH:mm"_s)));
    }
    if (right)
        return a;
    const int failures = a.failedAttempts + 1;
    const bool lock = failures >= failuresBeforeLock;
    const QDateTime until = now.addSecs(qint64(lockMinutes) * 60);
    audited(attempt, lock ? u"account.locked"_s : u"signIn.failed"_s,
            QJsonObject{{u"why"_s, u"wrong password"_s}, {u"failures"_s, failures}}, {},
            [&]() -> Done {
                QSqlQuery q(m_database->connection());
                q.prepare(u"UPDATE accounts SET failed_attempts = ?, locked_until = ? "
                          "WHERE id = ?"_s);
                q.addBindValue(lock ? 0 : failures);
                q.addBindValue(lock ? QVariant(storedTime::write(until)) : QVariant());
                q.addBindValue(a.id);
                return q.exec() ? done() : Done::failure(sqlError(q));
            });
    if (lock)
        return R::failure(Text::tr("too many wrong passwords: the account is locked until %1 UTC")
                              .arg(until.toString(u"HH:mm"_s)));
    return R::failure(wrong);
}

Done AccountStore::clearFailures(const Actor& actor, const QString& action, qint64 accountId)
{
    return audited(actor, action, QJsonObject{}, {}, [&]() -> Done {
        QSqlQuery q(m_database->connection());
        q.prepare(u"UPDATE accounts SET failed_attempts = 0, locked_until = NULL WHERE id = ?"_s);
        q.addBindValue(accountId);
        return q.exec() ? done() : Done::failure(sqlError(q));
    });
}

Result<Actor> AccountStore::signIn(const QString& userName, const QString& password, Role role)
{
    using R = Result<Actor>;
    const Result<Account> a = checkPassword(userName, password);
    // Whoever signs in is told the same whatever went wrong, lest a locked or disabled
    // account tell that the name exists; the trail keeps the true reason.
    if (!a && password.isEmpty())
        return R::failure(a.error());
    if (!a)
        return R::failure(Text::tr("wrong user name or password, or the account is locked or "
                                   "disabled"));
    if (!a->hasRole(role)) {
        audited(Actor{userName, u"none"_s}, u"signIn.failed"_s,
                QJsonObject{{u"why"_s, u"role not held"_s}, {u"role"_s, roleId(role)}}, {});
        return R::failure(Text::tr("the account %1 does not have the role %2")
                              .arg(userName, roleText(role).toLower()));
    }
    const Actor actor{userName, roleId(role)};
    if (const Done signedIn = clearFailures(actor, u"signIn.succeeded"_s, a->id); !signedIn)
        return R::failure(signedIn.error());
    return actor;
}

Done AccountStore::recordLocked(const Actor& actor, const QString& why)
{
    return audited(actor, u"session.locked"_s, QJsonObject{{u"why"_s, why}}, {});
}

Done AccountStore::unlock(const Actor& actor, const QString& password)
{
    const Result<Account> a = checkPassword(actor.account, password);
    if (!a)
        return Done::failure(a.error());
    // The role may have been taken away, or the account disabled, while the screen was locked.
    const Done held = checkActor(m_database->connection(), actor);
    if (!held) {
        audited(actor, u"signIn.failed"_s, QJsonObject{{u"why"_s, u"role not held"_s}}, {});
        return held;
    }
    return clearFailures(actor, u"session.unlocked"_s, a->id);
}

Done AccountStore::recordSignedOut(const Actor& actor)
{
    return audited(actor, u"session.signedOut"_s, QJsonObject{}, {});
}

Done AccountStore::setDisabled(const Actor& administrator, const QString& userName, bool disabled,
                               const QString& reason)
{
    if (administrator.role != roleId(Role::Administrator))
        return Done::failure(Text::tr("only an administrator disables or enables accounts"));
    if (disabled && administrator.account == userName)
        return Done::failure(
            Text::tr("you cannot disable your own account; another administrator can"));
    return audited(administrator, disabled ? u"account.disabled"_s : u"account.enabled"_s,
                   QJsonObject{{u"userName"_s, userName}}, reason, [&]() -> Done {
                       if (Done allowed = checkActor(m_database->connection(), administrator);
                           !allowed)
                           return allowed;
                       QSqlQuery q(m_database->connection());
                       q.prepare(u"UPDATE accounts SET disabled = ? WHERE user_name = ?"_s);
                       q.addBindValue(disabled ? 1 : 0);
                       q.addBindValue(userName);
                       return changedOneAccount(q, userName);
                   });
}

Done AccountStore::resetPassword(const Actor& administrator, const QString& userName,
                                 const QString& password)
{
    if (administrator.role != roleId(Role::Administrator))
        return Done::failure(Text::tr("only an administrator resets passwords"));
    if (const QString problem = passwordProblem(password); !problem.isEmpty())
        return Done::failure(problem);
    const QString hash = passwords::hash(password, m_iterations);
    return audited(administrator, u"account.passwordReset"_s,
                   QJsonObject{{u"userName"_s, userName}}, {}, [&]() -> Done {
                       if (Done allowed = checkActor(m_database->connection(), administrator);
                           !allowed)
                           return allowed;
                       QSqlQuery q(m_database->connection());
                       q.prepare(u"UPDATE accounts SET password_hash = ?, failed_attempts = 0, "
                                 "locked_until = NULL WHERE user_name = ?"_s);
                       q.addBindValue(hash);
                       q.addBindValue(userName);
                       return changedOneAccount(q, userName);
                   });
}

QString AccountStore::passwordHash(const QString& userName) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(u"SELECT password_hash FROM accounts WHERE user_name = ?"_s);
    q.addBindValue(userName);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace urdesk
