// The audit trail: rows cannot be changed or deleted through SQL, and every way of
// tampering with it outside URDesk is caught by verification, which names the first bad row;
// so is an edit to any row the trail sealed, named by table and row.
#include "AuditTrail.h"
#include "SecuritySettings.h"
#include "StoreSupport.h"
#include "StrictTest.h"

#include <QJsonDocument>
#include <QSaveFile>
#include <QTest>

using namespace urdesk;
using namespace Qt::StringLiterals;

class TestAudit : public urdesk::test::StrictTest
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void intactTrailVerifies();
    void triggersRefuseChanges();
    void tampering_data();
    void tampering();
    void crashBetweenSavingAndRecordingIsNotTampering();
    void missingHeadRecordIsReported();
    void laterActionsDoNotHideTampering_data();
    void laterActionsDoNotHideTampering();
    void everySealedTableShowsTampering_data();
    void everySealedTableShowsTampering();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    QString m_path;
};

void TestAudit::init()
{
    StrictTest::init();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"audit.db"_s);
    const auto db = Database::open(m_path);
    QVERIFY(db.ok());
    m_db = db.value();
    test::addTestAccounts(m_db);
    CaseStore store(m_db, test::builtinCatalog());
    const auto c = store.createCase(test::nurse, test::sampleIntake());
    QVERIFY(c.ok());
    QVERIFY(store.setFact(test::nurse, c->id, u"bsaPercent"_s, 12, FactSource::Entered).ok());
    QVERIFY(store.addNote(test::nurse, c->id, u"first note"_s).ok());
    QVERIFY(store.moveTo(test::nurse, c->id, CaseStatus::InReview, {}).ok());
    QVERIFY(store.addNote(test::nurse, c->id, u"second note"_s).ok()); // 5 rows
}

void TestAudit::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestAudit::intactTrailVerifies()
{
    const AuditTrail::Verification v = AuditTrail::verify(*m_db);
    QVERIFY2(v.intact, qPrintable(v.problem));
    QCOMPARE(v.rows, 9); // 4 accounts created, then the case's 5
    QCOMPARE(v.newestHash.size(), 64);
    QFile head(AuditTrail::headPath(m_path));
    QVERIFY(head.open(QIODevice::ReadOnly));
    QVERIFY(head.readAll().contains(v.newestHash.toLatin1()));
}

void TestAudit::triggersRefuseChanges()
{
    test::RawConnection raw(m_path);
    QVERIFY(!raw.exec(u"UPDATE audit SET reason = 'x' WHERE id = 2"_s));
    QVERIFY2(raw.error().contains(u"the audit trail cannot be changed"_s), qPrintable(raw.error()));
    QVERIFY(!raw.exec(u"DELETE FROM audit WHERE id = 5"_s));
    QVERIFY(raw.error().contains(u"the audit trail cannot be changed"_s));
}

void TestAudit::tampering_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<qint64>("firstBadRow");
    const QStringList unlock = {u"DROP TRIGGER audit_no_update"_s,
                                u"DROP TRIGGER audit_no_delete"_s};
    const QStringList relock = {
        u"CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END"_s,
        u"CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END"_s};
    // Tampering as someone with the file would: protection off, change, protection back on.
    auto steps = [&](const QStringList& middle) { return unlock + middle + relock; };
    QTest::newRow("edited row")
        << steps({u"UPDATE audit SET detail = '{\"text\":\"a different note\"}' WHERE id = 3"_s})
        << u"row 3 has been altered"_s << qint64(3);
    QTest::newRow("deleted row") << steps({u"DELETE FROM audit WHERE id = 3"_s})
                                 << u"row 3 is missing"_s << qint64(3);
    QTest::newRow("reordered rows") << steps({u"UPDATE audit SET id = 100 WHERE id = 2"_s,
                                              u"UPDATE audit SET id = 2 WHERE id = 3"_s,
                                              u"UPDATE audit SET id = 3 WHERE id = 100"_s})
                                    << u"row 2 does not follow row 1"_s << qint64(2);
    QTest::newRow("forged row in the middle")
        << steps({u"UPDATE audit SET id = id + 1000 WHERE id >= 3"_s,
                  u"UPDATE audit SET id = id - 999 WHERE id >= 1000"_s,
                  u"INSERT INTO audit SELECT 3, at, 'intruder', role, case_id, action, detail, "
                  "reason, previous_hash, hash, seals_digest FROM audit WHERE id = 4"_s})
        << u"row 3 has been altered"_s << qint64(3);
    QTest::newRow("dropped trigger") << QStringList{u"DROP TRIGGER audit_no_delete"_s}
                                     << u"trigger audit_no_delete) has been removed"_s << qint64(0);
    QTest::newRow("deleted newest rows")
        << steps({u"DELETE FROM audit WHERE id >= 4"_s})
        << u"the newest rows were deleted: the trail ends at row 3, but row 9 was recorded"_s
        << qint64(4);
}

