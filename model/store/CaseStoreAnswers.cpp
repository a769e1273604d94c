// A case's answers, notes, status, requests for information and assignee.
#include "CaseStore.h"

#include "CaseStoreRows.h"
#include "StoredTime.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace urdesk {

using namespace caseStoreRows;

Result<std::shared_ptr<const Policy>> CaseStore::pinnedPolicy(qint64 caseId) const
{
    const Result<CaseRecord> c = loadCase(caseId);
    if (!c)
        return Result<std::shared_ptr<const Policy>>::failure(c.error());
    auto policy = m_catalog.find(c->intake.policyId, c->policyRevision);
    if (!policy)
        return Result<std::shared_ptr<const Policy>>::failure(
            Text::tr("case %1 was reviewed under policy %2 revision %3, which is not loaded")
                .arg(c->caseNumber, c->intake.policyId, c->policyRevision));
    return policy;
}

Result<std::optional<std::pair<QString, QString>>>
CaseStore::answerToChange(qint64 caseId, const QString& factId) const
{
    using R = Result<std::optional<std::pair<QString, QString>>>;
    if (const auto open = whileOpen(caseId, Text::tr("change its answers")); !open)
        return R::failure(open.error());
    QSqlQuery q(m_database->connection());
    q.prepare(u"SELECT value, source FROM case_facts WHERE case_id = ? AND fact_id = ?"_s);
    q.addBindValue(caseId);
    q.addBindValue(factId);
    if (!q.exec())
        return R::failure(sqlError(q));
    if (!q.next())
        return std::optional<std::pair<QString, QString>>();
    return std::optional(std::pair(q.value(0).toString(), q.value(1).toString()));
}

Done CaseStore::setFact(const Actor& actor, qint64 caseId, const QString& factId,
                        const QJsonValue& value, FactSource source, const QString& reason)
{
    if (Done allowed = permitReviewers(actor, caseId, Text::tr("change an answer")); !allowed)
        return Done::failure(allowed.error());
    const auto policy = pinnedPolicy(caseId);
    if (!policy)
        return Done::failure(policy.error());
    const int index = (*policy)->fact(factId);
    if (index < 0)
        return Done::failure(
            Text::tr("%1 has no question \"%2\"").arg((*policy)->displayName(), factId));
    const QString problem = CaseFacts(*policy).setFromJson(index, value);
    if (!problem.isEmpty())
        return Done::failure(
            Text::tr("%1: %2").arg((*policy)->facts.at(index).questionText(), problem));

    return action(actor, [&](const Audit& audit) -> Done {
        const Result<std::optional<std::pair<QString, QString>>> current =
            answerToChange(caseId, factId);
        if (!current)
            return Done::failure(current.error());
        const bool existed = current->has_value();
        const QString before = existed ? (*current)->first : QString();
        const QString beforeSource = existed ? (*current)->second : QString();
        const QString after = compact(value);
        if (existed && before == after && beforeSource == factSourceId(source))
            return audit(caseId, u"fact.confirmed"_s,
                         QJsonObject{{u"fact"_s, factId}, {u"value"_s, value}}, reason);
        const Result<qint64> saved =
            runSql(m_database->connection(),
                   u"INSERT INTO case_facts (case_id, fact_id, value, source, changed_by, "
                   "changed_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, fact_id) DO "
                   "UPDATE SET value = excluded.value, source = excluded.source, changed_by = "
                   "excluded.changed_by, changed_at = excluded.changed_at"_s,
                   {QVariant(caseId), QVariant(factId), QVariant(after),
                    QVariant(factSourceId(source)), QVariant(actor.account),
                    QVariant(storedTime::write(QDateTime::currentDateTimeUtc()))});
        if (!saved)
            return Done::failure(Text::tr("the answer could not be saved: %1").arg(saved.error()));
        if (Done mirrored = mirrorIntake(caseId, factId, value); !mirrored)
            return mirrored;
        QJsonObject detail{
            {u"fact"_s, factId}, {u"new"_s, value}, {u"source"_s, factSourceId(source)}};
        if (existed) {
            detail.insert(u"old"_s, parseValue(before));
            detail.insert(u"oldSource"_s, beforeSource);
        }
        return audit(caseId, u"fact.changed"_s, detail, reason);
    });
}

