// Evaluating a case: the criteria tree, the determination, and the entry point.
#include "Evaluator.h"

#include "EvaluatorRun.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace detail {

// ---- answers -------------------------------------------------------------------------

QString EvaluatorRun::notAnswered(int fact) const
{
    return Text::tr("not answered: %1").arg(m_policy.facts.at(fact).questionText());
}

// ---- nodes ---------------------------------------------------------------------------

Status EvaluatorRun::evaluate(int index)
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
            result = {Status::Missing, Text::tr("cannot tell whether this applies: %1").arg(why)};
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
        result = {judged.value() ? Status::Met : Status::NotMet,
                  Text::tr("overridden as %1 by a medical director; evaluated: %2")
                      .arg(judged.value() ? Text::tr("met") : Text::tr("not met"), result.reason)};
    return store(index, std::move(result));
}

Status EvaluatorRun::store(int index, NodeOutcome&& result)
{
    const Status s = result.status;
    m_out.nodes[size_t(index)] = std::move(result);
    return s;
}

// How a reason names a criterion: by its number; a hidden condition has none that a
// reviewer would know ("~14"), so by the questions it reads.
QString EvaluatorRun::childName(int child) const
{
    const CriterionNode& n = m_policy.nodes[size_t(child)];
    if (!n.hidden)
        return n.id;
    QStringList questions;
    collectQuestions(child, questions);
    return questions.join(u", ");
}

void EvaluatorRun::collectQuestions(int node, QStringList& out) const
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

NodeOutcome EvaluatorRun::composite(const CriterionNode& node)
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

// ---- determination -------------------------------------------------------------------

void EvaluatorRun::collectMissing(int index, QList<int>& out)
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

void EvaluatorRun::collectUnmet(int index, QList<int>& out)
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
int EvaluatorRun::branch(int index, bool continuation, Duration* duration)
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

void EvaluatorRun::determine()
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
QString EvaluatorRun::contraindicatedRequestedDrug()
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

QString EvaluatorRun::summary(const Determination& d) const
{
    const QuantityOutcome& q = d.quantity;
    const QString period = d.approvalDuration.isNull() ? QString()
                                                       : Text::tr("%1, %2 to %3")
                                                             .arg(d.approvalDuration.toString(),
                                                                  dates::inText(d.approvalStart),
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

} // namespace detail

Evaluation Evaluator::evaluate(const CaseFacts& facts, QDate requestDate,
                               const QHash<int, bool>& overrides)
{
    Evaluation out;
    detail::EvaluatorRun run(facts, requestDate, overrides, out);
    run.run();
    return out;
}

} // namespace urdesk
