#pragma once

#include "AccountStore.h"
#include "AuditTrail.h"
#include "CaseFacts.h"
#include "CaseRecord.h"
#include "Database.h"
#include "PolicyCatalog.h"

#include <functional>
#include <memory>

namespace urdesk {

// Cases in the database: intake, answers with where they came from, notes and status moves.
// Each user action is one write transaction together with its audit rows, so a case never
// has a change without its record. This is the only place that knows the cases' SQL.
class CaseStore final
{
public:
    CaseStore(std::shared_ptr<Database> database, const PolicyCatalog& catalog);

    Database& database() const { return *m_database; }
    const std::shared_ptr<Database>& sharedDatabase() const { return m_database; }
    const PolicyCatalog& catalog() const { return m_catalog; }

    // Opens a case: numbers it, pins the policy revision in effect, computes its due time,
    // and records the intake's answers. `carriedOver`: answers from an earlier case of the
    // member, kept (marked as carried over) where the case's policy asks the same question
    // and the answer fits it.
    Result<CaseRecord> createCase(const Actor& actor, const Intake& intake,
                                  const Answers& carriedOver = {});
    // Brings in cases made elsewhere (another system, or the seeder), in one transaction:
    // each with its status and answers (marked imported), the decision made there if any,
    // and its own audit row. Gives the cases as saved, numbered.
    struct Import
    {
        Intake intake;
        CaseStatus status = CaseStatus::New;
        QList<std::pair<QString, QJsonValue>> facts;
        std::optional<Decision> decision; // who decided, when and how, as recorded there
        QList<Note> notes;                // as written there, by whom and when
        QList<InformationRequest> informationRequests;
    };
    Result<QList<CaseRecord>> importCases(const Actor& actor, const QList<Import>& cases);

    // A reviewer opening a case to read it: recorded, so the trail shows who looked at whose
    // record.
    Result<CaseRecord> openCase(const Actor& actor, qint64 caseId);
    Result<CaseRecord> loadCase(qint64 caseId) const;
    // Records that case data left the store without changing it (a listing, an export); the
    // roles that may read cases only. caseId 0: not about one case.
    Done recordAccess(const Actor& actor, qint64 caseId, const QString& action,
                      const QJsonObject& detail);
    Result<CaseRecord> findCase(const QString& caseNumber) const;

    // The queue: cases by due date, filtered; and how many match.
    Result<QList<CaseSummary>> queue(const CaseFilter& filter) const;
    // The statement queue() runs and its values, in order (for benchmarks and diagnostics).
    static QString queueStatement(const CaseFilter& filter, QVariantList* values);
    Result<qint64> count(const CaseFilter& filter) const;

    Result<QList<StoredFact>> facts(qint64 caseId) const;
    // Records an answer; refused (with the reason) when it does not fit the fact.
    Done setFact(const Actor& actor, qint64 caseId, const QString& factId, const QJsonValue& value,
                 FactSource source, const QString& reason = {});
    Done clearFact(const Actor& actor, qint64 caseId, const QString& factId,
                   const QString& reason = {});
    // The answers bound to the case's pinned policy, ready for evaluation.
    Result<CaseFacts> caseFacts(qint64 caseId) const;

    Result<QList<Note>> notes(qint64 caseId) const;
    Done addNote(const Actor& actor, qint64 caseId, const QString& text);

    // Moves a case to another status; refused when the move is not allowed from where it is.
    Done moveTo(const Actor& actor, qint64 caseId, CaseStatus to, const QString& reason);
    // Pends a case for the information `items` names, due back on `dueOn` (after today,
    // within maximumInformationDays): the request is kept, and the letter asking for it
    // is written from it.
    Result<InformationRequest> requestInformation(const Actor& actor, qint64 caseId,
                                                  const QStringList& items, const QDate& dueOn);
    Result<QList<InformationRequest>> informationRequests(qint64 caseId) const;
    static constexpr int maximumInformationDays = 30;
    Done assign(const Actor& actor, qint64 caseId, const QString& assignee);

