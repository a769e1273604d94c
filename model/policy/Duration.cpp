#include "Duration.h"

#include "CachedTranslation.h"

#include <QLocale>

#include <utility>

namespace urdesk {

QString Duration::toString() const
{
    switch (unit) {
    case Unit::Days:
        return cachedTranslate("urdesk::Duration", "%n day(s)", nullptr, count);
    case Unit::Weeks:
        return cachedTranslate("urdesk::Duration", "%n week(s)", nullptr, count);
    case Unit::Months:
        return cachedTranslate("urdesk::Duration", "%n month(s)", nullptr, count);
    case Unit::Years:
        return cachedTranslate("urdesk::Duration", "%n year(s)", nullptr, count);
    }
    return {};
}

namespace {
// The day before the same day of the month `later`; when that month is too short to have
// the day (January 31 + 1 month), its last day.
QDate dayBefore(QDate start, QDate later)
{
    return later.day() < start.day() ? later : later.addDays(-1);
}
} // namespace

QDate Duration::lastDayFrom(QDate start, int monthLengthDays) const
{
    switch (unit) {
    case Unit::Days:
        return start.addDays(count - 1);
    case Unit::Weeks:
        return start.addDays(qint64(count) * 7 - 1);
    case Unit::Months:
        if (monthLengthDays > 0)
            return start.addDays(qint64(count) * monthLengthDays - 1);
        return dayBefore(start, start.addMonths(count));
    case Unit::Years:
        return dayBefore(start, start.addYears(count));
    }
    return start;
}

QDate Duration::firstDayUntil(QDate end) const
{
    switch (unit) {
    case Unit::Days:
        return end.addDays(-(count - 1));
    case Unit::Weeks:
        return end.addDays(-(qint64(count) * 7 - 1));
    case Unit::Months:
        return end.addDays(1).addMonths(-count);
    case Unit::Years:
        return end.addDays(1).addYears(-count);
    }
    return end;
}

namespace dates {

qint64 daysInclusive(QDate first, QDate last)
{
    if (!first.isValid() || !last.isValid() || last < first)
        return 0;
    return first.daysTo(last) + 1;
}

int ageInYears(QDate birth, QDate on)
{
    int years = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --years;
    return years;
}

int ageInMonths(QDate birth, QDate on)
{
    int months = (on.year() - birth.year()) * 12 + on.month() - birth.month();
    if (on.day() < birth.day())
        --months;
    return months;
}

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

namespace {
QString inTextFormat;
}

QString inText(QDate date)
{
    return inTextFormat.isEmpty() ? iso(date) : QLocale().toString(date, inTextFormat);
}

void setInTextFormat(const QString& format)
{
    inTextFormat = format;
}

IsoInText::IsoInText()
    : m_previous(std::exchange(inTextFormat, QString()))
{}

IsoInText::~IsoInText()
{
    inTextFormat = m_previous;
}

} // namespace dates
} // namespace urdesk