void TestAudit::tampering()
{
    QFETCH(QStringList, sql);
    QFETCH(QString, expected);
    QFETCH(qint64, firstBadRow);
    m_db.reset(); // tampering happens outside URDesk
    {
        test::RawConnection raw(m_path);
        for (const QString& statement : sql)
            QVERIFY2(raw.exec(statement.trimmed()), qPrintable(statement + u": "_s + raw.error()));
    }
    const auto db = Database::open(m_path);
    QVERIFY(db.ok());
    const AuditTrail::Verification v = AuditTrail::verify(*db.value());
    QVERIFY(!v.intact);
    QVERIFY2(v.problem.contains(expected), qPrintable(v.problem));
    QCOMPARE(v.firstBadRow, firstBadRow);
}

void TestAudit::crashBetweenSavingAndRecordingIsNotTampering()
{
    // A forged row appended with a correctly computed hash: caught by the record beside the
    // database...
    AuditEntry forged;
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1"_s) && q.next());
        const qint64 next = q.value(0).toLongLong() + 1;
        forged = {next,
                  u"2026-03-02T00:00:00.000Z"_s,
                  u"intruder"_s,
                  u"review nurse"_s,
                  1,
                  u"note.added"_s,
                  u"{}"_s,
                  u""_s,
                  q.value(1).toString(),
                  {},
                  {}};
        forged.hash = AuditTrail::hashOf(forged);
        q.prepare(u"INSERT INTO audit (id, at, account, role, case_id, action, detail, reason, "
                  "previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (const QVariant& v :
             {QVariant(forged.id), QVariant(forged.at), QVariant(forged.account),
              QVariant(forged.role), QVariant(forged.caseId), QVariant(forged.action),
              QVariant(forged.detail), QVariant(forged.reason), QVariant(forged.previousHash),
              QVariant(forged.hash)})
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(sqlError(q)));
    }
    AuditTrail::Verification v = AuditTrail::verify(*m_db);
    QVERIFY(!v.intact);
    QVERIFY2(v.problem.contains(u"rows were added or replaced outside URDesk"_s),
             qPrintable(v.problem));
    // ...but the same row, had URDesk recorded it as pending before a crash, is accepted.
    QVERIFY(AuditTrail::recordPending(m_path, forged).ok());
    v = AuditTrail::verify(*m_db);
    QVERIFY2(v.intact, qPrintable(v.problem));
    QCOMPARE(v.rows, 10);
}

void TestAudit::missingHeadRecordIsReported()
{
    QVERIFY(QFile::remove(AuditTrail::headPath(m_path)));
    const AuditTrail::Verification v = AuditTrail::verify(*m_db);
    QVERIFY(!v.intact);
    QVERIFY2(v.problem.contains(u"the record of the newest row"_s), qPrintable(v.problem));
}

void TestAudit::laterActionsDoNotHideTampering_data()
{
    QTest::addColumn<bool>("deleteNewestRows");
    QTest::addColumn<bool>("deleteRecord");
    QTest::newRow("newest rows deleted") << true << false;
    QTest::newRow("record deleted") << false << true;
    QTest::newRow("both deleted") << true << true;
}