Done CaseStore::clearFact(const Actor& actor, qint64 caseId, const QString& factId,
                          const QString& reason)
{
    if (Done allowed = permitReviewers(actor, caseId, Text::tr("change an answer")); !allowed)
        return Done::failure(allowed.error());
    return action(actor, [&](const Audit& audit) -> Done {
        const Result<std::optional<std::pair<QString, QString>>> current =
            answerToChange(caseId, factId);
        if (!current)
            return Done::failure(current.error());
        if (!current->has_value())
            return Done::failure(Text::tr("\"%1\" is not answered on this case").arg(factId));
        const QJsonObject detail{{u"fact"_s, factId},
                                 {u"old"_s, parseValue((*current)->first)},
                                 {u"oldSource"_s, (*current)->second}};
        if (Done deleted =
                doneOf(runSql(m_database->connection(),
                              u"DELETE FROM case_facts WHERE case_id = ? AND fact_id = ?"_s,
                              {QVariant(caseId), QVariant(factId)}));
            !deleted)
            return deleted;
        if (Done mirrored = mirrorIntake(caseId, factId, QJsonValue::Null); !mirrored)
            return mirrored;
        return audit(caseId, u"fact.cleared"_s, detail, reason);
    });
}

Result<CaseFacts> CaseStore::caseFacts(qint64 caseId) const
{
    const auto policy = pinnedPolicy(caseId);
    if (!policy)
        return Result<CaseFacts>::failure(policy.error());
    const auto stored = facts(caseId);
    if (!stored)
        return Result<CaseFacts>::failure(stored.error());
    CaseFacts out(*policy);
    for (const StoredFact& f : *stored) {
        const int index = (*policy)->fact(f.factId);
        const QString problem =
            index < 0 ? Text::tr("no such question") : out.setFromJson(index, f.value);
        if (!problem.isEmpty())
            return Result<CaseFacts>::failure(
                Text::tr("the saved answer to \"%1\" no longer fits policy %2: %3")
                    .arg(f.factId, (*policy)->displayName(), problem));
    }
    return out;
}

Done CaseStore::addNote(const Actor& actor, qint64 caseId, const QString& text)
{
    if (Done allowed = permitReviewers(actor, caseId, Text::tr("add a note")); !allowed)
        return Done::failure(allowed.error());
    if (text.trimmed().isEmpty())
        return Done::failure(Text::tr("a note cannot be empty"));
    return action(actor, [&](const Audit& audit) -> Done {
        if (const auto open = whileOpen(caseId, Text::tr("add a note")); !open)
            return Done::failure(open.error());
        const Result<qint64> id = insertNote(
            caseId, Note{0, actor.account, actor.role, QDateTime::currentDateTimeUtc(), text});
        if (!id)
            return Done::failure(id.error());
        return audit(caseId, u"note.added"_s,
                     QJsonObject{{u"note"_s, id.value()}, {u"text"_s, text}}, {});
    });
}

Result<qint64> CaseStore::insertNote(qint64 caseId, const Note& note)
{
    const Result<qint64> id = runSql(
        m_database->connection(),
        u"INSERT INTO notes (case_id, author, role, created_at, text) VALUES (?, ?, ?, ?, ?)"_s,
        {QVariant(caseId), QVariant(note.author), QVariant(note.role),
         QVariant(storedTime::write(note.createdAt)), QVariant(note.text)});
    if (!id)
        return Result<qint64>::failure(Text::tr("the note could not be saved: %1").arg(id.error()));
    return id;
}

Result<CaseRecord> CaseStore::changeStatus(qint64 caseId, CaseStatus to)
{
    Result<CaseRecord> c = loadCase(caseId);
    if (!c)
        return c;
    if (!canMove(c->status, to))
        return Result<CaseRecord>::failure(Text::tr("case %1 is %2; it cannot become %3")
                                               .arg(c->caseNumber,
                                                    caseStatusText(c->status).toLower(),
                                                    caseStatusText(to).toLower()));
    if (Done written = writeStatus(caseId, to); !written)
        return Result<CaseRecord>::failure(written.error());
    return c;
}

Done CaseStore::writeStatus(qint64 caseId, CaseStatus to)
{
    return doneOf(runSql(
        m_database->connection(), u"UPDATE cases SET status = ?, updated_at = ? WHERE id = ?"_s,
        {QVariant(caseStatusId(to)), QVariant(storedTime::write(QDateTime::currentDateTimeUtc())),
         QVariant(caseId)}));
}

