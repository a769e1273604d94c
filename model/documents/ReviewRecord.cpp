#include "ReviewRecord.h"

#include "AnswerText.h"
#include "Evaluation.h"
#include "EvaluationReport.h"
#include "Evaluator.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(urdesk::ReviewRecord)
};

// "60 grams": in the drug's unit, in the record's language.
QString amountText(double quantity, const Policy& p)
{
    return p.amountText(quantity, QLocale::c(), ReviewRecord::language());
}

QString quantityText(const CaseRecord& c, const Policy& p)
{
    const Intake& i = c.intake;
    if (!i.quantity)
        return Text::tr("not given");
    const QString q = amountText(*i.quantity, p);
    return i.daysSupply ? Text::tr("%1 for a %2-day supply").arg(q).arg(*i.daysSupply) : q;
}

const CriterionOverride* overrideOf(const CaseDossier& d, const QString& criterionId,
                                    const QDateTime& until)
{
    const CriterionOverride* found = nullptr;
    for (const CriterionOverride& o : d.overrides) {
        if (o.criterionId == criterionId && (!until.isValid() || o.decidedAt <= until))
            found = &o;
    }
    return found;
}

void addHeader(Document& doc, const CaseDossier& d)
{
    const CaseRecord& c = d.record;
    const Intake& i = c.intake;
    const Policy& p = d.policy();
    const Decision* decided = d.decision();
    const QString channel = i.channel == u"homeDelivery" ? Text::tr("home delivery")
                            : i.channel == u"retail"     ? Text::tr("retail pharmacy")
                                                         : QString();
    QString requested = quantityText(c, p);
    if (!channel.isEmpty())
        requested = Text::tr("%1, %2").arg(requested, channel);
    doc.addFields({
        {Text::tr("Line of business"), lineOfBusinessText(i.lineOfBusiness)},
        {Text::tr("Case number"), c.caseNumber},
        {Text::tr("Member"), Text::tr("%1, member id %2, born %3")
                                 .arg(i.memberName, i.memberId, dates::iso(i.memberBirthDate))},
        {Text::tr("Drug"), QString(i.drug + u' ' + i.strength).trimmed()},
        {Text::tr("Quantity requested"), requested},
        {Text::tr("Request"), i.requestType == u"continuation" ? Text::tr("Continuation (renewal)")
                                                               : Text::tr("Initial request")},
        {Text::tr("Letters in"), languageName(i.memberLanguage)},
        {Text::tr("Prescriber"), Text::tr("%1, NPI %2").arg(i.prescriberName, i.prescriberNpi)},
        {Text::tr("Urgency"), urgencyText(i.urgency)},
        {Text::tr("Received"), utcText(i.receivedAt)},
        {Text::tr("Decision due"), utcText(c.dueAt)},
        {Text::tr("Decided"), decided ? utcText(decided->decidedAt) : Text::tr("not decided yet")},
        {Text::tr("Status"), caseStatusText(c.status)},
        {Text::tr("Policy"),
         Text::tr("%1 %2, %3; revision %4, effective %5")
             .arg(p.payer, p.number, p.title, c.policyRevision, dates::iso(p.effectiveDate))},
    });
}

void addDecisions(Document& doc, const CaseDossier& d)
{
    doc.addHeading(Text::tr("Determination"));
    if (d.decisions.isEmpty()) {
        doc.addParagraph(Text::tr("No determination has been made on this case yet (status: %1).")
                             .arg(caseStatusText(d.record.status)));
        return;
    }
    const Policy& p = d.policy();
    for (const Decision& x : d.decisions) {
        QList<QStringList> fields{{Text::tr("Outcome"), caseStatusText(x.outcome)}};
        if (x.approvalStart.isValid())
            fields.append(
                {Text::tr("Approval period"),
                 Text::tr("%1 to %2").arg(dates::iso(x.approvalStart), dates::iso(x.approvalEnd))});
        if (x.approvedQuantity)
            fields.append({Text::tr("Approved quantity"), amountText(*x.approvedQuantity, p)});
        if (!x.criteria.isEmpty()) {
            QStringList named;
            for (const QString& id : x.criteria) {
                const int n = p.node(id);
                named.append(n < 0 ? id : Text::tr("%1 %2").arg(id, p.nodes[size_t(n)].text));
            }
            fields.append({Text::tr("Criteria not met"), named.join(u'\n')});
        }
        fields.append({Text::tr("Decided by"), d.credentialsOf(x.decidedBy, x.role)});
        fields.append({Text::tr("Decided at"), utcText(x.decidedAt)});
        fields.append({Text::tr("Rationale"),
                       x.rationale.isEmpty() ? Text::tr("(none: criteria met)") : x.rationale});
        doc.addFields(fields);
    }
}

