#pragma once

#include "Duration.h"
#include "Fact.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace urdesk {

// A comparison on one fact's answer.
struct FactTest
{
    enum class Op
    {
        IsTrue,
        IsFalse,
        In,           // choice is one of / multi holds any of `options`
        AtLeast,      // number >= a
        AtMost,       // number <= a
        GreaterThan,  // number > a
        LessThan,     // number < a
        Between,      // a <= number <= b
        SinceAtLeast, // date is at least `duration` before the request date, both days counted
        CountWithin,  // at least `a` dates fall within `duration` before the request date
    };
    int fact = -1;
    Op op = Op::IsTrue;
    double a = 0;
    double b = 0;
    QStringList options;
    Duration duration;
    // CountWithin: only dates on which a course of these drug sets ran count ("exacerbations
    // ... while on asthma control therapy").
    DrugListMask during = 0;
};

// The member's age on the request date, in completed years or months.
struct AgeTest
{
    Duration minimum; // Years or Months
};

// A query on the therapy history: "failure to ONE prescription topical corticosteroid
// (medium-potency or higher) applied for at least 28 consecutive days, unless contraindicated
// or intolerant".
struct TherapyTest
{
    DrugListMask lists = 0;     // any course of a drug on one of these lists
    bool requestedDrug = false; // the drug under review itself
    Potency minimumPotency = Potency::Unknown;
    QList<TherapyOutcome> outcomes;      // empty: any outcome
    Duration minimumDuration;            // of one drug's use; when `current`, of the current run
    bool durationStrictlyLonger = false; // "(> 3 months)"
    // "28 consecutive days": the longest run of one drug's courses, refills and dose changes
    // joined where they leave at most a day between them. Otherwise ("at least 12 weeks") the
    // days the drug was used, added up.
    bool consecutive = false;
    Duration within;           // the course ended within this span before the request
    bool current = false;      // taking it on the request date
    Duration adherenceCovered; // "adherent for 90 days ...
    Duration adherenceWindow;  // ... within the past 120 days"
    bool unlessContraindicatedOrIntolerant = false;
};

// One trial of two therapies used together that counts as a trial of each ("concomitant use
// of a TCI and a TCS would meet requirements C and D"): each drug with the outcome and the
// second's potency, used together for at least `minimumDuration`.
struct ConcomitantTest
{
    DrugListMask first = 0;
    DrugListMask second = 0;
    Potency minimumPotency = Potency::Unknown; // of the second
    QList<TherapyOutcome> outcomes;            // of each; empty: any
    Duration minimumDuration;                  // used together
    bool consecutive = false;
};

// The member takes, now, another drug on one of these lists.
struct CurrentDrugTest
{
    DrugListMask lists = 0;
};

// The prescriber is, or consulted, one of these specialists; or, for "a specialist in the
// area of the individual's diagnosis", one of the specialists of the case's diagnosis.
struct PrescriberTest
{
    QStringList specialties;
    int diagnosisFact = -1;
    QHash<QString, QStringList> byDiagnosis;
};

// The requested quantity is more than the policy's standard limit for its channel.
struct QuantityTest
{};

using CriterionTest = std::variant<FactTest, AgeTest, TherapyTest, ConcomitantTest, CurrentDrugTest,
                                   PrescriberTest, QuantityTest>;

// How long an approval under a branch lasts, by request type.
struct ApprovalDuration
{
    std::optional<Duration> initial;
    std::optional<Duration> continuation;
};

// One node of a policy's criteria tree, in the document's own numbering and words.
struct CriterionNode
{
    enum class Kind
    {
        Leaf,
        All,
        One,
        AtLeast,
        Not
    };

    QString id;                    // "1.C.ii", unique in the policy
    QString label;                 // as printed: "ii.", "A)", "Note"; may be empty
    QString text;                  // the policy's words
    QHash<QString, QString> plain; // language -> the same in words a member understands
    QString source;                // where in the document it stands
    Kind kind = Kind::Leaf;
    int required = 0; // AtLeast: how many children must be met
    QList<int> children;
    CriterionTest test;
    int appliesWhen = -1; // node index of a hidden condition; the node is not applicable unless met
    std::optional<ApprovalDuration> approval;
    bool hidden = false; // a condition used by appliesWhen or askWhen, not shown in the checklist
    int parent = -1;
    int depth = 0;
    QList<int> facts; // what a leaf reads, in policy order
};

} // namespace urdesk
