#include "Backup.h"

#include "AuditTrail.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <filesystem>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(urdesk::Backup)
};

// Flushes a file, or a folder's entries, to the disk.
bool syncToDisk(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// Replaces `to` with `from` in one step, and makes the rename itself durable.
Done replace(const QString& from, const QString& to)
{
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData(),
                            error);
    if (error)
        return Done::failure(Text::tr("cannot move %1 to %2: %3")
                                 .arg(from, to, QString::fromLocal8Bit(error.message().c_str())));
    syncToDisk(QFileInfo(to).absolutePath());
    return done();
}

// A copy given up: its file, SQLite's -wal and -shm beside it, and its audit record.
void removeCopy(const QString& copy)
{
    for (const QString& file :
         {copy, copy + u"-wal"_s, copy + u"-shm"_s, AuditTrail::headPath(copy)})
        QFile::remove(file);
}

QString temporaryBeside(const QString& path)
{
    return path + u".partial-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
}

// Opens a copy, checks it throughout, and returns its newest audit row.
Result<AuditEntry> checkCopy(const QString& copy)
{
    const auto db = Database::open(copy);
    if (!db)
        return Result<AuditEntry>::failure(db.error());
    QSqlQuery q((*db)->connection());
    const bool checked = q.exec(u"PRAGMA integrity_check"_s) && q.next();
    const QString integrity = checked ? q.value(0).toString() : sqlError(q);
    if (integrity != u"ok")
        return Result<AuditEntry>::failure(
            Text::tr("the copy failed SQLite's integrity check: %1").arg(integrity));
    AuditEntry newest;
    if (q.exec(u"SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1"_s) && q.next()) {
        newest.id = q.value(0).toLongLong();
        newest.hash = q.value(1).toString();
    }
    return newest;
}

// The copy's own audit chain, checked as written: what a restore will trust.
Done verifiedTrail(const QString& copy)
{
    const auto db = Database::open(copy);
    if (!db)
        return Done::failure(db.error());
    const AuditTrail::Verification trail = AuditTrail::verify(*db.value());
    if (!trail.intact)
        return Done::failure(
            Text::tr("the copy's audit trail does not verify: %1").arg(trail.problem));
    return done();
}

} // namespace

Done Backup::write(const Database& database, const QString& destination, Existing existing)
{
    if (existing == Existing::Refuse && QFileInfo::exists(destination))
        return Done::failure(Text::tr("not backed up: %1 already exists; it is replaced only "
                                      "when asked (--force)")
                                 .arg(QDir::toNativeSeparators(destination)));
    // The trail of what is copied must be intact: a backup must not launder tampering.
    const AuditTrail::Verification before = AuditTrail::verify(database);
    if (!before.intact)
        return Done::failure(
            Text::tr("not backed up: the audit trail is broken: %1").arg(before.problem));
    const QString partial = temporaryBeside(destination);
    QSqlQuery q(database.connection());
    q.prepare(u"VACUUM INTO ?"_s); // SQLite; PostgreSQL backs up with its own tools
    q.addBindValue(partial);
    if (!q.exec())
        return Done::failure(Text::tr("the copy could not be written to %1: %2")
                                 .arg(QDir::toNativeSeparators(partial), sqlError(q)));
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!syncToDisk(partial)) {
        removeCopy(partial);
        return Done::failure(Text::tr("the copy could not be flushed to disk"));
    }
    Result<AuditEntry> newest = checkCopy(partial);
    if (!newest) {
        removeCopy(partial);
        return Done::failure(newest.error());
    }
    // The copy may end before rows written since: its record is its own newest row.
    if (newest->id > 0) {
        Done recorded = AuditTrail::recordCommitted(partial, *newest);
        if (recorded)
            recorded = verifiedTrail(partial);
        if (recorded)
            recorded = replace(AuditTrail::headPath(partial), AuditTrail::headPath(destination));
        if (!recorded) {
            removeCopy(partial);
            return recorded;
        }
    }
    return replace(partial, destination);
}

Result<QString> Backup::restore(const QString& source, const QString& target,
                                const Authorize& authorize)
{
    const QString partial = temporaryBeside(target);
    if (!QFile::copy(source, partial))
        return Result<QString>::failure(
            Text::tr("cannot copy %1").arg(QDir::toNativeSeparators(source)));
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile::copy(AuditTrail::headPath(source), AuditTrail::headPath(partial));
    // Opening migrates an older backup; checking covers integrity and the audit trail.
    {
        const auto db = Database::open(partial);
        const Result<AuditEntry> checked =
            db ? checkCopy(partial) : Result<AuditEntry>::failure(db.error());
        const AuditTrail::Verification v =
            db ? AuditTrail::verify(*db.value()) : AuditTrail::Verification{};
        QString problem = !checked ? checked.error() : v.problem;
        if (problem.isEmpty()) {
            const Result<Actor> actor = authorize(db.value());
            const Done recorded =
                actor ? AuditTrail::action(*db.value(), actor.value(),
                                           [&](const AuditTrail::Append& audit) {
                                               return audit(0, u"backup.restored"_s,
                                                            QJsonObject{{u"source"_s, source}}, {});
                                           })
                      : Done::failure(actor.error());
            if (!recorded)
                problem = recorded.error();
        }
        if (!problem.isEmpty()) {
            removeCopy(partial);
            // The reviewer named the backup, not the working copy beside the database.
            const QString shown = QDir::toNativeSeparators(source);
            problem.replace(QDir::toNativeSeparators(partial), shown);
            if (!problem.contains(shown))
                problem = shown + u": "_s + problem;
            return Result<QString>::failure(Text::tr("not restored: %1").arg(problem));
        }
        syncToDisk(partial);
    }
    QString keptAs;
    if (QFileInfo::exists(target)) {
        keptAs = target + u".before-restore-%1"_s.arg(
                              QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s));
        for (const QString& suffix : {QString(), u".audit-head"_s, u"-wal"_s, u"-shm"_s}) {
            if (QFileInfo::exists(target + suffix)) {
                if (Done d = replace(target + suffix, keptAs + suffix); !d)
                    return Result<QString>::failure(d.error());
            }
        }
    }
    if (Done d = replace(AuditTrail::headPath(partial), AuditTrail::headPath(target)); !d)
        return Result<QString>::failure(d.error());
    if (Done d = replace(partial, target); !d)
        return Result<QString>::failure(d.error());
    return keptAs.isEmpty()
               ? Text::tr("restored %1").arg(QDir::toNativeSeparators(target))
               : Text::tr("restored %1; the database that was there is kept as %2")
                     .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(keptAs));
}

} // namespace urdesk
