// The audit trail: rows cannot be changed or deleted through SQL, and every way of
// tampering with it outside URDesk is caught by verification, which names the first bad row.
#include "AuditTrail.h"
#include "StoreSupport.h"

#include <QJsonDocument>
#include <QSaveFile>
#include <QTest>

using namespace urdesk;
using namespace Qt::StringLiterals;

class TestAudit : public QObject
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

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    QString m_path;
};

void TestAudit::init()
{
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
                  "reason, previous_hash, hash FROM audit WHERE id = 4"_s})
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
                  {}};
        forged.hash = AuditTrail::hashOf(forged);
        q.prepare(u"INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
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

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
