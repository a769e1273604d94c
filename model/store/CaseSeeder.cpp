#include "CaseSeeder.h"

#include "DecisionClock.h"
#include "EvaluationReport.h"
#include "Evaluator.h"

#include <QJsonArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

// Names no member has: every surname says it is made up.
const QStringList firstNames = {u"Alex"_s,   u"Jordan"_s, u"Maria"_s, u"Wei"_s,   u"Aisha"_s,
                                u"Carlos"_s, u"Priya"_s,  u"Sam"_s,   u"Elena"_s, u"Noah"_s,
                                u"Grace"_s,  u"Omar"_s,   u"Lucia"_s, u"Kenji"_s, u"Ruth"_s};
const QStringList surnames = {u"Testperson"_s, u"Sampleton"_s, u"Fictitia"_s, u"Placeholder"_s,
                              u"Exampleson"_s, u"Mockwell"_s,  u"Demoford"_s, u"Synthetica"_s,
                              u"Madeupson"_s,  u"Notreal"_s};
const QStringList prescribers = {u"Dr. Ada Fictional"_s, u"Dr. Ben Imaginary"_s,
                                 u"Dr. Cleo Pretend"_s, u"Dr. Dev Invented"_s};
const QStringList specialties = {u"dermatology"_s,    u"allergy"_s,          u"pulmonology"_s,
                                 u"otolaryngology"_s, u"gastroenterology"_s, u"primaryCare"_s};
const QStringList lines = {u"commercial"_s, u"commercial"_s, u"medicarePartD"_s, u"medicaid"_s};
const QList<CaseStatus> statuses = {CaseStatus::New,      CaseStatus::New,
                                    CaseStatus::InReview, CaseStatus::InReview,
                                    CaseStatus::Pended,   CaseStatus::Referred,
                                    CaseStatus::Approved, CaseStatus::Approved,
                                    CaseStatus::Denied,   CaseStatus::PartiallyApproved,
                                    CaseStatus::Withdrawn};
// The demo accounts (demo::accounts()), so that "assigned to me" finds cases when signed in.
const QStringList reviewers = {u"nurse"_s, u"nurse"_s, u"md"_s, QString()};

template <typename T>
const T& pick(QRandomGenerator& r, const QList<T>& list)
{
    return list.at(int(r.bounded(quint32(list.size()))));
}

// What prescribers typically ask for of the drugs without a quantity rule; a drug not
// listed arrives with no quantity, as requests sometimes do.
struct TypicalRequest
{
    QString strength;
    double quantity = 0;
    int days = 0;
};
const QHash<QString, TypicalRequest> typicalRequests = {
    {u"Dupixent"_s, {u"300 mg/2 mL pen"_s, 2, 28}},
    {u"Leqselvi"_s, {u"8 mg tablets"_s, 60, 30}},
    {u"Opzelura"_s, {u"1.5% cream"_s, 60, 30}},
};

// The answers a request typically arrives with: who, what for, initial or renewal.
QList<std::pair<QString, QJsonValue>> typicalAnswers(const Policy& policy, const Intake& intake,
                                                     QRandomGenerator& r)
{
    Answers facts = intakeAnswers(intake);
    const int diagnosis = policy.fact(u"diagnosis");
    if (diagnosis >= 0) {
        const auto& options = policy.facts.at(diagnosis).options;
        // Mostly the indications the policy covers (the first options), sometimes another.
        const int i = r.bounded(10) < 9 ? 0 : int(r.bounded(quint32(options.size())));
        facts.append({u"diagnosis"_s, options.at(i).id});
    }
    if (r.bounded(3) == 0)
        facts.append({u"currentDrugs"_s, QJsonArray{}});
    return facts;
}

// Visible leaves of the criteria tree (not the conditions not covered) with this status.
void leavesWith(const Policy& p, const Evaluation& e, int node, Status status, QStringList& ids)
{
    const CriterionNode& n = p.nodes[size_t(node)];
    if (n.hidden || ids.size() >= 2)
        return;
    if (n.children.isEmpty() && e.node(node).status == status)
        ids.append(n.id);
    for (int c : n.children)
        leavesWith(p, e, c, status, ids);
}

// The criteria a denial names: those the evaluation found unmet, else leaves not met, else
// leaves missing information (a request denied for want of documentation).
QStringList deniedCriteria(const Policy& p, const Evaluation& e)
{
    QStringList ids;
    for (int n : e.determination.unmetCriteria)
        ids.append(p.nodes[size_t(n)].id);
    for (Status wanted : {Status::NotMet, Status::Missing}) {
        if (ids.isEmpty())
            leavesWith(p, e, p.root, wanted, ids);
    }
    if (ids.isEmpty())
        ids.append(p.nodes[size_t(p.root)].id);
    return ids;
}

