#include "Evaluator.h"

#include "CachedTranslation.h"
#include "TherapyCourses.h"

#include <QMap>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace urdesk {

QString statusId(Status status)
{
    switch (status) {
    case Status::NotApplicable:
        return u"notApplicable"_s;
    case Status::Met:
        return u"met"_s;
    case Status::NotMet:
        return u"notMet"_s;
    case Status::Missing:
        return u"missing"_s;
    }
    return {};
}

std::optional<Status> statusFromId(QStringView id)
{
    for (Status s : {Status::NotApplicable, Status::Met, Status::NotMet, Status::Missing}) {
        if (statusId(s) == id)
            return s;
    }
    return std::nullopt;
}

QString statusText(Status status, bool conditionNotCovered)
{
    switch (status) {
    case Status::Met:
        return conditionNotCovered ? cachedTranslate("urdesk::Status", "Applies")
                                   : cachedTranslate("urdesk::Status", "Met");
    case Status::NotMet:
        return conditionNotCovered ? cachedTranslate("urdesk::Status", "Does not apply")
                                   : cachedTranslate("urdesk::Status", "Not met");
    case Status::Missing:
        return cachedTranslate("urdesk::Status", "Missing information");
    case Status::NotApplicable:
        return cachedTranslate("urdesk::Status", "Not applicable");
    }
    return {};
}

QString determinationId(Determination::Kind kind)
{
    switch (kind) {
    case Determination::Kind::Approvable:
        return u"approvable"_s;
    case Determination::Kind::Pend:
        return u"pend"_s;
    case Determination::Kind::Refer:
        return u"refer"_s;
    }
    return {};
}

namespace {

struct Text
{
    URDESK_CACHED_TR_FUNCTIONS(urdesk::Evaluator)
};

QString num(double v)
{
    return QString::number(v, 'g', 10);
}

bool isIntoleranceOrContraindication(TherapyOutcome o)
{
    return o == TherapyOutcome::Intolerance || o == TherapyOutcome::Contraindication;
}

// One evaluation: the policy, the answers, the request date and the outcomes so far.
class Run
{
public:
    Run(const CaseFacts& facts, QDate requestDate, const QHash<int, bool>& overrides,
        Evaluation& out)
        : m_policy(facts.policy())
        , m_facts(facts)
        , m_date(requestDate)
        , m_overrides(overrides)
        , m_out(out)
        , m_asked(size_t(m_policy.facts.size()), -1)
        , m_courses(requestDate)
    {
        m_out.requestDate = requestDate;
        m_out.nodes.assign(m_policy.nodes.size(), NodeOutcome{});
        m_out.relevantFacts.assign(size_t(m_policy.facts.size()), false);
    }

    void run()
    {
        for (int c : m_policy.conditionsNotCovered)
            evaluate(c);
        if (m_policy.root >= 0)
            evaluate(m_policy.root);
        determine();
    }

private:
    // ---- answers -------------------------------------------------------------------------

    // The answer to a fact, or null when it is unanswered or not asked for this case
    // (an answer to a question that no longer applies is kept but not used).
    const FactValue* answer(int fact)
    {
        if (fact < 0 || !m_facts.has(fact) || !asked(fact))
            return nullptr;
        return &m_facts.value(fact);
    }

    bool asked(int fact)
    {
        const int when = m_policy.facts.at(fact).askWhen;
        if (when < 0)
            return true;
        qint8& state = m_asked[size_t(fact)];
        if (state < 0)
            state = evaluate(when) == Status::Met ? 1 : 0;
        return state == 1;
    }

    template <typename T>
    const T* get(int fact)
    {
        const FactValue* v = answer(fact);
        return v ? std::get_if<T>(v) : nullptr;
    }

    QString label(int fact) const { return m_policy.facts.at(fact).shortName(); }

    QString notAnswered(int fact) const
    {
        return Text::tr("not answered: %1").arg(m_policy.facts.at(fact).questionText());
    }

    // ---- nodes ---------------------------------------------------------------------------

