#pragma once

#include <QDate>
#include <QHash>
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
    QHash<QString, QString> translated; // language -> label, where the policy gives one
    // The label in currentLanguage(), else the policy's.
    QString text() const;
};

// A question's words in a language other than the policy's own.
struct FactWords
{
    QString label;
    QString question;
    QString help;
    QString unit;
};

// One question a policy needs answered, as a reviewer reads it.
struct FactDefinition
{
    QString id;
    QString label;                        // short name used in reasons: "BSA involvement"
    QString question;                     // as the reviewer reads it
    QString help;                         // quotes the policy
    QHash<QString, FactWords> translated; // language -> the same, where the policy gives them
    QString source;
    FactType type = FactType::YesNo;
    QString unit;
    std::optional<double> minimum;
    std::optional<double> maximum;
    bool integer = false;
    QList<FactOption> options;
    int askWhen = -1; // node index of the condition under which the question is asked

    // The words in currentLanguage() (the interface's, or the document's being written),
    // else the policy's own.
    QString questionText() const;
    QString helpText() const;
    // The unit a number is in ("days", "días"), in the language being written.
    QString unitText() const;
    QString shortName() const;
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

// Whether a drug belongs to something: a policy's drug set, or being the drug under review.
// Unknown when URDesk cannot tell (a drug it does not recognise, a route not given): the
// reviewer classifies it, and until then nothing that depends on it is met.
enum class Match : quint8
{
    No,
    Yes,
    Unknown
};

// What a course was for, where a policy asks ("for the treatment of AD").
enum class Indication : quint8
{
    Unstated,
    ThisCondition,  // the condition the request is for
    OtherCondition, // listed only because it is taken (a biologic for asthma)
};

QString indicationId(Indication indication);
std::optional<Indication> indicationFromId(QStringView id);

// A drug as a case names it, with what the reviewer added where URDesk could not tell.
struct DrugMention
{
    QString drug;
    QString drugClass;    // the reviewer's class for words URDesk does not recognise
    QString route;        // the reviewer's route, where the drug's classes depend on it
    QString classifiedBy; // who gave the class or route, as the record names them

    // Resolved against the policy and the vocabulary when the answer is set on a case.
    DrugListMask lists = 0;       // the policy's drug sets it certainly belongs to
    DrugListMask undecided = 0;   // sets it may belong to: the reviewer must classify it
    DrugListMask classCovers = 0; // sets whose whole class it names ("topical steroids")
    QString key;                  // its ingredients: courses with the same key are one drug
    QString recognisedAs;         // "tofacitinib, oral JAK inhibitor"; empty: not recognised
    Potency listedPotency = Potency::Unknown; // from its strength and vehicle
    QStringList unknownWords;                 // words of it URDesk does not recognise
    bool routeNeeded = false;                 // its classes depend on a route not given
    bool ambiguous = false;  // it names a class, or a name that means several drugs
    bool saysSample = false; // its words say it was a sample ("Protopic 0.1% samples")
    QStringList doubts;      // its words make its use unsure ("PRN", "discontinued")
    int statedDays = 0;      // a duration its words state ("x 10 days"); 0: none

    // Something makes how it was used unsure: nothing counts on it until it is corrected.
    void doubt(const QString& why)
    {
        if (!why.isEmpty())
            doubts.append(why);
        undecided |= lists;
        lists = 0;
    }

    bool sameAnswer(const DrugMention& o) const
    {
        return drug == o.drug && drugClass == o.drugClass && route == o.route &&
               classifiedBy == o.classifiedBy;
    }
};

// One course of a drug in the therapy history. A gap in therapy is two courses.
struct TherapyEntry : DrugMention
{
    Potency potency = Potency::Unknown; // given by the reviewer
    QDate start;
    QDate end; // null while ongoing
    TherapyOutcome outcome = TherapyOutcome::None;
    bool sample = false; // samples never satisfy a criterion
    Indication indication = Indication::Unstated;

    Potency effectivePotency = Potency::Unknown; // the reviewer's, else the vocabulary's

    bool ongoing() const { return !end.isValid(); }
    bool isSample() const { return sample || saysSample; }
    friend bool operator==(const TherapyEntry& a, const TherapyEntry& b)
    {
        return a.sameAnswer(b) && a.potency == b.potency && a.start == b.start && a.end == b.end &&
               a.outcome == b.outcome && a.sample == b.sample && a.indication == b.indication;
    }
};

// A drug the member takes now, other than the one requested.
struct CurrentDrug : DrugMention
{
    friend bool operator==(const CurrentDrug& a, const CurrentDrug& b) { return a.sameAnswer(b); }
};

using FactValue = std::variant<std::monostate, bool, double, QDate, QList<QDate>, QString,
                               QStringList, QList<TherapyEntry>, QList<CurrentDrug>>;

} // namespace urdesk
