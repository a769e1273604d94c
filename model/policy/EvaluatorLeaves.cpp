// Evaluating the leaves that read answers: facts, age, the prescriber and the quantity.
#include "EvaluatorRun.h"

using namespace Qt::StringLiterals;

namespace urdesk::detail {

// ---- leaves --------------------------------------------------------------------------

NodeOutcome EvaluatorRun::leaf(const FactTest& t)
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
NodeOutcome EvaluatorRun::countWithin(const FactTest& t, const QList<QDate>& dates)
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

bool EvaluatorRun::onTherapy(const QList<TherapyEntry>& history, QDate day, DrugListMask lists)
{
    for (const TherapyEntry& e : history) {
        if (!e.isSample() && e.start.isValid() && e.start <= day && lastDay(e) >= day &&
            member(e, lists))
            return true;
    }
    return false;
}

NodeOutcome EvaluatorRun::comparison(const FactTest& t, const FactDefinition& def, double v)
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

NodeOutcome EvaluatorRun::leaf(const AgeTest& t)
{
    const int fact = m_policy.shared.birthDate;
    const QDate* birth = get<QDate>(fact);
    if (!birth)
        return {Status::Missing, notAnswered(fact)};
    if (*birth > m_date)
        return {Status::NotMet, Text::tr("birth date %1 is after the request date %2")
                                    .arg(dates::inText(*birth), dates::inText(m_date))};
    const bool months = t.minimum.unit == Duration::Unit::Months;
    const int age = months ? dates::ageInMonths(*birth, m_date) : dates::ageInYears(*birth, m_date);
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

// ---- prescriber and quantity ---------------------------------------------------------

NodeOutcome EvaluatorRun::leaf(const PrescriberTest& t)
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
        return {Status::Met, Text::tr("prescriber: %1").arg(def.optionLabel(*specialty)) + area};
    const QString* consulted = get<QString>(consultedFact);
    if (!consulted)
        return {Status::Missing, Text::tr("prescriber: %1; %2")
                                     .arg(def.optionLabel(*specialty), notAnswered(consultedFact))};
    const FactDefinition& consultedDef = m_policy.facts.at(consultedFact);
    const bool met = wanted.contains(*consulted);
    return {met ? Status::Met : Status::NotMet,
            Text::tr("prescriber: %1; consulted: %2")
                    .arg(def.optionLabel(*specialty), consultedDef.optionLabel(*consulted)) +
                area};
}

// Fills m_out.determination.quantity; false when an answer is missing.
bool EvaluatorRun::quantity()
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
    q.exceptionLimit = QuantityRule::allowedFor(rule.limitFor(rule.exception, *channel), q.days);
    return true;
}

NodeOutcome EvaluatorRun::leaf(const QuantityTest&)
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
    const QString said = exceeds ? Text::tr("%1 %2 for %3 days at %4 exceeds the limit of %5 %2")
                                 : Text::tr("%1 %2 for %3 days at %4 is within the limit of %5 %2");
    return {exceeds ? Status::Met : Status::NotMet,
            said.arg(num(q.requested), q.unit).arg(q.days).arg(channel, num(q.standardLimit))};
}

} // namespace urdesk::detail
