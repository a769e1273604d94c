#pragma once

#include <QDate>
#include <QString>

namespace urdesk {

// A span of time as a policy states it ("28 consecutive days", "6 weeks", "3 months").
// Spans count their first and last day: a course from March 1 to March 28 lasts 28 days.
struct Duration
{
    enum class Unit
    {
        Days,
        Weeks,
        Months,
        Years
    };

    int count = 0;
    Unit unit = Unit::Days;

    bool isNull() const { return count <= 0; }
    // "28 days", "6 weeks", "3 months", "1 year"
    QString toString() const;
    // The last day of a span of this length that starts on `start`. A month is a calendar
    // month unless the policy fixes its length in days (Leqselvi: "1 month is equal to 30 days").
    QDate lastDayFrom(QDate start, int monthLengthDays = 0) const;
    // The first day of a span of this length that ends on `end`, in calendar months.
    QDate firstDayUntil(QDate end) const;

    friend bool operator==(const Duration&, const Duration&) = default;
};

namespace dates {

// Days from `first` to `last`, both counted; 0 when last is before first.
qint64 daysInclusive(QDate first, QDate last);
// Completed years (or months) of age on `on` for someone born on `birth`.
int ageInYears(QDate birth, QDate on);
int ageInMonths(QDate birth, QDate on);
// ISO date text used in files and records: 2026-03-02.
QString iso(QDate date);
// A date inside a sentence a reviewer reads (a checklist reason, a problem with a therapy):
// ISO unless setInTextFormat() chose the reader's format. The window chooses its short date,
// so that a reason reads like the rest of the screen; the command line and the review record
// keep ISO.
QString inText(QDate date);
// A QLocale date format ("M/d/yyyy") for inText(), or empty for ISO. Set once, at start-up.
void setInTextFormat(const QString& format);
// Within its scope inText() writes ISO, whatever the window's format: the review record
// writes every date one way, the reasons it keeps included.
class IsoInText
{
public:
    IsoInText();
    ~IsoInText();
    IsoInText(const IsoInText&) = delete;
    IsoInText& operator=(const IsoInText&) = delete;

private:
    QString m_previous;
};

} // namespace dates
} // namespace urdesk
