#pragma once

#include "Fact.h"

#include <QDate>
#include <QList>

namespace urdesk {

// A stretch of days, first and last counted.
struct DaySpan
{
    QDate first;
    QDate last;

    qint64 days() const { return first.daysTo(last) + 1; }
};

// Day arithmetic on courses of the therapy history, counted to the request date: a course
// still running, or ending after the request date, counts up to the request date.
class TherapyCourses final
{
public:
    explicit TherapyCourses(QDate requestDate)
        : m_date(requestDate)
    {}

    QDate lastDay(const TherapyEntry& e) const;
    // The courses' days as separate stretches, in order; stretches that touch, overlap or
    // leave at most `gap` days between them are one ("refills and dose changes of one drug").
    QList<DaySpan> spans(const QList<const TherapyEntry*>& courses, int gap) const;
    // Days on which any of the courses ran, from `from` (null: from the first).
    qint64 daysUsed(const QList<const TherapyEntry*>& courses, QDate from = {}) const;
    // The courses running on some day of `span`.
    QList<const TherapyEntry*> within(const QList<const TherapyEntry*>& courses,
                                      const DaySpan& span) const;
    // How a trial ended: the outcome of its last course (by last day). A failure recorded
    // early and followed by more of the drug is not how the trial ended.
    static TherapyOutcome finalOutcome(const QList<const TherapyEntry*>& courses);
    // Days that both lists of stretches cover.
    static QList<DaySpan> common(const QList<DaySpan>& a, const QList<DaySpan>& b);
    // Joins stretches leaving at most `gap` days between them.
    static QList<DaySpan> joined(QList<DaySpan> spans, int gap);

    // "A gap of at most one day" joins courses for "consecutive" and "continuous".
    static constexpr int refillGap = 1;
    // Days added up for "at least N weeks" belong to one episode of use: after a longer
    // break, the drug is tried again.
    static constexpr int episodeGap = 60;

private:
    QDate m_date;
};

} // namespace urdesk
