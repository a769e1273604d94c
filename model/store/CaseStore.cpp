// Cases: creating, importing, opening and loading them.
#include "CaseStore.h"

#include "CaseStoreRows.h"
#include "DecisionClock.h"
#include "StoredTime.h"
#include "TextFold.h"
#include "Translations.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace urdesk {

using namespace caseStoreRows;

namespace {

const QString caseColumns =
    u"SELECT id, case_number, line_of_business, urgency, received_at, due_at, member_id, "
    "member_name, member_birth_date, drug, quantity, days_supply, channel, prescriber_name, "
    "prescriber_npi, prescriber_specialty, policy_id, policy_revision, request_type, status, "
    "assignee, created_at, updated_at, strength, member_language, "_s +
    informationDueColumn + u" FROM cases "_s;

CaseRecord caseFrom(const QSqlQuery& q)
{
    CaseRecord c;
    c.id = q.value(0).toLongLong();
    c.caseNumber = q.value(1).toString();
    Intake& i = c.intake;
    i.lineOfBusiness = q.value(2).toString();
    i.urgency = q.value(3).toString();
    i.receivedAt = storedTime::read(q.value(4));
    c.dueAt = storedTime::read(q.value(5));
    i.memberId = q.value(6).toString();
    i.memberName = q.value(7).toString();
    i.memberBirthDate = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    i.drug = q.value(9).toString();
    if (!q.value(10).isNull())
        i.quantity = q.value(10).toDouble();
    if (!q.value(11).isNull())
        i.daysSupply = q.value(11).toInt();
    i.channel = q.value(12).toString();
    i.prescriberName = q.value(13).toString();
    i.prescriberNpi = q.value(14).toString();
    i.prescriberSpecialty = q.value(15).toString();
    i.policyId = q.value(16).toString();
    c.policyRevision = q.value(17).toString();
    i.requestType = q.value(18).toString();
    c.status = caseStatusFromId(q.value(19).toString()).value_or(CaseStatus::New);
    i.assignee = q.value(20).toString();
    c.createdAt = storedTime::read(q.value(21));
    c.updatedAt = storedTime::read(q.value(22));
    i.strength = q.value(23).toString();
    i.memberLanguage = q.value(24).toString();
    c.informationDue = QDate::fromString(q.value(25).toString(), Qt::ISODate);
    return c;
}

QJsonObject intakeJson(const CaseRecord& c)
{
    const Intake& i = c.intake;
    QJsonObject o{{u"caseNumber"_s, c.caseNumber},
                  {u"lineOfBusiness"_s, i.lineOfBusiness},
                  {u"urgency"_s, i.urgency},
                  {u"receivedAt"_s, storedTime::write(i.receivedAt)},
                  {u"dueAt"_s, storedTime::write(c.dueAt)},
                  {u"memberId"_s, i.memberId},
                  {u"memberName"_s, i.memberName},
                  {u"memberBirthDate"_s, i.memberBirthDate.toString(Qt::ISODate)},
                  {u"drug"_s, i.drug},
                  {u"strength"_s, i.strength},
                  {u"memberLanguage"_s, i.memberLanguage},
                  {u"prescriberName"_s, i.prescriberName},
                  {u"prescriberNpi"_s, i.prescriberNpi},
                  {u"prescriberSpecialty"_s, i.prescriberSpecialty},
                  {u"policyId"_s, i.policyId},
                  {u"policyRevision"_s, c.policyRevision},
                  {u"requestType"_s, i.requestType},
                  {u"status"_s, caseStatusId(c.status)}};
    if (i.quantity)
        o.insert(u"quantity"_s, *i.quantity);
    if (i.daysSupply)
        o.insert(u"daysSupply"_s, *i.daysSupply);
    if (!i.channel.isEmpty())
        o.insert(u"channel"_s, i.channel);
    if (!i.assignee.isEmpty())
        o.insert(u"assignee"_s, i.assignee);
    return o;
}

// What is missing or wrong in an intake, in words; empty when it is complete.
QString checkIntake(const Intake& i)
{
    QStringList problems;
    if (!lineOfBusinessIds().contains(i.lineOfBusiness))
        problems.append(Text::tr("line of business must be commercial, medicarePartD or medicaid"));
    if (i.urgency != u"standard" && i.urgency != u"expedited")
        problems.append(Text::tr("urgency must be standard or expedited"));
    if (!supportedLanguages().contains(i.memberLanguage))
        problems.append(Text::tr("the member's language must be one of %1")
                            .arg(supportedLanguages().join(u", "_s)));
    if (!i.receivedAt.isValid())
        problems.append(Text::tr("the time received is missing"));
    if (i.memberId.trimmed().isEmpty() || i.memberName.trimmed().isEmpty())
        problems.append(Text::tr("the member's id and name are required"));
    if (!i.memberBirthDate.isValid())
        problems.append(Text::tr("the member's birth date is required"));
    else if (i.receivedAt.isValid() && i.memberBirthDate > i.receivedAt.date())
        problems.append(Text::tr("the member's birth date is after the request was received"));
    if (i.drug.trimmed().isEmpty())
        problems.append(Text::tr("the drug is required"));
    if (i.quantity && *i.quantity <= 0)
        problems.append(Text::tr("the quantity must be above 0"));
    if (i.daysSupply && (*i.daysSupply < 1 || *i.daysSupply > 365))
        problems.append(Text::tr("the days supply must be from 1 to 365"));
    if (i.prescriberName.trimmed().isEmpty())
        problems.append(Text::tr("the prescriber's name is required"));
    static const QRegularExpression npi(u"^[0-9]{10}$"_s);
    if (!npi.match(i.prescriberNpi).hasMatch())
        problems.append(Text::tr("the prescriber's NPI must be 10 digits"));
    if (i.requestType.isEmpty())
        problems.append(Text::tr("the request type is required"));
    else if (i.requestType != u"initial" && i.requestType != u"continuation")
        problems.append(Text::tr("the request type must be initial or continuation"));
    return problems.join(u"; "_s);
}

} // namespace