void TestAudit::laterActionsDoNotHideTampering()
{
    // Each action records the newest row beside the database. Were that record simply
    // rewritten, the next action after a cut would make the trail look whole again.
    QFETCH(bool, deleteNewestRows);
    QFETCH(bool, deleteRecord);
    m_db.reset();
    if (deleteNewestRows) {
        test::RawConnection raw(m_path);
        QVERIFY(raw.exec(u"DROP TRIGGER audit_no_delete"_s));
        QVERIFY(raw.exec(u"DELETE FROM audit WHERE id >= 8"_s));
        QVERIFY(raw.exec(u"CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit "
                         "BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END"_s));
    }
    if (deleteRecord)
        QVERIFY(QFile::remove(AuditTrail::headPath(m_path)));
    m_db = Database::open(m_path).value();
    CaseStore store(m_db, test::builtinCatalog());
    QVERIFY(store.addNote(test::nurse, 1, u"written after the damage"_s).ok()); // saving goes on
    QVERIFY(store.addNote(test::nurse, 1, u"and again"_s).ok());
    const AuditTrail::Verification v = AuditTrail::verify(*m_db);
    QVERIFY(!v.intact);
    QVERIFY2(v.problem.contains(u"did not end where it was recorded to end"_s),
             qPrintable(v.problem));
}

namespace {

// One character of a text column, the last, moved on by one: a one-byte edit.
QString nudged(const QString& table, const QString& column, const QString& where)
{
    return u"UPDATE %1 SET %2 = substr(%2, 1, length(%2) - 1) || "
           "char(unicode(substr(%2, -1)) + 1) WHERE %3"_s.arg(table, column, where);
}

} // namespace

void TestAudit::everySealedTableShowsTampering_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("expected");
    QTest::newRow("case") << QStringList{nudged(u"cases"_s, u"prescriber_npi"_s, u"id = 1"_s)}
                          << u"cases"_s << u"table cases, row id 1: changed outside URDesk"_s;
    QTest::newRow("assignment")
        << QStringList{u"UPDATE cases SET assignee = 'md.lindqvist' WHERE id = 1"_s} << u"cases"_s
        << u"table cases, row id 1: changed outside URDesk"_s;
    QTest::newRow("fact") << QStringList{nudged(u"case_facts"_s, u"value"_s,
                                                u"fact_id = 'bsaPercent'"_s)}
                          << u"case_facts"_s
                          << u"table case_facts, row case_id 1, fact_id bsaPercent: changed"_s;
    QTest::newRow("decision") << QStringList{nudged(u"decisions"_s, u"approval_end"_s, u"1"_s)}
                              << u"decisions"_s << u"table decisions, row id 1: changed"_s;
    QTest::newRow("override") << QStringList{nudged(u"overrides"_s, u"rationale"_s, u"1"_s)}
                              << u"overrides"_s << u"table overrides, row id 1: changed"_s;
    QTest::newRow("note") << QStringList{nudged(u"notes"_s, u"text"_s, u"id = 1"_s)} << u"notes"_s
                          << u"table notes, row id 1: changed"_s;
    QTest::newRow("deleted note") << QStringList{u"DELETE FROM notes WHERE id = 2"_s} << u"notes"_s
                                  << u"table notes, row id 2: deleted outside URDesk"_s;
    QTest::newRow("added note")
        << QStringList{u"INSERT INTO notes SELECT 99, case_id, author, role, created_at, "
                       "'approve it' FROM notes WHERE id = 1"_s}
        << u"notes"_s << u"table notes, row id 99: added outside URDesk"_s;
    QTest::newRow("document")
        << QStringList{u"UPDATE attachments SET content = CAST(substr(CAST(content AS TEXT), 1, "
                       "length(content) - 1) || 'X' AS BLOB)"_s}
        << u"attachments"_s << u"table attachments, row id 1: changed"_s;
    QTest::newRow("information request")
        << QStringList{nudged(u"information_requests"_s, u"due_on"_s, u"1"_s)}
        << u"information_requests"_s << u"table information_requests, row id 1: changed"_s;
    QTest::newRow("account") << QStringList{nudged(u"accounts"_s, u"password_hash"_s,
                                                   u"user_name = 'md.lindqvist'"_s)}
                             << u"accounts"_s << u"table accounts, row id "_s;
    QTest::newRow("role given")
        << QStringList{u"INSERT INTO account_roles SELECT id, 'medicalDirector' FROM accounts "
                       "WHERE user_name = 'nurse.rivera'"_s}
        << u"account_roles"_s << u"role medicalDirector: added outside URDesk"_s;
    QTest::newRow("setting") << QStringList{nudged(u"settings"_s, u"value"_s, u"1"_s)}
                             << u"settings"_s << u"table settings, row key "_s;
    QTest::newRow("seal rewritten to match")
        << QStringList{u"DROP TRIGGER row_seals_no_update"_s,
                       nudged(u"notes"_s, u"text"_s, u"id = 1"_s),
                       u"UPDATE row_seals SET hash = 'x' WHERE table_name = 'notes' "
                       "AND row_key = '[1]'"_s,
                       u"CREATE TRIGGER row_seals_no_update BEFORE UPDATE ON row_seals "
                       "BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END"_s}
        << QString() << u"the seals of the rows that row "_s;
}

