#pragma once

#include "DrugRecognizer.h"
#include "Fact.h"

#include <QString>
#include <QStringList>

namespace urdesk {

// A part of a policy's drug set: named ingredients (a closed list: only these count) or
// classes (an open class: any member counts, listed as an example or not), limited to the
// routes that count and, where the policy says so, to use for one diagnosis.
struct DrugSetPart
{
    QStringList ingredients; // closed list
    QStringList classes;     // open class
    QStringList routes;      // expanded route ids; empty: any route
    QString purpose;         // a diagnosis the use must be for ("atopicDermatitis"); empty: any
    bool includesRequested = false; // only the set of the drug under review itself
};

// Yes if either is; otherwise Unknown if either may be; otherwise No.
Match either(Match a, Match b);

// Decides whether a drug a case names belongs to a drug set: Yes, No, or Unknown when the
// vocabulary cannot tell (words it does not know, a route not given, a purpose not stated).
class DrugMatcher final
{
public:
    // `requested`: the drug under review, which is never "another" drug of a set.
    DrugMatcher(const DrugVocabulary& vocabulary, DrugSetPart requested);

    Match match(const RecognisedDrug& drug, const DrugMention& given, Indication indication,
                const DrugSetPart& part) const;
    // The drug names a whole class that covers the part ("topical steroids" for a topical
    // corticosteroid trial): a documented intolerance to it excuses the trial at any potency.
    bool namesWholeClass(const RecognisedDrug& drug, const DrugSetPart& part) const;
    // Whether an ingredient, used by a route, is one the part names or of a class it names.
    static bool holds(const DrugVocabulary& vocabulary, const DrugVocabulary::Ingredient& in,
                      const QString& route, const DrugSetPart& part);

private:
    // The routes to weigh: the reviewer's, where the string allows it; none when it does not.
    static std::optional<QStringList> routesOf(const RecognisedDrug& drug,
                                               const DrugMention& given);
    Match component(const DrugComponent& c, const QStringList& stated, const DrugMention& given,
                    Indication indication, const DrugSetPart& part) const;
    Match ingredientBy(const DrugVocabulary::Ingredient& in, const QString& route,
                       Indication indication, const DrugSetPart& part) const;
    Match namedClass(const QString& id, const QStringList& routes, Indication indication,
                     const DrugSetPart& part) const;
    // Whether every drug of class `id` used by these routes is of class `wanted`: a
    // "steroid cream" is a topical corticosteroid, a "steroid" alone may not be.
    Match membersByRoute(const QString& id, const QStringList& routes,
                         const QString& wanted) const;
    static Match purposeOf(Indication indication);

    const DrugVocabulary& m_vocabulary;
    DrugSetPart m_requested;
};

} // namespace urdesk
