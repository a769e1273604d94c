#include "WriteLock.h"

#include <QFile>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

// SQLite's WAL index: its locks start at byte 120 of the "-shm" file, the writer's lock first.
constexpr off_t walWriteLockByte = 120;

// What the process is called (its /proc/PID/comm), or nothing where that is not readable.
QString processName(pid_t pid)
{
    QFile comm(u"/proc/%1/comm"_s.arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(comm.readAll()).trimmed();
}

} // namespace

QString writeLockHolder(const QString& path)
{
    const QByteArray shm = QFile::encodeName(path + u"-shm"_s);
    const int fd = ::open(shm.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {};
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = walWriteLockByte;
    lock.l_len = 1;
    const bool asked = ::fcntl(fd, F_GETLK, &lock) == 0;
    ::close(fd);
    if (!asked || lock.l_type == F_UNLCK || lock.l_pid <= 0)
        return {};
    const QString name = processName(lock.l_pid);
    return name.isEmpty() ? u"process %1"_s.arg(lock.l_pid)
                          : u"%1, process %2"_s.arg(name).arg(lock.l_pid);
}

} // namespace urdesk
