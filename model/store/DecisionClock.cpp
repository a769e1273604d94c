#include "DecisionClock.h"

#include <QCoreApplication>
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

namespace {

// "2 d 5 h", "5 h 10 min", "40 min": two units at most, as a reviewer glances at it.
QString span(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (days > 0)
        return QCoreApplication::translate("urdesk::TimeLeft", "%1 d %2 h")
            .arg(days)
            .arg(hours % 24);
    if (hours > 0)
        return QCoreApplication::translate("urdesk::TimeLeft", "%1 h %2 min")
            .arg(hours)
            .arg(minutes % 60);
    return QCoreApplication::translate("urdesk::TimeLeft", "%1 min")
        .arg(std::max<qint64>(minutes, 1));
}

} // namespace

TimeLeft TimeLeft::of(bool open, const QDateTime& receivedAt, const QDateTime& dueAt,
                      const QDateTime& now)
{
    TimeLeft t;
    if (!open || !dueAt.isValid()) {
        t.text = QCoreApplication::translate("urdesk::TimeLeft", "decided");
        return t;
    }
    t.seconds = now.secsTo(dueAt);
    const qint64 allowed = receivedAt.isValid() ? receivedAt.secsTo(dueAt) : 0;
    if (t.seconds < 0) {
        t.state = State::Overdue;
        t.text =
            QCoreApplication::translate("urdesk::TimeLeft", "OVERDUE by %1").arg(span(-t.seconds));
    } else {
        t.state = allowed > 0 && t.seconds * 4 < allowed ? State::DueSoon : State::OnTime;
        t.text =
            t.state == State::DueSoon
                ? QCoreApplication::translate("urdesk::TimeLeft", "due soon: %1 left")
                      .arg(span(t.seconds))
                : QCoreApplication::translate("urdesk::TimeLeft", "%1 left").arg(span(t.seconds));
    }
    return t;
}

QDateTime DecisionClock::dueAt(const QString& lineOfBusiness, const QString& urgency,
                               const QDateTime& receivedAt)
{
    return receivedAt.addSecs(qint64(hoursAllowed(lineOfBusiness, urgency)) * 3600);
}

} // namespace urdesk
