#pragma once

#include "AccountStore.h"
#include "CaseFacts.h"
#include "CaseStore.h"

#include <QHash>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace urdesk {

// Everything the documents about one case say, read from the store in one go: the intake,
// the answers with where they came from, notes, decisions, overrides, the case's audit rows
// and the people named in them.
struct CaseDossier
{
    CaseRecord record;
    std::shared_ptr<const CaseFacts> facts; // bound to the pinned policy revision
    QList<StoredFact> answers;              // in the policy's order
    QList<Note> notes;
    QList<Decision> decisions;
    QList<CriterionOverride> overrides;
    QList<InformationRequest> informationRequests;
    QList<AuditEntry> audit;
    QHash<QString, Account> people; // by user name
    // The checklist the documents show (EvaluationReport::json): the one the latest decision
    // was made on, or, for a case not decided yet, the evaluation of its answers now.
    QJsonObject checklist;

    static Result<CaseDossier> read(const CaseStore& store, qint64 caseId);

    const Policy& policy() const { return facts->policy(); }
    const Decision* decision() const { return decisions.isEmpty() ? nullptr : &decisions.last(); }
    // "Dr. Mina Director", or the user name when the account is unknown.
    QString nameOf(const QString& userName) const;
    // "Mina Director, Medical director, MD 12345"
    QString credentialsOf(const QString& userName, const QString& role) const;
};

} // namespace urdesk
