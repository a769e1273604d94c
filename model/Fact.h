#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace urdesk {

// What kind of answer a fact takes; the form and the case-file reader follow it.
enum class FactType
{
    YesNo,     // true / false
    Number,    // with unit and valid range
    Date,      // one date
    Dates,     // a list of dated events ("courses of systemic corticosteroids")
    Choice,    // one of the options
    Multi,     // any number of the options
    Therapies, // the therapy history
    Drugs,     // other drugs the member takes now
};

QString factTypeName(FactType type);

struct FactOption
{
    QString id;
    QString label;
};

// One question a policy needs answered, as a reviewer reads it.
struct FactDefinition
{
    QString id;
    QString label;    // short name used in reasons: "BSA involvement"
    QString question; // as the reviewer reads it
    QString help;     // quotes the policy
    QString source;
    FactType type = FactType::YesNo;
    QString unit;
    std::optional<double> minimum;
    std::optional<double> maximum;
    bool integer = false;
    QList<FactOption> options;
    int askWhen = -1; // node index of the condition under which the question is asked

    QString shortName() const { return label.isEmpty() ? question : label; }
    int optionIndex(QStringView optionId) const;
    QString optionLabel(QStringView optionId) const;
};

// What came of a therapy the member tried.
enum class TherapyOutcome
{
    None, // still taking it, or no outcome documented
    Failure,
    InadequateResponse,
    Intolerance,
    Contraindication,
};

QString therapyOutcomeId(TherapyOutcome outcome);
std::optional<TherapyOutcome> therapyOutcomeFromId(QStringView id);
QString therapyOutcomeText(TherapyOutcome outcome);

enum class Potency
{
    Unknown = 0,
    Low = 1,
    Medium = 2,
    High = 3,
    SuperHigh = 4
};

QString potencyId(Potency potency);
std::optional<Potency> potencyFromId(QStringView id);
QString potencyText(Potency potency);

using DrugListMask = quint64;

// One course of a drug in the therapy history. A gap in therapy is two courses.
struct TherapyEntry
{
    QString drug;
    QString drugClass; // a class id; filled from the drug lists when the drug is on one
    Potency potency = Potency::Unknown;
    QDate start;
    QDate end; // null while ongoing
    TherapyOutcome outcome = TherapyOutcome::None;
    bool sample = false; // samples never satisfy a criterion

    // Resolved against the policy when the entry is set on a case.
    DrugListMask lists = 0;
    Potency effectivePotency = Potency::Unknown;

    bool ongoing() const { return !end.isValid(); }
    friend bool operator==(const TherapyEntry& a, const TherapyEntry& b)
    {
        return a.drug == b.drug && a.drugClass == b.drugClass && a.potency == b.potency &&
               a.start == b.start && a.end == b.end && a.outcome == b.outcome &&
               a.sample == b.sample;
    }
};

// A drug the member takes now, other than the one requested.
struct CurrentDrug
{
    QString drug;
    QString drugClass;
    DrugListMask lists = 0;

    friend bool operator==(const CurrentDrug& a, const CurrentDrug& b)
    {
        return a.drug == b.drug && a.drugClass == b.drugClass;
    }
};

using FactValue = std::variant<std::monostate, bool, double, QDate, QList<QDate>, QString,
                               QStringList, QList<TherapyEntry>, QList<CurrentDrug>>;

} // namespace urdesk
