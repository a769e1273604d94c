#include "PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(urdesk::PrivateFiles)
};

QStringList databaseFiles(const QString& databasePath)
{
    QStringList files = Database::filesOf(databasePath);
    files.removeIf([](const QString& file) { return !QFileInfo(file).isFile(); });
    return files;
}

// The file's mode bits, or -1 when it cannot be read.
int modeOf(const QString& file)
{
    struct stat s
    {};
    if (::stat(QFile::encodeName(file).constData(), &s) != 0)
        return -1;
    return int(s.st_mode & 07777);
}

bool isLoose(int mode)
{
    return mode >= 0 && (mode & 077) != 0;
}

QString described(const QString& file, int mode)
{
    return u"%1 (%2)"_s.arg(QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath()))
        .arg(mode, 4, 8, QLatin1Char('0'));
}

} // namespace

QStringList PrivateFiles::loose(const QString& databasePath)
{
    QStringList found;
    for (const QString& file : databaseFiles(databasePath)) {
        if (const int mode = modeOf(file); isLoose(mode))
            found.append(described(file, mode));
    }
    return found;
}

Done PrivateFiles::create(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Done::failure(file.errorString());
    return done();
}

Result<QStringList> PrivateFiles::tighten(Database& database, const Actor& administrator)
{
    using R = Result<QStringList>;
    if (administrator.role != u"administrator")
        return R::failure(Text::tr("only an administrator repairs the database's permissions"));
    const QStringList before = loose(database.path());
    if (before.isEmpty())
        return before;
    const Done recorded =
        AuditTrail::action(database, administrator, [&](const AuditTrail::Append& audit) -> Done {
            for (const QString& file : databaseFiles(database.path())) {
                const int mode = modeOf(file);
                if (isLoose(mode) && ::chmod(QFile::encodeName(file).constData(), mode & 0700) != 0)
                    return Done::failure(
                        Text::tr("%1: cannot change its permissions").arg(described(file, mode)));
            }
            return audit(0, u"database.permissionsRepaired"_s,
                         QJsonObject{{u"files"_s, QJsonArray::fromStringList(before)}},
                         Text::tr("made readable by their owner only"));
        });
    if (!recorded)
        return R::failure(recorded.error());
    return before;
}

} // namespace urdesk
