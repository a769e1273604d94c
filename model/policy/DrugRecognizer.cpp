#include "DrugRecognizer.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(urdesk::DrugRecognizer)
};

bool hasLetter(const QString& word)
{
    for (QChar c : word) {
        if (c.isLetter())
            return true;
    }
    return false;
}

bool hasDigit(const QString& word)
{
    for (QChar c : word) {
        if (c.isDigit())
            return true;
    }
    return false;
}

// A word with digits that says only how much or how often: "5mg", "0.5ml", "q2w", "tb24".
bool saysNothing(const QString& word)
{
    static const QRegularExpression amount(
        uR"(^(\d+(\.\d+)?|\.\d+)(mg|mcg|µg|ug|g|gm|gram|grams|kg|ml|l|iu|units?|meq|mmol|act|puffs?|tabs?|caps?|x|hrs?|h|d|days?|wks?|weeks?|mos?|months?|st|nd|rd|th)?$)"_s);
    static const QRegularExpression frequency(uR"(^q\d+(h|hr|hrs|d|w|wk|wks|m|mo)?$)"_s);
    static const QRegularExpression formCode(uR"(^(tb|tr|cp|cr|er|xr|dr|sr|el)\d+$)"_s);
    return hasDigit(word) && (amount.match(word).hasMatch() || frequency.match(word).hasMatch() ||
                              formCode.match(word).hasMatch());
}

std::optional<double> percent(const QString& word)
{
    if (!word.endsWith(u'%'))
        return std::nullopt;
    bool ok = false;
    const double v = word.chopped(1).toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

// Routes both sides allow; either side empty allows all.
QStringList narrowed(const QStringList& routes, const QStringList& by)
{
    if (routes.isEmpty())
        return by;
    if (by.isEmpty())
        return routes;
    QStringList out;
    for (const QString& r : routes) {
        if (by.contains(r))
            out.append(r);
    }
    return out;
}

} // namespace

bool RecognisedDrug::recognised() const
{
    if (components.isEmpty() || !doubts.isEmpty())
        return false;
    for (const DrugComponent& c : components) {
        if (!c.unknown.isEmpty())
            return false;
    }
    return true;
}

QStringList RecognisedDrug::unknownWords() const
{
    QStringList out;
    for (const DrugComponent& c : components) {
        if (!c.unknown.isEmpty())
            out.append(c.unknown);
    }
    return out;
}

RecognisedDrug DrugRecognizer::recognise(const QString& text) const
{
    RecognisedDrug out;
    // A biosimilar's four-letter suffix ("adalimumab-adaz") names the same ingredient.
    QString s = text.toCaseFolded();
    static const QRegularExpression suffix(uR"(\b([a-z]{4,})-[a-z]{4}\b)"_s);
    for (auto it = suffix.globalMatch(s); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const DrugVocabulary::Word* w = m_vocabulary.word(m.captured(1));
        if (w && !w->ingredients.isEmpty())
            s.replace(m.capturedStart(), m.capturedLength(),
                      m.captured(1).leftJustified(m.capturedLength(), u' '));
    }
    // A duration written into the string ("x 10 days", "for 2 weeks"), but not a dosing
    // interval ("every 2 weeks", "q2w") or a supply ("per 30 days", "30 day supply").
    static const QRegularExpression duration(
        uR"((?<!every )(?<!per )\b(\d+)\s*(days?|weeks?|wks?|months?|mos?)\b(?!\s*supply))"_s);
    if (const QRegularExpressionMatch m = duration.match(s); m.hasMatch()) {
        const int n = m.captured(1).toInt();
        const QChar unit = m.captured(2).at(0);
        out.statedDays = unit == u'd' ? n : unit == u'w' ? n * 7 : n * 30;
    }
    // A name run into its strength ("Xeljanz5mg") is the name and the strength.
    QStringList words;
    static const QRegularExpression runTogether(uR"(^([a-z]{3,})(\d.*)$)"_s);
    for (const QString& w : drugWords(s)) {
        const QRegularExpressionMatch m = runTogether.match(w);
        if (m.hasMatch() && m_vocabulary.word(m.captured(1)))
            words << m.captured(1) << m.captured(2);
        else
            words << w;
    }

    QStringList stated;   // routes the words state, narrowed word by word
    bool routeConflict = false;
    bool swallowed = false;
    QStringList productRoutes;
    QString unknown;
    auto flushUnknown = [&] {
        if (!unknown.isEmpty()) {
            out.components.append({{}, {}, unknown});
            unknown.clear();
        }
    };
    auto addIngredients = [&](const QList<int>& ingredients) {
        for (const DrugComponent& c : std::as_const(out.components)) {
            if (c.ingredients == ingredients)
                return; // "Xeljanz (tofacitinib)": one drug named twice
        }
        out.components.append({ingredients, {}, {}});
    };

    for (qsizetype i = 0; i < words.size();) {
        const DrugVocabulary::Word* found = nullptr;
        qsizetype length = 0;
        for (qsizetype n = std::min<qsizetype>(m_vocabulary.longestPhrase(), words.size() - i);
             n > 0 && !found; --n) {
            found = m_vocabulary.word(words.mid(i, n).join(u' '));
            length = n;
        }
        const QString& w = words.at(i);
        if (!found) {
            if (const auto p = percent(w)) {
                out.strength = p;
            } else if (hasLetter(w) && !saysNothing(w)) {
                // A word URDesk does not know ("zetomipzomib", "INCB018424") is a part of
                // the drug it cannot classify.
                unknown += unknown.isEmpty() ? w : u' ' + w;
                ++i;
                continue;
            }
            flushUnknown();
            ++i;
            continue;
        }
        flushUnknown();
        if (!found->products.isEmpty()) {
            const DrugVocabulary::Product& p = m_vocabulary.products().at(found->products.first());
            for (const QString& id : p.ingredients)
                addIngredients({m_vocabulary.ingredientIndex(id)});
            productRoutes = narrowed(productRoutes, p.routes);
            if (!p.doubt.isEmpty())
                out.doubts.append(p.doubt);
            if (p.strength && !out.strength)
                out.strength = p.strength;
            if (!p.vehicle.isEmpty() && out.vehicle.isEmpty())
                out.vehicle = p.vehicle;
        } else if (!found->ingredients.isEmpty()) {
            addIngredients(found->ingredients);
        } else if (!found->drugClass.isEmpty()) {
            out.components.append({{}, found->drugClass, {}});
        }
        if (found->routes == QStringList{u"swallowed"_s}) {
            // An inhaler or a nebule swallowed ("swallowed fluticasone MDI") is swallowed.
            swallowed = true;
        } else if (!found->routes.isEmpty()) {
            const QStringList next = narrowed(stated, found->routes);
            if (next.isEmpty())
                routeConflict = true; // "cream" and "tablet": the reviewer says which
            else
                stated = next;
        }
        if (!found->vehicle.isEmpty())
            out.vehicle = found->vehicle;
        if (found->potency != Potency::Unknown)
            out.statedPotency = found->potency;
        out.sample = out.sample || found->sample;
        if (found->doubt)
            out.doubts.append(words.mid(i, length).join(u' '));
        i += length;
    }
    flushUnknown();
    if (swallowed)
        out.routes = {u"swallowed"_s};
    else if (!routeConflict)
        out.routes = narrowed(stated, productRoutes);
    if (out.routes.isEmpty() && !routeConflict)
        out.routes = commonRoutes(out);
    return out;
}

