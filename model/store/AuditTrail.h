#pragma once

#include "Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace urdesk {

// Who did something: a personal account and the role it acted in.
struct Actor
{
    QString account;
    QString role;
};

struct AuditEntry
{
    qint64 id = 0;
    QString at; // UTC, ISO 8601 with milliseconds
    QString account;
    QString role;
    qint64 caseId = 0; // 0: not about one case
    QString action;    // "case.created", "fact.changed", "status.changed", ...
    QString detail;    // compact JSON: what it was before and after
    QString reason;
    QString previousHash;
    QString hash;
    QString sealsDigest; // the rows this action wrote (RowSeals); empty before version 13
};

// The tamper-evident record of everything that happened: rows that triggers keep from being
// changed or deleted, each hashed with the one before it, and the newest hash kept in a file
// beside the database so that deleting the newest rows shows too. The last row of each action
// also covers the seals of the rows the action wrote (RowSeals), so that an edit to a case,
// a fact, a decision, a note, a document or an account outside URDesk shows as well.
class AuditTrail final
{
public:
    // Appends a row inside the caller's write transaction.
    static Result<AuditEntry> append(const QSqlDatabase& db, const Actor& actor, qint64 caseId,
                                     const QString& action, const QJsonObject& detail,
                                     const QString& reason, const QString& sealsDigest = {});
    static QString hashOf(const AuditEntry& entry);

    // The file beside the database that holds the newest hash.
    static QString headPath(const QString& databasePath);
    // Records the row about to be committed (before COMMIT) and then the committed row
    // (after), so that a crash between the two is not taken for tampering.
    static Done recordPending(const QString& databasePath, const AuditEntry& newest);
    static Done recordCommitted(const QString& databasePath, const AuditEntry& newest);

    struct Verification
    {
        bool intact = false;
        qint64 rows = 0;
        QString newestHash;
        qint64 firstBadRow = 0; // 0: none, or not one row
        QString problem;        // what is wrong, in words
        qint64 sealedRows = 0;  // rows of the other tables checked against their seals
        QString table;          // the table of a row changed outside URDesk, and its key
        QString row;
    };
    static Verification verify(const Database& database);

    static QList<AuditEntry> forCase(const QSqlDatabase& db, qint64 caseId);

    // Runs one user action: `work` and the audit rows it appends through `audit`, in one
    // write transaction, then records the newest row beside the database. The rows are
    // written after `work`, the last one with the seals of every row `work` wrote. An action
    // that leaves no audit row, or whose row cannot be recorded, is not saved.
    using Append = std::function<Done(qint64 caseId, const QString& action,
                                      const QJsonObject& detail, const QString& reason)>;
    static Done action(Database& database, const Actor& actor,
                       const std::function<Done(const Append& audit)>& work);

private:
    static Verification walk(const Database& database);
};

} // namespace urdesk
