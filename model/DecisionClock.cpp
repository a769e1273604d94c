#include "DecisionClock.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace urdesk {

int DecisionClock::hoursAllowed(const QString& lineOfBusiness, const QString& urgency)
{
    const bool expedited = urgency == u"expedited";
    int hours = 24; // Medicaid outpatient drugs: 24 hours either way
    if (lineOfBusiness == u"commercial")
        hours = expedited ? 72 : 15 * 24;
    else if (lineOfBusiness == u"medicarePartD")
        hours = expedited ? 24 : 72;
    const QVariant configured = QSettings().value(u"clocks/%1/%2"_s.arg(lineOfBusiness, urgency));
    bool ok = false;
    const int override = configured.toInt(&ok);
    return ok && override > 0 ? override : hours;
}

QDateTime DecisionClock::dueAt(const QString& lineOfBusiness, const QString& urgency,
                               const QDateTime& receivedAt)
{
    return receivedAt.addSecs(qint64(hoursAllowed(lineOfBusiness, urgency)) * 3600);
}

} // namespace urdesk