    Status evaluate(int index)
    {
        const CriterionNode& node = m_policy.nodes[size_t(index)];
        NodeOutcome result;
        if (node.appliesWhen >= 0) {
            const Status applies = evaluate(node.appliesWhen);
            const QString& why = m_out.nodes[size_t(node.appliesWhen)].reason;
            if (applies == Status::NotMet || applies == Status::NotApplicable) {
                result = {Status::NotApplicable, Text::tr("does not apply: %1").arg(why)};
                return store(index, std::move(result));
            }
            if (applies == Status::Missing) {
                result = {Status::Missing,
                          Text::tr("cannot tell whether this applies: %1").arg(why)};
                return store(index, std::move(result));
            }
        }
        switch (node.kind) {
        case CriterionNode::Kind::Leaf: {
            for (int f : node.facts) {
                if (asked(f))
                    m_out.relevantFacts[size_t(f)] = true;
            }
            // Conditions evaluated on the way (askWhen) keep their own questions.
            const QStringList outer = std::exchange(m_questions, {});
            result = std::visit([this](const auto& test) { return leaf(test); }, node.test);
            if (result.status == Status::Missing && !m_questions.isEmpty())
                m_nodeQuestions.insert(index, m_questions);
            m_questions = outer;
            break;
        }
        case CriterionNode::Kind::Not: {
            const Status child = evaluate(node.children.first());
            const QString& why = m_out.nodes[size_t(node.children.first())].reason;
            if (child == Status::Met)
                result = {Status::NotMet, why};
            else if (child == Status::NotMet)
                result = {Status::Met, why};
            else
                result = {child, why};
            break;
        }
        case CriterionNode::Kind::All:
        case CriterionNode::Kind::One:
        case CriterionNode::Kind::AtLeast:
            result = composite(node);
            break;
        }
        // A medical director's judgment replaces the evaluation of a criterion that applies;
        // what the evaluation found stays in the reason.
        if (const auto judged = m_overrides.constFind(index); judged != m_overrides.cend())
            result = {
                judged.value() ? Status::Met : Status::NotMet,
                Text::tr("overridden as %1 by a medical director; evaluated: %2")
                    .arg(judged.value() ? Text::tr("met") : Text::tr("not met"), result.reason)};
        return store(index, std::move(result));
    }

    Status store(int index, NodeOutcome&& result)
    {
        const Status s = result.status;
        m_out.nodes[size_t(index)] = std::move(result);
        return s;
    }

    // How a reason names a criterion: by its number; a hidden condition has none that a
    // reviewer would know ("~14"), so by the questions it reads.
    QString childName(int child) const
    {
        const CriterionNode& n = m_policy.nodes[size_t(child)];
        if (!n.hidden)
            return n.id;
        QStringList questions;
        collectQuestions(child, questions);
        return questions.join(u", ");
    }

    void collectQuestions(int node, QStringList& out) const
    {
        const CriterionNode& n = m_policy.nodes[size_t(node)];
        for (int f : n.facts) {
            const QString name = m_policy.facts.at(f).shortName();
            if (!out.contains(name))
                out.append(name);
        }
        for (int c : n.children)
            collectQuestions(c, out);
    }

    NodeOutcome composite(const CriterionNode& node)
    {
        QStringList met, notMet, missing;
        int applicable = 0;
        for (int child : node.children) {
            switch (evaluate(child)) {
            case Status::Met:
                met.append(childName(child));
                ++applicable;
                break;
            case Status::NotMet:
                notMet.append(childName(child));
                ++applicable;
                break;
            case Status::Missing:
                missing.append(childName(child));
                ++applicable;
                break;
            case Status::NotApplicable:
                break;
            }
        }
        if (applicable == 0)
            return {Status::NotApplicable, Text::tr("none of its criteria applies")};
        const QString missingText = missing.join(u", ");
        switch (node.kind) {
        case CriterionNode::Kind::All:
            if (!notMet.isEmpty())
                return {Status::NotMet, Text::tr("not met: %1").arg(notMet.join(u", "))};
            if (!missing.isEmpty())
                return {Status::Missing, Text::tr("information missing for %1").arg(missingText)};
            return {Status::Met, Text::tr("all %n met", nullptr, int(met.size()))};
        case CriterionNode::Kind::One:
            if (!met.isEmpty())
                return {Status::Met, Text::tr("met by %1").arg(met.join(u", "))};
            if (!missing.isEmpty())
                return {Status::Missing,
                        Text::tr("none met yet; information missing for %1").arg(missingText)};
            return {Status::NotMet, Text::tr("none of %n met", nullptr, applicable)};
        case CriterionNode::Kind::AtLeast: {
            const int n = int(met.size());
            const QString count =
                Text::tr("%1 of %2 met (%3 needed)").arg(n).arg(applicable).arg(node.required);
            if (n >= node.required)
                return {Status::Met, count};
            if (n + missing.size() >= node.required)
                return {Status::Missing,
                        Text::tr("%1; information missing for %2").arg(count, missingText)};
            return {Status::NotMet, count};
        }
        default:
            return {};
        }
    }

    // ---- leaves --------------------------------------------------------------------------

