#pragma once

#include <QString>

namespace urdesk {

// Who holds the write lock of the SQLite database at `path` in WAL mode, in words for a
// message: "sqlite3, process 4242"; empty when no other process holds it or it cannot be told.
// SQLite keeps that lock as a POSIX lock on one byte of the "-shm" file, and the kernel says
// which process holds it.
QString writeLockHolder(const QString& path);

} // namespace urdesk
