#include "CaseSeeder.h"

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

} // namespace

Result<int> CaseSeeder::seed(CaseStore& store, const Actor& actor, int count, quint32 randomSeed,
                             const std::function<void(int)>& progress)
{
    const PolicyCatalog& catalog = store.catalog();
    if (catalog.policies().isEmpty())
        return Result<int>::failure(QStringLiteral("no policies are loaded"));
    QRandomGenerator r(randomSeed);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    constexpr int batchSize = 2000;
    int saved = 0;
    while (saved < count) {
        QList<CaseStore::Import> batch;
        for (int i = 0; i < std::min(batchSize, count - saved); ++i) {
            const auto& policy = pick(r, catalog.policies());
            CaseStore::Import c;
            Intake& in = c.intake;
            in.lineOfBusiness = pick(r, lines);
            in.urgency = r.bounded(5) == 0 ? u"expedited"_s : u"standard"_s;
            c.status = pick(r, statuses);
            // Open cases arrived recently, some close to or past their deadline; decided
            // ones over the past year.
            const qint64 ageMinutes =
                isOpen(c.status) ? r.bounded(20 * 24 * 60) : r.bounded(365 * 24 * 60);
            in.receivedAt = now.addSecs(-60 * ageMinutes);
            in.memberId = u"FAKE%1"_s.arg(r.bounded(100000000), 8, 10, QChar(u'0'));
            in.memberName = pick(r, firstNames) + u' ' + pick(r, surnames);
            in.memberBirthDate = QDate(1940, 1, 1).addDays(r.bounded(365 * 80));
            in.drug = policy->drugName();
            if (policy->quantity) {
                const bool home = r.bounded(2) == 0;
                in.channel = home ? u"homeDelivery"_s : u"retail"_s;
                in.daysSupply = home ? 90 : 30;
                in.quantity = (home ? 90.0 : 30.0) * (1 + r.bounded(3));
            }
            in.prescriberName = pick(r, prescribers);
            in.prescriberNpi = u"0%1"_s.arg(r.bounded(1000000000), 9, 10, QChar(u'0'));
            in.prescriberSpecialty = pick(r, specialties);
            in.policyId = policy->id;
            in.requestType = r.bounded(4) == 0 ? u"continuation"_s : u"initial"_s;
            in.assignee = c.status == CaseStatus::New ? QString() : pick(r, reviewers);
            c.facts = typicalAnswers(*policy, in, r);
            batch.append(c);
        }
        const Result<int> done = store.importCases(actor, batch);
        if (!done)
            return done;
        saved += done.value();
        if (progress)
            progress(saved);
    }
    return saved;
}

} // namespace urdesk
