#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <memory>
#include <variant>

namespace urdesk {

// One open URDesk database: a SQLite file with its pragmas set, its schema migrated to this
// version of URDesk, and owner-only permissions. A file that is not a URDesk database, is
// damaged, empty, unreadable or from a newer URDesk is refused and left untouched.
class Database final
{
public:
    static constexpr int schemaVersion = 13;

    // A path with no file is created only when asked (New Database, --init, a demonstration
    // database); otherwise it is a mistyped path, refused with "no database at PATH".
    enum class IfMissing
    {
        Refuse,
        Create
    };
    // Whether open() reads every page first (SQLite's quick check), or the caller has (with
    // checkPages()) or will (a copy's AuditTrail::verify runs the integrity check).
    enum class Pages
    {
        Check,
        Checked
    };
    static Result<std::shared_ptr<Database>>
    open(const QString& path, IfMissing ifMissing = IfMissing::Create, Pages pages = Pages::Check);
    // SQLite's quick check of the URDesk database at `path`, on a read-only connection of its
    // own, so that a window can run it on another thread and stay responsive. NotChecked when
    // it could not run (the file busy, unreadable, or not a URDesk database file: open()
    // says why); the finding names what is damaged.
    struct PageCheck
    {
        enum class Outcome
        {
            Whole,
            Damaged,
            NotChecked
        };
        Outcome outcome;
        QString finding;
    };
    static PageCheck checkPages(const QString& path);
    // SQLite's check of the file behind `db`: Pages is its quick check (every page read
    // once), PagesAndIndexes its integrity check (every index compared with its table too).
    enum class Depth
    {
        Pages,
        PagesAndIndexes
    };
    static PageCheck checkPages(const QSqlDatabase& db, Depth depth);
    // The refusal of a file whose pages are damaged, with what checkPages() found.
    static QString damagedMessage(const QString& path, const QString& damage);
    // The default file: URDesk's data folder (QStandardPaths::AppDataLocation)/urdesk.db.
    static QString defaultPath();
    // The database file at `path` and the files that belong with it, whether they exist or
    // not: SQLite's -wal and -shm, and the audit trail's head record.
    static QStringList filesOf(const QString& path);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    const QString& path() const { return m_path; }

    // Runs `work` in one write transaction (BEGIN IMMEDIATE): everything it does is saved
    // together, or nothing is. `work` returns an error to roll back.
    Done write(const std::function<Done()>& work) const;

private:
    explicit Database(QString path, QString connectionName);
    // Refuses an existing file that is not a URDesk database this version reads (newer,
    // tables missing, damaged pages) on a read-only connection, before SQLite may write to
    // it. `vouched` is set when it found the file whole: when it could not look (the file
    // busy), configure() checks instead.
    static Done inspect(const QString& path, Pages pages, bool& vouched);
    // `vouched`: inspect() found the file whole; otherwise it is checked here first.
    Done configure(bool created, bool vouched);
    Done migrate(int from);
    Done sealUpgrade(int from);

    QString m_path;
    QString m_connectionName;
};

// The text of the last error of a query or connection, for messages.
QString sqlError(const class QSqlQuery& query);

// Runs `sql` on `db` with `values` bound to its placeholders in order. Gives the id of the row
// an INSERT added (0 for other statements), or the error in sqlError's words.
Result<qint64> runSql(const QSqlDatabase& db, const QString& sql,
                      std::initializer_list<QVariant> values);

} // namespace urdesk
