// Decisions and the criteria a medical director overrode.
#include "CaseStore.h"

#include "CaseStoreRows.h"
#include "StoredTime.h"

using namespace Qt::StringLiterals;

namespace urdesk {

using namespace caseStoreRows;

Result<Decision> CaseStore::decide(const Actor& actor, qint64 caseId, const Decision& decision)
{
    using R = Result<Decision>;
    const CaseStatus outcome = decision.outcome;
    if (outcome != CaseStatus::Approved && outcome != CaseStatus::PartiallyApproved &&
        outcome != CaseStatus::Denied)
        return R::failure(Text::tr("a decision approves, partially approves or denies"));
    const bool approves = outcome != CaseStatus::Denied;
    if (Done allowed = approves && outcome == CaseStatus::Approved
                           ? permitReviewers(actor, caseId, Text::tr("approve"))
                           : permit(actor, {Role::MedicalDirector}, caseId,
                                    Text::tr("deny or partially approve"));
        !allowed)
        return R::failure(allowed.error());
    // A medical director decides what did not meet the criteria as they stood: always in
    // writing. A nurse's approval rests on the criteria themselves.
    if (decision.rationale.trimmed().isEmpty() &&
        (!approves || outcome == CaseStatus::PartiallyApproved ||
         actor.role == roleId(Role::MedicalDirector)))
        return R::failure(
            outcome == CaseStatus::Approved
                ? Text::tr("a medical director's approval needs a written rationale")
                : Text::tr("a denial or a partial approval needs a written rationale"));
    if (approves && (!decision.approvalStart.isValid() || !decision.approvalEnd.isValid() ||
                     decision.approvalEnd < decision.approvalStart))
        return R::failure(Text::tr("an approval needs its first and last day, in that order"));
    if (!approves && (decision.approvalStart.isValid() || decision.approvedQuantity))
        return R::failure(Text::tr("a denial approves no dates and no quantity"));
    if (decision.approvedQuantity && *decision.approvedQuantity <= 0)
        return R::failure(Text::tr("the approved quantity must be above 0"));
    if (outcome == CaseStatus::Denied && decision.criteria.isEmpty())
        return R::failure(
            Text::tr("a denial must name at least one specific criterion that is not met"));
    if (!decision.criteria.isEmpty()) {
        const auto policy = pinnedPolicy(caseId);
        if (!policy)
            return R::failure(policy.error());
        for (const QString& id : decision.criteria) {
            if ((*policy)->node(id) < 0)
                return R::failure(
                    Text::tr("policy %1 has no criterion %2").arg((*policy)->displayName(), id));
        }
    }

    Decision saved = decision;
    saved.decidedBy = actor.account;
    saved.role = actor.role;
    saved.decidedAt = QDateTime::currentDateTimeUtc();
    Done ok = action(actor, [&](const Audit& audit) -> Done {
        const Result<CaseRecord> c = changeStatus(caseId, outcome);
        if (!c)
            return Done::failure(c.error());
        const Result<qint64> id = insertDecision(caseId, saved);
        if (!id)
            return Done::failure(id.error());
        saved.id = id.value();
        QJsonObject detail{{u"decision"_s, saved.id},
                           {u"old"_s, caseStatusId(c->status)},
                           {u"new"_s, caseStatusId(outcome)}};
        if (approves) {
            detail.insert(u"approvalStart"_s, saved.approvalStart.toString(Qt::ISODate));
            detail.insert(u"approvalEnd"_s, saved.approvalEnd.toString(Qt::ISODate));
        }
        if (saved.approvedQuantity)
            detail.insert(u"approvedQuantity"_s, *saved.approvedQuantity);
        if (!saved.criteria.isEmpty())
            detail.insert(u"criteria"_s, QJsonArray::fromStringList(saved.criteria));
        return audit(caseId, u"decision.recorded"_s, detail, saved.rationale);
    });
    if (!ok)
        return R::failure(ok.error());
    return saved;
}

Result<qint64> CaseStore::insertDecision(qint64 caseId, const Decision& d)
{
    const QString evaluation =
        QString::fromUtf8(QJsonDocument(d.evaluation).toJson(QJsonDocument::Compact));
    const Result<qint64> id = runSql(
        m_database->connection(),
        u"INSERT INTO decisions (case_id, outcome, decided_by, role, decided_at, rationale, "
        "approval_start, approval_end, approved_quantity, evaluation, criteria) VALUES (?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {QVariant(caseId), QVariant(caseStatusId(d.outcome)), QVariant(d.decidedBy),
         QVariant(d.role), QVariant(storedTime::write(d.decidedAt)), required(d.rationale),
         text(d.approvalStart.toString(Qt::ISODate)), text(d.approvalEnd.toString(Qt::ISODate)),
         optional(d.approvedQuantity), QVariant(evaluation),
         QVariant(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(d.criteria))
                                        .toJson(QJsonDocument::Compact)))});
    if (!id)
        return Result<qint64>::failure(
            Text::tr("the decision could not be saved: %1").arg(id.error()));
    return id;
}

Done CaseStore::overrideCriterion(const Actor& actor, qint64 caseId, const QString& criterionId,
                                  bool met, const QString& rationale)
{
    if (Done allowed =
            permit(actor, {Role::MedicalDirector}, caseId, Text::tr("override a criterion"));
        !allowed)
        return Done::failure(allowed.error());
    if (rationale.trimmed().isEmpty())
        return Done::failure(Text::tr("an override needs a written rationale"));
    const auto policy = pinnedPolicy(caseId);
    if (!policy)
        return Done::failure(policy.error());
    const int node = (*policy)->node(criterionId);
    if (node < 0 || (*policy)->nodes[size_t(node)].hidden)
        return Done::failure(
            Text::tr("%1 has no criterion \"%2\"").arg((*policy)->displayName(), criterionId));
    return action(actor, [&](const Audit& audit) -> Done {
        if (const auto open = whileOpen(caseId, Text::tr("override a criterion")); !open)
            return Done::failure(open.error());
        const Result<qint64> saved = runSql(
            m_database->connection(),
            u"INSERT INTO overrides (case_id, criterion_id, status, decided_by, role, "
            "decided_at, rationale) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
            {QVariant(caseId), QVariant(criterionId), QVariant(met ? u"met"_s : u"notMet"_s),
             QVariant(actor.account), QVariant(actor.role),
             QVariant(storedTime::write(QDateTime::currentDateTimeUtc())), QVariant(rationale)});
        if (!saved)
            return Done::failure(
                Text::tr("the override could not be saved: %1").arg(saved.error()));
        return audit(
            caseId, u"criterion.overridden"_s,
            QJsonObject{{u"criterion"_s, criterionId}, {u"new"_s, met ? u"met"_s : u"notMet"_s}},
            rationale);
    });
}

} // namespace urdesk
