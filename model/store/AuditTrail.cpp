#include "AuditTrail.h"

#include "RowSeals.h"
#include "StoredTime.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(urdesk::AuditTrail)
};

const QString genesisHash(64, u'0');

AuditEntry entryFrom(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toLongLong(), q.value(5).toString(),
            q.value(6).toString(),   q.value(7).toString(),   q.value(8).toString(),
            q.value(9).toString(),   q.value(10).toString()};
}

const QString selectColumns =
    u"SELECT id, at, account, role, coalesce(case_id, 0), action, detail, reason, previous_hash, hash, seals_digest FROM audit "_s;

struct Head
{
    qint64 committedId = 0;
    QString committedHash;
    qint64 pendingId = 0;
    QString pendingHash;
    bool present = false;
    // Set, and kept from then on, when an action found the trail not ending where it was
    // recorded to end: without it, the next action's record would hide the damage.
    QString broken;
};

Head readHead(const QString& databasePath)
{
    Head head;
    QFile f(AuditTrail::headPath(databasePath));
    if (!f.open(QIODevice::ReadOnly))
        return head;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    head.present = o.contains(u"committed"_s);
    head.committedId = o.value(u"committed"_s).toObject().value(u"row"_s).toInteger();
    head.committedHash = o.value(u"committed"_s).toObject().value(u"hash"_s).toString();
    head.pendingId = o.value(u"pending"_s).toObject().value(u"row"_s).toInteger();
    head.pendingHash = o.value(u"pending"_s).toObject().value(u"hash"_s).toString();
    head.broken = o.value(u"broken"_s).toString();
    return head;
}

Done writeHead(const QString& databasePath, const Head& head)
{
    QJsonObject o{{u"committed"_s,
                   QJsonObject{{u"row"_s, head.committedId}, {u"hash"_s, head.committedHash}}}};
    if (head.pendingId > 0)
        o.insert(u"pending"_s,
                 QJsonObject{{u"row"_s, head.pendingId}, {u"hash"_s, head.pendingHash}});
    if (!head.broken.isEmpty())
        o.insert(u"broken"_s, head.broken);
    QSaveFile f(AuditTrail::headPath(databasePath));
    if (!f.open(QIODevice::WriteOnly))
        return Done::failure(Text::tr("cannot record the audit trail's newest row in %1: %2")
                                 .arg(f.fileName(), f.errorString()));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (!f.commit())
        return Done::failure(Text::tr("cannot record the audit trail's newest row in %1: %2")
                                 .arg(f.fileName(), f.errorString()));
    return done();
}

// Records `newest` as about to be committed.
Done writePending(const QString& databasePath, Head head, const AuditEntry& newest)
{
    head.pendingId = newest.id;
    head.pendingHash = newest.hash;
    return writeHead(databasePath, head);
}

// Notes in `head` when the rows an action is about to add do not continue the trail where it
// was recorded to end. Saving goes on, so no review is held up, but the damage stays on
// record for verify: otherwise the next action's record would hide it.
void noteIfBroken(Head& head, const QString& databasePath, const AuditEntry& firstNewRow)
{
    if (!head.broken.isEmpty())
        return;
    const QString& tail = firstNewRow.previousHash;
    const bool continues = head.present ? tail == head.committedHash ||
                                              (head.pendingId > 0 && tail == head.pendingHash)
                                        : tail == genesisHash;
    if (!continues)
        head.broken =
            Text::tr("before row %1 was written, the trail did not end where it was "
                     "recorded to end: rows were removed, added or replaced outside URDesk, "
                     "or the record %2 was lost")
                .arg(firstNewRow.id)
                .arg(AuditTrail::headPath(databasePath));
}
} // namespace