// A decision as a reviewer would have recorded it, on the evaluation of the seeded answers:
// approvals by the nurse, denials and partial approvals by the medical director.
Decision seededDecision(const std::shared_ptr<const Policy>& policy, const CaseStore::Import& c,
                        QRandomGenerator& r)
{
    CaseFacts facts(policy);
    for (const auto& [id, value] : c.facts)
        facts.setFromJson(policy->fact(id), value);
    const Evaluation e = Evaluator::evaluate(facts, c.intake.receivedAt.date());
    Decision d;
    d.outcome = c.status;
    d.decidedAt = std::min(c.intake.receivedAt.addSecs(3600 + r.bounded(20 * 3600)),
                           QDateTime::currentDateTimeUtc());
    d.evaluation = EvaluationReport::json(facts, e);
    // A nurse approves only what the checklist finds approvable; any other approval is the
    // director's, with a note saying why.
    const bool approvable = e.determination.kind == Determination::Kind::Approvable;
    const bool director = c.status != CaseStatus::Approved || !approvable || r.bounded(3) == 0;
    d.decidedBy = director ? u"md"_s : u"nurse"_s;
    d.role = roleId(director ? Role::MedicalDirector : Role::ReviewNurse);
    if (c.status == CaseStatus::Denied) {
        d.criteria = deniedCriteria(*policy, e);
        d.rationale = u"Demonstration decision: the documentation sent does not show the "
                      "criteria named below are met."_s;
        return d;
    }
    d.approvalStart = c.intake.receivedAt.date();
    d.approvalEnd = d.approvalStart.addMonths(6).addDays(-1);
    d.approvedQuantity = c.intake.quantity;
    if (c.status == CaseStatus::PartiallyApproved) {
        if (d.approvedQuantity)
            *d.approvedQuantity /= 2;
        d.rationale = u"Demonstration decision: approved at the policy's standard quantity; "
                      "the additional quantity is not supported by the documentation."_s;
    } else if (!approvable) {
        d.rationale = u"Demonstration decision: approved on the medical director's review of "
                      "the chart notes, which show the criteria met; the answers in the form "
                      "are only those the request arrived with."_s;
    } else if (director) {
        d.rationale = u"Demonstration decision: criteria met on review of the chart notes."_s;
    }
    return d;
}

// When an open case arrived, so that the queue looks like a working day: some cases due
// today, some due soon, a few overdue and the rest on time, whatever the plan's clocks.
QDateTime openCaseReceived(int hoursAllowed, const QDateTime& now, QRandomGenerator& r)
{
    const qint64 allowed = qint64(hoursAllowed) * 3600;
    const qint64 endOfToday =
        now.toLocalTime().secsTo(QDateTime(now.toLocalTime().date().addDays(1), QTime(0, 0)));
    auto between = [&r](qint64 low, qint64 high) {
        return high <= low ? low : low + qint64(r.bounded(quint32(high - low)));
    };
    qint64 left = 0; // seconds until the deadline
    const int kind = int(r.bounded(100));
    if (kind < 8) // overdue by up to half a day
        left = -between(15 * 60, 12 * 3600);
    else if (kind < 35) // due before the day is out
        left = between(30 * 60, std::max<qint64>(endOfToday, 3600));
    else if (kind < 60) // under a quarter of the allowed time left
        left = between(30 * 60, allowed / 4);
    else
        left = between(allowed / 4, allowed);
    left = std::min(left, allowed);
    return now.addSecs(left - allowed);
}

// The note a nurse leaves on a case she referred or pended: why, in her words; for a pended
// case also what the prescriber was asked to send.
struct NurseNote
{
    QString text;
    QString asked;
};

NurseNote nurseNote(CaseStatus status, QRandomGenerator& r)
{
    static const QStringList referred = {
        u"Prescriber asks for an exception to the step-therapy requirement; the chart notes "
        "sent do not document the trials the policy lists. Referred for physician review."_s,
        u"The diagnosis on the request is not one the policy covers; the prescriber's letter "
        "of medical necessity is attached. Referred for physician review."_s,
        u"Requested quantity is above the policy's limit; the prescriber states the member "
        "needs the higher dose. Referred for physician review."_s,
        u"Renewal request: the records show a partial response only. Referred for physician "
        "review of continued benefit."_s};
    static const QList<NurseNote> pended = {
        {u"Faxed the prescriber's office for chart notes documenting prior topical therapy."_s,
         u"Chart notes showing the topical therapies tried, with dates and outcome"_s},
        {u"Called the prescriber's office: the lab results will be faxed by end of day."_s,
         u"The lab results the request refers to"_s},
        {u"Asked the prescriber for the member's current weight and dosing plan."_s,
         u"The member's current weight and the dosing plan"_s}};
    if (status == CaseStatus::Referred)
        return {pick(r, referred), {}};
    if (status == CaseStatus::Pended)
        return pick(r, pended);
    return {};
}

} // namespace