CaseStore::CaseStore(std::shared_ptr<Database> database, const PolicyCatalog& catalog)
    : m_database(std::move(database))
    , m_catalog(catalog)
{}

Done CaseStore::permit(const Actor& actor, std::initializer_list<Role> roles, qint64 caseId,
                       const QString& what)
{
    const auto role = roleFromId(actor.role);
    if (role && std::find(roles.begin(), roles.end(), *role) != roles.end())
        return done();
    QStringList allowed;
    for (Role r : roles)
        allowed.append(roleText(r).toLower());
    const QString message = Text::tr("%1 is refused: only a %2 may %3")
                                .arg(actor.account, allowed.join(Text::tr(" or a ")), what);
    // Recorded in its own transaction: the refused action itself saves nothing.
    AuditTrail::action(*m_database, actor, [&](const Audit& audit) {
        return audit(caseId, u"permission.refused"_s, QJsonObject{{u"action"_s, what}}, message);
    });
    return Done::failure(message);
}

Done CaseStore::permitReviewers(const Actor& actor, qint64 caseId, const QString& what)
{
    return permit(actor, {Role::ReviewNurse, Role::MedicalDirector}, caseId, what);
}

Done CaseStore::action(const Actor& actor, const std::function<Done(const Audit&)>& work)
{
    // An account that does not hold the role it claims is refused, and that is recorded.
    if (Done held = checkActor(m_database->connection(), actor); !held) {
        AuditTrail::action(*m_database, actor, [&](const Audit& audit) {
            return audit(0, u"permission.refused"_s, QJsonObject{}, held.error());
        });
        return held;
    }
    return AuditTrail::action(*m_database, actor, [&](const Audit& audit) -> Done {
        // The role is checked against the account, not taken on the caller's word.
        if (Done allowed = checkActor(m_database->connection(), actor); !allowed)
            return allowed;
        return work(audit);
    });
}

Result<CaseRecord> CaseStore::createCase(const Actor& actor, const Intake& intake,
                                         const Answers& carriedOver)
{
    if (Done allowed = permitReviewers(actor, 0, Text::tr("create a case")); !allowed)
        return Result<CaseRecord>::failure(allowed.error());
    CaseRecord created;
    Done ok = action(actor, [&](const Audit& audit) -> Done {
        Result<CaseRecord> c = insertCase(intake, CaseStatus::New);
        if (!c)
            return Done::failure(c.error());
        created = c.value();
        const Result<QJsonObject> entered =
            insertAnswers(created, intakeAnswers(intake), FactSource::Entered, actor.account, true);
        if (!entered)
            return Done::failure(entered.error());
        const Result<QJsonObject> carried =
            insertAnswers(created, carriedOver, FactSource::CarriedOver, actor.account, false);
        if (!carried)
            return Done::failure(carried.error());
        QJsonObject detail = intakeJson(created);
        if (!carried->isEmpty())
            detail.insert(u"carriedOver"_s, carried.value());
        return audit(created.id, u"case.created"_s, QJsonObject{{u"new"_s, detail}}, {});
    });
    if (!ok)
        return Result<CaseRecord>::failure(ok.error());
    return created;
}

