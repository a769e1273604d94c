#include "DrugMatcher.h"

namespace urdesk {

Match either(Match a, Match b)
{
    if (a == Match::Yes || b == Match::Yes)
        return Match::Yes;
    if (a == Match::Unknown || b == Match::Unknown)
        return Match::Unknown;
    return Match::No;
}

DrugMatcher::DrugMatcher(const DrugVocabulary& vocabulary, DrugSetPart requested)
    : m_vocabulary(vocabulary)
    , m_requested(std::move(requested))
{}

Match DrugMatcher::match(const RecognisedDrug& drug, const DrugMention& given,
                         Indication indication, const DrugSetPart& part) const
{
    const std::optional<QStringList> routes = routesOf(drug, given);
    if (!routes)
        return Match::Unknown; // the reviewer's route is not one the string allows
    if (drug.components.isEmpty()) {
        // Nothing recognised in the words ("5 mg"): only the reviewer's class says anything.
        if (given.drugClass.isEmpty())
            return Match::Unknown;
        return namedClass(given.drugClass, *routes, indication, part);
    }
    Match result = Match::No;
    for (const DrugComponent& c : drug.components)
        result = either(result, component(c, *routes, given, indication, part));
    return result;
}

std::optional<QStringList> DrugMatcher::routesOf(const RecognisedDrug& drug,
                                                 const DrugMention& given)
{
    if (given.route.isEmpty())
        return drug.routes;
    // The reviewer says how a drug is used where the string does not; it cannot contradict
    // what the string says ("Jakafi tablets" are not topical).
    if (!drug.routes.isEmpty() && !drug.routes.contains(given.route))
        return std::nullopt;
    return QStringList{given.route};
}

bool DrugMatcher::namesWholeClass(const RecognisedDrug& drug, const DrugSetPart& part) const
{
    // Only the string's own words name a class ("topical corticosteroids", "steroid
    // allergy"); a reviewer's class for one unrecognised drug is about that drug, and "low
    // potency topical steroids" are not the whole class.
    if (part.classes.isEmpty() || drug.statedPotency != Potency::Unknown || drug.strength)
        return false;
    // "hydrocortisone 2.5% cream (topical steroid)" is one drug, named with its class.
    if (std::any_of(drug.components.cbegin(), drug.components.cend(),
                    [](const DrugComponent& c) { return !c.ingredients.isEmpty(); }))
        return false;
    for (const DrugComponent& c : drug.components) {
        if (!c.drugClass.isEmpty() &&
            std::all_of(part.classes.cbegin(), part.classes.cend(), [&](const QString& k) {
                return m_vocabulary.classWithin(k, c.drugClass);
            }))
            return true;
    }
    return false;
}

Match DrugMatcher::component(const DrugComponent& c, const QStringList& stated,
                             const DrugMention& given, Indication indication,
                             const DrugSetPart& part) const
{
    if (!c.unknown.isEmpty()) {
        // Words URDesk does not know: the reviewer's class for them, or nothing is certain.
        if (given.drugClass.isEmpty())
            return Match::Unknown;
        return namedClass(given.drugClass, stated, indication, part);
    }
    if (!c.drugClass.isEmpty())
        return namedClass(c.drugClass, stated, indication, part);

    // An ingredient, or several a name may mean: each by each route it may be used by.
    bool first = true;
    Match result = Match::Unknown;
    for (int index : c.ingredients) {
        const DrugVocabulary::Ingredient& in = m_vocabulary.ingredients().at(index);
        QStringList routes;
        for (const QString& r : stated) {
            if (in.routes.contains(r))
                routes.append(r);
        }
        if (routes.isEmpty())
            routes = stated.isEmpty() ? in.routes.keys() : stated;
        for (const QString& r : std::as_const(routes)) {
            const Match m = ingredientBy(in, r, indication, part);
            if (first)
                result = m;
            else if (m != result)
                return Match::Unknown; // the route or the ingredient decides: the reviewer says
            first = false;
        }
    }
    return result;
}

Match DrugMatcher::ingredientBy(const DrugVocabulary::Ingredient& in, const QString& route,
                                Indication indication, const DrugSetPart& part) const
{
    if (!in.routes.contains(route))
        return Match::Unknown; // a use the vocabulary does not know of
    if (!part.includesRequested && m_requested.ingredients.contains(in.id) &&
        (m_requested.routes.isEmpty() || m_requested.routes.contains(route)))
        return Match::No; // the drug under review is never "another" drug
    if (!holds(m_vocabulary, in, route, part))
        return Match::No;
    if (part.purpose.isEmpty())
        return Match::Yes;
    // "For the treatment of AD": a course for another condition is not, whatever its label.
    if (indication == Indication::OtherCondition)
        return Match::No;
    return in.labelledFor.contains(part.purpose) ? Match::Yes : purposeOf(indication);
}

bool DrugMatcher::holds(const DrugVocabulary& vocabulary, const DrugVocabulary::Ingredient& in,
                        const QString& route, const DrugSetPart& part)
{
    const auto classes = in.routes.constFind(route);
    if (classes == in.routes.cend() || (!part.routes.isEmpty() && !part.routes.contains(route)))
        return false;
    if (part.ingredients.contains(in.id))
        return true;
    return std::any_of(classes->cbegin(), classes->cend(), [&](const QString& k) {
        return std::any_of(part.classes.cbegin(), part.classes.cend(), [&](const QString& wanted) {
            return vocabulary.classWithin(k, wanted);
        });
    });
}

Match DrugMatcher::namedClass(const QString& id, const QStringList& routes, Indication indication,
                              const DrugSetPart& part) const
{
    if (id == u"other")
        return Match::No;
    if (!part.routes.isEmpty() && !routes.isEmpty() &&
        std::none_of(routes.cbegin(), routes.cend(),
                     [&](const QString& r) { return part.routes.contains(r); }))
        return Match::No;
    Match result = Match::No;
    for (const QString& wanted : part.classes) {
        if (m_vocabulary.classWithin(id, wanted)) {
            // A class within the wanted one: every member counts, by a route that counts.
            const bool routeKnown = part.routes.isEmpty() || !routes.isEmpty();
            result = either(result, routeKnown ? Match::Yes : Match::Unknown);
        } else if (m_vocabulary.classesOverlap(id, wanted)) {
            // Some of its members count, some not; the route may settle it ("steroid cream").
            result = either(result, routes.isEmpty() ? Match::Unknown
                                                     : membersByRoute(id, routes, wanted));
        }
    }
    for (const QString& listed : part.ingredients) {
        // A closed list: a class is not a named drug, though it may be one of them.
        if (const DrugVocabulary::Ingredient* in = m_vocabulary.ingredient(listed)) {
            for (const QStringList& classes : in->routes) {
                for (const QString& k : classes) {
                    if (m_vocabulary.classWithin(k, id))
                        result = either(result, Match::Unknown);
                }
            }
        }
    }
    if (result == Match::Yes && !part.purpose.isEmpty())
        return purposeOf(indication);
    return result;
}

Match DrugMatcher::membersByRoute(const QString& id, const QStringList& routes,
                                  const QString& wanted) const
{
    bool found = false;
    bool some = false;
    bool all = true;
    for (const QString& r : routes) {
        for (const QStringList& classes : m_vocabulary.classesOfMembers(id, r)) {
            const bool member = std::any_of(classes.cbegin(), classes.cend(), [&](const QString& k) {
                return m_vocabulary.classWithin(k, wanted);
            });
            found = true;
            some = some || member;
            all = all && member;
        }
    }
    if (!found || (some && !all))
        return Match::Unknown;
    return some ? Match::Yes : Match::No;
}

Match DrugMatcher::purposeOf(Indication indication)
{
    switch (indication) {
    case Indication::ThisCondition:
        return Match::Yes;
    case Indication::OtherCondition:
        return Match::No;
    case Indication::Unstated:
        break;
    }
    return Match::Unknown;
}

} // namespace urdesk
