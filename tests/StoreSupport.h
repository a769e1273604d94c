#pragma once

#include "AccountStore.h"
#include "CaseStore.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace urdesk::test {

inline const Actor nurse{u"nurse.rivera"_s, u"reviewNurse"_s};
inline const Actor otherNurse{u"nurse.okafor"_s, u"reviewNurse"_s};
inline const Actor director{u"md.lindqvist"_s, u"medicalDirector"_s};
inline const Actor admin{u"admin.okoro"_s, u"administrator"_s};
inline const QString testPassword = u"correct horse battery"_s;

// The test accounts above, each holding its role; hashed with few iterations to keep tests
// fast (the real count is checked in tst_accounts).
inline void addTestAccounts(const std::shared_ptr<Database>& db)
{
    AccountStore accounts(db);
    accounts.setPasswordIterations(1000);
    if (accounts.hasAccounts().value())
        return;
    if (!accounts.createFirstAdministrator(
            {admin.account, u"Ife Okoro"_s, {Role::Administrator}, {}, {}}, testPassword))
        qFatal("cannot create the test administrator");
    const NewAccount clinicians[] = {
        {nurse.account, u"Rosa Rivera"_s, {Role::ReviewNurse}, u"RN"_s, u"RN-100200"_s},
        {otherNurse.account, u"Chidi Okafor"_s, {Role::ReviewNurse}, u"RN"_s, u"RN-100300"_s},
        {director.account, u"Maja Lindqvist"_s, {Role::MedicalDirector}, u"MD"_s, u"MD-55501"_s},
    };
    for (const NewAccount& a : clinicians) {
        if (!accounts.createAccount(admin, a, testPassword))
            qFatal("cannot create test account %s", qPrintable(a.userName));
    }
}

// A database with the test accounts in it.
inline std::shared_ptr<Database> openTestDatabase(const QString& path)
{
    Result<std::shared_ptr<Database>> db = Database::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.error()));
    addTestAccounts(db.value());
    return db.value();
}

// examples/opzelura/ad-initial-approvable.json but for the BSA, which tests answer themselves.
inline QList<std::pair<QString, QJsonValue>> opzeluraAnswersButBsa()
{
    return {
        {u"member.birthDate"_s, u"2011-06-15"_s},
        {u"request.type"_s, u"initial"_s},
        {u"diagnosis"_s, u"atopicDermatitis"_s},
        {u"sensitiveAreas"_s, false},
        {u"prescriber.specialty"_s, u"dermatology"_s},
        {u"currentDrugs"_s, QJsonArray()},
        {u"therapies"_s,
         QJsonArray{QJsonObject{{u"drug"_s, u"triamcinolone acetonide 0.1% cream"_s},
                                {u"start"_s, u"2025-10-01"_s},
                                {u"end"_s, u"2025-10-28"_s},
                                {u"outcome"_s, u"failure"_s}},
                    QJsonObject{{u"drug"_s, u"tacrolimus 0.1% ointment"_s},
                                {u"start"_s, u"2025-11-01"_s},
                                {u"end"_s, u"2025-12-12"_s},
                                {u"outcome"_s, u"inadequateResponse"_s}}}},
    };
}

inline Intake sampleIntake(const QString& policy = u"cigna-ip0369-opzelura"_s)
{
    Intake i;
    i.lineOfBusiness = u"commercial"_s;
    i.urgency = u"standard"_s;
    i.receivedAt = QDateTime(QDate(2026, 3, 2), QTime(14, 0), Qt::UTC);
    i.memberId = u"FAKE00000001"_s;
    i.memberName = u"Alex Testperson"_s;
    i.memberBirthDate = QDate(2011, 6, 15);
    i.drug = u"Opzelura"_s;
    i.prescriberName = u"Dr. Ada Fictional"_s;
    i.prescriberNpi = u"0123456789"_s;
    i.prescriberSpecialty = u"dermatology"_s;
    i.policyId = policy;
    i.requestType = u"initial"_s;
    return i;
}

// A database of 60 cases whose cases table has lost its rows: 16 bytes of its page header
// and cell pointers overwritten, as a failing disk would. SQLite's quick check finds it.
inline bool writeDamagedDatabase(const QString& path)
{
    qint64 offset = 0;
    {
        const auto db = openTestDatabase(path);
        CaseStore store(db, builtinCatalog());
        for (int i = 0; i < 60; ++i) {
            if (!store.createCase(nurse, sampleIntake()).ok())
                return false;
        }
        QSqlQuery q(db->connection());
        if (!q.exec(u"SELECT rootpage, (SELECT page_size FROM pragma_page_size) "
                    "FROM sqlite_master WHERE name = 'cases'"_s) ||
            !q.next())
            return false;
        offset = (q.value(0).toLongLong() - 1) * q.value(1).toLongLong() + 8;
    }
    QFile f(path);
    return f.open(QIODevice::ReadWrite) && f.seek(offset) && f.write(QByteArray(16, '\xFF')) == 16;
}

inline QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// The audit trail as "account action" lines, oldest first.
inline QStringList auditActions(const Database& db)
{
    QStringList out;
    QSqlQuery q(db.connection());
    q.exec(u"SELECT account, action FROM audit ORDER BY id"_s);
    while (q.next())
        out.append(q.value(0).toString() + u' ' + q.value(1).toString());
    return out;
}

// A second, raw connection to a database file, for what URDesk itself would never do.
class RawConnection
{
public:
    explicit RawConnection(const QString& path)
        : m_name(u"raw-%1"_s.arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        const bool ok = q.exec(sql);
        m_error = ok ? QString() : sqlError(q);
        return ok;
    }
    const QString& error() const { return m_error; }

private:
    QString m_name;
    QString m_error;
};

} // namespace urdesk::test