Done CaseStore::mirrorIntake(qint64 caseId, const QString& factId, const QJsonValue& value)
{
    struct Column
    {
        QStringView fact;
        QString name;
        const char* required; // what the request cannot be without, in words; or null
    };
    static const Column columns[] = {
        {u"member.birthDate", u"member_birth_date"_s,
         QT_TRANSLATE_NOOP("urdesk::CaseStore", "The member's date of birth")},
        {u"request.type", u"request_type"_s,
         QT_TRANSLATE_NOOP("urdesk::CaseStore", "The request type")},
        {u"prescriber.specialty", u"prescriber_specialty"_s, nullptr},
        {u"request.quantity", u"quantity"_s, nullptr},
        {u"request.daysSupply", u"days_supply"_s, nullptr},
        {u"request.channel", u"channel"_s, nullptr},
    };
    const auto column = std::find_if(std::begin(columns), std::end(columns),
                                     [&](const Column& c) { return c.fact == factId; });
    if (column == std::end(columns))
        return done();
    const bool cleared = value.isNull() || value.isUndefined();
    if (cleared && column->required)
        return Done::failure(Text::tr("%1 is part of the request and cannot be left "
                                      "unanswered; correct it instead")
                                 .arg(Text::tr(column->required)));
    QVariant stored = value.toVariant();
    if (cleared)
        stored = column->name == u"prescriber_specialty" ? QVariant(QString()) : QVariant();
    // The column's name is one of the constants above, never input.
    return doneOf(runSql(m_database->connection(),
                         u"UPDATE cases SET %1 = ? WHERE id = ?"_s.arg(column->name),
                         {stored, QVariant(caseId)}));
}

Result<CaseRecord> CaseStore::whileOpen(qint64 caseId, const QString& what) const
{
    const Result<CaseRecord> c = loadCase(caseId);
    if (!c || isOpen(c->status))
        return c;
    return Result<CaseRecord>::failure(
        Text::tr("case %1 is %2: a medical director reopens it before anyone may %3")
            .arg(c->caseNumber, caseStatusText(c->status).toLower(), what));
}

Done CaseStore::reopen(const Actor& actor, qint64 caseId, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Done::failure(Text::tr("reopening a case needs a written reason"));
    const Result<CaseRecord> c = loadCase(caseId);
    if (!c)
        return Done::failure(c.error());
    const bool referred = c->status == CaseStatus::Referred;
    if (isOpen(c->status) && !referred)
        return Done::failure(Text::tr("case %1 is %2, not decided: there is nothing to reopen")
                                 .arg(c->caseNumber, caseStatusText(c->status).toLower()));
    // A referral is taken back by its nurse; anything else is a director's.
    const bool ownReferral = referred && c->intake.assignee == actor.account;
    if (Done allowed =
            ownReferral ? permitReviewers(actor, caseId, Text::tr("reopen a case"))
                        : permit(actor, {Role::MedicalDirector}, caseId, Text::tr("reopen a case"));
        !allowed)
        return allowed;
    return action(actor, [&](const Audit& audit) -> Done {
        // Read again inside the transaction: another reviewer may have moved it meanwhile.
        const Result<CaseRecord> now = loadCase(caseId);
        if (!now)
            return Done::failure(now.error());
        if (now->status != c->status)
            return Done::failure(Text::tr("case %1 has just become %2; look again before "
                                          "reopening it")
                                     .arg(c->caseNumber, caseStatusText(now->status).toLower()));
        if (Done written = writeStatus(caseId, CaseStatus::InReview); !written)
            return written;
        return audit(caseId, u"case.reopened"_s,
                     QJsonObject{{u"old"_s, caseStatusId(c->status)},
                                 {u"new"_s, caseStatusId(CaseStatus::InReview)}},
                     reason.trimmed());
    });
}

Done CaseStore::moveTo(const Actor& actor, qint64 caseId, CaseStatus to, const QString& reason)
{
    if (to == CaseStatus::Approved || to == CaseStatus::PartiallyApproved ||
        to == CaseStatus::Denied)
        return Done::failure(
            Text::tr("a determination is recorded as a decision, with its record"));
    if (Done allowed = permitReviewers(actor, caseId, Text::tr("move a case")); !allowed)
        return allowed;
    return action(actor, [&](const Audit& audit) -> Done {
        const Result<CaseRecord> before = changeStatus(caseId, to);
        if (!before)
            return Done::failure(before.error());
        return audit(
            caseId, u"status.changed"_s,
            QJsonObject{{u"old"_s, caseStatusId(before->status)}, {u"new"_s, caseStatusId(to)}},
            reason);
    });
}

