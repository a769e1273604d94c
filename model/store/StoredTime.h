#pragma once

#include <QDateTime>
#include <QVariant>

namespace urdesk::storedTime {

// How the store writes a time: UTC, ISO 8601 with milliseconds, "2026-03-02T14:00:00.000Z".
QString write(const QDateTime& time);
// Reads what write() wrote (fast: the queue reads two a row), or any ISO 8601 time.
QDateTime read(const QVariant& stored);

} // namespace urdesk::storedTime