    NodeOutcome leaf(const FactTest& t)
    {
        const FactValue* v = answer(t.fact);
        if (!v)
            return {Status::Missing, notAnswered(t.fact)};
        const FactDefinition& def = m_policy.facts.at(t.fact);
        using Op = FactTest::Op;
        switch (t.op) {
        case Op::IsTrue:
        case Op::IsFalse: {
            const bool b = std::get<bool>(*v);
            const QString said =
                b ? Text::tr("%1: yes").arg(label(t.fact)) : Text::tr("%1: no").arg(label(t.fact));
            return {(b == (t.op == Op::IsTrue)) ? Status::Met : Status::NotMet, said};
        }
        case Op::In: {
            bool in = false;
            QStringList labels;
            if (const QString* choice = std::get_if<QString>(v)) {
                in = t.options.contains(*choice);
                labels.append(def.optionLabel(*choice));
            } else if (const QStringList* many = std::get_if<QStringList>(v)) {
                for (const QString& o : *many) {
                    in = in || t.options.contains(o);
                    labels.append(def.optionLabel(o));
                }
            }
            const QString said = labels.isEmpty() ? Text::tr("none") : labels.join(u", ");
            return {in ? Status::Met : Status::NotMet,
                    QStringLiteral("%1: %2").arg(label(t.fact), said)};
        }
        case Op::AtLeast:
        case Op::AtMost:
        case Op::GreaterThan:
        case Op::LessThan:
        case Op::Between:
            return comparison(t, def, std::get<double>(*v));
        case Op::SinceAtLeast: {
            const QDate since = std::get<QDate>(*v);
            const QDate latest = t.duration.firstDayUntil(m_date);
            const qint64 days = dates::daysInclusive(since, m_date);
            const QString said =
                Text::tr("%1 %2, %n day(s) to %3; %4 needs %5 or earlier", nullptr, int(days))
                    .arg(label(t.fact), dates::inText(since), dates::inText(m_date),
                         t.duration.toString(), dates::inText(latest));
            if (since > m_date)
                return {Status::NotMet,
                        Text::tr("%1 %2 is after the request date %3")
                            .arg(label(t.fact), dates::inText(since), dates::inText(m_date))};
            return {since <= latest ? Status::Met : Status::NotMet, said};
        }
        case Op::CountWithin:
            if (t.during)
                return decided([&] { return countWithin(t, std::get<QList<QDate>>(*v)); });
            return countWithin(t, std::get<QList<QDate>>(*v));
        }
        return {};
    }

    // "Two or more courses of systemic corticosteroids within the past 12 months"; with
    // `during`, only those on a day a course of the named therapy ran ("... while on asthma
    // control therapy").
    NodeOutcome countWithin(const FactTest& t, const QList<QDate>& dates)
    {
        const QDate from = t.duration.firstDayUntil(m_date);
        int historyFact = -1;
        const QList<TherapyEntry>* history = t.during ? therapies(&historyFact) : nullptr;
        int count = 0;
        int notOn = 0;
        for (const QDate& d : dates) {
            if (d < from || d > m_date)
                continue;
            if (t.during && !(history && onTherapy(*history, d, t.during))) {
                ++notOn;
                continue;
            }
            ++count;
        }
        // Enough dates, but no therapy history to tell whether the member was on it then.
        if (t.during && !history && notOn >= t.a)
            return {Status::Missing, notAnswered(historyFact)};
        QString said = Text::tr("%1: %2 from %3 to %4; needs %5")
                           .arg(label(t.fact))
                           .arg(count)
                           .arg(dates::inText(from), dates::inText(m_date))
                           .arg(num(t.a));
        if (t.during)
            said += Text::tr(" while on %1 (%n not)", nullptr, notOn).arg(listNames(t.during));
        return {count >= t.a ? Status::Met : Status::NotMet, said};
    }

    bool onTherapy(const QList<TherapyEntry>& history, QDate day, DrugListMask lists)
    {
        for (const TherapyEntry& e : history) {
            if (!e.isSample() && e.start.isValid() && e.start <= day && lastDay(e) >= day &&
                member(e, lists))
                return true;
        }
        return false;
    }

