#pragma once

#include "AuditTrail.h"
#include "Database.h"

#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

namespace urdesk {

enum class Role
{
    ReviewNurse,
    MedicalDirector,
    Administrator
};

QString roleId(Role role); // "reviewNurse": what Actor::role holds
std::optional<Role> roleFromId(QStringView id);
QString roleText(Role role); // "Review nurse"

struct NewAccount
{
    QString userName;
    QString fullName;
    QList<Role> roles;
    QString licenceType; // RN, MD, ...; empty for an administrator
    QString licenceNumber;
};

struct Account
{
    qint64 id = 0;
    QString userName;
    QString fullName;
    QList<Role> roles;
    QString licenceType;
    QString licenceNumber;
    bool disabled = false;
    int failedAttempts = 0;
    QDateTime lockedUntil;

    bool hasRole(Role role) const { return roles.contains(role); }
};

// Personal accounts: who may sign in, in which roles. Passwords are PBKDF2-HMAC-SHA256;
// five wrong passwords in a row lock an account for a while; every sign-in, failure, lock
// and change to an account is audited.
class AccountStore final
{
public:
    static constexpr int failuresBeforeLock = 5;
    static constexpr int lockMinutes = 15;
    static constexpr int minimumPasswordLength = 10;

    explicit AccountStore(std::shared_ptr<Database> database);

    Result<bool> hasAccounts() const;
    // The first administrator, on a database without accounts.
    Result<Account> createFirstAdministrator(const NewAccount& account, const QString& password);
    // Any further account, by an administrator.
    Result<Account> createAccount(const Actor& administrator, const NewAccount& account,
                                  const QString& password);
    Result<Account> account(const QString& userName) const;
    Result<QList<Account>> accounts() const;

    // Signs in for one of the account's roles; the actor to act as on success. Every failure
    // says the same and takes as long, whether the name is unknown, the password wrong or
    // the account locked or disabled: the audit trail says which.
    Result<Actor> signIn(const QString& userName, const QString& password, Role role);

    // Sessions: the screen locked (idle, or by its user), unlocked with the password, and
    // signing out. Wrong passwords at the lock screen count as failed sign-ins.
    Done recordLocked(const Actor& actor, const QString& why);
    Done unlock(const Actor& actor, const QString& password);
    Done recordSignedOut(const Actor& actor);

    // Full name, roles and licence of an existing account (its user name stays).
    Done changeAccount(const Actor& administrator, const NewAccount& changed,
                       const QString& reason);
    Done setDisabled(const Actor& administrator, const QString& userName, bool disabled,
                     const QString& reason);
    Done resetPassword(const Actor& administrator, const QString& userName,
                       const QString& password);

    // Seams for tests: the time, and fewer PBKDF2 iterations (never below 1,000).
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    void setPasswordIterations(int iterations);

private:
    // The account, when the password is right and it may sign in; each failure audited and
    // counted towards the lock, and each as slow as a right password. An empty password is
    // refused as none given, neither audited nor counted.
    Result<Account> checkPassword(const QString& userName, const QString& password);
    Done clearFailures(const Actor& actor, const QString& action, qint64 accountId);
    Done insertRoles(qint64 accountId, const QList<Role>& roles);
    Result<Account> insert(const Actor& by, const NewAccount& account, const QString& password);
    QString passwordHash(const QString& userName) const;
    Done audited(const Actor& actor, const QString& action, const QJsonObject& detail,
                 const QString& reason, const std::function<Done()>& work = {});

    std::shared_ptr<Database> m_database;
    std::function<QDateTime()> m_now;
    int m_iterations;
};

// Whether `actor` is an enabled account holding its role, read inside the caller's
// transaction; the store asks this before every action.
Done checkActor(const QSqlDatabase& db, const Actor& actor);

} // namespace urdesk