void TestAudit::everySealedTableShowsTampering()
{
    QFETCH(QStringList, sql);
    QFETCH(QString, table);
    QFETCH(QString, expected);
    {
        // One row in every sealed table besides those init() wrote.
        CaseStore store(m_db, test::builtinCatalog());
        QVERIFY(store.overrideCriterion(test::director, 1, u"1.B"_s, true, u"judgment"_s).ok());
        QVERIFY(store
                    .addAttachment(test::nurse, 1, u"chart.pdf"_s, u"application/pdf"_s,
                                   "%PDF-1.4\n% chart notes\n%%EOF\n")
                    .ok());
        QVERIFY(store.assign(test::nurse, 1, test::nurse.account).ok());
        // A row URDesk deletes is sealed as gone, and one written again as there.
        QVERIFY(store.clearFact(test::nurse, 1, u"bsaPercent"_s).ok());
        QVERIFY(store.setFact(test::nurse, 1, u"bsaPercent"_s, 12, FactSource::Entered).ok());
        QVERIFY(store
                    .requestInformation(test::nurse, 1, {u"chart notes"_s},
                                        QDate::currentDate().addDays(14))
                    .ok());
        const auto other = store.createCase(test::nurse, test::sampleIntake());
        QVERIFY(other.ok());
        QVERIFY(store.moveTo(test::nurse, other->id, CaseStatus::InReview, {}).ok());
        Decision approve;
        approve.outcome = CaseStatus::Approved;
        approve.approvalStart = QDate(2026, 3, 2);
        approve.approvalEnd = QDate(2026, 9, 1);
        approve.evaluation = QJsonObject{{u"determination"_s, QJsonObject{}}};
        const auto decided = store.decide(test::nurse, other->id, approve);
        QVERIFY2(decided.ok(), qPrintable(decided.error()));
        QVERIFY(SecuritySettings::setIdleLockMinutes(*m_db, test::admin, 15).ok());
        const AuditTrail::Verification before = AuditTrail::verify(*m_db);
        QVERIFY2(before.intact, qPrintable(before.problem));
        QVERIFY(before.sealedRows > 10);
    }
    m_db.reset(); // tampering happens outside URDesk, with the sqlite3 library
    {
        test::RawConnection raw(m_path);
        for (const QString& statement : sql)
            QVERIFY2(raw.exec(statement), qPrintable(statement + u": "_s + raw.error()));
    }
    m_db = Database::open(m_path).value();
    const AuditTrail::Verification v = AuditTrail::verify(*m_db);
    QVERIFY(!v.intact);
    QVERIFY2(v.problem.contains(expected), qPrintable(v.problem));
    QCOMPARE(v.table, table);
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