    NodeOutcome comparison(const FactTest& t, const FactDefinition& def, double v)
    {
        using Op = FactTest::Op;
        const QString unit = def.unitText().isEmpty() ? QString() : u' ' + def.unitText();
        const QString value = num(v) + unit;
        bool met = false;
        QString rule;
        switch (t.op) {
        case Op::AtLeast:
            met = v >= t.a;
            rule = (met ? u"≥ "_s : u"< "_s) + num(t.a);
            break;
        case Op::AtMost:
            met = v <= t.a;
            rule = (met ? u"≤ "_s : u"> "_s) + num(t.a);
            break;
        case Op::GreaterThan:
            met = v > t.a;
            rule = (met ? u"> "_s : u"≤ "_s) + num(t.a);
            break;
        case Op::LessThan:
            met = v < t.a;
            rule = (met ? u"< "_s : u"≥ "_s) + num(t.a);
            break;
        case Op::Between:
            met = v >= t.a && v <= t.b;
            rule = met ? Text::tr("within %1–%2").arg(num(t.a), num(t.b))
                       : Text::tr("outside %1–%2").arg(num(t.a), num(t.b));
            break;
        default:
            break;
        }
        return {met ? Status::Met : Status::NotMet,
                QStringLiteral("%1 %2 %3").arg(label(t.fact), value, rule)};
    }

    NodeOutcome leaf(const AgeTest& t)
    {
        const int fact = m_policy.shared.birthDate;
        const QDate* birth = get<QDate>(fact);
        if (!birth)
            return {Status::Missing, notAnswered(fact)};
        if (*birth > m_date)
            return {Status::NotMet, Text::tr("birth date %1 is after the request date %2")
                                        .arg(dates::inText(*birth), dates::inText(m_date))};
        const bool months = t.minimum.unit == Duration::Unit::Months;
        const int age =
            months ? dates::ageInMonths(*birth, m_date) : dates::ageInYears(*birth, m_date);
        const bool met = age >= t.minimum.count;
        const QString relation = met ? u"≥"_s : u"<"_s;
        if (months && age >= 24) // "424 mo" reads badly: years and months, against months
            return {met ? Status::Met : Status::NotMet, Text::tr("age %1 y %2 mo on %3 %4 %5 mo")
                                                            .arg(age / 12)
                                                            .arg(age % 12)
                                                            .arg(dates::inText(m_date), relation)
                                                            .arg(t.minimum.count)};
        const QString said =
            months ? Text::tr("age %1 mo on %2 %3 %4") : Text::tr("age %1 y on %2 %3 %4");
        return {met ? Status::Met : Status::NotMet,
                said.arg(age).arg(dates::inText(m_date), relation).arg(t.minimum.count)};
    }

    const QList<TherapyEntry>* therapies(int* fact)
    {
        *fact = m_policy.shared.therapies;
        return get<QList<TherapyEntry>>(*fact);
    }

    QDate lastDay(const TherapyEntry& e) const { return m_courses.lastDay(e); }

    QString course(const TherapyEntry& e) const
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
    QString trialText(const QList<const TherapyEntry*>& courses, const DaySpan& span, qint64 days,
                      TherapyOutcome outcome) const
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

    QString listNames(DrugListMask mask) const
    {
        QStringList names;
        for (int i = 0; i < m_policy.drugSets.size(); ++i) {
            if (mask & (DrugListMask(1) << i))
                names.append(m_policy.drugSets.at(i).title);
        }
        return names.join(Text::tr(" or "));
    }

    // ---- what a drug is ------------------------------------------------------------------
    // A drug-dependent criterion is evaluated on what URDesk knows. Where that is not met, it
    // is evaluated again as if every drug it cannot classify were what the criterion needs:
    // if that would meet it, the criterion is missing (the reviewer classifies the drug),
    // never met and never silently not met.

    bool member(const DrugMention& d, DrugListMask mask)
    {
        if (d.lists & mask)
            return true;
        if (!m_lenient || !(d.undecided & mask))
            return false;
        uncertain(d, question(d));
        return true;
    }

    bool potent(const TherapyEntry& e, Potency minimum)
    {
        if (minimum == Potency::Unknown || e.effectivePotency >= minimum)
            return true;
        if (!m_lenient || e.effectivePotency != Potency::Unknown)
            return false;
        uncertain(e, Text::tr("its potency"));
        return true;
    }

    QString question(const DrugMention& d) const
    {
        if (!d.unknownWords.isEmpty() && d.drugClass.isEmpty())
            return Text::tr("its class (\"%1\" not recognised)").arg(d.unknownWords.join(u", "));
        if (!d.doubts.isEmpty())
            return Text::tr("what \"%1\" means for it (correct the course)")
                .arg(d.doubts.join(u", "));
        if (d.routeNeeded)
            return Text::tr("its route");
        if (d.ambiguous)
            return Text::tr("which drug it is");
        return Text::tr("what it was used for (this condition or another)");
    }

    void uncertain(const DrugMention& d, const QString& what)
    {
        const QString q = Text::tr("%1: %2").arg(d.drug.isEmpty() ? d.drugClass : d.drug, what);
        if (!m_uncertain.contains(q))
            m_uncertain.append(q);
    }

