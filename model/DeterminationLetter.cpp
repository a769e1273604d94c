#include "DeterminationLetter.h"

#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(urdesk::DeterminationLetter)
};

// Policies write these in capitals for emphasis; in a letter they are ordinary words.
const QStringList emphasisWords = {u"ALL"_s, u"ONE"_s,     u"TWO"_s,     u"THREE"_s,  u"AND"_s,
                                   u"OR"_s,  u"NOT"_s,     u"BOTH"_s,    u"EITHER"_s, u"ANY"_s,
                                   u"NO"_s,  u"RENEWAL"_s, u"INITIAL"_s, u"NONE"_s};

// Dates and amounts as the member's language writes them.
class LetterFormat final
{
public:
    explicit LetterFormat(const LetterWords& words)
        : m_words(words)
        , m_locale(words.locale)
    {}

    QString date(const QDate& d) const { return m_locale.toString(d, m_words.dateFormat); }
    QString amount(double quantity, const Policy& p, std::optional<int> days) const
    {
        QString q = m_locale.toString(quantity, 'g', 12);
        if (p.quantity && !p.quantity->unit.isEmpty())
            q = q + u' ' + p.quantity->unit;
        return days ? m_words.quantity.arg(q).arg(m_locale.toString(*days)) : q;
    }

private:
    const LetterWords& m_words;
    QLocale m_locale;
};

bool isConditionNotCovered(const Policy& p, int node)
{
    for (int n = node; n >= 0; n = p.nodes[size_t(n)].parent) {
        if (p.conditionsNotCovered.contains(n))
            return true;
    }
    return false;
}

} // namespace

QString DeterminationLetter::plainCriterion(const CriterionNode& node,
                                            const QHash<QString, QString>& glossary)
{
    if (!node.plain.isEmpty())
        return node.plain;
    static const QRegularExpression capitals(
        u"\\b[A-Za-z0-9]*[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*\\b"_s);
    QString text = node.text;
    QStringList explained;
    qsizetype from = 0;
    for (QRegularExpressionMatch m = capitals.match(text, from); m.hasMatch();
         m = capitals.match(text, from)) {
        const QString word = m.captured(0);
        QString replacement = word;
        if (emphasisWords.contains(word)) {
            replacement = word.toLower();
        } else if (const auto it = glossary.constFind(word);
                   it != glossary.cend() && !explained.contains(word)) {
            explained.append(word);
            // Already spelled out in the policy's words: "topical corticosteroid (TCS)".
            if (!text.contains(u'(' + word + u')'))
                replacement = Text::tr("%1 (%2)").arg(*it, word);
        }
        text.replace(m.capturedStart(), m.capturedLength(), replacement);
        from = m.capturedStart() + replacement.size();
    }
    return text;
}

namespace {

// The values and lists of a decision's letter; returns which letter it is.
LetterKit::Kind decisionValues(const CaseDossier& d, const Decision& decision, const LetterKit& kit,
                               const LetterFormat& format, QHash<QString, QString>& values,
                               QHash<QString, QStringList>& lists)
{
    const Policy& p = d.policy();
    const Intake& i = d.record.intake;
    const LetterWords& words = kit.words(i.memberLanguage);
    const QDate decided = decision.decidedAt.toUTC().date();
    const int appealDays = kit.plan().appealDays.value(i.lineOfBusiness, 60);
    const QString requested = values.value(u"requested.quantity"_s);
    const QString approved = decision.approvedQuantity
                                 ? format.amount(*decision.approvedQuantity, p, i.daysSupply)
                                 : requested;
    values.insert({
        {u"date"_s, format.date(decided)},
        {u"decision.date"_s, format.date(decided)},
        {u"approval.quantity"_s, approved},
        {u"approval.start"_s, format.date(decision.approvalStart)},
        {u"approval.end"_s, format.date(decision.approvalEnd)},
        {u"reviewer.name"_s, d.nameOf(decision.decidedBy)},
        {u"appeal.deadline"_s, format.date(decided.addDays(appealDays))},
        {u"appeal.days"_s, QString::number(appealDays)},
    });
    QStringList criteria;
    // What was asked against what was approved, in the decision's own numbers, first: the
    // requirements below explain the difference; the policy's limit may be another number.
    // Without two quantities to set side by side, what was cut is the period.
    if (decision.outcome == CaseStatus::PartiallyApproved) {
        const bool lessQuantity =
            i.quantity && decision.approvedQuantity && *decision.approvedQuantity != *i.quantity;
        criteria.append(lessQuantity ? words.partial.arg(requested, approved)
                                     : words.partialPeriod.arg(format.date(decision.approvalStart),
                                                               format.date(decision.approvalEnd)));
    }
    for (const QString& id : decision.criteria) {
        const int n = p.node(id);
        if (n < 0)
            continue;
        const QString plain =
            DeterminationLetter::plainCriterion(p.nodes[size_t(n)], kit.glossary());
        criteria.append(
            (isConditionNotCovered(p, n) ? words.notCovered : words.criterion).arg(plain, id));
    }
    lists.insert(u"criteria"_s, criteria);
    if (decision.outcome == CaseStatus::Denied)
        return LetterKit::Kind::Denial;
    if (decision.outcome == CaseStatus::PartiallyApproved)
        return LetterKit::Kind::PartialApproval;
    return LetterKit::Kind::Approval;
}

} // namespace