QString AuditTrail::hashOf(const AuditEntry& e)
{
    QStringList fields{QString::number(e.id),
                       e.at,
                       e.account,
                       e.role,
                       QString::number(e.caseId),
                       e.action,
                       e.detail,
                       e.reason,
                       e.previousHash};
    // Only when there is one: the rows written before version 13 keep their hashes.
    if (!e.sealsDigest.isEmpty())
        fields.append(e.sealsDigest);
    const QString text = fields.join(QChar(0x1f));
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<AuditEntry> AuditTrail::append(const QSqlDatabase& db, const Actor& actor, qint64 caseId,
                                      const QString& action, const QJsonObject& detail,
                                      const QString& reason, const QString& sealsDigest)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1"_s))
        return Result<AuditEntry>::failure(sqlError(q));
    AuditEntry e;
    e.id = q.next() ? q.value(0).toLongLong() + 1 : 1;
    e.previousHash = e.id == 1 ? genesisHash : q.value(1).toString();
    e.at = storedTime::write(QDateTime::currentDateTimeUtc());
    e.account = actor.account.trimmed();
    e.role = actor.role.trimmed();
    e.caseId = caseId;
    e.action = action;
    e.detail = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    e.reason = reason.isNull() ? u""_s : reason; // a null string would be stored as NULL
    e.sealsDigest = sealsDigest;
    e.hash = hashOf(e);
    // The digest's column is named only when there is one, so that a database of an earlier
    // version (in the migration tests) can be given rows.
    q.prepare(u"INSERT INTO audit (id, at, account, role, case_id, action, detail, reason, "
              "previous_hash, hash%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?%2)"_s.arg(
                  sealsDigest.isEmpty() ? u""_s : u", seals_digest"_s,
                  sealsDigest.isEmpty() ? u""_s : u", ?"_s));
    for (const QVariant& v :
         {QVariant(e.id), QVariant(e.at), QVariant(e.account), QVariant(e.role),
          e.caseId ? QVariant(e.caseId) : QVariant(), QVariant(e.action), QVariant(e.detail),
          QVariant(e.reason), QVariant(e.previousHash), QVariant(e.hash)})
        q.addBindValue(v);
    if (!sealsDigest.isEmpty())
        q.addBindValue(sealsDigest);
    if (!q.exec())
        return Result<AuditEntry>::failure(
            Text::tr("the audit trail could not be written: %1").arg(sqlError(q)));
    return e;
}

QString AuditTrail::headPath(const QString& databasePath)
{
    return databasePath + u".audit-head"_s;
}

Done AuditTrail::recordPending(const QString& databasePath, const AuditEntry& newest)
{
    return writePending(databasePath, readHead(databasePath), newest);
}

Done AuditTrail::recordCommitted(const QString& databasePath, const AuditEntry& newest)
{
    Head head;
    head.broken = readHead(databasePath).broken;
    head.committedId = newest.id;
    head.committedHash = newest.hash;
    return writeHead(databasePath, head);
}

AuditTrail::Verification AuditTrail::verify(const Database& database)
{
    // Under the write lock: a writer in another process could otherwise commit a row and
    // record it beside the database between reading the rows and reading the record, and a
    // live trail would look cut short. Nothing is written; the transaction only holds others
    // off for the walk.
    Verification v;
    const Done locked = database.write([&]() -> Done {
        v = walk(database);
        return done();
    });
    if (!locked) {
        v = {};
        v.problem = locked.error();
    }
    return v;
}

