#pragma once

#include "Criterion.h"
#include "Fact.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace urdesk {

struct DrugListEntry
{
    QString name;
    QStringList aliases; // brand and generic names
    Potency potency = Potency::Unknown;
    QString detail; // mechanism of action, potency class, as the list prints it
};

// A named drug list: an appendix table, a potency class, a drug class.
struct DrugList
{
    QString id;
    QString title;
    QString drugClass;
    QString source;
    QList<DrugListEntry> drugs;
    QStringList includes; // other lists whose drugs belong to this one too
};

// A drug the policy covers.
struct CoveredDrug
{
    QString name;
    QString generic;
    QString form;
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
    // The largest quantity allowed for `days` of supply on `channel`, pro rata; -1 if none.
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
    QList<DrugList> drugLists; // index 0 is the covered drugs themselves
    std::vector<CriterionNode> nodes;
    int root = -1;
    QList<int> conditionsNotCovered; // nodes that, when met, exclude coverage
    std::optional<Duration> defaultApproval;
    std::optional<QuantityRule> quantity;

    // Lookups by drug name: for every list, the normalized names and their potency.
    QList<QHash<QString, Potency>> drugNames;
    QList<QStringList> drugListClasses; // per list: the classes it covers, its own and included

    int fact(QStringView factId) const { return factIndex.value(factId.toString(), -1); }
    int node(QStringView id) const;
    QString displayName() const; // "Cigna IP0369 Opzelura (revision 2024-11-15)"
    QString drugName() const;
    // Which lists a drug belongs to, by its name or its class, and its potency.
    DrugListMask listsFor(const QString& drug, const QString& drugClass, Potency* potency) const;
    // The id path a reviewer says: "1.C.ii"
    QString nodeTitle(int node) const;
};

// "Clobetasol  Propionate®" -> "clobetasol propionate", for matching names.
QString normalizedDrugName(const QString& name);

} // namespace urdesk
