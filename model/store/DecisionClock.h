#pragma once

#include <QDateTime>
#include <QString>

namespace urdesk {

// How long a plan has to decide, by line of business and urgency (DOMAIN.md's defaults;
// a plan overrides them in its settings, clocks/<line>/<urgency> in hours).
class DecisionClock final
{
public:
    static int hoursAllowed(const QString& lineOfBusiness, const QString& urgency);
    static QDateTime dueAt(const QString& lineOfBusiness, const QString& urgency,
                           const QDateTime& receivedAt);
};

// How an open case stands against its deadline, for the queue: said in words, so that the
// colour is never the only sign.
struct TimeLeft
{
    enum class State
    {
        NoDeadline, // decided or withdrawn
        OnTime,
        DueSoon, // under a quarter of the allowed time left
        Overdue,
    };
    State state = State::NoDeadline;
    qint64 seconds = 0; // negative when overdue
    QString text;       // "2 d 5 h left", "due in 40 min", "overdue by 3 h"

    static TimeLeft of(bool open, const QDateTime& receivedAt, const QDateTime& dueAt,
                       const QDateTime& now);
};

} // namespace urdesk
