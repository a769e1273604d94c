#include "EvaluationReport.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(urdesk::EvaluationReport)
};

// Visible nodes of a subtree, depth first, in the policy's order.
void visibleNodes(const Policy& p, int index, QList<int>& out)
{
    const CriterionNode& n = p.nodes[size_t(index)];
    if (n.hidden)
        return;
    out.append(index);
    for (int c : n.children)
        visibleNodes(p, c, out);
}

QString numbered(const CriterionNode& n)
{
    return n.label.isEmpty() ? n.text : n.label + u' ' + n.text;
}

QJsonObject nodeJson(const Policy& p, const Evaluation& e, int index, bool condition)
{
    const CriterionNode& n = p.nodes[size_t(index)];
    const NodeOutcome& o = e.node(index);
    QJsonObject j{{u"id"_s, n.id},         {u"label"_s, n.label},
                  {u"text"_s, n.text},     {u"status"_s, statusId(o.status)},
                  {u"reason"_s, o.reason}, {u"depth"_s, n.depth}};
    if (condition)
        j.insert(u"applies"_s, o.status == Status::Met);
    if (!n.source.isEmpty())
        j.insert(u"source"_s, n.source);
    if (!n.facts.isEmpty()) {
        QJsonArray facts;
        for (int f : n.facts)
            facts.append(p.facts.at(f).id);
        j.insert(u"facts"_s, facts);
    }
    return j;
}

} // namespace

QString EvaluationReport::statusWord(Status status, bool conditionNotCovered)
{
    if (conditionNotCovered) {
        switch (status) {
        case Status::Met:
            return Text::tr("APPLIES");
        case Status::NotMet:
            return Text::tr("does not apply");
        case Status::Missing:
            return Text::tr("missing");
        case Status::NotApplicable:
            return Text::tr("n/a");
        }
    }
    switch (status) {
    case Status::Met:
        return Text::tr("met");
    case Status::NotMet:
        return Text::tr("NOT MET");
    case Status::Missing:
        return Text::tr("missing");
    case Status::NotApplicable:
        return Text::tr("n/a");
    }
    return {};
}

QString EvaluationReport::text(const CaseFacts& facts, const Evaluation& e)
{
    const Policy& p = facts.policy();
    const Determination& d = e.determination;
    QString out;
    out += Text::tr("Policy:        %1, effective %2\n")
               .arg(p.displayName(), dates::iso(p.effectiveDate));
    const int typeFact = p.fact(u"request.type");
    out += Text::tr("Request:       %1, %2\n")
               .arg(p.facts.at(typeFact).optionLabel(d.requestType), dates::iso(e.requestDate));
    out += Text::tr("Determination: %1\n").arg(d.summary);
    if (!d.approvalDuration.isNull() && d.kind != Determination::Kind::Approvable)
        out += Text::tr("Approval:      %1 for what is approvable, %2 to %3\n")
                   .arg(d.approvalDuration.toString(), dates::iso(d.approvalStart),
                        dates::iso(d.approvalEnd));
    for (int f : d.missingFacts)
        out += Text::tr("  ask: %1\n").arg(p.facts.at(f).questionText());
    for (const QString& q : d.drugQuestions)
        out += Text::tr("  classify: %1\n").arg(q);
    for (int c : d.conditionsApplying)
        out += Text::tr("  condition not covered: %1 — %2\n")
                   .arg(numbered(p.nodes[size_t(c)]), e.node(c).reason);
    for (int n : d.unmetCriteria)
        out += Text::tr("  not met: %1 %2 — %3\n")
                   .arg(p.nodes[size_t(n)].id, p.nodes[size_t(n)].text, e.node(n).reason);

    auto section = [&](const QString& title, const QList<int>& roots, bool conditions) {
        out += u'\n' + title + u'\n';
        QList<int> nodes;
        for (int r : roots)
            visibleNodes(p, r, nodes);
        for (int n : nodes) {
            const CriterionNode& node = p.nodes[size_t(n)];
            const NodeOutcome& o = e.node(n);
            const QString indent(2 * node.depth + 2, u' ');
            out += QStringLiteral("%1[%2] %3 %4\n")
                       .arg(indent, statusWord(o.status, conditions), node.id, node.text);
            if (!o.reason.isEmpty())
                out += QStringLiteral("%1      %2\n").arg(indent, o.reason);
        }
    };
    section(Text::tr("Criteria"), {p.root}, false);
    if (!p.conditionsNotCovered.isEmpty())
        section(Text::tr("Conditions not covered"), p.conditionsNotCovered, true);
    return out;
}