Result<InformationRequest> CaseStore::requestInformation(const Actor& actor, qint64 caseId,
                                                         const QStringList& items,
                                                         const QDate& dueOn)
{
    using R = Result<InformationRequest>;
    if (Done allowed = permitReviewers(actor, caseId, Text::tr("ask for information")); !allowed)
        return R::failure(allowed.error());
    InformationRequest r{0, actor.account, actor.role, QDateTime::currentDateTimeUtc(), dueOn, {}};
    for (const QString& item : items) {
        if (!item.trimmed().isEmpty())
            r.items.append(item.trimmed());
    }
    if (r.items.isEmpty())
        return R::failure(Text::tr("a request for information names at least one thing to send"));
    const QDate today = QDate::currentDate();
    if (!dueOn.isValid() || dueOn <= today || dueOn > today.addDays(maximumInformationDays))
        return R::failure(Text::tr("the information is due back after today and within %n day(s)",
                                   nullptr, maximumInformationDays));
    Done ok = action(actor, [&](const Audit& audit) -> Done {
        const Result<CaseRecord> before = changeStatus(caseId, CaseStatus::Pended);
        if (!before)
            return Done::failure(before.error());
        if (Done saved = insertInformationRequest(caseId, r); !saved)
            return saved;
        // The notes are where the team reads what happened to a case: the request is one.
        const Result<qint64> note =
            insertNote(caseId, Note{0, actor.account, actor.role, r.requestedAt,
                                    Text::tr("Request for information, due back %1:\n%2")
                                        .arg(QLocale().toString(dueOn, QLocale::LongFormat),
                                             u"- "_s + r.items.join(u"\n- "_s))});
        if (!note)
            return Done::failure(note.error());
        return audit(caseId, u"information.requested"_s,
                     QJsonObject{{u"old"_s, caseStatusId(before->status)},
                                 {u"new"_s, caseStatusId(CaseStatus::Pended)},
                                 {u"request"_s, r.id},
                                 {u"note"_s, note.value()},
                                 {u"dueOn"_s, dueOn.toString(Qt::ISODate)},
                                 {u"items"_s, QJsonArray::fromStringList(r.items)}},
                     {});
    });
    if (!ok)
        return R::failure(ok.error());
    return r;
}

Done CaseStore::insertInformationRequest(qint64 caseId, InformationRequest& r)
{
    const Result<qint64> id = runSql(
        m_database->connection(),
        u"INSERT INTO information_requests (case_id, requested_by, role, requested_at, due_on, "
        "items) VALUES (?, ?, ?, ?, ?, ?)"_s,
        {QVariant(caseId), QVariant(r.requestedBy), QVariant(r.role),
         QVariant(storedTime::write(r.requestedAt)), QVariant(r.dueOn.toString(Qt::ISODate)),
         QVariant(compact(QJsonArray::fromStringList(r.items)))});
    if (!id)
        return Done::failure(
            Text::tr("the request for information could not be saved: %1").arg(id.error()));
    r.id = id.value();
    return done();
}

Done CaseStore::assign(const Actor& actor, qint64 caseId, const QString& assignee)
{
    if (Done allowed = permitReviewers(actor, caseId, Text::tr("assign a case")); !allowed)
        return Done::failure(allowed.error());
    return action(actor, [&](const Audit& audit) -> Done {
        const Result<CaseRecord> c = whileOpen(caseId, Text::tr("assign it"));
        if (!c)
            return Done::failure(c.error());
        if (Done saved = doneOf(runSql(
                m_database->connection(),
                u"UPDATE cases SET assignee = ?, updated_at = ? WHERE id = ?"_s,
                {text(assignee), QVariant(storedTime::write(QDateTime::currentDateTimeUtc())),
                 QVariant(caseId)}));
            !saved)
            return saved;
        return audit(caseId, u"case.assigned"_s,
                     QJsonObject{{u"old"_s, c->intake.assignee}, {u"new"_s, assignee}}, {});
    });
}

} // namespace urdesk
