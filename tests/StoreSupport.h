#pragma once

#include "CaseStore.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace urdesk::test {

inline const Actor nurse{u"nurse.rivera"_s, u"review nurse"_s};

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

inline QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
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
