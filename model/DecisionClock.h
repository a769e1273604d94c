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

} // namespace urdesk
