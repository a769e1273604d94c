// Evaluating the drug leaves: past trials, current and concomitant therapy, drugs taken now.
#include "EvaluatorRun.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace urdesk::detail {

// ---- therapy history -----------------------------------------------------------------

const QList<TherapyEntry>* EvaluatorRun::therapies(int* fact)
{
    *fact = m_policy.shared.therapies;
    return get<QList<TherapyEntry>>(*fact);
}

QString EvaluatorRun::course(const TherapyEntry& e) const
{
    const QString name = e.drug.isEmpty() ? e.drugClass : e.drug;
    if (!e.start.isValid())
        return QStringLiteral("%1 (%2)").arg(name, therapyOutcomeText(e.outcome));
    const QString until = e.ongoing() ? Text::tr("ongoing") : dates::inText(e.end);
    return Text::tr("%1 %2 to %3, %n day(s), %4", nullptr,
                    int(dates::daysInclusive(e.start, lastDay(e))))
        .arg(name, dates::inText(e.start), until, therapyOutcomeText(e.outcome));
}

// One drug's use as a trial: its courses joined, with the days counted and the outcome.
QString EvaluatorRun::trialText(const QList<const TherapyEntry*>& courses, const DaySpan& span,
                                qint64 days, TherapyOutcome outcome) const
{
    if (courses.size() == 1) {
        const TherapyEntry& e = *courses.first();
        if (days == dates::daysInclusive(e.start, lastDay(e)))
            return course(e);
        return Text::tr("%1; %n day(s) of it counted", nullptr, int(days)).arg(course(e));
    }
    return Text::tr("%1 from %2 to %3 (%4 courses), %n day(s) used, %5", nullptr, int(days))
        .arg(courses.first()->drug, dates::inText(span.first), dates::inText(span.last))
        .arg(courses.size())
        .arg(therapyOutcomeText(outcome));
}

QString EvaluatorRun::listNames(DrugListMask mask) const
{
    QStringList names;
    for (int i = 0; i < m_policy.drugSets.size(); ++i) {
        if (mask & (DrugListMask(1) << i))
            names.append(m_policy.drugSets.at(i).title);
    }
    return names.join(Text::tr(" or "));
}

NodeOutcome EvaluatorRun::leaf(const TherapyTest& t)
{
    return decided([&] { return therapy(t); });
}

NodeOutcome EvaluatorRun::therapy(const TherapyTest& t)
{
    int fact = -1;
    const QList<TherapyEntry>* all = therapies(&fact);
    if (!all)
        return {Status::Missing, notAnswered(fact)};
    return t.current ? currentTherapy(t, *all) : trial(t, *all);
}

// A drug not yet classified may be the same drug as another course (a refill of it), so
// when evaluating as if it were, it joins every drug's courses as well as standing alone.
void EvaluatorRun::joinUndecided(QMap<QString, QList<const TherapyEntry*>>& byDrug,
                                 DrugListMask lists) const
{
    if (!m_lenient)
        return;
    QList<const TherapyEntry*> undecided;
    for (const QList<const TherapyEntry*>& courses : std::as_const(byDrug)) {
        for (const TherapyEntry* e : courses) {
            if (!(e->lists & lists))
                undecided.append(e);
        }
    }
    for (auto it = byDrug.begin(); it != byDrug.end(); ++it) {
        for (const TherapyEntry* e : std::as_const(undecided)) {
            if (!it->contains(e))
                it->append(e);
        }
    }
}

// A course that may be of the lists and is not a sample (said why when it is one).
bool EvaluatorRun::mayCount(const TherapyEntry& e, DrugListMask lists, Rejections& rejected) const
{
    if (!((e.lists | e.undecided) & lists))
        return false;
    if (e.isSample()) {
        rejected.note(0, [&] { return Text::tr("%1: samples do not count").arg(course(e)); });
        return false;
    }
    return true;
}