    // Records a determination and moves the case to it, with the evaluation it was made on.
    // A denial or partial approval needs a rationale; the roles allowed come with accounts.
    Result<Decision> decide(const Actor& actor, qint64 caseId, const Decision& decision);
    Result<QList<Decision>> decisions(qint64 caseId) const;
    // Sets a case back to in review, with a written reason, audited; its decision stays in
    // its history. A decided case is reopened only by a medical director; a case awaiting a
    // director also by the nurse it is assigned to, who takes the referral back.
    Done reopen(const Actor& actor, qint64 caseId, const QString& reason);

    // Sets one criterion met or not met by judgment; always with a written rationale.
    Done overrideCriterion(const Actor& actor, qint64 caseId, const QString& criterionId, bool met,
                           const QString& rationale);
    Result<QList<CriterionOverride>> overrides(qint64 caseId) const;

    // Keeps a document the prescriber sent (PDF, image) with the case.
    static constexpr qint64 maximumAttachmentSize = 50 * 1024 * 1024;
    Result<Attachment> addAttachment(const Actor& actor, qint64 caseId, const QString& fileName,
                                     const QString& mediaType, const QByteArray& content);
    // Files an exported letter among the case's documents and records the export
    // (case.exported, with `exportDetail` and the document's id) in one step: a letter that
    // left is never without its copy and its record.
    Result<Attachment> fileLetter(const Actor& actor, qint64 caseId, const QString& fileName,
                                  const QByteArray& pdf, const QJsonObject& exportDetail);
    Result<QList<Attachment>> attachments(qint64 caseId) const;
    Result<QByteArray> attachmentContent(qint64 attachmentId) const;

private:
    // Runs one user action of a signed-in account: its writes and audit rows together.
    using Audit = AuditTrail::Append;
    Done action(const Actor& actor, const std::function<Done(const Audit&)>& work);
    // Whether the actor's role may take this action; a refusal is audited, then returned.
    Done permit(const Actor& actor, std::initializer_list<Role> roles, qint64 caseId,
                const QString& what);
    // The same for what either reviewer, a nurse or a medical director, may do.
    Done permitReviewers(const Actor& actor, qint64 caseId, const QString& what);
    Result<std::shared_ptr<const Policy>> pinnedPolicy(qint64 caseId) const;
    // Inserts a document, inside the caller's transaction; sets a.id.
    Done insertAttachment(qint64 caseId, Attachment& a, const QByteArray& content);
    Result<qint64> insertNote(qint64 caseId, const Note& note);
    Done insertInformationRequest(qint64 caseId, InformationRequest& r);
    // A case's stored answer to one fact, as JSON text, and its source; none when unanswered.
    // Refused when the case is no longer open for review: its answers are what was decided.
    Result<std::optional<std::pair<QString, QString>>> answerToChange(qint64 caseId,
                                                                      const QString& factId) const;
    // Moves a case, inside the caller's transaction, if the move is allowed; returns the
    // case as it was.
    Result<CaseRecord> changeStatus(qint64 caseId, CaseStatus to);
    Done writeStatus(qint64 caseId, CaseStatus to);
    // The request's own fields (birth date, request type, specialty, quantity, days supply,
    // channel) are answers too: an answer to one changes the request, inside the caller's
    // transaction, so that the header, the queue and the letters say what the criteria read.
    Done mirrorIntake(qint64 caseId, const QString& factId, const QJsonValue& value);
    // Refuses, inside the caller's transaction, to change a decided case: its answers, notes
    // and overrides stay as they were decided until it is reopened. The open case, as read.
    Result<CaseRecord> whileOpen(qint64 caseId, const QString& what) const;
    // Inserts answers to a new case, inside the caller's transaction: those the pinned
    // policy asks and that fit it; returns the ones kept.
    Result<QJsonObject> insertAnswers(const CaseRecord& c, const Answers& answers,
                                      FactSource source, const QString& by, bool strict);
    // Inserts a decision row, inside the caller's transaction; returns its id.
    Result<qint64> insertDecision(qint64 caseId, const Decision& decision);
    // Checks and inserts one case, inside the caller's transaction.
    Result<CaseRecord> insertCase(const Intake& intake, CaseStatus status);

    std::shared_ptr<Database> m_database;
    const PolicyCatalog& m_catalog;
};

} // namespace urdesk