    template <typename Evaluate>
    NodeOutcome decided(Evaluate evaluate)
    {
        const bool outerLenient = std::exchange(m_lenient, false);
        const QStringList outerUncertain = std::exchange(m_uncertain, {});
        const NodeOutcome strict = evaluate();
        NodeOutcome lenient;
        if (strict.status == Status::NotMet) {
            m_lenient = true;
            lenient = evaluate();
        }
        const QStringList uncertain = std::exchange(m_uncertain, outerUncertain);
        m_lenient = outerLenient;
        if (strict.status != Status::NotMet || lenient.status != Status::Met)
            return strict;
        m_questions = uncertain;
        return {Status::Missing, Text::tr("the reviewer classifies %1; met if so: %2")
                                     .arg(uncertain.join(u"; "), lenient.reason)};
    }

    // ---- therapy history -----------------------------------------------------------------

    NodeOutcome leaf(const TherapyTest& t)
    {
        return decided([&] { return therapy(t); });
    }

    NodeOutcome therapy(const TherapyTest& t)
    {
        int fact = -1;
        const QList<TherapyEntry>* all = therapies(&fact);
        if (!all)
            return {Status::Missing, notAnswered(fact)};
        return t.current ? currentTherapy(t, *all) : trial(t, *all);
    }

    // The furthest any course got, to say why none qualified. The text is made only for a
    // course that got further than the best so far: this runs on every keystroke.
    struct Rejections
    {
        int stage = -1;
        QString why;
        template <typename Why>
        void note(int at, Why text)
        {
            if (at > stage) {
                stage = at;
                why = text();
            }
        }
    };

    // A drug not yet classified may be the same drug as another course (a refill of it), so
    // when evaluating as if it were, it joins every drug's courses as well as standing alone.
    void joinUndecided(QMap<QString, QList<const TherapyEntry*>>& byDrug, DrugListMask lists) const
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
    bool mayCount(const TherapyEntry& e, DrugListMask lists, Rejections& rejected) const
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
    NodeOutcome trial(const TherapyTest& t, const QList<TherapyEntry>& all)
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
            const bool excuses = (t.unlessContraindicatedOrIntolerant
                                      ? isIntoleranceOrContraindication(e.outcome)
                                      : triedOnly && t.within.isNull() &&
                                            e.outcome == TherapyOutcome::Intolerance) &&
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
                rejected.note(1, [&] {
                    return Text::tr("%1: contraindicated, so not tried").arg(course(e));
                });
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
                rejected.note(2, [&] {
                    return Text::tr("%1: starts after the request date").arg(course(e));
                });
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
                    const bool longEnough =
                        t.durationStrictlyLonger ? days > needed : days >= needed;
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
            return {Status::NotMet,
                    Text::tr("no %1 in the therapy history").arg(listNames(t.lists))};
        return {Status::NotMet, rejected.why};
    }