QJsonObject EvaluationReport::json(const CaseFacts& facts, const Evaluation& e)
{
    const Policy& p = facts.policy();
    const Determination& d = e.determination;
    QJsonObject det{{u"outcome"_s, determinationId(d.kind)},
                    {u"summary"_s, d.summary},
                    {u"requestType"_s, d.requestType}};
    if (d.branch >= 0)
        det.insert(u"branch"_s, QJsonObject{{u"id"_s, p.nodes[size_t(d.branch)].id},
                                            {u"text"_s, p.nodes[size_t(d.branch)].text}});
    if (!d.approvalDuration.isNull())
        det.insert(u"approval"_s, QJsonObject{{u"duration"_s, d.approvalDuration.toString()},
                                              {u"start"_s, dates::iso(d.approvalStart)},
                                              {u"end"_s, dates::iso(d.approvalEnd)}});
    if (d.quantity.evaluated)
        det.insert(u"quantity"_s, QJsonObject{{u"product"_s, p.quantity->product},
                                              {u"unit"_s, d.quantity.unit},
                                              {u"channel"_s, d.quantity.channel},
                                              {u"days"_s, d.quantity.days},
                                              {u"requested"_s, d.quantity.requested},
                                              {u"standardLimit"_s, d.quantity.standardLimit},
                                              {u"exceptionLimit"_s, d.quantity.exceptionLimit},
                                              {u"approvable"_s, d.quantity.approvable},
                                              {u"notApprovable"_s, d.quantity.notApprovable}});
    QJsonArray missing;
    for (int f : d.missingFacts)
        missing.append(
            QJsonObject{{u"fact"_s, p.facts.at(f).id}, {u"question"_s, p.facts.at(f).question}});
    det.insert(u"missing"_s, missing);
    det.insert(u"classify"_s, QJsonArray::fromStringList(d.drugQuestions));
    QJsonArray unmet;
    for (int n : d.unmetCriteria)
        unmet.append(nodeJson(p, e, n, false));
    det.insert(u"unmet"_s, unmet);
    QJsonArray conditions;
    for (int n : d.conditionsApplying)
        conditions.append(nodeJson(p, e, n, true));
    det.insert(u"conditionsNotCovered"_s, conditions);

    QList<int> nodes;
    visibleNodes(p, p.root, nodes);
    QJsonArray checklist;
    for (int n : nodes)
        checklist.append(nodeJson(p, e, n, false));
    QList<int> conditionNodes;
    for (int c : p.conditionsNotCovered)
        visibleNodes(p, c, conditionNodes);
    QJsonArray conditionList;
    for (int n : conditionNodes)
        conditionList.append(nodeJson(p, e, n, true));
    return QJsonObject{
        {u"policy"_s, QJsonObject{{u"id"_s, p.id},
                                  {u"number"_s, p.number},
                                  {u"title"_s, p.title},
                                  {u"revision"_s, p.revision},
                                  {u"effectiveDate"_s, dates::iso(p.effectiveDate)}}},
        {u"requestDate"_s, dates::iso(e.requestDate)},
        {u"determination"_s, det},
        {u"checklist"_s, checklist},
        {u"conditionsNotCovered"_s, conditionList},
    };
}

} // namespace urdesk
