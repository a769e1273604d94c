#pragma once

#include "DrugVocabulary.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace urdesk {

// One part of a drug string: an ingredient (or, where a name means either, several that it
// may be), a class the string names ("topical steroids"), or words URDesk does not know.
struct DrugComponent
{
    QList<int> ingredients; // indexes into the vocabulary's ingredients
    QString drugClass;
    QString unknown;
};

// What a drug string says: its parts, and the route, strength and vehicle it states.
struct RecognisedDrug
{
    QList<DrugComponent> components;
    QStringList routes; // the routes its words or its product allow; empty: not stated
    std::optional<double> strength; // percent
    QString vehicle;
    Potency statedPotency = Potency::Unknown; // "low potency topical steroids"
    bool sample = false;                       // the string says it was a sample
    QStringList doubts; // words that make its use unsure ("PRN", "discontinued")
    std::optional<int> statedDays; // a duration the string states ("x 10 days"), in days

    bool recognised() const; // something was found, and nothing is left unknown or unsure
    QStringList unknownWords() const;
};

// Reads pharmacy strings ("Xeljanz (tofacitinib) 5 mg", "TACROLIMUS 0.1% OINT",
// "BUDESONIDE-FORMOTEROL 160-4.5 MCG/ACT", "adalimumab-adaz") against the vocabulary.
class DrugRecognizer final
{
public:
    explicit DrugRecognizer(const DrugVocabulary& vocabulary)
        : m_vocabulary(vocabulary)
    {}

    RecognisedDrug recognise(const QString& text) const;
    // A topical corticosteroid's potency from its strength and vehicle; Unknown when the
    // vocabulary cannot tell (no strength, or two potencies possible).
    Potency potency(const RecognisedDrug& drug) const;
    // "tofacitinib, oral JAK inhibitor"; "budesonide + formoterol, inhaled"; the words it
    // does not recognise are left out (empty when nothing was recognised).
    QString describe(const RecognisedDrug& drug) const;

private:
    QStringList commonRoutes(const RecognisedDrug& drug) const;

    const DrugVocabulary& m_vocabulary;
};

} // namespace urdesk