// A past trial: "failure to ONE prescription TCS (medium-potency or higher) applied for
// at least 28 consecutive days, unless contraindicated or intolerant".
NodeOutcome EvaluatorRun::trial(const TherapyTest& t, const QList<TherapyEntry>& all)
{
    Rejections rejected;
    const bool triedOnly = t.outcomes.isEmpty() && t.minimumDuration.isNull();
    const QDate windowStart = t.within.isNull() ? QDate() : t.within.firstDayUntil(m_date);
    QMap<QString, QList<const TherapyEntry*>> byDrug;
    for (const TherapyEntry& e : all) {
        if (!mayCount(e, t.lists, rejected))
            continue;
        if (e.indication == Indication::OtherCondition) {
            rejected.note(
                0, [&] { return Text::tr("%1: used for another condition").arg(course(e)); });
            continue;
        }
        // A documented intolerance or contraindication satisfies the trial, dated or not;
        // one to the whole class the criterion names ("topical corticosteroids"), at any
        // potency. "Has tried" is met by an intolerance (it was tried), not by a
        // contraindication (it never was), unless the criterion says "unless
        // contraindicated".
        const bool excuses =
            (t.unlessContraindicatedOrIntolerant
                 ? isIntoleranceOrContraindication(e.outcome)
                 : triedOnly && t.within.isNull() && e.outcome == TherapyOutcome::Intolerance) &&
            !(e.start.isValid() && e.start > m_date);
        const auto excused = [&] {
            return NodeOutcome{Status::Met,
                               Text::tr("%1 documented: satisfies the trial").arg(course(e))};
        };
        if (excuses && t.unlessContraindicatedOrIntolerant && (e.classCovers & t.lists))
            return excused();
        if (!member(e, t.lists))
            continue;
        if (excuses && potent(e, t.minimumPotency))
            return excused();
        if (e.outcome == TherapyOutcome::Contraindication &&
            !t.outcomes.contains(TherapyOutcome::Contraindication)) {
            rejected.note(
                1, [&] { return Text::tr("%1: contraindicated, so not tried").arg(course(e)); });
            continue;
        }
        if (!potent(e, t.minimumPotency)) {
            rejected.note(1, [&] {
                return e.effectivePotency == Potency::Unknown
                           ? Text::tr("%1: potency not known, %2 or higher needed")
                                 .arg(course(e), potencyText(t.minimumPotency))
                           : Text::tr("%1: %2, %3 or higher needed")
                                 .arg(course(e), potencyText(e.effectivePotency),
                                      potencyText(t.minimumPotency));
            });
            continue;
        }
        if (!e.start.isValid()) {
            // An outcome asked for without dates or duration ("a contraindication to the
            // requested agent recorded") needs no dates.
            if (t.outcomes.contains(e.outcome) && t.minimumDuration.isNull() &&
                !windowStart.isValid())
                return {Status::Met, course(e)};
            rejected.note(2, [&] { return Text::tr("%1: no dates").arg(course(e)); });
            continue;
        }
        if (e.start > m_date) {
            rejected.note(
                2, [&] { return Text::tr("%1: starts after the request date").arg(course(e)); });
            continue;
        }
        // "Within the last 180 days": a course over before then is not part of the trial.
        if (windowStart.isValid() && lastDay(e) < windowStart) {
            rejected.note(3, [&] {
                return Text::tr("%1: ended before %2 (the last %3)")
                    .arg(course(e), dates::inText(windowStart), t.within.toString());
            });
            continue;
        }
        byDrug[e.key].append(&e);
    }
    joinUndecided(byDrug, t.lists);
    for (const QList<const TherapyEntry*>& courses : std::as_const(byDrug)) {
        // "Consecutive": each run of refills; otherwise each episode of use, its days
        // added up.
        const QList<DaySpan> spans = m_courses.spans(
            courses, t.consecutive ? TherapyCourses::refillGap : TherapyCourses::episodeGap);
        for (const DaySpan& span : spans) {
            const QList<const TherapyEntry*> used = m_courses.within(courses, span);
            const TherapyOutcome outcome = TherapyCourses::finalOutcome(used);
            // The days the drug was used: a refill's missing day joins the run but is
            // not a day of use.
            const qint64 days = m_courses.daysUsed(used, windowStart);
            const auto text = [&] { return trialText(used, span, days, outcome); };
            if (!t.outcomes.isEmpty() && !t.outcomes.contains(outcome)) {
                rejected.note(2, [&] {
                    QStringList wanted;
                    for (TherapyOutcome o : t.outcomes)
                        wanted.append(therapyOutcomeText(o));
                    return Text::tr("%1: %2 needed").arg(text(), wanted.join(Text::tr(" or ")));
                });
                continue;
            }
            if (!t.minimumDuration.isNull()) {
                const qint64 needed =
                    dates::daysInclusive(span.first, t.minimumDuration.lastDayFrom(span.first));
                const bool longEnough = t.durationStrictlyLonger ? days > needed : days >= needed;
                if (!longEnough) {
                    rejected.note(4, [&] {
                        const QString d = t.minimumDuration.toString();
                        return t.consecutive
                                   ? Text::tr("%1: at least %2 in a row needed").arg(text(), d)
                               : t.durationStrictlyLonger
                                   ? Text::tr("%1: more than %2 of use needed").arg(text(), d)
                                   : Text::tr("%1: at least %2 of use needed").arg(text(), d);
                    });
                    continue;
                }
            }
            return {Status::Met, text()};
        }
    }
    if (rejected.stage < 0)
        return {Status::NotMet, Text::tr("no %1 in the therapy history").arg(listNames(t.lists))};
    return {Status::NotMet, rejected.why};
}