QStringList DrugRecognizer::commonRoutes(const RecognisedDrug& drug) const
{
    // Ingredients named together are used together: "BUDESONIDE-FORMOTEROL 160-4.5" can
    // only be inhaled, since formoterol is only inhaled. A drug used one way only is used so.
    QStringList routes;
    int ingredients = 0;
    for (const DrugComponent& c : drug.components) {
        if (c.ingredients.size() != 1)
            continue;
        const QStringList own = m_vocabulary.ingredients().at(c.ingredients.first()).routes.keys();
        if (ingredients++ == 0)
            routes = own;
        else
            routes.removeIf([&](const QString& r) { return !own.contains(r); });
    }
    return (ingredients > 1 || routes.size() == 1) ? routes : QStringList();
}

Potency DrugRecognizer::potency(const RecognisedDrug& drug) const
{
    // A potency the string names ("mild steroid cream") stands where no strength says one.
    Potency found = Potency::Unknown;
    if (drug.statedPotency != Potency::Unknown && !drug.strength)
        return drug.statedPotency;
    for (const DrugComponent& c : drug.components) {
        for (int index : c.ingredients) {
            const DrugVocabulary::Ingredient& in = m_vocabulary.ingredients().at(index);
            if (in.potency.isEmpty())
                continue; // not a topical corticosteroid ("clotrimazole" of Lotrisone)
            QList<Potency> possible;
            for (const DrugVocabulary::TopicalPotency& t : in.potency) {
                if (drug.strength && std::abs(t.strength - *drug.strength) > 1e-9)
                    continue;
                if (!drug.vehicle.isEmpty() && !t.vehicles.isEmpty() &&
                    !t.vehicles.contains(drug.vehicle))
                    continue;
                if (!possible.contains(t.potency))
                    possible.append(t.potency);
            }
            if (possible.size() != 1)
                return Potency::Unknown;
            if (found != Potency::Unknown && found != possible.first())
                return Potency::Unknown;
            found = possible.first();
        }
    }
    return found;
}

QString DrugRecognizer::describe(const RecognisedDrug& drug) const
{
    QStringList parts;
    QStringList classes;
    for (const DrugComponent& c : drug.components) {
        if (!c.unknown.isEmpty()) {
            continue; // said by whoever shows it: "not recognised: ..."
        } else if (!c.drugClass.isEmpty()) {
            const DrugVocabulary::Class* k = m_vocabulary.drugClass(c.drugClass);
            parts.append(k ? k->title : c.drugClass);
        } else {
            QStringList names;
            for (int index : c.ingredients) {
                const DrugVocabulary::Ingredient& in = m_vocabulary.ingredients().at(index);
                names.append(in.id);
                // Its classes by the routes this string allows.
                for (auto it = in.routes.cbegin(); it != in.routes.cend(); ++it) {
                    if (!drug.routes.isEmpty() && !drug.routes.contains(it.key()))
                        continue;
                    for (const QString& id : it.value()) {
                        const DrugVocabulary::Class* k = m_vocabulary.drugClass(id);
                        if (k && !classes.contains(k->title))
                            classes.append(k->title);
                    }
                }
            }
            parts.append(names.join(Text::tr(" or ")));
        }
    }
    QString text = parts.join(u" + "_s);
    if (!classes.isEmpty())
        text += u", "_s + classes.join(u", "_s);
    if (drug.routes.size() == 1) {
        if (const DrugVocabulary::Route* r = m_vocabulary.route(drug.routes.first()))
            text += u", "_s + r->title;
    }
    return text;
}

} // namespace urdesk
