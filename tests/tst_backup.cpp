// Backups: a consistent, checked copy while another process writes; restore that keeps the
// database it replaces; refusal of a damaged backup or of a trail that has been tampered with.
#include "AuditTrail.h"
#include "Backup.h"
#include "StoreSupport.h"
#include "StrictTest.h"

#include <QDir>
#include <QProcess>
#include <QTest>

using namespace urdesk;
using namespace Qt::StringLiterals;

class TestBackup : public urdesk::test::StrictTest
{
    Q_OBJECT

private Q_SLOTS:
    void backupWhileAnotherProcessWrites();
    void restoreKeepsTheDatabaseItReplaces();
    void refusesADamagedBackup();
    void refusesToCopyABrokenTrail();
    void replacesAnExistingFileOnlyWhenAsked();
    void aRefusedCopyLeavesNothing();
    void refusesWhatIsNotAFile();
};

namespace {
qint64 caseCount(const QString& path)
{
    const auto db = Database::open(path);
    return db ? CaseStore(db.value(), test::builtinCatalog()).count({}).value() : -1;
}

// The test administrator signing in against the copy being restored.
Backup::Authorize signInAs(const QString& password)
{
    return [password](const std::shared_ptr<Database>& copy) {
        return AccountStore(copy).signIn(test::admin.account, password, Role::Administrator);
    };
}
} // namespace

void TestBackup::backupWhileAnotherProcessWrites()
{
    QTemporaryDir dir;
    const QString live = dir.filePath(u"live.db"_s);
    QProcess writer;
    writer.start(QStringLiteral(URDESK_HELPER_WRITER), {live, u"1"_s});
    QVERIFY(writer.waitForStarted());
    // Back up once the writer has saved something, while it goes on saving.
    QTRY_VERIFY_WITH_TIMEOUT(writer.canReadLine(), 30000);
    const auto db = Database::open(live);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const QString copy = dir.filePath(u"backups/copy.db"_s);
    QVERIFY(QDir().mkpath(dir.filePath(u"backups"_s)));
    const Done d = Backup::write(*db.value(), copy);
    writer.kill();
    writer.waitForFinished();
    QVERIFY2(d.ok(), qPrintable(d.error()));
    QCOMPARE(QFile::permissions(copy) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), 0);
    const auto copied = Database::open(copy);
    QVERIFY2(copied.ok(), qPrintable(copied.error()));
    const AuditTrail::Verification v = AuditTrail::verify(*copied.value());
    QVERIFY2(v.intact, qPrintable(v.problem));
    QVERIFY(v.rows > 0);
    QCOMPARE(QDir(dir.filePath(u"backups"_s)).entryList({u"*partial*"_s}, QDir::Files).size(), 0);
}

void TestBackup::restoreKeepsTheDatabaseItReplaces()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cases.db"_s);
    const QString copy = dir.filePath(u"copy.db"_s);
    {
        const auto db = Database::open(path);
        test::addTestAccounts(db.value());
        CaseStore store(db.value(), test::builtinCatalog());
        QVERIFY(store.createCase(test::nurse, test::sampleIntake()).ok());
        QVERIFY(Backup::write(*db.value(), copy).ok());
        QVERIFY(store.createCase(test::nurse, test::sampleIntake()).ok()); // after the backup
    }
    Result<QString> r = Backup::restore(copy, path, signInAs(u"not the password"_s));
    QVERIFY2(r.error().contains(u"wrong user name or password"_s), qPrintable(r.error()));
    QCOMPARE(caseCount(path), 2); // refused: the database in place is untouched
    // Nothing of the copy is left behind, and the refusal is in the trail that stays.
    QCOMPARE(QDir(dir.path()).entryList({u"*.partial-*"_s}, QDir::Files), QStringList());
    {
        const auto live = Database::open(path);
        QSqlQuery q(live.value()->connection());
        QVERIFY(q.exec(u"SELECT action, reason FROM audit ORDER BY id DESC LIMIT 1"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"backup.restoreRefused"_s);
        QVERIFY2(q.value(1).toString().contains(u"wrong user name or password"_s),
                 qPrintable(q.value(1).toString()));
        QVERIFY(AuditTrail::verify(*live.value()).intact);
    }

    r = Backup::restore(copy, path, signInAs(test::testPassword));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QVERIFY2(r->contains(u"is kept as"_s), qPrintable(r.value()));
    QCOMPARE(caseCount(path), 1);
    const QString kept = r->mid(r->indexOf(u"kept as "_s) + 8);
    QCOMPARE(caseCount(kept), 2); // nothing saved is lost
    const auto restored = Database::open(path);
    QVERIFY(AuditTrail::verify(*restored.value()).intact);
    QSqlQuery q(restored.value()->connection());
    QVERIFY(q.exec(u"SELECT account, action FROM audit ORDER BY id DESC LIMIT 1"_s) && q.next());
    QCOMPARE(q.value(0).toString() + u' ' + q.value(1).toString(),
             test::admin.account + u" backup.restored"_s);
}