// Treatment now: "currently treated with an ICS for at least 3 months AND adherent for 90
// days within the past 120 days"; "established on Leqselvi for at least 6 months".
NodeOutcome EvaluatorRun::currentTherapy(const TherapyTest& t, const QList<TherapyEntry>& all)
{
    Rejections rejected;
    QList<const TherapyEntry*> members;
    for (const TherapyEntry& e : all) {
        if (!mayCount(e, t.lists, rejected) || !member(e, t.lists))
            continue;
        if (!potent(e, t.minimumPotency) || !e.start.isValid() || e.start > m_date) {
            rejected.note(1, [&] {
                return Text::tr("%1: not a dated course of %2 by %3")
                    .arg(course(e), listNames(t.lists), dates::inText(m_date));
            });
            continue;
        }
        members.append(&e);
    }
    qint64 adherent = -1;
    qint64 adherentNeeded = 0;
    QDate adherenceFrom;
    if (!t.adherenceWindow.isNull()) {
        adherenceFrom = t.adherenceWindow.firstDayUntil(m_date);
        adherent = m_courses.daysUsed(members, adherenceFrom);
        adherentNeeded =
            dates::daysInclusive(adherenceFrom, t.adherenceCovered.lastDayFrom(adherenceFrom));
    }
    // Where the policy measures adherence, the gaps it tolerates do not restart therapy;
    // elsewhere a gap of more than a refill's day does ("restarting therapy ... is
    // reviewed under criterion A").
    const qint64 allowedGap =
        adherent < 0
            ? TherapyCourses::refillGap
            : std::max<qint64>(TherapyCourses::refillGap,
                               dates::daysInclusive(adherenceFrom, m_date) - adherentNeeded);
    auto adherence = [&] {
        return adherent < 0 ? QString()
                            : Text::tr("; %1 of the past %2 covered (%3 needed)")
                                  .arg(Text::tr("%n day(s)", nullptr, int(adherent)),
                                       t.adherenceWindow.toString(), t.adherenceCovered.toString());
    };
    for (const DaySpan& run : m_courses.spans(members, int(allowedGap))) {
        if (run.last < m_date) {
            rejected.note(2, [&] {
                return Text::tr("%1 from %2 to %3: not current on %4")
                    .arg(listNames(t.lists), dates::inText(run.first), dates::inText(run.last),
                         dates::inText(m_date));
            });
            continue;
        }
        const QString text = Text::tr("%1 since %2, %n day(s) to %3", nullptr, int(run.days()))
                                 .arg(m_courses.within(members, run).last()->drug,
                                      dates::inText(run.first), dates::inText(m_date));
        if (!t.minimumDuration.isNull()) {
            const QDate needed = t.minimumDuration.lastDayFrom(run.first);
            const bool longEnough =
                t.durationStrictlyLonger ? run.last > needed : run.last >= needed;
            if (!longEnough) {
                rejected.note(3, [&] {
                    return Text::tr("%1; %2 %3 needed")
                        .arg(text,
                             t.durationStrictlyLonger ? Text::tr("more than")
                                                      : Text::tr("at least"),
                             t.minimumDuration.toString());
                });
                continue;
            }
        }
        if (adherent >= 0 && adherent < adherentNeeded) {
            rejected.note(4, [&] { return text + adherence(); });
            continue;
        }
        return {Status::Met, text + adherence()};
    }
    if (rejected.stage < 0)
        return {Status::NotMet, Text::tr("no %1 in the therapy history").arg(listNames(t.lists))};
    return {Status::NotMet, rejected.why};
}

// "Concomitant use of a TCI and a TCS would meet requirements C and D": one trial of the
// two used together that meets what C and D each ask.
NodeOutcome EvaluatorRun::leaf(const ConcomitantTest& t)
{
    return decided([&] { return concomitant(t); });
}

