#include "Backup.h"

#include "AuditTrail.h"
#include "PrivateFiles.h"

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
    for (const QString& file : Database::filesOf(copy))
        QFile::remove(file);
}

QString temporaryBeside(const QString& path)
{
    return path + u".partial-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
}

// The newest row of a copy's audit trail (id 0 when it has none), which its record beside it
// names. The copy's pages are not checked here: verifiedCopy() checks them all, with the trail.
Result<AuditEntry> newestAuditRow(const QString& copy)
{
    const auto db = Database::open(copy, Database::IfMissing::Refuse, Database::Pages::Checked);
    if (!db)
        return Result<AuditEntry>::failure(db.error());
    AuditEntry newest;
    QSqlQuery q((*db)->connection());
    if (q.exec(u"SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1"_s) && q.next()) {
        newest.id = q.value(0).toLongLong();
        newest.hash = q.value(1).toString();
    }
    return newest;
}

// The copy checked throughout, as a restore will trust it: AuditTrail::verify runs SQLite's
// integrity check (every page, and every index against its table) before it walks the chain.
Done verifiedCopy(const QString& copy)
{
    const auto db = Database::open(copy, Database::IfMissing::Refuse, Database::Pages::Checked);
    if (!db)
        return Done::failure(db.error());
    const AuditTrail::Verification trail = AuditTrail::verify(*db.value());
    if (!trail.intact)
        return Done::failure(Text::tr("the copy does not verify: %1").arg(trail.problem));
    return done();
}

// A copy of every member's records must never sit readable by other users, not even while it
// grows: it is made owner-only and empty first (PrivateFiles::create), then filled.
Done createPrivately(const QString& path)
{
    if (const Done made = PrivateFiles::create(path); !made)
        return Done::failure(Text::tr("%1: %2").arg(QDir::toNativeSeparators(path), made.error()));
    return done();
}

// Copies `source` into `copy`, which createPrivately() made.
Done copyInto(const QString& source, const QString& copy)
{
    QFile in(source);
    QFile out(copy);
    if (!in.open(QIODevice::ReadOnly))
        return Done::failure(in.errorString());
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Done::failure(out.errorString());
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            return Done::failure(in.errorString());
        if (out.write(chunk) != chunk.size())
            return Done::failure(out.errorString());
    }
    return out.flush() ? done() : Done::failure(out.errorString());
}

// Checks a restore's copy and lets `authorize` sign someone in against it; the problem, or
// empty. The copy's connection is closed when it returns, so that it can be removed whole.
QString checkAndRecordRestore(const QString& copy, const QString& source,
                              const Backup::Authorize& authorize)
{
    // Opening refuses damaged pages before it migrates an older backup; the audit trail's
    // verification checks the rest of the file (indexes against their tables) and the chain.
    const auto db = Database::open(copy, Database::IfMissing::Refuse);
    if (!db)
        return db.error();
    if (const AuditTrail::Verification v = AuditTrail::verify(*db.value()); !v.intact)
        return v.problem;
    const Result<Actor> actor = authorize(db.value());
    if (!actor)
        return actor.error();
    return AuditTrail::action(
               *db.value(), actor.value(),
               [&](const AuditTrail::Append& audit) {
                   return audit(0, u"backup.restored"_s, QJsonObject{{u"source"_s, source}}, {});
               })
        .error();
}

// A refused restore, in the trail of the database it would have replaced, when there is one
// that opens: the copy it was refused against is gone.
void recordRefusedRestore(const QString& target, const QString& source, const QString& problem)
{
    if (!QFileInfo(target).isFile())
        return;
    const auto db = Database::open(target, Database::IfMissing::Refuse);
    if (!db)
        return;
    AuditTrail::action(*db.value(), Actor{u"urdesk"_s, u"system"_s},
                       [&](const AuditTrail::Append& audit) {
                           return audit(0, u"backup.restoreRefused"_s,
                                        QJsonObject{{u"source"_s, source}}, problem);
                       });
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
    if (Done created = createPrivately(partial); !created)
        return Done::failure(Text::tr("the copy could not be written: %1").arg(created.error()));
    QSqlQuery q(database.connection());
    q.prepare(u"VACUUM INTO ?"_s); // SQLite, into an empty file; PostgreSQL has its own tools
    q.addBindValue(partial);
    if (!q.exec()) {
        const QString why = sqlError(q);
        removeCopy(partial);
        return Done::failure(Text::tr("the copy could not be written to %1: %2")
                                 .arg(QDir::toNativeSeparators(partial), why));
    }
    if (!syncToDisk(partial)) {
        removeCopy(partial);
        return Done::failure(Text::tr("the copy could not be flushed to disk"));
    }
    // The copy may end before rows written since: its record is its own newest row, written
    // before the check so that the check covers it too.
    const Result<AuditEntry> newest = newestAuditRow(partial);
    Done checked = newest ? done() : Done::failure(newest.error());
    if (checked && newest->id > 0)
        checked = AuditTrail::recordCommitted(partial, *newest);
    if (checked)
        checked = verifiedCopy(partial);
    if (checked && newest->id > 0)
        checked = replace(AuditTrail::headPath(partial), AuditTrail::headPath(destination));
    if (!checked) {
        removeCopy(partial);
        return checked;
    }
    return replace(partial, destination);
}

Result<QString> Backup::restore(const QString& source, const QString& target,
                                const Authorize& authorize)
{
    using R = Result<QString>;
    const QString shown = QDir::toNativeSeparators(source);
    // A FIFO or a device would hold the copy forever; only a file is a backup.
    if (!QFileInfo(source).isFile())
        return R::failure(Text::tr("not restored: %1: not a regular file").arg(shown));
    const QString partial = temporaryBeside(target);
    Done copied = createPrivately(partial);
    if (copied)
        copied = copyInto(source, partial);
    if (!copied) {
        removeCopy(partial);
        return R::failure(Text::tr("not restored: cannot copy %1: %2").arg(shown, copied.error()));
    }
    if (QFileInfo::exists(AuditTrail::headPath(source))) {
        createPrivately(AuditTrail::headPath(partial));
        copyInto(AuditTrail::headPath(source), AuditTrail::headPath(partial));
    }
    if (QString problem = checkAndRecordRestore(partial, source, authorize); !problem.isEmpty()) {
        removeCopy(partial);
        // The reviewer named the backup, not the working copy beside the database.
        problem.replace(QDir::toNativeSeparators(partial), shown);
        if (!problem.contains(shown))
            problem = shown + u": "_s + problem;
        recordRefusedRestore(target, source, problem);
        return R::failure(Text::tr("not restored: %1").arg(problem));
    }
    syncToDisk(partial);
    QString keptAs;
    if (QFileInfo::exists(target)) {
        keptAs = target + u".before-restore-%1"_s.arg(
                              QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s));
        const QStringList from = Database::filesOf(target);
        const QStringList to = Database::filesOf(keptAs);
        for (qsizetype i = 0; i < from.size(); ++i) {
            if (QFileInfo::exists(from.at(i))) {
                if (Done d = replace(from.at(i), to.at(i)); !d)
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