AuditTrail::Verification AuditTrail::walk(const Database& database)
{
    Verification v;
    // A trail is only as good as the file it is in: damaged pages first, before its rows.
    if (const Database::PageCheck file =
            Database::checkPages(database.connection(), Database::Depth::PagesAndIndexes);
        file.outcome != Database::PageCheck::Outcome::Whole) {
        v.problem = Text::tr("%1 failed SQLite's integrity check: %2")
                        .arg(QDir::toNativeSeparators(database.path()), file.finding);
        return v;
    }
    QSqlQuery q(database.connection());
    for (const QString& trigger : {u"audit_no_update"_s, u"audit_no_delete"_s,
                                   u"row_seals_no_update"_s, u"row_seals_no_delete"_s}) {
        q.prepare(u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?"_s);
        q.addBindValue(trigger);
        if (!q.exec() || !q.next() || q.value(0).toInt() != 1) {
            v.problem = Text::tr("the protection of the audit trail (trigger %1) has been removed")
                            .arg(trigger);
            return v;
        }
    }
    if (!q.exec(selectColumns + u"ORDER BY id"_s)) {
        v.problem = sqlError(q);
        return v;
    }
    // Damage found by an earlier action is reported first: what came after it cannot be
    // trusted to tell more.
    const Head head = readHead(database.path());
    if (!head.broken.isEmpty()) {
        v.problem = head.broken;
        return v;
    }
    RowSeals::Walk seals(database.connection());
    if (!seals.ok()) {
        v.problem = seals.error();
        return v;
    }
    QString previous = genesisHash;
    qint64 expectedId = 1;
    while (q.next()) {
        const AuditEntry e = entryFrom(q);
        if (e.id != expectedId) {
            v.firstBadRow = expectedId;
            v.problem = Text::tr("row %1 is missing: the row after %2 is %3")
                            .arg(expectedId)
                            .arg(expectedId - 1)
                            .arg(e.id);
            return v;
        }
        if (e.previousHash != previous) {
            v.firstBadRow = e.id;
            v.problem = Text::tr("row %1 does not follow row %2: rows were removed, reordered or "
                                 "inserted")
                            .arg(e.id)
                            .arg(e.id - 1);
            return v;
        }
        if (hashOf(e) != e.hash) {
            v.firstBadRow = e.id;
            v.problem = Text::tr("row %1 has been altered").arg(e.id);
            return v;
        }
        qint64 stray = 0;
        const QList<RowSeals::Seal> sealed = seals.take(e.id, &stray);
        if (stray > 0) {
            v.firstBadRow = stray;
            v.problem = Text::tr("seals were added outside URDesk under row %1, which sealed "
                                 "other rows or none")
                            .arg(stray);
            return v;
        }
        if (RowSeals::digestOf(sealed) != e.sealsDigest) {
            v.firstBadRow = e.id;
            v.problem =
                Text::tr("the seals of the rows that row %1 wrote have been altered").arg(e.id);
            return v;
        }
        previous = e.hash;
        ++expectedId;
        ++v.rows;
    }
    v.newestHash = previous;
    if (!head.present) {
        if (v.rows > 0) {
            v.problem = Text::tr("the record of the newest row (%1) is missing, so removal of the "
                                 "newest rows cannot be ruled out")
                            .arg(headPath(database.path()));
            return v;
        }
    } else {
        const bool atCommitted = v.rows == head.committedId && v.newestHash == head.committedHash;
        const bool atPending =
            head.pendingId > 0 && v.rows == head.pendingId && v.newestHash == head.pendingHash;
        if (!atCommitted && !atPending) {
            v.firstBadRow = std::min(v.rows, head.committedId) + 1;
            v.problem =
                v.rows < head.committedId
                    ? Text::tr("the newest rows were deleted: the trail ends at row %1, but "
                               "row %2 was recorded")
                          .arg(v.rows)
                          .arg(head.committedId)
                    : Text::tr("the trail does not end where it was recorded to end (row %1): "
                               "rows were added or replaced outside URDesk")
                          .arg(head.committedId);
            return v;
        }
    }
    if (const qint64 stray = seals.leftOver(); stray > 0) {
        v.firstBadRow = stray;
        v.problem = Text::tr("seals were added outside URDesk under row %1, which the trail "
                             "does not have")
                        .arg(stray);
        return v;
    }
    // The trail holds: now each row it sealed must be as the trail's actions left it.
    if (const auto changed = RowSeals::check(database.connection(), &v.sealedRows)) {
        v.table = changed->table;
        v.row = changed->row;
        v.problem = changed->problem;
        return v;
    }
    v.intact = true;
    return v;
}

QList<AuditEntry> AuditTrail::forCase(const QSqlDatabase& db, qint64 caseId)
{
    QList<AuditEntry> out;
    QSqlQuery q(db);
    q.prepare(selectColumns + u"WHERE case_id = ? ORDER BY id"_s);
    q.addBindValue(caseId);
    if (q.exec()) {
        while (q.next())
            out.append(entryFrom(q));
    }
    return out;
}

Done AuditTrail::action(Database& database, const Actor& actor,
                        const std::function<Done(const Append& audit)>& work)
{
    if (actor.account.trimmed().isEmpty() || actor.role.trimmed().isEmpty())
        return Done::failure(Text::tr("an action needs a personal account and a role"));
    struct Row
    {
        qint64 caseId;
        QString action;
        QJsonObject detail;
        QString reason;
    };
    QList<Row> rows;
    const Append audit = [&](qint64 caseId, const QString& what, const QJsonObject& detail,
                             const QString& reason) -> Done {
        rows.append({caseId, what, detail, reason});
        return done();
    };
    std::optional<AuditEntry> first;
    std::optional<AuditEntry> newest;
    const QSqlDatabase db = database.connection();
    Done ok = database.write([&]() -> Done {
        rows.clear();
        if (Done worked = work(audit); !worked)
            return worked;
        if (rows.isEmpty())
            return Done::failure(Text::tr("internal error: an action left no audit row"));
        const Result<QList<RowSeals::Seal>> seals = RowSeals::takeTouched(db);
        if (!seals)
            return Done::failure(Text::tr("the rows could not be sealed: %1").arg(seals.error()));
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const Row& r = rows[i];
            const bool last = i == rows.size() - 1;
            Result<AuditEntry> entry = append(db, actor, r.caseId, r.action, r.detail, r.reason,
                                              last ? RowSeals::digestOf(seals.value()) : QString());
            if (!entry)
                return Done::failure(entry.error());
            if (!first)
                first = entry.value();
            newest = entry.value();
        }
        if (Done stored = RowSeals::store(db, newest->id, seals.value()); !stored)
            return stored;
        // One read and one write of the record per action, on every save.
        Head head = readHead(database.path());
        noteIfBroken(head, database.path(), *first);
        return writePending(database.path(), std::move(head), *newest);
    });
    if (!ok)
        return ok;
    // Saved. If this record fails, verification still accepts the pending one.
    if (Done recorded = recordCommitted(database.path(), *newest); !recorded)
        qWarning("%s", qPrintable(recorded.error()));
    return done();
}

} // namespace urdesk
