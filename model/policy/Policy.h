#pragma once

#include "Criterion.h"
#include "DrugMatcher.h"
#include "Fact.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>

#include <vector>

namespace urdesk {

// A set of drugs a criterion names, in the policy's words: a closed list ("Litfulo or
// Olumiant": only those) or an open class ("topical corticosteroid": any member, the printed
// ones being examples), with the routes and purpose that count.
struct DrugSet
{
    QString id;
    QString title;
    QString source;
    bool closed = false;
    QStringList examples;     // an open class's examples as the policy prints them
    QStringList includes;     // other sets whose drugs belong to this one too
    QList<DrugSetPart> parts; // its own, then those of the sets it includes
};

// A drug the policy covers.
// What a drug is counted in when dispensed, as a letter writes a quantity of it.
struct CountUnit
{
    QString one;  // "tablet"
    QString many; // "tablets"
};

struct CoveredDrug
{
    QString name;
    QString generic; // its ingredient in the drug vocabulary
    QString form;
    QHash<QString, QString> translatedForm; // language -> the form in it ("crema al 1.5 %")
    CountUnit unit;
    QHash<QString, CountUnit> translatedUnit; // language -> the unit in it ("tabletas")
    QString route; // where the ingredient has several ("ruxolitinib": cream, not tablets)
    QStringList aliases;
};

struct QuantityLimit
{
    QString channel; // retail, homeDelivery
    double quantity = 0;
    int days = 0;
};

// A drug-quantity-management rule: the standard limit per channel and the larger one an
// exception allows when the policy's criteria are met.
struct QuantityRule
{
    QString product;
    QString unit;
    QList<QuantityLimit> standard;
    QList<QuantityLimit> exception;

    const QuantityLimit* limitFor(const QList<QuantityLimit>& limits, QStringView channel) const;
    // The largest quantity allowed for `days` of supply on `channel`: pro rata up to the
    // limit's period, and no more than the period's quantity beyond it; -1 if none.
    static double allowedFor(const QuantityLimit* limit, int days);
};

// A coverage policy as data.
struct Policy
{
    enum class Kind
    {
        PriorAuthorization,
        QuantityLimit
    };

    QString id;
    QString payer;
    QString title;
    QString number;
    QString revision;
    QDate effectiveDate;
    QString document; // the source document's name
    Kind kind = Kind::PriorAuthorization;
    QList<CoveredDrug> drugs;
    // Days in a month of an approval (Leqselvi: "1 month is equal to 30 days"); 0: calendar.
    int approvalMonthLengthDays = 0;

    QList<FactDefinition> facts;
    QHash<QString, int> factIndex;
    // Indices of the facts every case shares, resolved once so that evaluation never looks a
    // fact up by name.
    struct SharedFacts
    {
        int birthDate = -1;
        int requestType = -1;
        int specialty = -1;
        int consultedSpecialty = -1;
        int therapies = -1;
        int currentDrugs = -1;
        int quantity = -1;
        int daysSupply = -1;
        int channel = -1;
    } shared;
    QList<DrugSet> drugSets; // index 0 is the drug under review itself
    const DrugVocabulary* vocabulary = nullptr;
    std::vector<CriterionNode> nodes;
    int root = -1;
    QList<int> conditionsNotCovered; // nodes that, when met, exclude coverage
    std::optional<Duration> defaultApproval;
    std::optional<QuantityRule> quantity;

    int fact(QStringView factId) const { return factIndex.value(factId.toString(), -1); }
    int node(QStringView id) const;
    QString displayName() const; // "Cigna IP0369 Opzelura (revision 2024-11-15)"
    QString drugName() const;
    // What the drug under review is counted in, in `language`: the drug's unit, else the
    // quantity rule's ("g"); empty only when the policy has neither.
    CountUnit unitIn(const QString& language) const;
    // A quantity of it with its unit, with `locale`'s numbers: "60 tablets",
    // "2 plumas o jeringas precargadas".
    QString amountText(double quantity, const QLocale& locale, const QString& language) const;
    // Recognises a drug a case names and finds the drug sets it belongs to, certainly or
    // perhaps (the reviewer must then classify it).
    void resolve(DrugMention& drug, Indication indication) const;
    // Whether the drug's classes differ by the routes it may be used by.
    bool routeDecides(const RecognisedDrug& drug) const;
    // The id path a reviewer says: "1.C.ii"
    QString nodeTitle(int node) const;
};

} // namespace urdesk
