#include "Database.h"

#include "AuditTrail.h"
#include "PrivateFiles.h"
#include "RowSeals.h"
#include "Schema.h"
#include "WriteLock.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(urdesk::Database)
};

// "URDS": set as SQLite's application_id so that another program's database is not mistaken
// for ours.
constexpr quint32 applicationId = 0x55524453;

QAtomicInt connectionCounter;

// How long a write waits for another program's write to end.
constexpr int busyTimeoutSeconds = 10;

// Checks an existing file without letting SQLite touch it: readable, not empty, an SQLite
// file, and one of ours.
Done checkExistingFile(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Done::failure(
            Text::tr("%1: cannot read the database: %2").arg(shown, file.errorString()));
    if (file.size() == 0)
        return Done::failure(
            Text::tr("%1: the file is empty; it is not a URDesk database").arg(shown));
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return Done::failure(Text::tr("%1: not a URDesk database (not an SQLite file)").arg(shown));
    const quint32 id = qFromBigEndian<quint32>(header.constData() + 68);
    if (id != applicationId)
        return Done::failure(
            Text::tr("%1: an SQLite database, but not a URDesk one; it was left as it is")
                .arg(shown));
    return done();
}

// SQLITE_CORRUPT and SQLITE_NOTADB: the file itself is wrong. Any other error (busy, I/O, out
// of memory) says nothing about the file, only that it could not be checked.
bool isDamage(const QSqlError& error)
{
    return error.nativeErrorCode() == u"11" || error.nativeErrorCode() == u"26";
}

// Runs `work` on a connection of its own to the existing database at `path`, opened
// read-only: whatever `work` finds, closing it writes nothing (a read-write connection's
// close would copy a -wal left by a crash into the file). False when it could not open.
// Without a -wal every committed page is in the file itself, read as it stands with neither
// SQLite's locks nor its side files (immutable), so no -wal or -shm is left beside a file
// that must not change; with one, its pages count too, and an ordinary read-only connection
// reads them.
bool withReadOnlyConnection(const QString& path, const std::function<void(QSqlDatabase&)>& work)
{
    const QString name = u"urdesk-check-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1));
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        if (QFileInfo::exists(path + u"-wal"_s)) {
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s);
        } else {
            db.setDatabaseName(u"file:%1?mode=ro&immutable=1"_s.arg(
                QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).path(QUrl::FullyEncoded)));
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
        }
        opened = db.open();
        if (opened)
            work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return opened;
}

// Refuses a file whose tables are not those its version's migrations created.
Done checkTables(const QSqlDatabase& db, const QString& path, int version)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSqlQuery q(db);
    if (!q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s))
        return Done::failure(Text::tr("%1: the database is damaged: %2").arg(shown, sqlError(q)));
    QStringList present;
    while (q.next())
        present.append(q.value(0).toString());
    // Version 0 with URDesk's mark is a creation cut short before its first table: ours, and
    // empty. Anything in it is someone else's.
    if (version == 0 && !present.isEmpty())
        return Done::failure(Text::tr("%1: marked as a URDesk database, but it holds no URDesk "
                                      "database of any version; it was left as it is")
                                 .arg(shown));
    QStringList missing;
    for (const QString& table : schema::tablesAt(version)) {
        if (!present.contains(table))
            missing.append(table);
    }
    if (!missing.isEmpty())
        return Done::failure(Text::tr("%1: the database is damaged: %n table(s) missing (%2). "
                                      "Restore a backup; the file was left as it is.",
                                      nullptr, int(missing.size()))
                                 .arg(shown, missing.join(u", "_s)));
    return done();
}

Done refuseNewer(const QString& path, int version)
{
    return Done::failure(Text::tr("%1: this database was written by a newer URDesk (database "
                                  "version %2; this URDesk reads up to %3). Open it with that "
                                  "URDesk; it was left as it is.")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(version)
                             .arg(Database::schemaVersion));
}

} // namespace

