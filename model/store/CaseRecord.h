#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace urdesk {

struct Policy;

// Where a case stands. The moves allowed between statuses are enforced by the store.
enum class CaseStatus
{
    New,
    InReview,
    Pended,
    Referred,
    Approved,
    PartiallyApproved,
    Denied,
    Withdrawn,
};

QString caseStatusId(CaseStatus status); // "inReview"
std::optional<CaseStatus> caseStatusFromId(QStringView id);
QString caseStatusText(CaseStatus status); // "In review"
bool isOpen(CaseStatus status);

QStringList lineOfBusinessIds();            // commercial, medicarePartD, medicaid
QString lineOfBusinessText(QStringView id); // "Medicare Part D"
QStringList urgencyIds();                   // standard, expedited
QString urgencyText(QStringView id);        // "Expedited"
bool canMove(CaseStatus from, CaseStatus to);

// What a prior-authorization request says at intake.
struct Intake
{
    QString lineOfBusiness; // commercial, medicarePartD, medicaid
    QString urgency;        // standard, expedited
    QDateTime receivedAt;   // UTC
    QString memberId;
    QString memberName;
    QDate memberBirthDate;
    QString drug;
    QString strength; // strength and form as requested: "1.5% cream", "300 mg/2 mL pen"
    std::optional<double> quantity;
    std::optional<int> daysSupply;
    QString channel;
    QString prescriberName;
    QString prescriberNpi;
    QString prescriberSpecialty;
    QString policyId;
    QString requestType; // initial, continuation
    QString assignee;
    QString memberLanguage = QStringLiteral("en"); // the letters': supportedLanguages()
};

struct CaseRecord
{
    qint64 id = 0;
    QString caseNumber;
    Intake intake;
    QString policyRevision; // pinned at intake
    QDateTime dueAt;        // UTC
    CaseStatus status = CaseStatus::New;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDate informationDue; // pended: when the information asked for is due back
};

// What a reviewer asked the prescriber to send, and by when, when pending a case.
struct InformationRequest
{
    qint64 id = 0;
    QString requestedBy;
    QString role;
    QDateTime requestedAt;
    QDate dueOn;
    QStringList items; // one thing to send each, in the reviewer's words
};

// Where an answer came from.
enum class FactSource
{
    Entered,
    CarriedOver,
    Imported
};
QString factSourceId(FactSource source);

struct StoredFact
{
    QString factId;
    QJsonValue value;
    FactSource source = FactSource::Entered;
    QString changedBy;
    QDateTime changedAt;
};

struct Note
{
    qint64 id = 0;
    QString author;
    QString role;
    QDateTime createdAt;
    QString text;
};

// Answers a request arrives with (birth date, request type, prescriber's specialty, quantity,
// days supply, channel), as the store and case files keep them.
using Answers = QList<std::pair<QString, QJsonValue>>;
Answers intakeAnswers(const Intake& intake);

// A determination: what was decided, by whom, why, and for how long and how much.
struct Decision
{
    qint64 id = 0;
    CaseStatus outcome = CaseStatus::Approved; // approved, partially approved or denied
    QString decidedBy;
    QString role;
    QDateTime decidedAt;
    QString rationale;
    QDate approvalStart;
    QDate approvalEnd;
    std::optional<double> approvedQuantity;
    QStringList criteria;   // a denial: the specific unmet criteria it rests on (node ids)
    QJsonObject evaluation; // the checklist as it stood when the decision was made
};

// A medical director's judgment on one criterion, replacing the evaluation's.
struct CriterionOverride
{
    qint64 id = 0;
    QString criterionId;
    bool met = true;
    QString decidedBy;
    QString role;
    QDateTime decidedAt;
    QString rationale;
};

// A case's overrides as Evaluator::evaluate() takes them: the latest of each criterion
// stands, and a criterion the policy does not have is left out.
QHash<int, bool> judgedCriteria(const Policy& policy, const QList<CriterionOverride>& overrides);

struct Attachment
{
    qint64 id = 0;
    QString fileName;
    QString mediaType;
    qint64 size = 0;
    QString sha256;
    QString addedBy;
    QDateTime addedAt;
    bool sentLetter = false; // a letter exported from the case, not a document received
};

// One row of the case queue.
struct CaseSummary
{
    qint64 id = 0;
    QString caseNumber;
    QString memberId;
    QString memberName;
    QString drug;
    QString policyId;
    QString lineOfBusiness;
    QString urgency;
    CaseStatus status = CaseStatus::New;
    QDateTime receivedAt;
    QDateTime dueAt;
    QString assignee;
    QDate informationDue; // pended: when the information asked for is due back
};

// The queue's order: by one column, then by due date.
enum class CaseSort
{
    DueAt,
    CaseNumber,
    MemberName,
    Drug,
    Policy,
    LineOfBusiness,
    Urgency,
    Status,
    Assignee,
};

// Which cases the queue shows, in which order; empty fields do not filter.
struct CaseFilter
{
    QList<CaseStatus> statuses;
    QString urgency;
    QString lineOfBusiness;
    QString assignee;
    QString search; // words of a case number, member id or member name
    int limit = 100;
    int offset = 0;
    CaseSort sort = CaseSort::DueAt;
    bool descending = false;
};

} // namespace urdesk