// The start of a criterion's words, enough to name it: "Nonsegmental Vitiligo".
QString shortTitle(const QString& text)
{
    constexpr int longest = 60;
    const qsizetype stop = text.indexOf(QRegularExpression(u"[.:;]"_s));
    QString title = stop > 0 ? text.left(stop) : text;
    if (title.size() > longest)
        title = title.left(title.lastIndexOf(u' ', longest)).trimmed() + u'…';
    return title;
}

void addChecklist(Document& doc, const CaseDossier& d)
{
    const Decision* decided = d.decision();
    const bool atDecision = decided && !decided->evaluation.isEmpty();
    doc.addHeading(atDecision ? Text::tr("Criteria as evaluated at the decision")
                              : Text::tr("Criteria as evaluated now (no decision yet)"));
    const QJsonObject determination = d.checklist.value(u"determination"_s).toObject();
    doc.addParagraph(Text::tr("Evaluation: %1. Request date %2.")
                         .arg(determination.value(u"summary"_s).toString(),
                              d.checklist.value(u"requestDate"_s).toString()));
    const QDateTime until = atDecision ? decided->decidedAt : QDateTime();
    // Branches that do not apply to the case (another diagnosis, another request type) are
    // left out but for one line naming them: the record is about this case.
    QStringList leftOut;
    const auto table = [&](const QString& key, bool conditions) {
        doc.addTable({Text::tr("Criterion"), Text::tr("Status"), Text::tr("Reason")}, {46, 13, 41});
        int skipBelow = -1; // the depth of the branch being left out
        for (const QJsonValue& v : d.checklist.value(key).toArray()) {
            const QJsonObject n = v.toObject();
            const QString id = n.value(u"id"_s).toString();
            const QString text = n.value(u"text"_s).toString();
            const int depth = n.value(u"depth"_s).toInt();
            const Status stored =
                statusFromId(n.value(u"status"_s).toString()).value_or(Status::NotApplicable);
            if (skipBelow >= 0 && depth > skipBelow)
                continue;
            skipBelow = -1;
            const CriterionOverride* o = overrideOf(d, id, until);
            if (!conditions && stored == Status::NotApplicable && !o) {
                skipBelow = depth;
                leftOut.append(Text::tr("%1 %2").arg(id, shortTitle(text)));
                continue;
            }
            QString status = statusText(stored, conditions);
            QString reason = n.value(u"reason"_s).toString();
            auto mark = stored == Status::NotMet && !conditions ? DocumentBlock::Mark::Strong
                                                                : DocumentBlock::Mark::None;
            if (o) {
                status = o->met ? Text::tr("Met (overridden)") : Text::tr("Not met (overridden)");
                reason = Text::tr("%1\nOverridden by %2 on %3: %4")
                             .arg(reason, d.credentialsOf(o->decidedBy, o->role),
                                  utcText(o->decidedAt), o->rationale)
                             .trimmed();
                mark = DocumentBlock::Mark::Shaded;
            }
            // The id is the policy's numbering spelled out ("1.A.ii"), as reviewers say it.
            doc.addRow({Text::tr("%1 %2").arg(id, text), status, reason}, depth, mark);
        }
    };
    table(u"checklist"_s, false);
    if (!leftOut.isEmpty())
        doc.addParagraph(Text::tr("Not applicable to this case, left out: %1.")
                             .arg(leftOut.join(Text::tr("; "))));
    if (!d.checklist.value(u"conditionsNotCovered"_s).toArray().isEmpty()) {
        doc.addHeading(Text::tr("Conditions not covered"));
        table(u"conditionsNotCovered"_s, true);
    }
}

QString sourceText(const StoredFact& f, const CaseDossier& d)
{
    QString how;
    switch (f.source) {
    case FactSource::Entered:
        how = Text::tr("Entered");
        break;
    case FactSource::CarriedOver:
        how = Text::tr("Carried over from an earlier case");
        break;
    case FactSource::Imported:
        how = Text::tr("Imported");
        break;
    }
    return Text::tr("%1 by %2, %3").arg(how, d.nameOf(f.changedBy), utcText(f.changedAt));
}

