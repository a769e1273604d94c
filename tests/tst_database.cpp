// Opening a database: a new one is owner-only with its pragmas set; anything that is not a
// URDesk database of this version or older is refused with a clear message and left as it was.
#include "Database.h"
#include "StoreSupport.h"
#include "StrictTest.h"
#include "Translations.h"
#include "WriteLock.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace urdesk;
using namespace Qt::StringLiterals;

namespace {

// A file descriptor closed when it goes: here, a Unix socket bound to a path.
class ScopedFd
{
public:
    ScopedFd() = default;
    ~ScopedFd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    ScopedFd(const ScopedFd&) = delete;
    ScopedFd& operator=(const ScopedFd&) = delete;

    bool bindUnixSocket(const QString& path)
    {
        m_fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray name = QFile::encodeName(path);
        if (m_fd < 0 || name.size() >= qsizetype(sizeof address.sun_path))
            return false;
        std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
        return ::bind(m_fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
    }

private:
    int m_fd = -1;
};

} // namespace

class TestDatabase : public urdesk::test::StrictTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { installTranslations(u"en"_s); } // "1 table", "2 tables"
    void createsOwnerOnlyWithPragmas();
    void reopens();
    void refuses_data();
    void refuses();
    void pagesAreCheckedReadOnly();
    void aCrashsWalIsNotCopiedIntoADamagedFile();
    void writeRollsBackOnError();
    void anotherWriterIsNamed();
    void fullDiskSavesNothingAndSaysSo();

private:
    QTemporaryDir m_dir;
};

void TestDatabase::createsOwnerOnlyWithPragmas()
{
    const QString path = m_dir.filePath(u"sub/folder/new.db"_s);
    const auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QSqlQuery q((*db)->connection());
    auto pragma = [&](const QString& name) {
        q.exec(u"PRAGMA "_s + name);
        q.next();
        return q.value(0).toString();
    };
    QCOMPARE(pragma(u"journal_mode"_s), u"wal"_s);
    QCOMPARE(pragma(u"foreign_keys"_s), u"1"_s);
    QCOMPARE(pragma(u"synchronous"_s), u"2"_s); // FULL
    QCOMPARE(pragma(u"user_version"_s).toInt(), Database::schemaVersion);
    QVERIFY(pragma(u"busy_timeout"_s).toInt() >= 5000);
}

void TestDatabase::reopens()
{
    const QString path = m_dir.filePath(u"reopen.db"_s);
    {
        const auto db = Database::open(path);
        QVERIFY(db.ok());
        test::addTestAccounts(db.value());
        CaseStore store(db.value(), test::builtinCatalog());
        QVERIFY(store.createCase(test::nurse, test::sampleIntake()).ok());
    }
    const auto again = Database::open(path);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    const CaseStore store(again.value(), test::builtinCatalog());
    QCOMPARE(store.count({}).value(), 1);
}

void TestDatabase::refuses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty file") << u"empty.db"_s << u"the file is empty"_s;
    QTest::newRow("text file") << u"notes.txt"_s << u"not a URDesk database (not an SQLite file)"_s;
    QTest::newRow("another program's database")
        << u"other.db"_s << u"an SQLite database, but not a URDesk one"_s;
    QTest::newRow("newer URDesk") << u"newer.db"_s
                                  << u"written by a newer URDesk (database version 99"_s;
    QTest::newRow("damaged") << u"damaged.db"_s << u"the database is damaged"_s;
    QTest::newRow("damaged data pages")
        << u"pages.db"_s << u"this database is damaged (SQLite's check: "_s;
    // URDesk's mark on a file that is not a URDesk database of its version: refused before
    // anything is written to it (the journal mode included).
    QTest::newRow("marked, no version")
        << u"marked0.db"_s << u"it holds no URDesk database of any version"_s;
    QTest::newRow("marked, foreign tables")
        << u"marked5.db"_s << u"the database is damaged: 10 tables missing (cases, case_facts"_s;
    QTest::newRow("a table dropped")
        << u"dropped.db"_s
        << u"the database is damaged: 2 tables missing (accounts, account_roles)"_s;
    // What is not a file would block a reader (a FIFO waits for a writer) or is no place
    // for a record: refused at once, before anything reads it.
    QTest::newRow("a folder") << u"folder.db"_s << u"not a regular file"_s;
    QTest::newRow("a FIFO") << u"fifo.db"_s << u"not a regular file"_s;
    QTest::newRow("a socket") << u"socket.db"_s << u"not a regular file"_s;
    QTest::newRow("a device") << u"/dev/null"_s << u"not a regular file"_s;
}