Result<int> CaseSeeder::seed(CaseStore& store, const Actor& actor, int count, quint32 randomSeed,
                             const std::function<void(const QList<CaseRecord>&)>& saved,
                             int batchSize)
{
    const PolicyCatalog& catalog = store.catalog();
    if (catalog.policies().isEmpty())
        return Result<int>::failure(QStringLiteral("no policies are loaded"));
    QRandomGenerator r(randomSeed);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int seeded = 0;
    while (seeded < count) {
        QList<CaseStore::Import> batch;
        for (int i = 0; i < std::min(std::max(batchSize, 1), count - seeded); ++i) {
            const auto& policy = pick(r, catalog.policies());
            CaseStore::Import c;
            Intake& in = c.intake;
            in.lineOfBusiness = pick(r, lines);
            in.urgency = r.bounded(5) == 0 ? u"expedited"_s : u"standard"_s;
            c.status = pick(r, statuses);
            in.receivedAt =
                isOpen(c.status)
                    ? openCaseReceived(DecisionClock::hoursAllowed(in.lineOfBusiness, in.urgency),
                                       now, r)
                    : now.addSecs(-60 * qint64(r.bounded(365 * 24 * 60)));
            in.memberId = u"FAKE%1"_s.arg(r.bounded(100000000), 8, 10, QChar(u'0'));
            in.memberName = pick(r, firstNames) + u' ' + pick(r, surnames);
            in.memberBirthDate = QDate(1940, 1, 1).addDays(r.bounded(365 * 80));
            in.drug = policy->drugName();
            in.strength = policy->drugs.isEmpty() ? QString() : policy->drugs.first().form;
            if (policy->quantity) {
                const bool home = r.bounded(2) == 0;
                in.channel = home ? u"homeDelivery"_s : u"retail"_s;
                in.daysSupply = home ? 90 : 30;
                in.quantity = (home ? 90.0 : 30.0) * (1 + r.bounded(3));
            } else if (typicalRequests.contains(in.drug)) {
                const TypicalRequest& typical = typicalRequests[in.drug];
                in.strength = typical.strength;
                in.quantity = typical.quantity;
                in.daysSupply = typical.days;
            }
            in.prescriberName = pick(r, prescribers);
            in.prescriberNpi = u"0%1"_s.arg(r.bounded(1000000000), 9, 10, QChar(u'0'));
            in.prescriberSpecialty = pick(r, specialties);
            in.policyId = policy->id;
            in.requestType = r.bounded(4) == 0 ? u"continuation"_s : u"initial"_s;
            in.assignee = c.status == CaseStatus::New ? QString() : pick(r, reviewers);
            if (r.bounded(4) == 0)
                in.memberLanguage = u"es"_s;
            c.facts = typicalAnswers(*policy, in, r);
            if (!isOpen(c.status) && c.status != CaseStatus::Withdrawn)
                c.decision = seededDecision(policy, c, r);
            if (const NurseNote note = nurseNote(c.status, r); !note.text.isEmpty()) {
                const QDateTime at =
                    std::min(in.receivedAt.addSecs(1800 + r.bounded(4 * 3600)), now);
                c.notes.append(Note{0, u"nurse"_s, roleId(Role::ReviewNurse), at, note.text});
                // A pended case waits for what the note asked for, due back in a few days
                // and by the decision's deadline where it can be.
                if (!note.asked.isEmpty()) {
                    const QDate today = now.toLocalTime().date();
                    const QDate deadline =
                        DecisionClock::dueAt(in.lineOfBusiness, in.urgency, in.receivedAt)
                            .toLocalTime()
                            .date();
                    c.informationRequests.append(InformationRequest{
                        0,
                        u"nurse"_s,
                        roleId(Role::ReviewNurse),
                        at,
                        std::max(today.addDays(1),
                                 std::min(today.addDays(1 + r.bounded(4)), deadline)),
                        {note.asked}});
                }
            }
            batch.append(c);
        }
        const Result<QList<CaseRecord>> done = store.importCases(actor, batch);
        if (!done)
            return Result<int>::failure(done.error());
        seeded += done->size();
        if (saved)
            saved(done.value());
    }
    return seeded;
}

} // namespace urdesk
