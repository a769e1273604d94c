// What a case holds, read back: its answers (by fact), notes, requests for information,
// decisions, overrides and documents (oldest first). The review record and case view use these.
#include "CaseStore.h"

#include "CaseStoreRows.h"
#include "StoredTime.h"

using namespace Qt::StringLiterals;

namespace urdesk {

using namespace caseStoreRows;

Result<QList<StoredFact>> CaseStore::facts(qint64 caseId) const
{
    return rowsOfCase<StoredFact>(
        m_database->connection(),
        u"SELECT fact_id, value, source, changed_by, changed_at FROM case_facts "
        "WHERE case_id = ? ORDER BY fact_id"_s,
        caseId, [](const QSqlQuery& q) {
            const QString source = q.value(2).toString();
            return StoredFact{q.value(0).toString(), parseValue(q.value(1).toString()),
                              source == u"carriedOver" ? FactSource::CarriedOver
                              : source == u"imported"  ? FactSource::Imported
                                                       : FactSource::Entered,
                              q.value(3).toString(), storedTime::read(q.value(4))};
        });
}

Result<QList<Note>> CaseStore::notes(qint64 caseId) const
{
    return rowsOfCase<Note>(
        m_database->connection(),
        u"SELECT id, author, role, created_at, text FROM notes WHERE case_id = ? ORDER BY id"_s,
        caseId, [](const QSqlQuery& q) {
            return Note{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        storedTime::read(q.value(3)), q.value(4).toString()};
        });
}

Result<QList<InformationRequest>> CaseStore::informationRequests(qint64 caseId) const
{
    return rowsOfCase<InformationRequest>(
        m_database->connection(),
        u"SELECT id, requested_by, role, requested_at, due_on, items FROM information_requests "
        "WHERE case_id = ? ORDER BY id"_s,
        caseId, [](const QSqlQuery& q) {
            QStringList items;
            for (const QJsonValue& v :
                 QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array())
                items.append(v.toString());
            return InformationRequest{q.value(0).toLongLong(),
                                      q.value(1).toString(),
                                      q.value(2).toString(),
                                      storedTime::read(q.value(3)),
                                      QDate::fromString(q.value(4).toString(), Qt::ISODate),
                                      items};
        });
}

Result<QList<Decision>> CaseStore::decisions(qint64 caseId) const
{
    return rowsOfCase<Decision>(
        m_database->connection(),
        u"SELECT id, outcome, decided_by, role, decided_at, rationale, approval_start, "
        "approval_end, approved_quantity, evaluation, criteria FROM decisions WHERE case_id = ? "
        "ORDER BY id"_s,
        caseId, [](const QSqlQuery& q) {
            Decision d;
            d.id = q.value(0).toLongLong();
            d.outcome = caseStatusFromId(q.value(1).toString()).value_or(CaseStatus::Denied);
            d.decidedBy = q.value(2).toString();
            d.role = q.value(3).toString();
            d.decidedAt = storedTime::read(q.value(4));
            d.rationale = q.value(5).toString();
            d.approvalStart = QDate::fromString(q.value(6).toString(), Qt::ISODate);
            d.approvalEnd = QDate::fromString(q.value(7).toString(), Qt::ISODate);
            if (!q.value(8).isNull())
                d.approvedQuantity = q.value(8).toDouble();
            d.evaluation = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
            for (const QJsonValue& id :
                 QJsonDocument::fromJson(q.value(10).toString().toUtf8()).array())
                d.criteria.append(id.toString());
            return d;
        });
}

Result<QList<CriterionOverride>> CaseStore::overrides(qint64 caseId) const
{
    return rowsOfCase<CriterionOverride>(
        m_database->connection(),
        u"SELECT id, criterion_id, status, decided_by, role, decided_at, rationale "
        "FROM overrides WHERE case_id = ? ORDER BY id"_s,
        caseId, [](const QSqlQuery& q) {
            return CriterionOverride{
                q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString() == u"met",
                q.value(3).toString(),   q.value(4).toString(), storedTime::read(q.value(5)),
                q.value(6).toString()};
        });
}

Result<QList<Attachment>> CaseStore::attachments(qint64 caseId) const
{
    return rowsOfCase<Attachment>(
        m_database->connection(),
        u"SELECT id, file_name, media_type, size, sha256, added_by, added_at, origin "
        "FROM attachments WHERE case_id = ? ORDER BY id"_s,
        caseId, [](const QSqlQuery& q) {
            return Attachment{q.value(0).toLongLong(),      q.value(1).toString(),
                              q.value(2).toString(),        q.value(3).toLongLong(),
                              q.value(4).toString(),        q.value(5).toString(),
                              storedTime::read(q.value(6)), q.value(7).toString() == u"sentLetter"};
        });
}

} // namespace urdesk