    // Treatment now: "currently treated with an ICS for at least 3 months AND adherent for 90
    // days within the past 120 days"; "established on Leqselvi for at least 6 months".
    NodeOutcome currentTherapy(const TherapyTest& t, const QList<TherapyEntry>& all)
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
            return adherent < 0
                       ? QString()
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
            return {Status::NotMet,
                    Text::tr("no %1 in the therapy history").arg(listNames(t.lists))};
        return {Status::NotMet, rejected.why};
    }

    // "Concomitant use of a TCI and a TCS would meet requirements C and D": one trial of the
    // two used together that meets what C and D each ask.
    NodeOutcome leaf(const ConcomitantTest& t)
    {
        return decided([&] { return concomitant(t); });
    }

    NodeOutcome concomitant(const ConcomitantTest& t)
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
                    TherapyCourses::common(m_courses.spans(*a, gap), m_courses.spans(*b, gap)),
                    gap);
                for (const DaySpan& span : together) {
                    const TherapyOutcome oa =
                        TherapyCourses::finalOutcome(m_courses.within(*a, span));
                    const TherapyOutcome ob =
                        TherapyCourses::finalOutcome(m_courses.within(*b, span));
                    const QString text =
                        Text::tr("%1 and %2 used together from %3 to %4, %n day(s); %5, %6",
                                 nullptr, int(span.days()))
                            .arg(a->first()->drug, b->first()->drug, dates::inText(span.first),
                                 dates::inText(span.last), therapyOutcomeText(oa),
                                 therapyOutcomeText(ob));
                    const bool outcomes = t.outcomes.isEmpty() ||
                                          (t.outcomes.contains(oa) && t.outcomes.contains(ob));
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
    NodeOutcome leaf(const CurrentDrugTest& t)
    {
        return decided([&] { return currentDrug(t); });
    }

    NodeOutcome currentDrug(const CurrentDrugTest& t)
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
        return {
            Status::NotMet,
            Text::tr("current drugs (%1) are not %2").arg(names.join(u", "), listNames(t.lists))};
    }

    NodeOutcome leaf(const PrescriberTest& t)
    {
        const int specialtyFact = m_policy.shared.specialty;
        const int consultedFact = m_policy.shared.consultedSpecialty;
        QStringList wanted = t.specialties;
        QString area;
        if (t.diagnosisFact >= 0) {
            // "A specialist in the area of the individual's diagnosis".
            const QString* diagnosis = get<QString>(t.diagnosisFact);
            if (!diagnosis)
                return {Status::Missing, notAnswered(t.diagnosisFact)};
            wanted = t.byDiagnosis.value(*diagnosis);
            const QString name = m_policy.facts.at(t.diagnosisFact).optionLabel(*diagnosis);
            if (wanted.isEmpty())
                return {Status::NotMet, Text::tr("no specialist area for %1").arg(name)};
            area = Text::tr(" (specialists for %1)").arg(name);
        }
        const QString* specialty = get<QString>(specialtyFact);
        if (!specialty)
            return {Status::Missing, notAnswered(specialtyFact)};
        const FactDefinition& def = m_policy.facts.at(specialtyFact);
        if (wanted.contains(*specialty))
            return {Status::Met,
                    Text::tr("prescriber: %1").arg(def.optionLabel(*specialty)) + area};
        const QString* consulted = get<QString>(consultedFact);
        if (!consulted)
            return {Status::Missing,
                    Text::tr("prescriber: %1; %2")
                        .arg(def.optionLabel(*specialty), notAnswered(consultedFact))};
        const FactDefinition& consultedDef = m_policy.facts.at(consultedFact);
        const bool met = wanted.contains(*consulted);
        return {met ? Status::Met : Status::NotMet,
                Text::tr("prescriber: %1; consulted: %2")
                        .arg(def.optionLabel(*specialty), consultedDef.optionLabel(*consulted)) +
                    area};
    }

    // Fills m_out.determination.quantity; false when an answer is missing.
    bool quantity()
    {
        QuantityOutcome& q = m_out.determination.quantity;
        if (!m_policy.quantity)
            return true;
        const double* requested = get<double>(m_policy.shared.quantity);
        const double* days = get<double>(m_policy.shared.daysSupply);
        const QString* channel = get<QString>(m_policy.shared.channel);
        if (!requested || !days || !channel)
            return false;
        const QuantityRule& rule = *m_policy.quantity;
        q.evaluated = true;
        q.unit = rule.unit;
        q.channel = *channel;
        q.requested = *requested;
        q.days = int(*days);
        q.standardLimit = QuantityRule::allowedFor(rule.limitFor(rule.standard, *channel), q.days);
        q.exceptionLimit =
            QuantityRule::allowedFor(rule.limitFor(rule.exception, *channel), q.days);
        return true;
    }

    NodeOutcome leaf(const QuantityTest&)
    {
        if (!quantity()) {
            const Policy::SharedFacts& f = m_policy.shared;
            for (int fact : {f.quantity, f.daysSupply, f.channel}) {
                if (!answer(fact))
                    return {Status::Missing, notAnswered(fact)};
            }
        }
        const QuantityOutcome& q = m_out.determination.quantity;
        const int channelFact = m_policy.shared.channel;
        const QString channel = m_policy.facts.at(channelFact).optionLabel(q.channel);
        // A channel the policy sets no limit for is not approvable by rule: the exception
        // path (and, beyond it, a medical director) decides.
        if (q.standardLimit < 0)
            return {Status::Met, Text::tr("the policy sets no quantity limit for %1").arg(channel)};
        const bool exceeds = q.requested > q.standardLimit + 1e-9;
        const QString said = exceeds
                                 ? Text::tr("%1 %2 for %3 days at %4 exceeds the limit of %5 %2")
                                 : Text::tr("%1 %2 for %3 days at %4 is within the limit of %5 %2");
        return {exceeds ? Status::Met : Status::NotMet,
                said.arg(num(q.requested), q.unit).arg(q.days).arg(channel, num(q.standardLimit))};
    }

    // ---- determination -------------------------------------------------------------------

    void collectMissing(int index, QList<int>& out)
    {
        const CriterionNode& n = m_policy.nodes[size_t(index)];
        if (m_out.nodes[size_t(index)].status != Status::Missing)
            return;
        if (n.appliesWhen >= 0 && m_out.nodes[size_t(n.appliesWhen)].status == Status::Missing) {
            collectMissing(n.appliesWhen, out);
            return;
        }
        for (int f : n.facts) {
            if (!answer(f) && !out.contains(f))
                out.append(f);
        }
        QStringList& drugs = m_out.determination.drugQuestions;
        for (const QString& q : m_nodeQuestions.value(index)) {
            if (!drugs.contains(q))
                drugs.append(q);
        }
        for (int c : n.children)
            collectMissing(c, out);
    }

    void collectUnmet(int index, QList<int>& out)
    {
        const CriterionNode& n = m_policy.nodes[size_t(index)];
        const Status s = m_out.nodes[size_t(index)].status;
        if (n.kind == CriterionNode::Kind::Leaf || n.kind == CriterionNode::Kind::Not) {
            if (s == Status::NotMet)
                out.append(index);
            return;
        }
        if (s == Status::NotApplicable && n.appliesWhen >= 0) {
            out.append(index); // a branch that does not apply to this diagnosis
            return;
        }
        if (s != Status::NotMet && s != Status::NotApplicable)
            return;
        for (int c : n.children) {
            const Status cs = m_out.nodes[size_t(c)].status;
            if (cs == Status::NotMet || (s == Status::NotApplicable && cs == Status::NotApplicable))
                collectUnmet(c, out);
        }
    }

    // The deepest met node with an approval duration for this request type.
    int branch(int index, bool continuation, Duration* duration)
    {
        const CriterionNode& n = m_policy.nodes[size_t(index)];
        if (m_out.nodes[size_t(index)].status != Status::Met)
            return -1;
        for (int c : n.children) {
            if (m_policy.nodes[size_t(c)].hidden)
                continue;
            const int found = branch(c, continuation, duration);
            if (found >= 0)
                return found;
        }
        if (n.approval) {
            const std::optional<Duration>& d =
                continuation ? n.approval->continuation : n.approval->initial;
            if (d) {
                *duration = *d;
                return index;
            }
        }
        return -1;
    }

    void determine()
    {
        Determination& d = m_out.determination;
        const int typeFact = m_policy.shared.requestType;
        const QString* type = get<QString>(typeFact);
        d.requestType = type ? *type : u"initial"_s;
        const bool continuation = d.requestType == u"continuation";

        bool conditionMissing = false;
        for (int c : m_policy.conditionsNotCovered) {
            const Status s = m_out.nodes[size_t(c)].status;
            if (s == Status::Met)
                d.conditionsApplying.append(c);
            conditionMissing = conditionMissing || s == Status::Missing;
        }
        const Status root =
            m_policy.root >= 0 ? m_out.nodes[size_t(m_policy.root)].status : Status::NotApplicable;
        const bool quantityPolicy = m_policy.quantity.has_value();
        // A quantity within the standard limit needs no exception: the root does not apply.
        const bool withinLimit = quantityPolicy && quantity() && root == Status::NotApplicable;

        if (!d.conditionsApplying.isEmpty()) {
            d.kind = Determination::Kind::Refer;
        } else if (root == Status::NotMet || (root == Status::NotApplicable && !withinLimit)) {
            d.kind = Determination::Kind::Refer;
            collectUnmet(m_policy.root, d.unmetCriteria);
        } else if (root == Status::Missing || conditionMissing) {
            d.kind = Determination::Kind::Pend;
            collectMissing(m_policy.root, d.missingFacts);
            for (int c : m_policy.conditionsNotCovered)
                collectMissing(c, d.missingFacts);
            std::sort(d.missingFacts.begin(), d.missingFacts.end());
        } else {
            d.kind = Determination::Kind::Approvable;
        }

        if (quantityPolicy && d.quantity.evaluated && d.kind != Determination::Kind::Pend) {
            QuantityOutcome& q = d.quantity;
            double allowed = q.requested;
            if (!withinLimit)
                allowed =
                    std::min(q.requested, root == Status::Met ? q.exceptionLimit : q.standardLimit);
            q.approvable = std::max(0.0, allowed);
            q.notApprovable = q.requested - q.approvable;
            if (q.notApprovable > 1e-9 && d.kind == Determination::Kind::Approvable)
                d.kind = Determination::Kind::Refer;
        }

        // A request made before the policy took effect is not decided by it; nor is one for a
        // drug the therapy history records as contraindicated, whatever else was answered.
        if (d.kind == Determination::Kind::Approvable) {
            d.beforePolicy = m_policy.effectiveDate.isValid() && m_date < m_policy.effectiveDate;
            d.contraindicatedDrug = contraindicatedRequestedDrug();
            if (d.beforePolicy || !d.contraindicatedDrug.isEmpty())
                d.kind = Determination::Kind::Refer;
        }

        if (d.kind != Determination::Kind::Pend &&
            (d.kind == Determination::Kind::Approvable || quantityPolicy)) {
            if (m_policy.root >= 0)
                d.branch = branch(m_policy.root, continuation, &d.approvalDuration);
            if (d.branch < 0 && m_policy.defaultApproval)
                d.approvalDuration = *m_policy.defaultApproval;
            if (!d.approvalDuration.isNull()) {
                d.approvalStart = m_date;
                d.approvalEnd =
                    d.approvalDuration.lastDayFrom(m_date, m_policy.approvalMonthLengthDays);
            }
        }
        d.summary = summary(d);
    }

    // The course of the requested drug itself that records a contraindication or an
    // intolerance (a hypersensitivity reaction may be its labelled contraindication), if any.
    QString contraindicatedRequestedDrug()
    {
        int fact = -1;
        if (const QList<TherapyEntry>* all = therapies(&fact)) {
            for (const TherapyEntry& e : *all) {
                if ((e.lists & DrugListMask(1)) && isIntoleranceOrContraindication(e.outcome))
                    return e.drug;
            }
        }
        return {};
    }

    QString summary(const Determination& d) const
    {
        const QuantityOutcome& q = d.quantity;
        const QString period =
            d.approvalDuration.isNull()
                ? QString()
                : Text::tr("%1, %2 to %3")
                      .arg(d.approvalDuration.toString(), dates::inText(d.approvalStart),
                           dates::inText(d.approvalEnd));
        switch (d.kind) {
        case Determination::Kind::Approvable: {
            QString s =
                d.branch >= 0
                    ? Text::tr("Approvable under %1: %2").arg(m_policy.nodeTitle(d.branch), period)
                    : Text::tr("Approvable: %1").arg(period);
            if (q.evaluated)
                s += Text::tr("; %1 %2 per %3 days").arg(num(q.approvable), q.unit).arg(q.days);
            return s;
        }
        case Determination::Kind::Pend: {
            const QString classify = Text::tr("%n drug(s) for the reviewer to classify", nullptr,
                                              int(d.drugQuestions.size()));
            if (d.missingFacts.isEmpty())
                return Text::tr("Missing information: %1").arg(classify);
            const QString ask = Text::tr("Pend for information: %n question(s) for the prescriber",
                                         nullptr, int(d.missingFacts.size()));
            return d.drugQuestions.isEmpty() ? ask : Text::tr("%1; %2").arg(ask, classify);
        }
        case Determination::Kind::Refer:
            if (d.beforePolicy)
                return Text::tr("Refer to a medical director: the request date %1 is before this "
                                "policy took effect on %2")
                    .arg(dates::inText(m_date), dates::inText(m_policy.effectiveDate));
            if (!d.contraindicatedDrug.isEmpty())
                return Text::tr("Refer to a medical director: the therapy history records an "
                                "intolerance or contraindication to %1")
                    .arg(d.contraindicatedDrug);
            if (!d.conditionsApplying.isEmpty())
                return Text::tr("Refer to a medical director: %n condition(s) not covered apply",
                                nullptr, int(d.conditionsApplying.size()));
            if (q.evaluated && q.notApprovable > 1e-9)
                return Text::tr("Refer to a medical director: %1 %2 per %3 days approvable, %4 %2 "
                                "beyond the limit")
                    .arg(num(q.approvable), q.unit)
                    .arg(q.days)
                    .arg(num(q.notApprovable));
            return Text::tr("Refer to a medical director: %n criteria not met", nullptr,
                            int(d.unmetCriteria.size()));
        }
        return {};
    }

    const Policy& m_policy;
    const CaseFacts& m_facts;
    QDate m_date;
    const QHash<int, bool>& m_overrides;
    Evaluation& m_out;
    std::vector<qint8> m_asked; // per fact: -1 not yet known, 0 not asked, 1 asked
    TherapyCourses m_courses;
    bool m_lenient = false;  // evaluating as if every drug not classified were what is needed
    QStringList m_uncertain; // the drugs that then made a difference, and what to say of them
    QStringList m_questions; // of the leaf just evaluated, when it came out missing
    QHash<int, QStringList> m_nodeQuestions; // missing leaves: what the reviewer classifies
};

} // namespace

Evaluation Evaluator::evaluate(const CaseFacts& facts, QDate requestDate,
                               const QHash<int, bool>& overrides)
{
    Evaluation out;
    Run run(facts, requestDate, overrides, out);
    run.run();
    return out;
}

} // namespace urdesk
