#include "CaseStore.h"

#include "DecisionClock.h"
#include "StoredTime.h"
#include "TextFold.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(urdesk::CaseStore)
};

QVariant optional(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant optional(const std::optional<int>& v)
{
    return v ? QVariant(*v) : QVariant();
}

// An optional text column: NULL when empty.
QVariant text(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// A required text column: never NULL, even for a null QString.
QVariant required(const QString& s)
{
    return QVariant(s.isNull() ? u""_s : s);
}

QString compact(const QJsonValue& v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

QJsonValue parseValue(const QString& text)
{
    return QJsonDocument::fromJson((u'[' + text + u']').toUtf8()).array().first();
}

// The rows of one case from `sql` (a SELECT with one placeholder, the case id), each made
// into a T by `make`.
template <typename T, typename Make>
Result<QList<T>> rowsOfCase(const QSqlDatabase& db, const QString& sql, qint64 caseId, Make make)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(caseId);
    if (!q.exec())
        return Result<QList<T>>::failure(sqlError(q));
    QList<T> out;
    while (q.next())
        out.append(make(q));
    return out;
}

// A pended case's latest request for information's due date (NULL otherwise).
const QString informationDueColumn =
    u"CASE WHEN status = 'pended' THEN (SELECT due_on FROM information_requests r "
    "WHERE r.case_id = cases.id ORDER BY r.id DESC LIMIT 1) END"_s;

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
    if (Done allowed =
            permit(actor, {Role::ReviewNurse, Role::MedicalDirector}, 0, Text::tr("create a case"));
        !allowed)
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

Result<int> CaseStore::importCases(const Actor& actor, const QList<Import>& cases)
{
    if (Done allowed = permit(actor, {Role::Administrator}, 0, Text::tr("import cases")); !allowed)
        return Result<int>::failure(allowed.error());
    int imported = 0;
    Done ok = action(actor, [&](const Audit& audit) -> Done {
        for (const Import& in : cases) {
            Result<CaseRecord> c = insertCase(in.intake, in.status);
            if (!c)
                return Done::failure(c.error());
            const Result<QJsonObject> answers =
                insertAnswers(c.value(), in.facts, FactSource::Imported, actor.account, true);
            if (!answers)
                return Done::failure(
                    Text::tr("case %1 of the import: %2").arg(imported + 1).arg(answers.error()));
            QJsonObject detail = intakeJson(c.value());
            detail.insert(u"facts"_s, answers.value());
            if (in.decision) {
                if (in.decision->outcome != in.status)
                    return Done::failure(Text::tr("case %1 of the import: its decision is not its "
                                                  "status")
                                             .arg(imported + 1));
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
            ++imported;
        }
        return done();
    });
    if (!ok)
        return Result<int>::failure(ok.error());
    // A large import changes what the queue's best indexes are: refresh the statistics.
    if (imported >= 1000)
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

    q.prepare(u"INSERT INTO cases (case_number, line_of_business, urgency, received_at, "
              "due_at, member_id, member_name, member_birth_date, drug, quantity, "
              "days_supply, channel, prescriber_name, prescriber_npi, prescriber_specialty, "
              "policy_id, policy_revision, request_type, status, assignee, created_at, "
              "updated_at, strength, member_language, member_search) VALUES (?, ?, ?, ?, ?, ?, "
              "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const Intake& i = c.intake;
    for (const QVariant& v :
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
          QVariant(memberSearchText(i.memberName.trimmed(), i.memberId.trimmed()))})
        q.addBindValue(v);
    if (!q.exec())
        return Result<CaseRecord>::failure(
            Text::tr("the case could not be saved: %1").arg(sqlError(q)));
    c.id = q.lastInsertId().toLongLong();
    return c;
}

Result<QJsonObject> CaseStore::insertAnswers(const CaseRecord& c, const Answers& answers,
                                             FactSource source, const QString& by, bool strict)
{
    CaseFacts check(m_catalog.find(c.intake.policyId, c.policyRevision));
    QJsonObject kept;
    QSqlQuery q(m_database->connection());
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
        q.prepare(u"INSERT INTO case_facts (case_id, fact_id, value, source, changed_by, "
                  "changed_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
        for (const QVariant& v : {QVariant(c.id), QVariant(factId), QVariant(compact(value)),
                                  QVariant(factSourceId(source)), QVariant(by),
                                  QVariant(storedTime::write(c.createdAt))})
            q.addBindValue(v);
        if (!q.exec())
            return Result<QJsonObject>::failure(sqlError(q));
        kept.insert(factId, value);
    }
    return kept;
}

Result<CaseRecord> CaseStore::openCase(const Actor& actor, qint64 caseId)
{
    using R = Result<CaseRecord>;
    if (Done allowed = permit(actor, {Role::ReviewNurse, Role::MedicalDirector}, caseId,
                              Text::tr("open a case"));
        !allowed)
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
    if (Done allowed = permit(actor, {Role::ReviewNurse, Role::MedicalDirector}, caseId,
                              Text::tr("read cases"));
        !allowed)
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

namespace {
// The WHERE clause of a queue filter and its values, in order.
QString whereClause(const CaseFilter& f, QVariantList* values)
{
    QStringList terms;
    if (!f.statuses.isEmpty()) {
        // In one order, so that the open-cases filter matches its partial index.
        QList<CaseStatus> statuses = f.statuses;
        std::sort(statuses.begin(), statuses.end());
        statuses.erase(std::unique(statuses.begin(), statuses.end()), statuses.end());
        // Written in, not bound: SQLite uses a partial index only for values it can see when
        // it plans. They come from the fixed list of statuses, never from what a user types.
        QStringList ids;
        for (CaseStatus s : std::as_const(statuses))
            ids.append(u'\'' + caseStatusId(s) + u'\'');
        terms.append(u"status IN (%1)"_s.arg(ids.join(u", ")));
    }
    const std::pair<const QString*, QString> equal[] = {
        {&f.urgency, u"urgency = ?"_s},
        {&f.lineOfBusiness, u"line_of_business = ?"_s},
        {&f.assignee, u"assignee = ?"_s},
    };
    for (const auto& [value, term] : equal) {
        if (!value->isEmpty()) {
            terms.append(term);
            values->append(*value);
        }
    }
    const QString search = f.search.trimmed();
    if (!search.isEmpty()) {
        // A case number whole, or every word somewhere in the member's name or member id,
        // accents and case set aside: "lopez maria" finds "María López Ruiz". Words of three
        // letters or more are looked up in the trigram index (schema version 10); shorter
        // ones, which a trigram cannot hold, are matched by reading member_search.
        QStringList phrases;
        QStringList patterns;
        for (QString word : foldForSearch(search).split(u' ', Qt::SkipEmptyParts)) {
            if (word.toUcs4().size() >= 3) {
                phrases.append(u'"' + word.replace(u'"', u"\"\""_s) + u'"');
            } else {
                word.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
                patterns.append(u'%' + word + u'%');
            }
        }
        QStringList byMember(patterns.size(), u"member_search LIKE ? ESCAPE '\\'"_s);
        if (!phrases.isEmpty()) {
            byMember.prepend(u"id IN (SELECT rowid FROM member_search_index "
                             "WHERE member_search_index MATCH ?)"_s);
        }
        terms.append(byMember.isEmpty()
                         ? u"case_number = ?"_s
                         : u"(case_number = ? OR (%1))"_s.arg(byMember.join(u" AND "_s)));
        *values << search;
        if (!phrases.isEmpty())
            *values << phrases.join(u' ');
        for (const QString& p : std::as_const(patterns))
            *values << p;
    }
    return terms.isEmpty() ? QString() : u"WHERE "_s + terms.join(u" AND "_s) + u' ';
}
} // namespace

QString CaseStore::queueStatement(const CaseFilter& filter, QVariantList* values)
{
    const QString where = whereClause(filter, values);
    *values << filter.limit << filter.offset;
    // Each order has an index that serves it (schema versions 1 and 5); every term goes the
    // same direction so that SQLite can walk the index backwards for a descending sort.
    QStringList terms;
    switch (filter.sort) {
    case CaseSort::DueAt:
        break;
    case CaseSort::CaseNumber:
        terms = {u"case_number"_s};
        break;
    case CaseSort::MemberName:
        terms = {u"member_name COLLATE NOCASE"_s};
        break;
    case CaseSort::Drug:
        terms = {u"drug"_s};
        break;
    case CaseSort::Policy:
        terms = {u"policy_id"_s};
        break;
    case CaseSort::LineOfBusiness:
        terms = {u"line_of_business"_s};
        break;
    case CaseSort::Urgency:
        terms = {u"urgency"_s};
        break;
    case CaseSort::Status:
        terms = {u"status"_s};
        break;
    case CaseSort::Assignee:
        terms = {u"assignee"_s};
        break;
    }
    if (filter.sort != CaseSort::CaseNumber && filter.sort != CaseSort::MemberName)
        terms << u"due_at"_s;
    terms << u"id"_s;
    if (filter.descending) {
        for (QString& t : terms)
            t += u" DESC"_s;
    }
    return u"SELECT id, case_number, member_id, member_name, drug, policy_id, "
           "line_of_business, urgency, status, received_at, due_at, assignee, "_s +
           informationDueColumn + u" FROM cases "_s + where + u"ORDER BY "_s + terms.join(u", "_s) +
           u" LIMIT ? OFFSET ?"_s;
}

Result<QList<CaseSummary>> CaseStore::queue(const CaseFilter& filter) const
{
    QVariantList values;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(queueStatement(filter, &values));
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return Result<QList<CaseSummary>>::failure(sqlError(q));
    QList<CaseSummary> out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                    q.value(6).toString(), q.value(7).toString(),
                    caseStatusFromId(q.value(8).toString()).value_or(CaseStatus::New),
                    storedTime::read(q.value(9)), storedTime::read(q.value(10)),
                    q.value(11).toString(),
                    QDate::fromString(q.value(12).toString(), Qt::ISODate)});
    }
    return out;
}

Result<qint64> CaseStore::count(const CaseFilter& filter) const
{
    QVariantList values;
    const QString where = whereClause(filter, &values);
    QSqlQuery q(m_database->connection());
    q.prepare(u"SELECT count(*) FROM cases "_s + where);
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(sqlError(q));
    return q.value(0).toLongLong();
}

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
CaseStore::storedAnswer(qint64 caseId, const QString& factId) const
{
    using R = Result<std::optional<std::pair<QString, QString>>>;
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
    if (Done allowed = permit(actor, {Role::ReviewNurse, Role::MedicalDirector}, caseId,
                              Text::tr("change an answer"));
        !allowed)
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
        return Done::failure(Text::tr("%1: %2").arg((*policy)->facts.at(index).questionText(), problem));

    return action(actor, [&](const Audit& audit) -> Done {
        if (const auto open = whileOpen(caseId, Text::tr("change its answers")); !open)
            return Done::failure(open.error());
        const Result<std::optional<std::pair<QString, QString>>> current =
            storedAnswer(caseId, factId);
        if (!current)
            return Done::failure(current.error());
        const bool existed = current->has_value();
        const QString before = existed ? (*current)->first : QString();
        const QString beforeSource = existed ? (*current)->second : QString();
        const QString after = compact(value);
        QSqlQuery q(m_database->connection());
        if (existed && before == after && beforeSource == factSourceId(source))
            return audit(caseId, u"fact.confirmed"_s,
                         QJsonObject{{u"fact"_s, factId}, {u"value"_s, value}}, reason);
        q.prepare(u"INSERT INTO case_facts (case_id, fact_id, value, source, changed_by, "
                  "changed_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, fact_id) DO "
                  "UPDATE SET value = excluded.value, source = excluded.source, changed_by = "
                  "excluded.changed_by, changed_at = excluded.changed_at"_s);
        for (const QVariant& v : {QVariant(caseId), QVariant(factId), QVariant(after),
                                  QVariant(factSourceId(source)), QVariant(actor.account),
                                  QVariant(storedTime::write(QDateTime::currentDateTimeUtc()))})
            q.addBindValue(v);
        if (!q.exec())
            return Done::failure(Text::tr("the answer could not be saved: %1").arg(sqlError(q)));
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
    if (Done allowed = permit(actor, {Role::ReviewNurse, Role::MedicalDirector}, caseId,
                              Text::tr("change an answer"));
        !allowed)
        return Done::failure(allowed.error());
    return action(actor, [&](const Audit& audit) -> Done {
        if (const auto open = whileOpen(caseId, Text::tr("change its answers")); !open)
            return Done::failure(open.error());
        const Result<std::optional<std::pair<QString, QString>>> current =
            storedAnswer(caseId, factId);
        if (!current)
            return Done::failure(current.error());
        if (!current->has_value())
            return Done::failure(Text::tr("\"%1\" is not answered on this case").arg(factId));
        const QJsonObject detail{{u"fact"_s, factId},
                                 {u"old"_s, parseValue((*current)->first)},
                                 {u"oldSource"_s, (*current)->second}};
        QSqlQuery q(m_database->connection());
        q.prepare(u"DELETE FROM case_facts WHERE case_id = ? AND fact_id = ?"_s);
        q.addBindValue(caseId);
        q.addBindValue(factId);
        if (!q.exec())
            return Done::failure(sqlError(q));
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

Done CaseStore::addNote(const Actor& actor, qint64 caseId, const QString& text)
{
    if (Done allowed = permit(actor, {Role::ReviewNurse, Role::MedicalDirector}, caseId,
                              Text::tr("add a note"));
        !allowed)
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
    QSqlQuery q(m_database->connection());
    q.prepare(
        u"INSERT INTO notes (case_id, author, role, created_at, text) VALUES (?, ?, ?, ?, ?)"_s);
    for (const QVariant& v : {QVariant(caseId), QVariant(note.author), QVariant(note.role),
                              QVariant(storedTime::write(note.createdAt)), QVariant(note.text)})
        q.addBindValue(v);
    if (!q.exec())
        return Result<qint64>::failure(
            Text::tr("the note could not be saved: %1").arg(sqlError(q)));
    return q.lastInsertId().toLongLong();
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
    QSqlQuery q(m_database->connection());
    q.prepare(u"UPDATE cases SET status = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(caseStatusId(to));
    q.addBindValue(storedTime::write(QDateTime::currentDateTimeUtc()));
    q.addBindValue(caseId);
    if (!q.exec())
        return Done::failure(sqlError(q));
    return done();
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
    QSqlQuery q(m_database->connection());
    // The column's name is one of the constants above, never input.
    q.prepare(u"UPDATE cases SET %1 = ? WHERE id = ?"_s.arg(column->name));
    q.addBindValue(stored);
    q.addBindValue(caseId);
    if (!q.exec())
        return Done::failure(sqlError(q));
    return done();
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
            ownReferral ? permit(actor, {Role::ReviewNurse, Role::MedicalDirector}, caseId,
                                 Text::tr("reopen a case"))
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
    if (Done allowed = permit(actor, {Role::ReviewNurse, Role::MedicalDirector}, caseId,
                              Text::tr("move a case"));
        !allowed)
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
    if (Done allowed = permit(actor, {Role::ReviewNurse, Role::MedicalDirector}, caseId,
                              Text::tr("ask for information"));
        !allowed)
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
    QSqlQuery q(m_database->connection());
    q.prepare(u"INSERT INTO information_requests (case_id, requested_by, role, requested_at, "
              "due_on, items) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant& v :
         {QVariant(caseId), QVariant(r.requestedBy), QVariant(r.role),
          QVariant(storedTime::write(r.requestedAt)), QVariant(r.dueOn.toString(Qt::ISODate)),
          QVariant(compact(QJsonArray::fromStringList(r.items)))})
        q.addBindValue(v);
    if (!q.exec())
        return Done::failure(
            Text::tr("the request for information could not be saved: %1").arg(sqlError(q)));
    r.id = q.lastInsertId().toLongLong();
    return done();
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

Done CaseStore::assign(const Actor& actor, qint64 caseId, const QString& assignee)
{
    if (Done allowed = permit(actor, {Role::ReviewNurse, Role::MedicalDirector}, caseId,
                              Text::tr("assign a case"));
        !allowed)
        return Done::failure(allowed.error());
    return action(actor, [&](const Audit& audit) -> Done {
        const Result<CaseRecord> c = whileOpen(caseId, Text::tr("assign it"));
        if (!c)
            return Done::failure(c.error());
        QSqlQuery q(m_database->connection());
        q.prepare(u"UPDATE cases SET assignee = ?, updated_at = ? WHERE id = ?"_s);
        q.addBindValue(text(assignee));
        q.addBindValue(storedTime::write(QDateTime::currentDateTimeUtc()));
        q.addBindValue(caseId);
        if (!q.exec())
            return Done::failure(sqlError(q));
        return audit(caseId, u"case.assigned"_s,
                     QJsonObject{{u"old"_s, c->intake.assignee}, {u"new"_s, assignee}}, {});
    });
}

Result<Decision> CaseStore::decide(const Actor& actor, qint64 caseId, const Decision& decision)
{
    using R = Result<Decision>;
    const CaseStatus outcome = decision.outcome;
    if (outcome != CaseStatus::Approved && outcome != CaseStatus::PartiallyApproved &&
        outcome != CaseStatus::Denied)
        return R::failure(Text::tr("a decision approves, partially approves or denies"));
    const bool approves = outcome != CaseStatus::Denied;
    if (Done allowed = approves && outcome == CaseStatus::Approved
                           ? permit(actor, {Role::ReviewNurse, Role::MedicalDirector}, caseId,
                                    Text::tr("approve"))
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
    QSqlQuery q(m_database->connection());
    q.prepare(u"INSERT INTO decisions (case_id, outcome, decided_by, role, decided_at, "
              "rationale, approval_start, approval_end, approved_quantity, evaluation, "
              "criteria) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QString evaluation =
        QString::fromUtf8(QJsonDocument(d.evaluation).toJson(QJsonDocument::Compact));
    for (const QVariant& v :
         {QVariant(caseId), QVariant(caseStatusId(d.outcome)), QVariant(d.decidedBy),
          QVariant(d.role), QVariant(storedTime::write(d.decidedAt)), required(d.rationale),
          text(d.approvalStart.toString(Qt::ISODate)), text(d.approvalEnd.toString(Qt::ISODate)),
          optional(d.approvedQuantity), QVariant(evaluation),
          QVariant(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(d.criteria))
                                         .toJson(QJsonDocument::Compact)))})
        q.addBindValue(v);
    if (!q.exec())
        return Result<qint64>::failure(
            Text::tr("the decision could not be saved: %1").arg(sqlError(q)));
    return q.lastInsertId().toLongLong();
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
        QSqlQuery q(m_database->connection());
        q.prepare(u"INSERT INTO overrides (case_id, criterion_id, status, decided_by, role, "
                  "decided_at, rationale) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        for (const QVariant& v :
             {QVariant(caseId), QVariant(criterionId), QVariant(met ? u"met"_s : u"notMet"_s),
              QVariant(actor.account), QVariant(actor.role),
              QVariant(storedTime::write(QDateTime::currentDateTimeUtc())), QVariant(rationale)})
            q.addBindValue(v);
        if (!q.exec())
            return Done::failure(Text::tr("the override could not be saved: %1").arg(sqlError(q)));
        return audit(
            caseId, u"criterion.overridden"_s,
            QJsonObject{{u"criterion"_s, criterionId}, {u"new"_s, met ? u"met"_s : u"notMet"_s}},
            rationale);
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

Result<Attachment> CaseStore::addAttachment(const Actor& actor, qint64 caseId,
                                            const QString& fileName, const QString& mediaType,
                                            const QByteArray& content)
{
    if (Done allowed = permit(actor, {Role::ReviewNurse, Role::MedicalDirector}, caseId,
                              Text::tr("attach a document"));
        !allowed)
        return Result<Attachment>::failure(allowed.error());
    if (mediaType != u"application/pdf" && !mediaType.startsWith(u"image/"))
        return Result<Attachment>::failure(
            Text::tr("%1: only PDF documents and images can be attached").arg(fileName));
    if (content.isEmpty())
        return Result<Attachment>::failure(Text::tr("%1: the file is empty").arg(fileName));
    if (content.size() > maximumAttachmentSize)
        return Result<Attachment>::failure(
            Text::tr("%1: larger than the 50 MB an attachment may be").arg(fileName));
    Attachment a;
    a.fileName = fileName;
    a.mediaType = mediaType;
    a.addedBy = actor.account;
    Done ok = action(actor, [&](const Audit& audit) -> Done {
        if (Done saved = insertAttachment(caseId, a, content); !saved)
            return saved;
        return audit(caseId, u"attachment.added"_s,
                     QJsonObject{{u"attachment"_s, a.id},
                                 {u"fileName"_s, a.fileName},
                                 {u"mediaType"_s, a.mediaType},
                                 {u"size"_s, a.size},
                                 {u"sha256"_s, a.sha256}},
                     {});
    });
    if (!ok)
        return Result<Attachment>::failure(ok.error());
    return a;
}

Result<Attachment> CaseStore::fileLetter(const Actor& actor, qint64 caseId, const QString& fileName,
                                         const QByteArray& pdf, const QJsonObject& exportDetail)
{
    if (Done allowed = permit(actor, {Role::ReviewNurse, Role::MedicalDirector}, caseId,
                              Text::tr("export a letter"));
        !allowed)
        return Result<Attachment>::failure(allowed.error());
    Attachment a;
    a.fileName = fileName;
    a.mediaType = u"application/pdf"_s;
    a.addedBy = actor.account;
    a.sentLetter = true;
    Done ok = action(actor, [&](const Audit& audit) -> Done {
        if (Done saved = insertAttachment(caseId, a, pdf); !saved)
            return saved;
        QJsonObject detail = exportDetail;
        detail.insert(u"attachment"_s, a.id);
        return audit(caseId, u"case.exported"_s, detail, {});
    });
    if (!ok)
        return Result<Attachment>::failure(ok.error());
    return a;
}

Done CaseStore::insertAttachment(qint64 caseId, Attachment& a, const QByteArray& content)
{
    a.size = content.size();
    a.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    a.addedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_database->connection());
    q.prepare(u"INSERT INTO attachments (case_id, file_name, media_type, size, sha256, "
              "added_by, added_at, content, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant& v :
         {QVariant(caseId), QVariant(a.fileName), QVariant(a.mediaType), QVariant(a.size),
          QVariant(a.sha256), QVariant(a.addedBy), QVariant(storedTime::write(a.addedAt)),
          QVariant(content), QVariant(a.sentLetter ? u"sentLetter"_s : u"received"_s)})
        q.addBindValue(v);
    if (!q.exec())
        return Done::failure(Text::tr("%1 could not be saved: %2").arg(a.fileName, sqlError(q)));
    a.id = q.lastInsertId().toLongLong();
    return done();
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

Result<QByteArray> CaseStore::attachmentContent(qint64 attachmentId) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(u"SELECT content, sha256 FROM attachments WHERE id = ?"_s);
    q.addBindValue(attachmentId);
    if (!q.exec())
        return Result<QByteArray>::failure(sqlError(q));
    if (!q.next())
        return Result<QByteArray>::failure(Text::tr("no attachment %1").arg(attachmentId));
    const QByteArray content = q.value(0).toByteArray();
    // What was stored is what is handed out: a damaged copy is refused, not opened.
    if (QString::fromLatin1(
            QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()) !=
        q.value(1).toString())
        return Result<QByteArray>::failure(
            Text::tr("attachment %1 does not match the fingerprint recorded when it was added")
                .arg(attachmentId));
    return content;
}

} // namespace urdesk