NodeOutcome EvaluatorRun::concomitant(const ConcomitantTest& t)
{
    int fact = -1;
    const QList<TherapyEntry>* all = therapies(&fact);
    if (!all)
        return {Status::Missing, notAnswered(fact)};
    QMap<QString, QList<const TherapyEntry*>> first, second;
    for (const TherapyEntry& e : *all) {
        if (e.isSample() || e.indication == Indication::OtherCondition || !e.start.isValid() ||
            e.start > m_date)
            continue;
        if (member(e, t.first))
            first[e.key].append(&e);
        if (member(e, t.second) && potent(e, t.minimumPotency))
            second[e.key].append(&e);
    }
    joinUndecided(first, t.first);
    joinUndecided(second, t.second);
    const int gap = t.consecutive ? TherapyCourses::refillGap : 0;
    QString closest;
    for (auto a = first.cbegin(); a != first.cend(); ++a) {
        for (auto b = second.cbegin(); b != second.cend(); ++b) {
            if (a.key() == b.key())
                continue;
            const QList<DaySpan> together = TherapyCourses::joined(
                TherapyCourses::common(m_courses.spans(*a, gap), m_courses.spans(*b, gap)), gap);
            for (const DaySpan& span : together) {
                const TherapyOutcome oa = TherapyCourses::finalOutcome(m_courses.within(*a, span));
                const TherapyOutcome ob = TherapyCourses::finalOutcome(m_courses.within(*b, span));
                const QString text =
                    Text::tr("%1 and %2 used together from %3 to %4, %n day(s); %5, %6", nullptr,
                             int(span.days()))
                        .arg(a->first()->drug, b->first()->drug, dates::inText(span.first),
                             dates::inText(span.last), therapyOutcomeText(oa),
                             therapyOutcomeText(ob));
                const bool outcomes =
                    t.outcomes.isEmpty() || (t.outcomes.contains(oa) && t.outcomes.contains(ob));
                const bool longEnough = t.minimumDuration.isNull() ||
                                        span.last >= t.minimumDuration.lastDayFrom(span.first);
                if (outcomes && longEnough)
                    return {Status::Met, text};
                closest = text;
            }
        }
    }
    QString needs =
        Text::tr("no %1 used together with a %2").arg(listNames(t.first), listNames(t.second));
    if (!t.minimumDuration.isNull())
        needs += Text::tr(" for %1").arg(t.minimumDuration.toString());
    if (t.minimumPotency != Potency::Unknown)
        needs += Text::tr(" (%1 or higher)").arg(potencyText(t.minimumPotency));
    if (!t.outcomes.isEmpty())
        needs += Text::tr(", each with %1").arg(therapyOutcomeText(t.outcomes.first()));
    return {Status::NotMet, closest.isEmpty() ? needs : needs + u"; "_s + closest};
}

// ---- drugs taken now -----------------------------------------------------------------

// A concurrent-use check reads the current drugs and every course of the therapy history
// still running on the request date (or not ended), samples too: a drug in use is in use.
NodeOutcome EvaluatorRun::leaf(const CurrentDrugTest& t)
{
    return decided([&] { return currentDrug(t); });
}

NodeOutcome EvaluatorRun::currentDrug(const CurrentDrugTest& t)
{
    const int fact = m_policy.shared.currentDrugs;
    const QList<CurrentDrug>* drugs = get<QList<CurrentDrug>>(fact);
    int historyFact = -1;
    const QList<TherapyEntry>* history = therapies(&historyFact);
    QStringList found;
    QStringList conflicts;
    if (drugs) {
        for (const CurrentDrug& d : *drugs) {
            if (member(d, t.lists))
                found.append(d.drug);
        }
    }
    if (history) {
        for (const TherapyEntry& e : *history) {
            // An undated record (an intolerance noted) is not a drug taken now.
            const bool running = e.start.isValid() && (e.ongoing() || e.end >= m_date);
            if (!running || !member(e, t.lists))
                continue;
            const bool listed =
                drugs && std::any_of(drugs->cbegin(), drugs->cend(),
                                     [&](const CurrentDrug& d) { return d.key == e.key; });
            if (!listed)
                conflicts.append(e.drug);
            if (!found.contains(e.drug))
                found.append(e.drug);
        }
    }
    if (!found.isEmpty()) {
        QString said =
            Text::tr("currently takes %1 (%2)").arg(found.join(u", "), listNames(t.lists));
        if (!conflicts.isEmpty())
            said += Text::tr("; %1 still running in the therapy history but not among the "
                             "current drugs")
                        .arg(conflicts.join(u", "));
        return {Status::Met, said};
    }
    if (!drugs)
        return {Status::Missing, notAnswered(fact)};
    if (drugs->isEmpty())
        return {Status::NotMet, Text::tr("no other current drugs")};
    QStringList names;
    for (const CurrentDrug& d : *drugs)
        names.append(d.drug);
    return {Status::NotMet,
            Text::tr("current drugs (%1) are not %2").arg(names.join(u", "), listNames(t.lists))};
}

} // namespace urdesk::detail