void TestBackup::refusesADamagedBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cases.db"_s);
    const QString copy = dir.filePath(u"copy.db"_s);
    {
        const auto db = Database::open(path);
        test::addTestAccounts(db.value());
        CaseStore store(db.value(), test::builtinCatalog());
        QVERIFY(store.createCase(test::nurse, test::sampleIntake()).ok());
        QVERIFY(Backup::write(*db.value(), copy).ok());
    }
    QFile f(copy);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(100);
    f.write(QByteArray(2000, '\x5A'));
    f.close();
    const Result<QString> r = Backup::restore(copy, path, signInAs(test::testPassword));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().startsWith(u"not restored: "_s + copy + u": "_s), qPrintable(r.error()));
    QVERIFY2(!r.error().contains(u".partial-"_s), qPrintable(r.error()));
    QCOMPARE(QDir(dir.path()).entryList({u"*.partial-*"_s}), QStringList());
    // The database in place keeps what it had, and the refusal.
    QCOMPARE(caseCount(path), 1);
    const auto live = Database::open(path);
    QCOMPARE(test::auditActions(*live.value()).last(), u"urdesk backup.restoreRefused"_s);
}

void TestBackup::refusesToCopyABrokenTrail()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cases.db"_s);
    const auto db = Database::open(path);
    test::addTestAccounts(db.value());
    CaseStore store(db.value(), test::builtinCatalog());
    QVERIFY(store.createCase(test::nurse, test::sampleIntake()).ok());
    QVERIFY(QFile::remove(AuditTrail::headPath(path)));
    const Done d = Backup::write(*db.value(), dir.filePath(u"copy.db"_s));
    QVERIFY(!d.ok());
    QVERIFY2(d.error().contains(u"the audit trail is broken"_s), qPrintable(d.error()));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"copy.db"_s)));
}

void TestBackup::replacesAnExistingFileOnlyWhenAsked()
{
    QTemporaryDir dir;
    const auto db = test::openTestDatabase(dir.filePath(u"cases.db"_s));
    const QString copy = dir.filePath(u"copy.db"_s);
    QVERIFY(Backup::write(*db, copy).ok());
    CaseStore store(db, test::builtinCatalog());
    QVERIFY(store.createCase(test::nurse, test::sampleIntake()).ok());
    const QByteArray first = test::fileHash(copy);
    const Done refused = Backup::write(*db, copy);
    QVERIFY2(refused.error().contains(u"already exists"_s), qPrintable(refused.error()));
    QCOMPARE(test::fileHash(copy), first);
    QCOMPARE(caseCount(copy), 0);
    QVERIFY(Backup::write(*db, copy, Backup::Existing::Replace).ok());
    QCOMPARE(caseCount(copy), 1);
    QCOMPARE(QDir(dir.path()).entryList({u"*partial*"_s}, QDir::Files).size(), 0);
}

// A copy SQLite refuses to write (here: a statement of the same connection is still reading)
// leaves no file behind, however often it is tried.
void TestBackup::aRefusedCopyLeavesNothing()
{
    QTemporaryDir dir;
    const auto db = Database::open(dir.filePath(u"cases.db"_s));
    QVERIFY(db.ok());
    test::addTestAccounts(db.value());
    QSqlQuery reading(db.value()->connection());
    QVERIFY(reading.exec(u"SELECT id FROM audit"_s) && reading.next());
    for (int attempt = 0; attempt < 3; ++attempt) {
        const Done d = Backup::write(*db.value(), dir.filePath(u"copy.db"_s));
        QVERIFY2(d.error().contains(u"the copy could not be written"_s), qPrintable(d.error()));
    }
    QCOMPARE(QDir(dir.path()).entryList({u"copy.db*"_s}, QDir::Files), QStringList());
}

void TestBackup::refusesWhatIsNotAFile()
{
    QTemporaryDir dir;
    const Result<QString> r =
        Backup::restore(u"/dev/zero"_s, dir.filePath(u"cases.db"_s), signInAs(test::testPassword));
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), u"not restored: /dev/zero: not a regular file"_s);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
