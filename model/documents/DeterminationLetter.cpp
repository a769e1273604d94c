#include "DeterminationLetter.h"

#include "AnswerText.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QJsonArray>
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

// The dose a requested strength starts with: "300 mg" and its "/2 mL" of "300 mg/2 mL pen",
// "1.5%" of "1.5% cream"; no match where it starts with none.
QRegularExpressionMatch leadingDose(const QString& strength)
{
    static const QRegularExpression dose(
        u"^\\s*(?<amount>\\d+(?:\\.\\d+)?)\\s*(?<unit>mg\\b|mcg\\b|%)"
        "(?:\\s*/\\s*\\d+(?:\\.\\d+)?\\s*mL)?"_s);
    return dose.match(strength);
}

// Dates and amounts as the member's language writes them.
class LetterFormat final
{
public:
    LetterFormat(const LetterWords& words, const QString& language)
        : m_words(words)
        , m_locale(words.locale)
        , m_language(language)
    {}

    QString date(const QDate& d) const { return m_locale.toString(d, m_words.dateFormat); }
    // "2 prefilled pens or syringes (300 mg each) every 28 days": the count in the drug's
    // unit, the dose of each where the strength starts with one, and the days it lasts.
    QString amount(double quantity, const Policy& p, const QString& strength,
                   std::optional<int> days) const
    {
        QString q = p.amountText(quantity, m_locale, m_language);
        if (const QString dose = doseOf(strength); !dose.isEmpty())
            q = m_words.dose.arg(q, dose);
        return days ? m_words.quantity.arg(q).arg(m_locale.toString(*days)) : q;
    }

private:
    // "300 mg" of "300 mg/2 mL pen"; nothing of "1.5% cream", whose unit says it all.
    static QString doseOf(const QString& strength)
    {
        const QRegularExpressionMatch m = leadingDose(strength);
        if (!m.hasMatch() || m.captured(u"unit") == u"%")
            return {};
        return m.captured(u"amount") + u' ' + m.captured(u"unit");
    }

    const LetterWords& m_words;
    QLocale m_locale;
    QString m_language;
};

// The strength and form as the member reads them: the policy's form in the member's language
// where the request names it as the policy does ("1.5% cream" is "crema al 1.5 %"). Where the
// request gives a dose and a device in English ("300 mg/2 mL pen") and the member reads
// another language, the dose stays and the policy's form in that language follows it
// ("300 mg/2 mL, inyección subcutánea"); what else a reviewer typed stays as typed.
QString formIn(const Policy& p, const QString& strength, const QString& language)
{
    for (const CoveredDrug& drug : p.drugs) {
        if (drug.form.compare(strength.trimmed(), Qt::CaseInsensitive) == 0)
            return drug.translatedForm.value(language, strength);
    }
    const QRegularExpressionMatch m = leadingDose(strength);
    if (m.hasMatch() && !p.drugs.isEmpty() && p.drugs.first().translatedForm.contains(language))
        return m.captured(0).trimmed() + u", "_s + p.drugs.first().translatedForm.value(language);
    return strength;
}

bool isConditionNotCovered(const Policy& p, int node)
{
    for (int n = node; n >= 0; n = p.nodes[size_t(n)].parent) {
        if (p.conditionsNotCovered.contains(n))
            return true;
    }
    return false;
}

} // namespace

QString DeterminationLetter::plainCriterion(const CriterionNode& node, const QString& language,
                                            const QHash<QString, QString>& glossary)
{
    for (const QString& l : {language, u"en"_s}) {
        if (const QString plain = node.plain.value(l); !plain.isEmpty())
            return plain;
    }
    return spelledOut(node.text, glossary);
}

QString DeterminationLetter::spelledOut(QString text, const QHash<QString, QString>& glossary)
{
    static const QRegularExpression capitals(
        u"\\b[A-Za-z0-9]*[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*\\b"_s);
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

// The statuses of the checklist a decision was made on, by criterion id.
QHash<QString, QString> statusesOf(const QJsonObject& checklist)
{
    QHash<QString, QString> out;
    for (const QString& part : {u"checklist"_s, u"conditionsNotCovered"_s}) {
        for (const QJsonValue& v : checklist.value(part).toArray())
            out.insert(v[u"id"].toString(), v[u"status"].toString());
    }
    return out;
}

// The facts a criterion rests on, in policy order: its own, and those of the criteria under
// it that were not met or lacked information when it was decided (a group's reason is in the
// parts that failed, not in those that passed or did not apply).
QList<int> factsBehind(const Policy& p, int node, const QHash<QString, QString>& statuses)
{
    QList<int> out = p.nodes[size_t(node)].facts;
    for (int child : p.nodes[size_t(node)].children) {
        const QString status = statuses.value(p.nodes[size_t(child)].id);
        if (status != u"notMet"_s && status != u"missing"_s)
            continue;
        for (int f : factsBehind(p, child, statuses)) {
            if (!out.contains(f))
                out.append(f);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

// What the case's answers say of the facts a criterion rests on, in the letter's language:
// the reason tied to the member's own records ("Your records show body surface area (BSA):
// 25 %."). English abbreviations are spelled out from the glossary; other languages' labels
// carry their own.
QString recordsShow(const CaseDossier& d, int node, const QString& language, const LetterKit& kit,
                    const LetterFormat& format)
{
    const Policy& p = d.policy();
    const LetterWords& words = kit.words(language);
    const auto plain = [&](const QString& text) {
        return language == u"en"_s ? DeterminationLetter::spelledOut(text, kit.glossary()) : text;
    };
    QStringList sentences;
    for (int f : factsBehind(p, node, statusesOf(d.checklist))) {
        const FactDefinition& def = p.facts.at(f);
        const FactValue& value = d.facts->value(f);
        const QString what = plain(def.shortName());
        if (std::holds_alternative<std::monostate>(value)) {
            sentences.append(words.recordsSilent.arg(what));
            continue;
        }
        const QString answer =
            answerText(def, value, [&](QDate date) { return format.date(date); });
        sentences.append(words.recordsShow.arg(what, plain(answer).replace(u'\n', u"; "_s)));
    }
    return sentences.join(u' ');
}

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
    const QString approved = decision.approvedQuantity ? format.amount(*decision.approvedQuantity,
                                                                       p, i.strength, i.daysSupply)
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
        const CriterionNode& node = p.nodes[size_t(n)];
        const QString plain =
            DeterminationLetter::plainCriterion(node, i.memberLanguage, kit.glossary());
        // A condition not covered in the policy's words needs saying that it is one; its
        // plain sentence says so itself.
        const bool saysItself = !node.plain.isEmpty();
        const QString records = recordsShow(d, n, i.memberLanguage, kit, format);
        criteria.append(
            (isConditionNotCovered(p, n) && !saysItself ? words.notCovered : words.criterion)
                .arg(plain, records)
                .trimmed());
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
    const LetterFormat format(words, i.memberLanguage);
    const QString requested =
        i.quantity ? format.amount(*i.quantity, p, i.strength, i.daysSupply) : words.quantityAsked;
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
        {u"drug"_s, QString(i.drug + u' ' + formIn(p, i.strength, i.memberLanguage)).trimmed()},
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