QString sqlError(const QSqlQuery& query)
{
    const QSqlError e = query.lastError();
    // SQLITE_FULL: what the reviewer can act on is the disk, not SQLite's wording.
    if (e.nativeErrorCode() == u"13")
        return Text::tr("the disk that holds the database is full; free some space and try "
                        "again");
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

Result<qint64> runSql(const QSqlDatabase& db, const QString& sql,
                      std::initializer_list<QVariant> values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Result<qint64>::failure(sqlError(q));
    return q.lastInsertId().toLongLong();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/urdesk.db"_s;
}

QStringList Database::filesOf(const QString& path)
{
    return {path, path + u"-wal"_s, path + u"-shm"_s, AuditTrail::headPath(path)};
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        // Keeps the query planner's statistics current, as SQLite advises on closing.
        if (db.isOpen())
            QSqlQuery(db).exec(u"PRAGMA optimize"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Database::PageCheck Database::checkPages(const QSqlDatabase& db, Depth depth)
{
    using Outcome = PageCheck::Outcome;
    QSqlQuery q(db);
    const auto failed = [&q] {
        return PageCheck{isDamage(q.lastError()) ? Outcome::Damaged : Outcome::NotChecked,
                         sqlError(q)};
    };
    if (!q.exec(depth == Depth::Pages ? u"PRAGMA quick_check"_s : u"PRAGMA integrity_check"_s))
        return failed();
    // "ok", or up to 100 problems, a line each, after one that names the database.
    QStringList problems;
    while (q.next()) {
        for (const QString& line : q.value(0).toString().split(u'\n', Qt::SkipEmptyParts)) {
            if (line != u"ok" && !line.startsWith(u"*** "))
                problems.append(line);
        }
    }
    if (problems.isEmpty())
        return q.lastError().isValid() ? failed() : PageCheck{Outcome::Whole, {}};
    constexpr int shown = 3;
    return {Outcome::Damaged,
            problems.size() > shown
                ? Text::tr("%1; and %n more", nullptr, int(problems.size() - shown))
                      .arg(problems.first(shown).join(u"; "_s))
                : problems.join(u"; "_s)};
}

Database::PageCheck Database::checkPages(const QString& path)
{
    if (!QFileInfo(path).isFile() || !checkExistingFile(path))
        return {PageCheck::Outcome::NotChecked, {}};
    const QFileInfo before(path);
    const bool walBefore = QFileInfo::exists(path + u"-wal"_s);
    PageCheck check{PageCheck::Outcome::NotChecked, {}};
    withReadOnlyConnection(path, [&](QSqlDatabase& db) { check = checkPages(db, Depth::Pages); });
    // Read without locks, the file may have been changed under the check by a program that
    // began writing meanwhile, and a page caught half-written looks damaged: damage is only
    // said when the file stood still, else it is checked again.
    const QFileInfo after(path);
    if (check.outcome == PageCheck::Outcome::Damaged && !walBefore &&
        (QFileInfo::exists(path + u"-wal"_s) || after.size() != before.size() ||
         after.lastModified() != before.lastModified()))
        withReadOnlyConnection(path,
                               [&](QSqlDatabase& db) { check = checkPages(db, Depth::Pages); });
    return check;
}

QString Database::damagedMessage(const QString& path, const QString& damage)
{
    return Text::tr("%1: this database is damaged (SQLite's check: %2); restore a backup. The "
                    "file was left as it is.")
        .arg(QDir::toNativeSeparators(path), damage);
}

Result<std::shared_ptr<Database>> Database::open(const QString& path, IfMissing ifMissing,
                                                 Pages pages)
{
    using R = Result<std::shared_ptr<Database>>;
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    const bool created = !info.exists();
    if (created && ifMissing == IfMissing::Refuse)
        return R::failure(Text::tr("no database at %1").arg(shown));
    // A FIFO would hold the reader until something wrote to it, and a device, socket or
    // folder is no place for a record: only a file (or a link to one) is opened.
    if (!created && !info.isFile())
        return R::failure(
            Text::tr("%1: not a regular file; a URDesk database is a file").arg(shown));
    if (created) {
        if (!QDir().mkpath(info.absolutePath()))
            return R::failure(Text::tr("%1: cannot create the folder").arg(shown));
        // Created owner-only before SQLite opens it; SQLite gives its -wal and -shm files the
        // same permissions. The file holds protected health information.
        if (const Done made = PrivateFiles::create(path); !made)
            return R::failure(
                Text::tr("%1: cannot create the database: %2").arg(shown, made.error()));
    } else if (Done ok = checkExistingFile(path); !ok) {
        return R::failure(ok.error());
    }
    // An existing file is inspected read-only first, so that a refusal writes nothing.
    bool vouched = created;
    if (!created) {
        if (Done ok = inspect(path, pages, vouched); !ok)
            return R::failure(ok.error());
    }

    const QString name = u"urdesk-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    }
    std::shared_ptr<Database> database(new Database(path, name));
    Done ok = done();
    {
        // Released before a refusal removes the connection, which must then be unused.
        QSqlDatabase db = database->connection();
        if (!db.open())
            ok = Done::failure(
                Text::tr("%1: cannot open the database: %2").arg(shown, db.lastError().text()));
    }
    if (ok)
        ok = database->configure(created, vouched);
    if (!ok) {
        database.reset();
        if (created)
            QFile::remove(path); // ours, and empty: nothing of anyone's is lost
        return R::failure(ok.error());
    }
    return database;
}

Done Database::inspect(const QString& path, Pages pages, bool& vouched)
{
    Done result = done();
    withReadOnlyConnection(path, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
            if (isDamage(q.lastError()))
                result = Done::failure(Text::tr("%1: the database is damaged: %2")
                                           .arg(QDir::toNativeSeparators(path), sqlError(q)));
            return; // not inspected: configure() checks on its own connection
        }
        const int version = q.value(0).toInt();
        q.finish();
        if (version > schemaVersion) {
            result = refuseNewer(path, version);
            return;
        }
        if (result = checkTables(db, path, version); !result)
            return;
        if (pages == Pages::Check) {
            const PageCheck check = checkPages(db, Depth::Pages);
            if (check.outcome == PageCheck::Outcome::Damaged)
                result = Done::failure(damagedMessage(path, check.finding));
            if (check.outcome != PageCheck::Outcome::Whole)
                return;
        }
        vouched = true;
    });
    return result;
}

Done Database::configure(bool created, bool vouched)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    QSqlQuery q(connection());
    // Reading the schema is where a damaged file shows itself; nothing is written before.
    if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s) || !q.next())
        return Done::failure(Text::tr("%1: the database is damaged: %2").arg(shown, sqlError(q)));
    // Connection settings: they change nothing in the file. The page cache may grow to 64 MB
    // (SQLite's default is 2 MB), so that a search over a large queue reads its pages from
    // memory after the first time rather than from the file.
    for (const QString& pragma : {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = FULL"_s,
                                  u"PRAGMA busy_timeout = %1"_s.arg(busyTimeoutSeconds * 1000),
                                  u"PRAGMA cache_size = -65536"_s}) {
        if (!q.exec(pragma))
            return Done::failure(Text::tr("%1: %2: %3").arg(shown, pragma, sqlError(q)));
    }
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return Done::failure(Text::tr("%1: the database is damaged: %2").arg(shown, sqlError(q)));
    const int version = q.value(0).toInt();
    if (version > schemaVersion)
        return refuseNewer(m_path, version);
    // When the read-only inspection could not vouch for the file, it is checked here, still
    // before anything is written.
    if (!vouched) {
        if (Done known = checkTables(connection(), m_path, version); !known)
            return known;
        const PageCheck check = checkPages(connection(), Depth::Pages);
        if (check.outcome == PageCheck::Outcome::Damaged)
            return Done::failure(damagedMessage(m_path, check.finding));
        if (check.outcome == PageCheck::Outcome::NotChecked)
            return Done::failure(Text::tr("%1: the database could not be checked (%2); it was "
                                          "left as it is. Try again.")
                                     .arg(shown, check.finding));
    }
    // Only now, known to be a URDesk database this version reads, may the file change.
    if (!q.exec(u"PRAGMA journal_mode = WAL"_s) || !q.next() ||
        q.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return Done::failure(
            Text::tr("%1: cannot use write-ahead logging: %2").arg(shown, sqlError(q)));
    q.finish(); // a statement still stepping would keep the migration from committing
    if (created) {
        if (!q.exec(u"PRAGMA application_id = %1"_s.arg(applicationId)))
            return Done::failure(Text::tr("%1: %2").arg(shown, sqlError(q)));
    }
    if (version < schemaVersion) {
        if (Done ok = migrate(version); !ok)
            return ok;
    }
    if (Done ok = RowSeals::watch(connection()); !ok)
        return Done::failure(Text::tr("%1: %2").arg(shown, ok.error()));
    if (version > 0 && version < schemaVersion) {
        if (Done ok = sealUpgrade(version); !ok)
            return Done::failure(Text::tr("%1: %2").arg(shown, ok.error()));
    }
    if (created) {
        // Put the application id in the file's header now, where the next start looks for it.
        q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    return done();
}

Done Database::migrate(int from)
{
    for (int version = from + 1; version <= schemaVersion; ++version) {
        Done ok = write([&]() -> Done {
            QSqlQuery q(connection());
            for (const QString& statement : schema::migrationTo(version)) {
                if (!q.exec(statement))
                    return Done::failure(
                        Text::tr("%1: upgrading the database to version %2 failed: %3")
                            .arg(QDir::toNativeSeparators(m_path))
                            .arg(version)
                            .arg(sqlError(q)));
            }
            if (const QString problem = schema::completeMigrationTo(version, connection());
                !problem.isEmpty())
                return Done::failure(Text::tr("%1: upgrading the database to version %2 failed: %3")
                                         .arg(QDir::toNativeSeparators(m_path))
                                         .arg(version)
                                         .arg(problem));
            if (!q.exec(u"PRAGMA user_version = %1"_s.arg(version)))
                return Done::failure(sqlError(q));
            return done();
        });
        if (!ok)
            return ok;
    }
    return done();
}

Done Database::sealUpgrade(int from)
{
    // An upgrade may add columns, which changes every row's seal, and a database from before
    // version 13 has none: the rows are sealed as they stand, in one action on record.
    return AuditTrail::action(
        *this, Actor{u"urdesk"_s, u"system"_s}, [&](const AuditTrail::Append& audit) -> Done {
            if (Done touched = RowSeals::touchEverything(connection()); !touched)
                return touched;
            return audit(0, u"database.upgraded"_s,
                         QJsonObject{{u"from"_s, from}, {u"to"_s, schemaVersion}},
                         Text::tr("every row is sealed as it stands after the upgrade"));
        });
}

Done Database::write(const std::function<Done()>& work) const
{
    QSqlQuery q(connection());
    if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
        // Another program kept the database to itself past the busy timeout: say which,
        // not SQLite's "database is locked".
        if (q.lastError().nativeErrorCode() == u"5") { // SQLITE_BUSY
            const QString holder = writeLockHolder(m_path);
            QSqlQuery timeout(connection());
            const int waited = timeout.exec(u"PRAGMA busy_timeout"_s) && timeout.next()
                                   ? (timeout.value(0).toInt() + 999) / 1000
                                   : busyTimeoutSeconds;
            return Done::failure(
                Text::tr("%1 is being changed by another program (%2), and it still was after "
                         "%n second(s) of waiting; nothing was saved. Try again when it is done.",
                         nullptr, waited)
                    .arg(QDir::toNativeSeparators(m_path),
                         holder.isEmpty() ? Text::tr("another URDesk or a database tool")
                                          : holder));
        }
        return Done::failure(Text::tr("the database is read-only: %1").arg(sqlError(q)));
    }
    Done result = work();
    if (result && !q.exec(u"COMMIT"_s))
        result = Done::failure(Text::tr("saving failed: %1").arg(sqlError(q)));
    if (!result)
        q.exec(u"ROLLBACK"_s);
    return result;
}

} // namespace urdesk