Result<QList<CaseRecord>> CaseStore::importCases(const Actor& actor, const QList<Import>& cases)
{
    using R = Result<QList<CaseRecord>>;
    if (Done allowed = permit(actor, {Role::Administrator}, 0, Text::tr("import cases")); !allowed)
        return R::failure(allowed.error());
    QList<CaseRecord> imported;
    Done ok = action(actor, [&](const Audit& audit) -> Done {
        for (const Import& in : cases) {
            Result<CaseRecord> c = insertCase(in.intake, in.status);
            if (!c)
                return Done::failure(c.error());
            const Result<QJsonObject> answers =
                insertAnswers(c.value(), in.facts, FactSource::Imported, actor.account, true);
            if (!answers)
                return Done::failure(Text::tr("case %1 of the import: %2")
                                         .arg(imported.size() + 1)
                                         .arg(answers.error()));
            QJsonObject detail = intakeJson(c.value());
            detail.insert(u"facts"_s, answers.value());
            if (in.decision) {
                if (in.decision->outcome != in.status)
                    return Done::failure(Text::tr("case %1 of the import: its decision is not its "
                                                  "status")
                                             .arg(imported.size() + 1));
                const Result<qint64> id = insertDecision(c->id, *in.decision);
                if (!id)
                    return Done::failure(id.error());
                detail.insert(
                    u"decision"_s,
                    QJsonObject{{u"id"_s, id.value()},
                                {u"decidedBy"_s, in.decision->decidedBy},
                                {u"role"_s, in.decision->role},
                                {u"decidedAt"_s, storedTime::write(in.decision->decidedAt)}});
            }
            QJsonArray notes;
            for (const Note& note : in.notes) {
                const Result<qint64> id = insertNote(c->id, note);
                if (!id)
                    return Done::failure(id.error());
                notes.append(QJsonObject{{u"id"_s, id.value()},
                                         {u"author"_s, note.author},
                                         {u"role"_s, note.role},
                                         {u"createdAt"_s, storedTime::write(note.createdAt)},
                                         {u"text"_s, note.text}});
            }
            if (!notes.isEmpty())
                detail.insert(u"notes"_s, notes);
            QJsonArray requests;
            for (InformationRequest r : in.informationRequests) {
                if (Done saved = insertInformationRequest(c->id, r); !saved)
                    return saved;
                requests.append(QJsonObject{{u"id"_s, r.id},
                                            {u"requestedBy"_s, r.requestedBy},
                                            {u"dueOn"_s, r.dueOn.toString(Qt::ISODate)},
                                            {u"items"_s, QJsonArray::fromStringList(r.items)}});
            }
            if (!requests.isEmpty())
                detail.insert(u"informationRequests"_s, requests);
            if (Done a = audit(c->id, u"case.imported"_s, QJsonObject{{u"new"_s, detail}}, {}); !a)
                return a;
            imported.append(c.value());
        }
        return done();
    });
    if (!ok)
        return R::failure(ok.error());
    // A large import changes what the queue's best indexes are: refresh the statistics.
    if (imported.size() >= 1000)
        QSqlQuery(m_database->connection()).exec(u"ANALYZE"_s);
    return imported;
}

Result<CaseRecord> CaseStore::insertCase(const Intake& intake, CaseStatus status)
{
    if (const QString problems = checkIntake(intake); !problems.isEmpty())
        return Result<CaseRecord>::failure(Text::tr("the case cannot be opened: %1").arg(problems));
    const auto policy = m_catalog.find(intake.policyId);
    if (!policy)
        return Result<CaseRecord>::failure(
            Text::tr("the case cannot be opened: no loaded policy \"%1\"").arg(intake.policyId));

    CaseRecord c;
    c.intake = intake;
    c.intake.receivedAt = intake.receivedAt.toUTC();
    c.policyRevision = policy->revision;
    c.dueAt = DecisionClock::dueAt(intake.lineOfBusiness, intake.urgency, c.intake.receivedAt);
    c.status = status;
    c.createdAt = c.updatedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_database->connection());
    const QString prefix = u"PA-%1-"_s.arg(c.intake.receivedAt.date().year());
    q.prepare(u"SELECT case_number FROM cases WHERE case_number >= ? AND case_number < ? "
              "ORDER BY case_number DESC LIMIT 1"_s);
    q.addBindValue(prefix);
    q.addBindValue(prefix.chopped(1) + u'.'); // '.' sorts right after '-'
    if (!q.exec())
        return Result<CaseRecord>::failure(sqlError(q));
    const int last = q.next() ? q.value(0).toString().mid(prefix.size()).toInt() : 0;
    c.caseNumber = prefix + QString::number(last + 1).rightJustified(6, u'0');

    const Intake& i = c.intake;
    const Result<qint64> id =
        runSql(m_database->connection(),
               u"INSERT INTO cases (case_number, line_of_business, urgency, received_at, "
               "due_at, member_id, member_name, member_birth_date, drug, quantity, "
               "days_supply, channel, prescriber_name, prescriber_npi, prescriber_specialty, "
               "policy_id, policy_revision, request_type, status, assignee, created_at, "
               "updated_at, strength, member_language, member_search) VALUES (?, ?, ?, ?, ?, ?, "
               "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
               {QVariant(c.caseNumber),
                QVariant(i.lineOfBusiness),
                QVariant(i.urgency),
                QVariant(storedTime::write(i.receivedAt)),
                QVariant(storedTime::write(c.dueAt)),
                QVariant(i.memberId.trimmed()),
                QVariant(i.memberName.trimmed()),
                QVariant(i.memberBirthDate.toString(Qt::ISODate)),
                QVariant(i.drug),
                optional(i.quantity),
                optional(i.daysSupply),
                text(i.channel),
                required(i.prescriberName),
                required(i.prescriberNpi),
                required(i.prescriberSpecialty),
                required(i.policyId),
                required(c.policyRevision),
                QVariant(i.requestType),
                QVariant(caseStatusId(c.status)),
                text(i.assignee),
                QVariant(storedTime::write(c.createdAt)),
                QVariant(storedTime::write(c.updatedAt)),
                QVariant(i.strength.isEmpty() ? u""_s : i.strength.trimmed()),
                QVariant(i.memberLanguage),
                QVariant(memberSearchText(i.memberName.trimmed(), i.memberId.trimmed()))});
    if (!id)
        return Result<CaseRecord>::failure(
            Text::tr("the case could not be saved: %1").arg(id.error()));
    c.id = id.value();
    return c;
}