void TestDatabase::refuses()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QString path = name.startsWith(u'/') ? name : m_dir.filePath(name);
    ScopedFd socket; // a socket file lives while its socket is bound
    if (name == u"empty.db") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (name == u"notes.txt") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(200, 'x'));
    } else if (name == u"other.db") {
        test::RawConnection raw(path);
        QVERIFY(raw.exec(u"CREATE TABLE recipes (name TEXT)"_s));
    } else if (name == u"newer.db") {
        QVERIFY(Database::open(path).ok());
        test::RawConnection raw(path);
        QVERIFY(raw.exec(u"PRAGMA user_version = 99"_s));
        QVERIFY(raw.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    } else if (name == u"marked0.db" || name == u"marked5.db") {
        test::RawConnection raw(path);
        QVERIFY(raw.exec(u"CREATE TABLE recipes (name TEXT)"_s));
        QVERIFY(raw.exec(u"PRAGMA application_id = 1431454803"_s)); // "URDS"
        if (name == u"marked5.db")
            QVERIFY(raw.exec(u"PRAGMA user_version = 5"_s));
    } else if (name == u"pages.db") {
        QVERIFY(test::writeDamagedDatabase(path));
    } else if (name == u"dropped.db") {
        QVERIFY(Database::open(path).ok());
        test::RawConnection raw(path);
        QVERIFY(raw.exec(u"DROP TABLE account_roles"_s) && raw.exec(u"DROP TABLE accounts"_s));
        QVERIFY(raw.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    } else if (name == u"damaged.db") {
        QVERIFY(Database::open(path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100); // after the header: the schema table's page
        f.write(QByteArray(3000, '\xA5'));
    } else if (name == u"folder.db") {
        QVERIFY(QDir().mkpath(path));
    } else if (name == u"fifo.db") {
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (name == u"socket.db") {
        QVERIFY(socket.bindUnixSocket(path));
    }
    const bool regular = QFileInfo(path).isFile();
    const QByteArray before = regular ? test::fileHash(path) : QByteArray();
    const auto db = Database::open(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().startsWith(path), qPrintable(db.error()));
    QVERIFY2(db.error().contains(expected), qPrintable(db.error()));
    if (regular)
        QCOMPARE(test::fileHash(path), before); // left as it was
    QVERIFY(QFileInfo::exists(path));
}

void TestDatabase::pagesAreCheckedReadOnly()
{
    using Outcome = Database::PageCheck::Outcome;
    QTemporaryDir dir;
    // A name that means something in a URI: the file is still the one checked.
    for (const QString& name : {u"check.db"_s, u"check #1 ?mode=rw%20.db"_s}) {
        const QString path = dir.filePath(name);
        QVERIFY(test::writeDamagedDatabase(path));
        const QByteArray before = test::fileHash(path);
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        const Database::PageCheck check = Database::checkPages(path);
        QCOMPARE(check.outcome, Outcome::Damaged);
        QVERIFY2(check.finding.startsWith(u"On tree page "_s) && check.finding.contains(u" more"_s),
                 qPrintable(name + u": "_s + check.finding));
        QCOMPARE(test::fileHash(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), files); // no -wal, no -shm
        // open() finds the same.
        const auto refused = Database::open(path, Database::IfMissing::Refuse);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error(), Database::damagedMessage(path, check.finding));
    }
    // Whole pages, with the -wal of a connection that has the file open, and without.
    const QString whole = dir.filePath(u"whole.db"_s);
    {
        const auto db = test::openTestDatabase(whole);
        QVERIFY(QFileInfo::exists(whole + u"-wal"_s));
        QCOMPARE(Database::checkPages(whole).outcome, Outcome::Whole);
    }
    QVERIFY(!QFileInfo::exists(whole + u"-wal"_s));
    QCOMPARE(Database::checkPages(whole).outcome, Outcome::Whole);
    // What is not a URDesk database file is not checked: open() refuses it, saying why.
    QCOMPARE(Database::checkPages(dir.filePath(u"missing.db"_s)).outcome, Outcome::NotChecked);
    QCOMPARE(Database::checkPages(dir.path()).outcome, Outcome::NotChecked);
}

// Damage usually comes with a power cut, which leaves a -wal of commits not yet copied into
// the file. A refusal must not copy them in (a read-write connection does, as it closes):
// the damaged file and its -wal stay as the cut left them, for whoever examines them.
void TestDatabase::aCrashsWalIsNotCopiedIntoADamagedFile()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(u"source.db"_s);
    QVERIFY(test::writeDamagedDatabase(source));
    const QString crashed = dir.filePath(u"crashed.db"_s);
    {
        test::RawConnection raw(source);
        QVERIFY(raw.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
        QVERIFY(raw.exec(u"CREATE TABLE scratch (x)"_s)); // a commit that stays in the -wal
        QVERIFY(QFile::copy(source, crashed));
        QVERIFY(QFile::copy(source + u"-wal"_s, crashed + u"-wal"_s));
    }
    const QByteArray file = test::fileHash(crashed);
    const QByteArray wal = test::fileHash(crashed + u"-wal"_s);
    QVERIFY(QFileInfo(crashed + u"-wal"_s).size() > 0);
    QCOMPARE(Database::checkPages(crashed).outcome, Database::PageCheck::Outcome::Damaged);
    const auto refused = Database::open(crashed, Database::IfMissing::Refuse);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(u"this database is damaged"_s), qPrintable(refused.error()));
    QCOMPARE(test::fileHash(crashed), file);
    QCOMPARE(test::fileHash(crashed + u"-wal"_s), wal);
}

void TestDatabase::writeRollsBackOnError()
{
    const auto db = Database::open(m_dir.filePath(u"rollback.db"_s));
    QVERIFY(db.ok());
    test::addTestAccounts(db.value());
    CaseStore store(db.value(), test::builtinCatalog());
    const auto c = store.createCase(test::nurse, test::sampleIntake());
    QVERIFY(c.ok());
    bool inserted = false;
    const Done failed = (*db)->write([&]() -> Done {
        QSqlQuery q((*db)->connection());
        inserted = q.exec(u"INSERT INTO notes (case_id, author, role, created_at, text) "
                          "VALUES (%1, 'a', 'b', 'c', 'd')"_s.arg(c->id));
        return Done::failure(u"stop"_s);
    });
    QVERIFY(inserted);
    QVERIFY(!failed.ok());
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM notes"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

// Another program holding the database for writing: after the wait, the reviewer is told which
// program and that nothing was saved, never SQLite's "database is locked"; the case is as it was.
void TestDatabase::anotherWriterIsNamed()
{
    const QString path = m_dir.filePath(u"shared.db"_s);
    const auto db = test::openTestDatabase(path);
    CaseStore store(db, test::builtinCatalog());
    const auto c = store.createCase(test::nurse, test::sampleIntake());
    QVERIFY(c.ok());

    QProcess sqlite;
    sqlite.start(u"sqlite3"_s, {path});
    QVERIFY2(sqlite.waitForStarted(), "the sqlite3 tool is needed");
    sqlite.write("BEGIN IMMEDIATE;\n");
    QTRY_VERIFY(!writeLockHolder(path).isEmpty());

    QSqlQuery(db->connection()).exec(u"PRAGMA busy_timeout = 100"_s); // not 10 s here
    const Done refused = store.addNote(test::nurse, c->id, u"Called the prescriber."_s);
    QVERIFY(!refused.ok());
    const QString pid = QString::number(sqlite.processId());
    QVERIFY2(refused.error().contains(u"sqlite3, process "_s + pid), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(u"nothing was saved"_s), qPrintable(refused.error()));
    QVERIFY(!refused.error().contains(u"locked"_s));
    QCOMPARE(store.notes(c->id).value().size(), 0);

    sqlite.closeWriteChannel(); // the tool ends, and its lock with it
    QVERIFY(sqlite.waitForFinished());
    QTRY_VERIFY(writeLockHolder(path).isEmpty());
    QVERIFY(store.addNote(test::nurse, c->id, u"Called the prescriber."_s).ok());
}

// A disk that fills up (here: the database may not grow by a page): the save fails, says the
// disk is full, and leaves the case as it was; with room again, the same save works.
void TestDatabase::fullDiskSavesNothingAndSaysSo()
{
    const auto db = test::openTestDatabase(m_dir.filePath(u"full.db"_s));
    CaseStore store(db, test::builtinCatalog());
    const auto c = store.createCase(test::nurse, test::sampleIntake());
    QVERIFY(c.ok());
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(u"PRAGMA page_count"_s) && q.next());
    const int pages = q.value(0).toInt();
    QVERIFY(q.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));

    const QString longNote = u"Chart notes received by fax. "_s.repeated(2000);
    const Done refused = store.addNote(test::nurse, c->id, longNote);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(u"the disk that holds the database is full"_s),
             qPrintable(refused.error()));
    QCOMPARE(store.notes(c->id).value().size(), 0);
    QCOMPARE(store.loadCase(c->id).value().status, c->status);

    QVERIFY(q.exec(u"PRAGMA max_page_count = 1073741823"_s));
    QVERIFY(store.addNote(test::nurse, c->id, longNote).ok());
    QCOMPARE(store.notes(c->id).value().size(), 1);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
