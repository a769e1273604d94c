// Nothing acknowledged is lost: a writer is killed (SIGKILL) at varying moments, 200 times,
// and afterwards every save it acknowledged is there, every case and note has its audit
// row, SQLite's integrity check passes and the audit trail verifies.
#include "AuditTrail.h"
#include "StoreSupport.h"
#include "StrictTest.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QThread>

using namespace urdesk;
using namespace Qt::StringLiterals;

class TestDurability : public urdesk::test::StrictTest
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesNothingAcknowledged();

private:
    void checkDatabase(const QString& path, const QSet<QString>& cases, const QSet<QString>& notes);
};

void TestDurability::killedWriterLosesNothingAcknowledged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"durability.db"_s);
    QSet<QString> cases;
    QSet<QString> notes;
    QRandomGenerator random(20261122);
    constexpr int kills = 200;
    for (int run = 0; run < kills; ++run) {
        QProcess writer;
        writer.start(QStringLiteral(URDESK_HELPER_WRITER), {path, QString::number(run)});
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        // Kill after a varying number of acknowledged saves: 0 kills it while it starts.
        const int acknowledgements = int(random.bounded(12));
        int seen = 0;
        while (seen < acknowledgements) {
            if (!writer.canReadLine())
                QVERIFY2(writer.waitForReadyRead(30000),
                         qPrintable(u"writer went quiet: "_s +
                                    QString::fromUtf8(writer.readAllStandardError())));
            while (writer.canReadLine() && seen < acknowledgements) {
                const QString line = QString::fromUtf8(writer.readLine()).trimmed();
                if (line.startsWith(u"case "_s))
                    cases.insert(line.mid(5));
                else if (line.startsWith(u"note "_s))
                    notes.insert(line.mid(5));
                else
                    QFAIL(qPrintable(u"unexpected output: "_s + line));
                ++seen;
            }
        }
        // Not a wait for anything: it moves the kill to a random point of the next save.
        QThread::usleep(random.bounded(3000));
        writer.kill(); // SIGKILL
        QVERIFY(writer.waitForFinished(30000));
        // What it acknowledged but we had not read yet counts too.
        for (const QByteArray& raw : writer.readAllStandardOutput().split('\n')) {
            const QString line = QString::fromUtf8(raw).trimmed();
            if (line.startsWith(u"case "_s))
                cases.insert(line.mid(5));
            else if (line.startsWith(u"note "_s))
                notes.insert(line.mid(5));
        }
        if (run % 50 == 49)
            checkDatabase(path, cases, notes);
    }
    QVERIFY(cases.size() > kills); // the writer did get work done between kills
    checkDatabase(path, cases, notes);
}

void TestDurability::checkDatabase(const QString& path, const QSet<QString>& cases,
                                   const QSet<QString>& notes)
{
    const auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QSqlQuery q((*db)->connection());
    auto one = [&](const QString& sql) {
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(sqlError(q)));
        return q.value(0);
    };
    QCOMPARE(one(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QSet<QString> stored;
    QVERIFY(q.exec(u"SELECT case_number FROM cases"_s));
    while (q.next())
        stored.insert(q.value(0).toString());
    for (const QString& c : cases)
        QVERIFY2(stored.contains(c), qPrintable(u"acknowledged case lost: "_s + c));
    stored.clear();
    QVERIFY(q.exec(u"SELECT text FROM notes"_s));
    while (q.next())
        stored.insert(q.value(0).toString());
    for (const QString& n : notes)
        QVERIFY2(stored.contains(n), qPrintable(u"acknowledged note lost: "_s + n));
    QCOMPARE(one(u"SELECT count(*) FROM cases WHERE id NOT IN "
                 "(SELECT case_id FROM audit WHERE action = 'case.created')"_s)
                 .toInt(),
             0);
    QCOMPARE(one(u"SELECT count(*) FROM notes"_s).toInt(),
             one(u"SELECT count(*) FROM audit WHERE action = 'note.added'"_s).toInt());
    const AuditTrail::Verification v = AuditTrail::verify(*db.value());
    QVERIFY2(v.intact, qPrintable(v.problem));
}

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
