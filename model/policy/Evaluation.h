#pragma once

#include "Duration.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace urdesk {

enum class Status : quint8
{
    NotApplicable, // the branch does not apply to this case (or was not reached)
    Met,
    NotMet,
    Missing, // information is missing to decide
};

QString statusId(Status status); // "met", "notMet", "missing", "notApplicable"
std::optional<Status> statusFromId(QStringView id);
// The words for a node's status, as the checklist and the review record show them; for a
// condition not covered, whether it applies.
QString statusText(Status status, bool conditionNotCovered);

struct NodeOutcome
{
    Status status = Status::NotApplicable;
    QString reason; // one line naming the facts and numbers used
};

// The quantity part of a drug-quantity-management determination.
struct QuantityOutcome
{
    bool evaluated = false;
    QString unit;
    QString channel;
    double requested = 0;
    int days = 0;
    double standardLimit = 0;  // for the requested days, pro rata
    double exceptionLimit = 0; // likewise, when the exception criteria are met
    double approvable = 0;
    double notApprovable = 0; // goes to a medical director
};

// What the case can come to now.
struct Determination
{
    enum class Kind
    {
        Approvable,
        Pend,
        Refer
    };

    Kind kind = Kind::Pend;
    QString requestType; // initial or continuation
    int branch = -1;     // the met node whose approval duration applies
    Duration approvalDuration;
    QDate approvalStart;
    QDate approvalEnd;
    QuantityOutcome quantity;
    QList<int> missingFacts;       // pend: what to ask the prescriber, in policy order
    QStringList drugQuestions;     // pend: drugs the reviewer classifies ("Kenalog-40: its route")
    QList<int> unmetCriteria;      // refer: the specific criteria not met
    QList<int> conditionsApplying; // refer: conditions not covered that apply
    bool beforePolicy = false;     // refer: the request predates the policy's effective date
    QString contraindicatedDrug;   // refer: the requested drug, recorded as contraindicated
    QString summary;               // one line for the reviewer
};

QString determinationId(Determination::Kind kind); // "approvable", "pend", "refer"

// The result of evaluating one case against one policy on one request date.
struct Evaluation
{
    QDate requestDate;
    std::vector<NodeOutcome> nodes;  // parallel to Policy::nodes
    std::vector<bool> relevantFacts; // parallel to Policy::facts: asked for this case
    Determination determination;

    const NodeOutcome& node(int index) const { return nodes[size_t(index)]; }
};

} // namespace urdesk
