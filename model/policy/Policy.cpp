#include "Policy.h"

#include <QCoreApplication>

namespace urdesk {

const QuantityLimit* QuantityRule::limitFor(const QList<QuantityLimit>& limits,
                                            QStringView channel) const
{
    for (const QuantityLimit& l : limits) {
        if (l.channel == channel)
            return &l;
    }
    return nullptr;
}

double QuantityRule::allowedFor(const QuantityLimit* limit, int days)
{
    if (!limit || limit->days <= 0)
        return -1;
    // Pro rata below the limit's period; beyond it, a fill is still held to what one period
    // allows ("30 grams per 30 days" is not 365 grams in one fill).
    return limit->quantity * std::min(days, limit->days) / limit->days;
}

int Policy::node(QStringView nodeId) const
{
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].id == nodeId)
            return int(i);
    }
    return -1;
}

QString Policy::displayName() const
{
    return QCoreApplication::translate("urdesk::Policy", "%1 %2 %3 (revision %4)")
        .arg(payer, number, title, revision);
}

QString Policy::drugName() const
{
    return drugs.isEmpty() ? QString() : drugs.first().name;
}

CountUnit Policy::unitIn(const QString& language) const
{
    if (!drugs.isEmpty() && !drugs.first().unit.one.isEmpty())
        return drugs.first().translatedUnit.value(language, drugs.first().unit);
    if (quantity && !quantity->unit.isEmpty())
        return {quantity->unit, quantity->unit};
    return {};
}

QString Policy::amountText(double count, const QLocale& locale, const QString& language) const
{
    const QString figure = locale.toString(count, 'g', 12);
    const CountUnit unit = unitIn(language);
    if (unit.one.isEmpty())
        return figure;
    return figure + u' ' + (count == 1 ? unit.one : unit.many);
}

void Policy::resolve(DrugMention& drug, Indication indication) const
{
    drug.lists = drug.undecided = drug.classCovers = 0;
    if (!vocabulary || drugSets.isEmpty())
        return;
    const DrugRecognizer recognizer(*vocabulary);
    const RecognisedDrug recognised = recognizer.recognise(drug.drug);
    const DrugMatcher matcher(*vocabulary, drugSets.first().parts.value(0));
    for (int i = 0; i < drugSets.size(); ++i) {
        Match found = Match::No;
        bool wholeClass = false;
        for (const DrugSetPart& part : drugSets.at(i).parts) {
            found = either(found, matcher.match(recognised, drug, indication, part));
            wholeClass = wholeClass || matcher.namesWholeClass(recognised, part);
        }
        const DrugListMask bit = DrugListMask(1) << i;
        if (found == Match::Yes)
            drug.lists |= bit;
        else if (found == Match::Unknown)
            drug.undecided |= bit;
        if (wholeClass)
            drug.classCovers |= bit;
    }
    // Courses of the same ingredients are one drug, whatever else their strings say
    // ("tacrolimus 0.1% ointment (Glenmark)"); otherwise the same words are.
    QStringList key;
    for (const DrugComponent& c : recognised.components) {
        QStringList ids;
        for (int index : c.ingredients)
            ids.append(vocabulary->ingredients().at(index).id);
        if (!ids.isEmpty())
            key.append(ids.join(u'|'));
    }
    key.sort();
    drug.key = !key.isEmpty() ? key.join(u'+') : drug.drug.toCaseFolded().simplified();
    drug.recognisedAs =
        recognised.components.isEmpty() ? QString() : recognizer.describe(recognised);
    drug.listedPotency = recognizer.potency(recognised);
    drug.unknownWords = recognised.unknownWords();
    drug.saysSample = recognised.sample;
    drug.doubts = recognised.doubts;
    drug.statedDays = recognised.statedDays.value_or(0);
    // "Flovent PRN", "Humira (discontinued)": what it is is known, how it was used is not;
    // nothing counts on it until the reviewer corrects the course.
    if (!drug.doubts.isEmpty())
        drug.doubt({});
    drug.routeNeeded = drug.route.isEmpty() ? routeDecides(recognised)
                                            : !recognised.routes.isEmpty() &&
                                                  !recognised.routes.contains(drug.route);
    drug.ambiguous = std::any_of(
        recognised.components.cbegin(), recognised.components.cend(),
        [](const DrugComponent& c) { return c.ingredients.size() > 1 || !c.drugClass.isEmpty(); });
}

bool Policy::routeDecides(const RecognisedDrug& drug) const
{
    for (const DrugComponent& c : drug.components) {
        for (int index : c.ingredients) {
            const DrugVocabulary::Ingredient& in = vocabulary->ingredients().at(index);
            QList<QStringList> seen;
            // Routes the string states that the ingredient is not used by: asked.
            for (const QString& r : drug.routes) {
                if (!in.routes.contains(r))
                    return true;
            }
            for (auto it = in.routes.cbegin(); it != in.routes.cend(); ++it) {
                if (!drug.routes.isEmpty() && !drug.routes.contains(it.key()))
                    continue;
                if (!seen.isEmpty() && !seen.contains(it.value()))
                    return true;
                seen.append(it.value());
            }
        }
    }
    return false;
}

QString Policy::nodeTitle(int index) const
{
    // "1. Mild to Moderate Atopic Dermatitis": the number and the first sentence.
    const CriterionNode& n = nodes.at(size_t(index));
    const qsizetype stop = n.text.indexOf(u". ");
    const QString heading = stop > 0 ? n.text.left(stop) : n.text;
    if (n.label.isEmpty() || heading.startsWith(n.label))
        return heading;
    return n.label + u' ' + heading;
}

} // namespace urdesk
