#include "AnswerText.h"

#include "DrugVocabulary.h"
#include "Duration.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(urdesk::AnswerText)
};

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

// "vedolizumab (classified by Ana Ruiz, RN: biologic immunomodulator)": what the reviewer
// added to a drug URDesk could not classify, and who did.
QString drugText(const DrugMention& d)
{
    QStringList given;
    const DrugVocabulary& v = DrugVocabulary::builtin();
    if (const DrugVocabulary::Class* c = v.drugClass(d.drugClass); c && !d.drugClass.isEmpty())
        given.append(c->title);
    if (const DrugVocabulary::Route* r = v.route(d.route); r && !d.route.isEmpty())
        given.append(r->title);
    if (given.isEmpty())
        return d.drug;
    const QString what = given.join(u", "_s);
    return d.classifiedBy.isEmpty()
               ? Text::tr("%1 (classified: %2)").arg(d.drug, what)
               : Text::tr("%1 (classified by %2: %3)").arg(d.drug, d.classifiedBy, what);
}

QString therapyLine(const TherapyEntry& t, const DateText& date)
{
    QString drug = drugText(t);
    if (t.effectivePotency != Potency::Unknown)
        drug = Text::tr("%1 (%2)").arg(drug, potencyText(t.effectivePotency));
    const QString end = t.ongoing() ? Text::tr("ongoing") : date(t.end);
    QString line = t.start.isValid()
                       ? Text::tr("%1: %2 to %3, %4")
                             .arg(drug, date(t.start), end, therapyOutcomeText(t.outcome))
                       : Text::tr("%1: no dates, %2").arg(drug, therapyOutcomeText(t.outcome));
    if (t.sample)
        line = Text::tr("%1 (samples)").arg(line);
    if (t.indication == Indication::ThisCondition)
        line = Text::tr("%1, for this condition").arg(line);
    else if (t.indication == Indication::OtherCondition)
        line = Text::tr("%1, for another condition").arg(line);
    return line;
}

} // namespace

QString answerText(const FactDefinition& fact, const FactValue& value, const DateText& date)
{
    struct Visitor
    {
        const FactDefinition& fact;
        const DateText& date;
        QString operator()(std::monostate) const { return Text::tr("not answered"); }
        QString operator()(bool b) const { return b ? Text::tr("Yes") : Text::tr("No"); }
        QString operator()(double d) const
        {
            const QString unit = fact.unitText();
            return unit.isEmpty() ? number(d) : Text::tr("%1 %2").arg(number(d), unit);
        }
        QString operator()(const QDate& d) const { return date(d); }
        QString operator()(const QList<QDate>& list) const
        {
            if (list.isEmpty())
                return Text::tr("none");
            QStringList out;
            for (const QDate& d : list)
                out.append(date(d));
            return out.join(u", "_s);
        }
        QString operator()(const QString& option) const { return fact.optionLabel(option); }
        QString operator()(const QStringList& options) const
        {
            if (options.isEmpty())
                return Text::tr("none of these");
            QStringList out;
            for (const QString& o : options)
                out.append(fact.optionLabel(o));
            return out.join(u"; "_s);
        }
        QString operator()(const QList<TherapyEntry>& therapies) const
        {
            if (therapies.isEmpty())
                return Text::tr("No therapies tried");
            QStringList out;
            for (const TherapyEntry& t : therapies)
                out.append(therapyLine(t, date));
            return out.join(u'\n');
        }
        QString operator()(const QList<CurrentDrug>& drugs) const
        {
            if (drugs.isEmpty())
                return Text::tr("No other drugs");
            QStringList out;
            for (const CurrentDrug& d : drugs)
                out.append(drugText(d));
            return out.join(u", "_s);
        }
    };
    return std::visit(Visitor{fact, date}, value);
}

} // namespace urdesk
