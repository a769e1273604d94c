#include "TherapyCourses.h"

#include <algorithm>

namespace urdesk {

QDate TherapyCourses::lastDay(const TherapyEntry& e) const
{
    return (e.ongoing() || e.end > m_date) ? m_date : e.end;
}

QList<DaySpan> TherapyCourses::spans(const QList<const TherapyEntry*>& courses, int gap) const
{
    QList<DaySpan> out;
    for (const TherapyEntry* e : courses) {
        if (e->start.isValid() && e->start <= lastDay(*e))
            out.append({e->start, lastDay(*e)});
    }
    return joined(std::move(out), gap);
}

qint64 TherapyCourses::daysUsed(const QList<const TherapyEntry*>& courses, QDate from) const
{
    qint64 days = 0;
    for (DaySpan s : spans(courses, 0)) {
        if (from.isValid())
            s.first = std::max(s.first, from);
        if (s.first <= s.last)
            days += s.days();
    }
    return days;
}

QList<const TherapyEntry*> TherapyCourses::within(const QList<const TherapyEntry*>& courses,
                                                  const DaySpan& span) const
{
    QList<const TherapyEntry*> out;
    for (const TherapyEntry* e : courses) {
        if (e->start.isValid() && e->start <= span.last && lastDay(*e) >= span.first)
            out.append(e);
    }
    return out;
}

TherapyOutcome TherapyCourses::finalOutcome(const QList<const TherapyEntry*>& courses)
{
    const TherapyEntry* latest = nullptr;
    for (const TherapyEntry* e : courses) {
        const QDate end = e->ongoing() ? QDate(9999, 12, 31) : e->end;
        const QDate latestEnd =
            !latest ? QDate() : (latest->ongoing() ? QDate(9999, 12, 31) : latest->end);
        if (!latest || end > latestEnd || (end == latestEnd && e->start > latest->start))
            latest = e;
    }
    return latest ? latest->outcome : TherapyOutcome::None;
}

QList<DaySpan> TherapyCourses::common(const QList<DaySpan>& a, const QList<DaySpan>& b)
{
    QList<DaySpan> out;
    for (const DaySpan& x : a) {
        for (const DaySpan& y : b) {
            const DaySpan both{std::max(x.first, y.first), std::min(x.last, y.last)};
            if (both.first <= both.last)
                out.append(both);
        }
    }
    return joined(std::move(out), 0);
}

QList<DaySpan> TherapyCourses::joined(QList<DaySpan> spans, int gap)
{
    std::sort(spans.begin(), spans.end(),
              [](const DaySpan& x, const DaySpan& y) { return x.first < y.first; });
    QList<DaySpan> out;
    for (const DaySpan& s : spans) {
        if (!out.isEmpty() && s.first <= out.last().last.addDays(1 + gap))
            out.last().last = std::max(out.last().last, s.last);
        else
            out.append(s);
    }
    return out;
}

} // namespace urdesk