Result<Document> DeterminationLetter::build(const CaseDossier& d, const LetterKit& kit,
                                            const QDateTime& producedAt)
{
    using R = Result<Document>;
    const Decision* decision = d.decision();
    // A pended case's letter asks for what is missing; a decided case's says the decision.
    const bool asksForInformation =
        !decision && d.record.status == CaseStatus::Pended && !d.informationRequests.isEmpty();
    if (!decision && !asksForInformation)
        return R::failure(Text::tr("case %1 has no determination yet: there is no letter to write")
                              .arg(d.record.caseNumber));
    const Policy& p = d.policy();
    const Intake& i = d.record.intake;
    const DocumentLanguage memberLanguage(i.memberLanguage);
    const PlanDetails& plan = kit.plan();
    const LetterWords& words = kit.words(i.memberLanguage);
    const LetterFormat format(words);
    const QString requested =
        i.quantity ? format.amount(*i.quantity, p, i.daysSupply) : words.quantityAsked;
    QHash<QString, QString> values{
        {u"plan.name"_s, plan.name},
        {u"plan.address"_s, plan.address},
        {u"plan.phone"_s, plan.phone},
        {u"plan.tty"_s, plan.tty},
        {u"plan.hours"_s, words.hours},
        {u"plan.appealsAddress"_s, plan.appealsAddress},
        {u"member.name"_s, i.memberName},
        {u"member.id"_s, i.memberId},
        {u"member.birthDate"_s, format.date(i.memberBirthDate)},
        {u"prescriber.name"_s, i.prescriberName},
        {u"prescriber.npi"_s, i.prescriberNpi},
        {u"drug"_s, QString(i.drug + u' ' + i.strength).trimmed()},
        {u"case.number"_s, d.record.caseNumber},
        {u"policy.payer"_s, p.payer},
        {u"policy.number"_s, p.number},
        {u"policy.title"_s, p.title},
        {u"requested.quantity"_s, requested},
    };
    QHash<QString, QStringList> lists;
    LetterKit::Kind kind = LetterKit::Kind::InformationRequest;
    if (asksForInformation) {
        const InformationRequest& request = d.informationRequests.last();
        values.insert(u"date"_s, format.date(request.requestedAt.toUTC().date()));
        values.insert(u"information.due"_s, format.date(request.dueOn));
        values.insert(u"requester.name"_s, d.nameOf(request.requestedBy));
        lists.insert(u"missing"_s, request.items);
    } else {
        kind = decisionValues(d, *decision, kit, format, values, lists);
    }

    Document doc;
    doc.title = plan.name;
    doc.reference = words.reference.arg(d.record.caseNumber, i.memberId);
    doc.notice = words.questions.arg(plan.phone, plan.tty, words.hours);
    doc.produced = words.printed.arg(format.date(producedAt.toUTC().date()));
    doc.pageNumbers = words.pageNumbers;
    kit.letter(kind, i.memberLanguage).fill(doc, values, lists);
    return doc;
}

} // namespace urdesk
