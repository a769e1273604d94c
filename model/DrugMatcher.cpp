#include "DrugMatcher.h"

namespace urdesk {

namespace {

// Yes if any part is; otherwise Unknown if any part may be; otherwise No.
Match either(Match a, Match b)
{
    if (a == Match::Yes || b == Match::Yes)
        return Match::Yes;
    if (a == Match::Unknown || b == Match::Unknown)
        return Match::Unknown;
    return Match::No;
}

} // namespace

DrugMatcher::DrugMatcher(const DrugVocabulary& vocabulary, DrugSetPart requested)
    : m_vocabulary(vocabulary)
    , m_requested(std::move(requested))
{}

Match DrugMatcher::match(const RecognisedDrug& drug, const DrugMention& given,
                         Indication indication, const DrugSetPart& part) const
{
    if (drug.components.isEmpty()) {
        // Nothing recognised in the words ("5 mg"): only the reviewer's class says anything.
        if (given.drugClass.isEmpty())
            return Match::Unknown;
        const QStringList routes = given.route.isEmpty() ? drug.routes : QStringList{given.route};
        return namedClass(given.drugClass, routes, indication, part);
    }
    Match result = Match::No;
    for (const DrugComponent& c : drug.components)
        result = either(result, component(c, drug, given, indication, part));
    return result;
}

bool DrugMatcher::namesWholeClass(const RecognisedDrug& drug, const DrugMention& given,
                                  const DrugSetPart& part) const
{
    if (part.classes.isEmpty())
        return false;
    for (const DrugComponent& c : drug.components) {
        const QString named = !c.drugClass.isEmpty() ? c.drugClass
                              : !c.unknown.isEmpty() ? given.drugClass
                                                     : QString();
        if (named.isEmpty())
            continue;
        bool covers = true;
        for (const QString& k : part.classes)
            covers = covers && m_vocabulary.classWithin(k, named);
        if (covers)
            return true;
    }
    return drug.components.isEmpty() && !given.drugClass.isEmpty() &&
           std::all_of(part.classes.cbegin(), part.classes.cend(), [&](const QString& k) {
               return m_vocabulary.classWithin(k, given.drugClass);
           });
}

Match DrugMatcher::component(const DrugComponent& c, const RecognisedDrug& drug,
                             const DrugMention& given, Indication indication,
                             const DrugSetPart& part) const
{
    const QStringList stated = given.route.isEmpty() ? drug.routes : QStringList{given.route};
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
    const auto classes = in.routes.constFind(route);
    if (classes == in.routes.cend())
        return Match::Unknown; // a use the vocabulary does not know of
    if (!part.routes.isEmpty() && !part.routes.contains(route))
        return Match::No;
    if (!part.includesRequested && m_requested.ingredients.contains(in.id) &&
        (m_requested.routes.isEmpty() || m_requested.routes.contains(route)))
        return Match::No; // the drug under review is never "another" drug
    bool member = part.ingredients.contains(in.id);
    for (const QString& k : *classes) {
        for (const QString& wanted : part.classes)
            member = member || m_vocabulary.classWithin(k, wanted);
    }
    if (!member)
        return Match::No;
    if (part.purpose.isEmpty() || in.labelledFor.contains(part.purpose))
        return Match::Yes;
    return purposeOf(indication);
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
        } else if (classesOverlap(id, wanted)) {
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
    for (const DrugVocabulary::Ingredient& in : m_vocabulary.ingredients()) {
        for (const QString& r : routes) {
            const QStringList classes = in.routes.value(r);
            const auto within = [&](const QString& c) {
                return std::any_of(classes.cbegin(), classes.cend(), [&](const QString& k) {
                    return m_vocabulary.classWithin(k, c);
                });
            };
            if (!within(id))
                continue;
            const bool member = within(wanted);
            found = true;
            some = some || member;
            all = all && member;
        }
    }
    if (!found || (some && !all))
        return Match::Unknown;
    return some ? Match::Yes : Match::No;
}

bool DrugMatcher::classesOverlap(const QString& a, const QString& b) const
{
    for (const DrugVocabulary::Class& k : m_vocabulary.classes()) {
        if (m_vocabulary.classWithin(k.id, a) && m_vocabulary.classWithin(k.id, b))
            return true;
    }
    return false;
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