Result<QJsonObject> CaseStore::insertAnswers(const CaseRecord& c, const Answers& answers,
                                             FactSource source, const QString& by, bool strict)
{
    CaseFacts check(m_catalog.find(c.intake.policyId, c.policyRevision));
    QJsonObject kept;
    for (const auto& [factId, value] : answers) {
        const int index = check.policy().fact(factId);
        const QString problem =
            index < 0 ? Text::tr("no such question") : check.setFromJson(index, value);
        if (!problem.isEmpty()) {
            // Strict: an import or intake that does not fit is refused. Otherwise (answers
            // carried over from a case under another policy) it is simply not carried.
            if (strict && index >= 0)
                return Result<QJsonObject>::failure(u"\"%1\": %2"_s.arg(factId, problem));
            continue;
        }
        const Result<qint64> saved =
            runSql(m_database->connection(),
                   u"INSERT INTO case_facts (case_id, fact_id, value, source, changed_by, "
                   "changed_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                   {QVariant(c.id), QVariant(factId), QVariant(compact(value)),
                    QVariant(factSourceId(source)), QVariant(by),
                    QVariant(storedTime::write(c.createdAt))});
        if (!saved)
            return Result<QJsonObject>::failure(saved.error());
        kept.insert(factId, value);
    }
    return kept;
}

Result<CaseRecord> CaseStore::openCase(const Actor& actor, qint64 caseId)
{
    using R = Result<CaseRecord>;
    if (Done allowed = permitReviewers(actor, caseId, Text::tr("open a case")); !allowed)
        return R::failure(allowed.error());
    const R found = loadCase(caseId);
    if (!found)
        return found;
    const Done opened = action(actor, [&](const Audit& audit) {
        return audit(caseId, u"case.opened"_s,
                     QJsonObject{{u"caseNumber"_s, found->caseNumber},
                                 {u"memberId"_s, found->intake.memberId}},
                     {});
    });
    if (!opened)
        return R::failure(opened.error());
    return found;
}

Done CaseStore::recordAccess(const Actor& actor, qint64 caseId, const QString& what,
                             const QJsonObject& detail)
{
    if (Done allowed = permitReviewers(actor, caseId, Text::tr("read cases")); !allowed)
        return allowed;
    return action(actor,
                  [&](const Audit& audit) { return audit(caseId, what, detail, QString()); });
}

Result<CaseRecord> CaseStore::loadCase(qint64 caseId) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(caseColumns + u"WHERE id = ?"_s);
    q.addBindValue(caseId);
    if (!q.exec())
        return Result<CaseRecord>::failure(sqlError(q));
    if (!q.next())
        return Result<CaseRecord>::failure(Text::tr("no case %1").arg(caseId));
    return caseFrom(q);
}

Result<CaseRecord> CaseStore::findCase(const QString& caseNumber) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(caseColumns + u"WHERE case_number = ?"_s);
    q.addBindValue(caseNumber.trimmed());
    if (!q.exec())
        return Result<CaseRecord>::failure(sqlError(q));
    if (!q.next())
        return Result<CaseRecord>::failure(Text::tr("no case %1").arg(caseNumber));
    return caseFrom(q);
}

} // namespace urdesk
