// Restoring a backup, given any bytes as the backup file: a restored database, or a refusal
// that names the file; the database in place is never left damaged or gone.
#include "Backup.h"
#include "FuzzSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::setUp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QTemporaryDir dir;
    const QString source = dir.filePath(u"fuzzed-backup.db"_s);
    const QString target = dir.filePath(u"urdesk.db"_s);
    {
        QFile f(source);
        if (!f.open(QIODevice::WriteOnly))
            return 0;
        f.write(fuzz::bytes(data, size));
    }
    const auto restored = urdesk::Backup::restore(
        source, target,
        [](const std::shared_ptr<urdesk::Database>&) -> urdesk::Result<urdesk::Actor> {
            return urdesk::Actor{u"admin"_s, u"administrator"_s};
        });
    fuzz::expectNamedRefusal(restored, source);
    return 0;
}