void addAnswers(Document& doc, const CaseDossier& d)
{
    doc.addHeading(Text::tr("Facts entered"));
    if (d.answers.isEmpty()) {
        doc.addParagraph(Text::tr("No answers are recorded."));
        return;
    }
    const Policy& p = d.policy();
    doc.addTable({Text::tr("Question"), Text::tr("Answer"), Text::tr("Where it came from")},
                 {40, 35, 25});
    for (const StoredFact& f : d.answers) {
        const int index = p.fact(f.factId);
        if (index < 0) {
            // An answer the pinned policy no longer asks: shown as it is stored.
            doc.addRow({f.factId, f.value.toVariant().toString(), sourceText(f, d)});
            continue;
        }
        const FactDefinition& def = p.facts.at(index);
        doc.addRow({def.questionText(), answerText(def, d.facts->value(index)), sourceText(f, d)});
    }
}

void addNotes(Document& doc, const CaseDossier& d)
{
    doc.addHeading(Text::tr("Notes"));
    if (d.notes.isEmpty()) {
        doc.addParagraph(Text::tr("No notes."));
        return;
    }
    for (const Note& n : d.notes) {
        doc.addParagraph(
            Text::tr("%1 — %2").arg(utcText(n.createdAt), d.credentialsOf(n.author, n.role)), true);
        doc.addParagraph(n.text);
    }
}

void addAudit(Document& doc, const CaseDossier& d)
{
    doc.addHeading(Text::tr("Audit trail summary"));
    if (d.audit.isEmpty()) {
        doc.addParagraph(Text::tr("No audit rows for this case."));
        return;
    }
    const AuditEntry& newest = d.audit.last();
    doc.addParagraph(
        Text::tr("%n audit row(s) for this case, from %1 to %2. Newest row %3, hash %4.", nullptr,
                 int(d.audit.size()))
            .arg(d.audit.first().at, newest.at)
            .arg(newest.id)
            .arg(newest.hash));
    // Runs of the same action by the same person (answers typed one after another, the case
    // opened again and again) are one line, so that the summary stays a summary.
    doc.addTable({Text::tr("From (UTC)"), Text::tr("To (UTC)"), Text::tr("Who"), Text::tr("Action"),
                  Text::tr("Rows")},
                 {19, 19, 37, 19, 6});
    for (qsizetype i = 0; i < d.audit.size();) {
        const AuditEntry& first = d.audit[i];
        qsizetype j = i + 1;
        while (j < d.audit.size() && d.audit[j].action == first.action &&
               d.audit[j].account == first.account)
            ++j;
        doc.addRow(
            {first.at.left(19).replace(u'T', u' '), d.audit[j - 1].at.left(19).replace(u'T', u' '),
             d.credentialsOf(first.account, first.role), first.action, QString::number(j - i)});
        i = j;
    }
}

} // namespace

QString utcText(const QDateTime& time)
{
    if (!time.isValid())
        return Text::tr("unknown");
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s;
}

QString ReviewRecord::language()
{
    return u"en"_s;
}

QJsonObject ReviewRecord::checklist(const CaseFacts& facts, QDate requestDate,
                                    const QHash<int, bool>& judged)
{
    const DocumentLanguage planLanguage(language());
    const dates::IsoInText isoDates;
    return EvaluationReport::json(facts, Evaluator::evaluate(facts, requestDate, judged));
}

Document ReviewRecord::build(const CaseDossier& d, const Actor& producedBy,
                             const QDateTime& producedAt)
{
    const DocumentLanguage planLanguage(language());
    Document doc;
    doc.title = Text::tr("Case review record");
    doc.reference = Text::tr("Case %1").arg(d.record.caseNumber);
    doc.notice = Text::tr("Contains protected health information");
    doc.produced = Text::tr("Produced %1 by %2").arg(utcText(producedAt), producedBy.account);
    doc.pageNumbers = Text::tr("Page %1 of %2");
    doc.addTitle(Text::tr("Case review record — %1").arg(d.record.caseNumber));
    addHeader(doc, d);
    addDecisions(doc, d);
    addChecklist(doc, d);
    addAnswers(doc, d);
    addNotes(doc, d);
    addAudit(doc, d);
    return doc;
}

} // namespace urdesk
