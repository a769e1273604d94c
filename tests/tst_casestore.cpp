// The case store: intake, answers with provenance, notes, status moves, the queue; every
// action saved together with its audit row, or not at all.
#include "AuditTrail.h"
#include "DecisionClock.h"
#include "Evaluator.h"
#include "StoreSupport.h"
#include "StrictTest.h"

#include <QJsonArray>
#include <QTest>

using namespace urdesk;
using namespace Qt::StringLiterals;

class TestCaseStore : public urdesk::test::StrictTest
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opensCasesWithNumbersDueTimesAndPinnedPolicy();
    void refusesIncompleteIntake_data();
    void refusesIncompleteIntake();
    void answersKeepTheirSource();
    void intakeAnswersAndAnswersCarriedOver();
    void refusesAnswersThatDoNotFit();
    void answersEvaluate();
    void notes();
    void statusMoves();
    void queueFiltersAndOrders();
    void searchFindsAnyPartWhateverTheAccents();
    void timeLeft_data();
    void timeLeft();
    void anActionThatCannotBeAuditedIsNotSaved();
    void decisions();
    void overrides();
    void attachments();
    void onlyAMedicalDirectorDeniesOrOverrides();
    void aDecidedCaseIsReadOnlyUntilADirectorReopensIt();
    void aNurseTakesBackHerOwnReferral();

private:
    std::optional<StoredFact> answer(qint64 caseId, const QString& factId) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CaseStore> m_store;
    int auditRows(qint64 caseId) const
    {
        return int(AuditTrail::forCase(m_store->database().connection(), caseId).size());
    }
};

void TestCaseStore::init()
{
    StrictTest::init();
    m_dir = std::make_unique<QTemporaryDir>();
    const auto db = Database::open(m_dir->filePath(u"cases.db"_s));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    test::addTestAccounts(db.value());
    m_store = std::make_unique<CaseStore>(db.value(), test::builtinCatalog());
}

void TestCaseStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestCaseStore::opensCasesWithNumbersDueTimesAndPinnedPolicy()
{
    const auto first = m_store->createCase(test::nurse, test::sampleIntake());
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(first->caseNumber, u"PA-2026-000001"_s);
    QCOMPARE(first->policyRevision, u"2024-11-15"_s);
    QCOMPARE(first->status, CaseStatus::New);
    // Commercial, standard: 15 calendar days from receipt.
    QCOMPARE(first->dueAt, QDateTime(QDate(2026, 3, 17), QTime(14, 0), Qt::UTC));

    Intake partD = test::sampleIntake();
    partD.lineOfBusiness = u"medicarePartD"_s;
    partD.urgency = u"expedited"_s;
    const auto second = m_store->createCase(test::nurse, partD);
    QVERIFY(second.ok());
    QCOMPARE(second->caseNumber, u"PA-2026-000002"_s);
    QCOMPARE(second->dueAt, QDateTime(QDate(2026, 3, 3), QTime(14, 0), Qt::UTC)); // 24 hours

    const auto loaded = m_store->findCase(u"PA-2026-000002"_s);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->intake.lineOfBusiness, u"medicarePartD"_s);
    QCOMPARE(loaded->intake.memberBirthDate, QDate(2011, 6, 15));
    QCOMPARE(loaded->dueAt, second->dueAt);
    const auto rows = AuditTrail::forCase(m_store->database().connection(), second->id);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().action, u"case.created"_s);
    QCOMPARE(rows.first().account, u"nurse.rivera"_s);
    QCOMPARE(rows.first().role, u"reviewNurse"_s);
    QVERIFY(rows.first().at.endsWith(u'Z'));
}

void TestCaseStore::refusesIncompleteIntake_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no member name")
        << u"memberName"_s << u"the member's id and name are required"_s;
    QTest::newRow("bad NPI") << u"prescriberNpi"_s << u"the prescriber's NPI must be 10 digits"_s;
    QTest::newRow("unknown policy") << u"policyId"_s << u"no loaded policy \"nope\""_s;
    QTest::newRow("unknown line of business")
        << u"lineOfBusiness"_s << u"line of business must be"_s;
    QTest::newRow("days supply out of range")
        << u"daysSupply"_s << u"the days supply must be from 1 to 365"_s;
}

void TestCaseStore::refusesIncompleteIntake()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    Intake i = test::sampleIntake();
    if (field == u"memberName")
        i.memberName = u"  "_s;
    else if (field == u"prescriberNpi")
        i.prescriberNpi = u"12345"_s;
    else if (field == u"policyId")
        i.policyId = u"nope"_s;
    else if (field == u"lineOfBusiness")
        i.lineOfBusiness = u"vip"_s;
    else if (field == u"daysSupply")
        i.daysSupply = 400;
    const auto c = m_store->createCase(test::nurse, i);
    QVERIFY(!c.ok());
    QVERIFY2(c.error().contains(expected), qPrintable(c.error()));
    QCOMPARE(m_store->count({}).value(), 0);
}

std::optional<StoredFact> TestCaseStore::answer(qint64 caseId, const QString& factId) const
{
    for (const StoredFact& f : m_store->facts(caseId).value()) {
        if (f.factId == factId)
            return f;
    }
    return std::nullopt;
}

void TestCaseStore::intakeAnswersAndAnswersCarriedOver()
{
    Intake intake = test::sampleIntake();
    intake.quantity = 60;
    intake.daysSupply = 30;
    intake.channel = u"retail"_s;
    const CaseRecord first = m_store->createCase(test::nurse, intake).value();
    // The request's own answers are there, entered by whoever took the intake.
    QCOMPARE(answer(first.id, u"member.birthDate"_s)->value.toString(), u"2011-06-15"_s);
    QCOMPARE(answer(first.id, u"request.type"_s)->value.toString(), u"initial"_s);
    QCOMPARE(answer(first.id, u"request.quantity"_s)->value.toDouble(), 60.0);
    QCOMPARE(answer(first.id, u"prescriber.specialty"_s)->source, FactSource::Entered);
    QVERIFY(m_store->setFact(test::nurse, first.id, u"bsaPercent"_s, 12, FactSource::Entered).ok());

    // A later request of the same member: answers carried over where they fit.
    const Answers earlier = {{u"bsaPercent"_s, 12},
                             {u"diagnosis"_s, u"notADiagnosis"_s},       // does not fit: left out
                             {u"asthmaPhenotype"_s, u"eosinophilic"_s}}; // not asked here
    intake.requestType = u"continuation"_s;
    const CaseRecord second = m_store->createCase(test::nurse, intake, earlier).value();
    QCOMPARE(answer(second.id, u"bsaPercent"_s)->source, FactSource::CarriedOver);
    QVERIFY(!answer(second.id, u"diagnosis"_s));
    QVERIFY(!answer(second.id, u"asthmaPhenotype"_s));
    QCOMPARE(answer(second.id, u"request.type"_s)->value.toString(), u"continuation"_s);
    const AuditEntry created =
        AuditTrail::forCase(m_store->database().connection(), second.id).first();
    QVERIFY2(created.detail.contains(u"\"carriedOver\":{\"bsaPercent\":12}"_s),
             qPrintable(created.detail));
}

void TestCaseStore::answersKeepTheirSource()
{
    const auto c = m_store->createCase(test::nurse, test::sampleIntake());
    QVERIFY(
        m_store->setFact(test::nurse, c->id, u"bsaPercent"_s, 12, FactSource::CarriedOver).ok());
    const Actor other = test::otherNurse;
    QVERIFY(m_store
                ->setFact(other, c->id, u"bsaPercent"_s, 14, FactSource::Entered,
                          u"prescriber's new chart note"_s)
                .ok());
    const StoredFact bsa = answer(c->id, u"bsaPercent"_s).value();
    QCOMPARE(bsa.value.toDouble(), 14.0);
    QCOMPARE(bsa.source, FactSource::Entered);
    QCOMPARE(bsa.changedBy, u"nurse.okafor"_s);

    const auto rows = AuditTrail::forCase(m_store->database().connection(), c->id);
    QCOMPARE(rows.size(), 3);
    // The change of a carried-over answer says what it was, where it came from, and why.
    const QJsonObject detail = QJsonDocument::fromJson(rows.last().detail.toUtf8()).object();
    QCOMPARE(detail.value(u"old"_s).toDouble(), 12.0);
    QCOMPARE(detail.value(u"oldSource"_s).toString(), u"carriedOver"_s);
    QCOMPARE(detail.value(u"new"_s).toDouble(), 14.0);
    QCOMPARE(rows.last().reason, u"prescriber's new chart note"_s);

    QVERIFY(m_store->clearFact(other, c->id, u"bsaPercent"_s).ok());
    QVERIFY(!answer(c->id, u"bsaPercent"_s));
    QCOMPARE(auditRows(c->id), 4);
}

void TestCaseStore::refusesAnswersThatDoNotFit()
{
    const auto c = m_store->createCase(test::nurse, test::sampleIntake());
    Done d = m_store->setFact(test::nurse, c->id, u"bsaPercent"_s, 150, FactSource::Entered);
    QVERIFY(!d.ok());
    QVERIFY2(d.error().contains(u"150 is above the maximum 100 %"_s), qPrintable(d.error()));
    d = m_store->setFact(test::nurse, c->id, u"diagnosis"_s, u"eczema"_s, FactSource::Entered);
    QVERIFY2(d.error().contains(u"\"eczema\" is not one of the options"_s), qPrintable(d.error()));
    d = m_store->setFact(test::nurse, c->id, u"bsa"_s, 1, FactSource::Entered);
    QVERIFY2(d.error().contains(u"has no question \"bsa\""_s), qPrintable(d.error()));
    QVERIFY(!answer(c->id, u"bsaPercent"_s) && !answer(c->id, u"diagnosis"_s));
    QCOMPARE(auditRows(c->id), 1); // only the intake
}

void TestCaseStore::answersEvaluate()
{
    const auto c = m_store->createCase(test::nurse, test::sampleIntake());
    const QJsonArray therapies{QJsonObject{{u"drug"_s, u"triamcinolone acetonide 0.1% cream"_s},
                                           {u"start"_s, u"2026-01-01"_s},
                                           {u"end"_s, u"2026-01-28"_s},
                                           {u"outcome"_s, u"failure"_s}}};
    QVERIFY(
        m_store->setFact(test::nurse, c->id, u"therapies"_s, therapies, FactSource::Entered).ok());
    QVERIFY(m_store
                ->setFact(test::nurse, c->id, u"diagnosis"_s, u"atopicDermatitis"_s,
                          FactSource::Entered)
                .ok());
    QVERIFY(
        m_store->setFact(test::nurse, c->id, u"request.type"_s, u"initial"_s, FactSource::Entered)
            .ok());
    const auto facts = m_store->caseFacts(c->id);
    QVERIFY2(facts.ok(), qPrintable(facts.error()));
    const Evaluation e = Evaluator::evaluate(facts.value(), QDate(2026, 3, 2));
    QCOMPARE(e.node(facts->policy().node(u"1.C.i")).status, Status::Met);
}

void TestCaseStore::notes()
{
    const auto c = m_store->createCase(test::nurse, test::sampleIntake());
    QVERIFY(!m_store->addNote(test::nurse, c->id, u"   "_s).ok());
    QVERIFY(m_store->addNote(test::nurse, c->id, u"Called the prescriber's office."_s).ok());
    const auto notes = m_store->notes(c->id);
    QCOMPARE(notes->size(), 1);
    QCOMPARE(notes->first().author, u"nurse.rivera"_s);
    QCOMPARE(notes->first().role, u"reviewNurse"_s);
    QCOMPARE(auditRows(c->id), 2);
}

void TestCaseStore::statusMoves()
{
    const auto c = m_store->createCase(test::nurse, test::sampleIntake());
    Done d = m_store->moveTo(test::nurse, c->id, CaseStatus::Referred, u"no"_s);
    QVERIFY(!d.ok());
    QVERIFY2(d.error().contains(u"is new; it cannot become referred"_s), qPrintable(d.error()));
    d = m_store->moveTo(test::nurse, c->id, CaseStatus::Denied, u"no"_s);
    QVERIFY2(d.error().contains(u"recorded as a decision"_s), qPrintable(d.error()));
    QVERIFY(m_store->moveTo(test::nurse, c->id, CaseStatus::InReview, {}).ok());
    QVERIFY(
        m_store->moveTo(test::nurse, c->id, CaseStatus::Pended, u"asked for chart notes"_s).ok());
    QVERIFY(!m_store->moveTo(test::nurse, c->id, CaseStatus::Referred, {}).ok());
    QVERIFY(
        m_store->moveTo(test::nurse, c->id, CaseStatus::InReview, u"chart notes arrived"_s).ok());
    Decision approve;
    approve.outcome = CaseStatus::Approved;
    approve.approvalStart = QDate(2026, 3, 2);
    approve.approvalEnd = QDate(2026, 9, 1);
    QVERIFY(m_store->decide(test::nurse, c->id, approve).ok());
    QVERIFY(!m_store->moveTo(test::nurse, c->id, CaseStatus::Withdrawn, {}).ok()); // decided
    QCOMPARE(m_store->loadCase(c->id)->status, CaseStatus::Approved);
    const auto rows = AuditTrail::forCase(m_store->database().connection(), c->id);
    QCOMPARE(rows.size(), 5); // created, 3 moves, the decision; refusals change nothing
    QCOMPARE(rows.at(2).reason, u"asked for chart notes"_s);
}

void TestCaseStore::queueFiltersAndOrders()
{
    auto make = [&](const QString& name, const QString& line, const QString& urgency, int day) {
        Intake i = test::sampleIntake();
        i.memberName = name;
        i.memberId = u"FAKE-"_s + name.left(3).toUpper();
        i.lineOfBusiness = line;
        i.urgency = urgency;
        i.receivedAt = QDateTime(QDate(2026, 3, day), QTime(9, 0), Qt::UTC);
        return m_store->createCase(test::nurse, i).value();
    };
    const CaseRecord a = make(u"Alex Testperson"_s, u"commercial"_s, u"standard"_s, 1);
    const CaseRecord b = make(u"Maria Sampleton"_s, u"medicaid"_s, u"standard"_s, 2);
    const CaseRecord c = make(u"Wei Mockwell"_s, u"medicarePartD"_s, u"expedited"_s, 3);
    QVERIFY(m_store->moveTo(test::nurse, a.id, CaseStatus::InReview, {}).ok());
    QVERIFY(m_store->assign(test::nurse, b.id, u"nurse.okafor"_s).ok());

    auto numbers = [&](const CaseFilter& f) {
        QStringList out;
        for (const CaseSummary& s : m_store->queue(f).value())
            out.append(s.caseNumber);
        return out;
    };
    // By due date: Medicaid (24 h) and Part D expedited (24 h) before commercial (15 days).
    QCOMPARE(numbers({}), QStringList({b.caseNumber, c.caseNumber, a.caseNumber}));
    CaseFilter f;
    f.statuses = {CaseStatus::InReview};
    QCOMPARE(numbers(f), QStringList{a.caseNumber});
    f = {};
    f.urgency = u"expedited"_s;
    QCOMPARE(numbers(f), QStringList{c.caseNumber});
    f = {};
    f.lineOfBusiness = u"medicaid"_s;
    QCOMPARE(numbers(f), QStringList{b.caseNumber});
    f = {};
    f.assignee = u"nurse.okafor"_s;
    QCOMPARE(numbers(f), QStringList{b.caseNumber});
    f = {};
    f.search = u"wei mock"_s; // the start of a name, any case
    QCOMPARE(numbers(f), QStringList{c.caseNumber});
    f.search = u"FAKE-ALE"_s; // member id
    QCOMPARE(numbers(f), QStringList{a.caseNumber});
    f.search = b.caseNumber;
    QCOMPARE(numbers(f), QStringList{b.caseNumber});
    f.search = u"%"_s; // not a wildcard
    QVERIFY(numbers(f).isEmpty());
    f = {};
    f.limit = 2;
    f.offset = 2;
    QCOMPARE(numbers(f), QStringList{a.caseNumber});
    QCOMPARE(m_store->count({}).value(), 3);

    // Any column, either way; ties by due date.
    f = {};
    f.sort = CaseSort::MemberName;
    QCOMPARE(numbers(f), QStringList({a.caseNumber, b.caseNumber, c.caseNumber}));
    f.descending = true;
    QCOMPARE(numbers(f), QStringList({c.caseNumber, b.caseNumber, a.caseNumber}));
    f = {};
    f.sort = CaseSort::LineOfBusiness; // commercial, medicaid, medicarePartD
    QCOMPARE(numbers(f), QStringList({a.caseNumber, b.caseNumber, c.caseNumber}));
    f.sort = CaseSort::Status; // inReview before new; then by due date
    QCOMPARE(numbers(f), QStringList({a.caseNumber, b.caseNumber, c.caseNumber}));
    f.sort = CaseSort::Assignee; // unassigned first
    f.descending = true;
    QCOMPARE(numbers(f).first(), b.caseNumber);
    f.sort = CaseSort::CaseNumber;
    QCOMPARE(numbers(f), QStringList({c.caseNumber, b.caseNumber, a.caseNumber}));
}

void TestCaseStore::searchFindsAnyPartWhateverTheAccents()
{
    QStringList numbers;
    for (const auto& [name, id] : {std::pair(u"María López Ruiz"_s, u"FAKE10020030"_s),
                                   std::pair(u"JOSÉ GARCIA"_s, u"FAKE55566677"_s),
                                   std::pair(u"Zoë  Peña-Ñúñez"_s, u"FAKE_50%"_s)}) {
        Intake i = test::sampleIntake();
        i.memberName = name;
        i.memberId = id;
        numbers.append(m_store->createCase(test::nurse, i)->caseNumber);
    }
    QStringList miscounted; // searches whose count differs from the rows listed
    const auto found = [&](const QString& search) {
        CaseFilter f;
        f.search = search;
        QStringList out;
        for (const CaseSummary& s : m_store->queue(f).value())
            out.append(s.caseNumber);
        if (m_store->count(f).value() != out.size())
            miscounted.append(search);
        return out;
    };
    QCOMPARE(found(u"garcia"_s), QStringList{numbers.at(1)});
    QCOMPARE(found(u"García"_s), QStringList{numbers.at(1)});
    QCOMPARE(found(u"Lopez"_s), QStringList{numbers.at(0)});
    QCOMPARE(found(u"ruiz"_s), QStringList{numbers.at(0)}); // not only the start
    QCOMPARE(found(u"lopez   MARIA"_s), QStringList{numbers.at(0)}); // any order
    QCOMPARE(found(u"lopez garcia"_s), QStringList{}); // every word, in one member
    QCOMPARE(found(u"pena-nunez"_s), QStringList{numbers.at(2)});
    QCOMPARE(found(u"zoe pena"_s), QStringList{numbers.at(2)});
    QCOMPARE(found(u"0020"_s), QStringList{numbers.at(0)}); // part of a member id
    QCOMPARE(found(u"ruiz fake"_s), QStringList{numbers.at(0)});
    QCOMPARE(found(u"z fake"_s).size(), 2); // Ruiz, and Zoë Peña-Ñúñez
    // Wildcards are letters here.
    QCOMPARE(found(u"_50%"_s), QStringList{numbers.at(2)});
    QCOMPARE(found(u"%"_s), QStringList{numbers.at(2)});
    QCOMPARE(found(u"lo\"pez"_s), QStringList{}); // a quote is a letter, not a phrase
    QCOMPARE(found(u"\u0301"_s), QStringList{}); // an accent alone finds nothing, and fails nothing
    QVERIFY2(miscounted.isEmpty(), qPrintable(miscounted.join(u", ")));
}

void TestCaseStore::timeLeft_data()
{
    // A commercial standard case: 15 days allowed, so "due soon" below 90 hours left.
    QTest::addColumn<bool>("open");
    QTest::addColumn<qint64>("hoursSinceReceipt");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("text");
    using S = TimeLeft::State;
    QTest::newRow("just received") << true << qint64(0) << int(S::OnTime) << u"15 d 0 h left"_s;
    QTest::newRow("a quarter left exactly")
        << true << qint64(270) << int(S::OnTime) << u"3 d 18 h left"_s;
    QTest::newRow("just under a quarter")
        << true << qint64(271) << int(S::DueSoon) << u"due soon: 3 d 17 h left"_s;
    QTest::newRow("last hour") << true << qint64(359) << int(S::DueSoon)
                               << u"due soon: 1 h 0 min left"_s;
    QTest::newRow("overdue") << true << qint64(363) << int(S::Overdue) << u"OVERDUE by 3 h 0 min"_s;
    QTest::newRow("decided") << false << qint64(400) << int(S::NoDeadline) << u"decided"_s;
}

void TestCaseStore::timeLeft()
{
    QFETCH(bool, open);
    QFETCH(qint64, hoursSinceReceipt);
    QFETCH(int, state);
    QFETCH(QString, text);
    const QDateTime received(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    const QDateTime due = DecisionClock::dueAt(u"commercial"_s, u"standard"_s, received);
    const TimeLeft t =
        TimeLeft::of(open, received, due, received.addSecs(hoursSinceReceipt * 3600));
    QCOMPARE(int(t.state), state);
    QCOMPARE(t.text, text);
}

void TestCaseStore::anActionThatCannotBeAuditedIsNotSaved()
{
    const auto c = m_store->createCase(test::nurse, test::sampleIntake());
    // Where the newest audit hash is kept is now a folder: it cannot be recorded.
    const QString head = AuditTrail::headPath(m_store->database().path());
    QVERIFY(QFile::remove(head));
    QVERIFY(QDir().mkpath(head));
    const Done d = m_store->addNote(test::nurse, c->id, u"this must not be kept"_s);
    QVERIFY(!d.ok());
    QVERIFY2(d.error().contains(u"cannot record the audit trail's newest row"_s),
             qPrintable(d.error()));
    QVERIFY(m_store->notes(c->id)->isEmpty());
    QCOMPARE(auditRows(c->id), 1);
}

void TestCaseStore::decisions()
{
    const auto c = m_store->createCase(test::nurse, test::sampleIntake());
    Decision approve;
    approve.outcome = CaseStatus::Approved;
    approve.approvalStart = QDate(2026, 3, 2);
    approve.approvalEnd = QDate(2026, 9, 1);
    approve.evaluation =
        QJsonObject{{u"determination"_s, QJsonObject{{u"outcome"_s, u"approvable"_s}}}};
    // Not from "new": a case is reviewed before it is decided.
    auto r = m_store->decide(test::nurse, c->id, approve);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(u"is new; it cannot become approved"_s), qPrintable(r.error()));
    QVERIFY(m_store->moveTo(test::nurse, c->id, CaseStatus::InReview, {}).ok());

    Decision deny;
    deny.outcome = CaseStatus::Denied;
    r = m_store->decide(test::director, c->id, deny);
    QVERIFY2(r.error().contains(u"needs a written rationale"_s), qPrintable(r.error()));
    deny.rationale = u"1.B not met"_s;
    deny.approvalStart = QDate(2026, 3, 2);
    r = m_store->decide(test::director, c->id, deny);
    QVERIFY2(r.error().contains(u"a denial approves no dates"_s), qPrintable(r.error()));
    Decision backwards = approve;
    backwards.approvalEnd = QDate(2026, 3, 1);
    QVERIFY(!m_store->decide(test::nurse, c->id, backwards).ok());

    r = m_store->decide(test::nurse, c->id, approve);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(m_store->loadCase(c->id)->status, CaseStatus::Approved);
    const auto all = m_store->decisions(c->id);
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().approvalEnd, QDate(2026, 9, 1));
    QCOMPARE(all->first().decidedBy, u"nurse.rivera"_s);
    QCOMPARE(all->first().evaluation, approve.evaluation); // the checklist as decided on
    const auto rows = AuditTrail::forCase(m_store->database().connection(), c->id);
    QCOMPARE(rows.last().action, u"decision.recorded"_s);
}

void TestCaseStore::overrides()
{
    const auto c = m_store->createCase(test::nurse, test::sampleIntake());
    const Actor md = test::director;
    Done d = m_store->overrideCriterion(md, c->id, u"1.B"_s, true, u" "_s);
    QVERIFY2(d.error().contains(u"needs a written rationale"_s), qPrintable(d.error()));
    d = m_store->overrideCriterion(md, c->id, u"9.Z"_s, true, u"judgment"_s);
    QVERIFY2(d.error().contains(u"no criterion \"9.Z\""_s), qPrintable(d.error()));
    QVERIFY(m_store
                ->overrideCriterion(md, c->id, u"1.B"_s, true,
                                    u"BSA 22% measured before emollients; 18% since"_s)
                .ok());
    const auto all = m_store->overrides(c->id);
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().criterionId, u"1.B"_s);
    QVERIFY(all->first().met);
    QCOMPARE(all->first().role, u"medicalDirector"_s);
    QCOMPARE(auditRows(c->id), 2);
}

void TestCaseStore::attachments()
{
    const auto c = m_store->createCase(test::nurse, test::sampleIntake());
    const QByteArray pdf = "%PDF-1.4\n% chart notes\n%%EOF\n";
    auto r = m_store->addAttachment(test::nurse, c->id, u"chart.exe"_s,
                                    u"application/x-msdownload"_s, pdf);
    QVERIFY2(r.error().contains(u"only PDF documents and images"_s), qPrintable(r.error()));
    r = m_store->addAttachment(test::nurse, c->id, u"chart.pdf"_s, u"application/pdf"_s, pdf);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->size, pdf.size());
    QCOMPARE(m_store->attachments(c->id)->size(), 1);
    QCOMPARE(m_store->attachmentContent(r->id).value(), pdf);
    const auto rows = AuditTrail::forCase(m_store->database().connection(), c->id);
    QVERIFY(rows.last().detail.contains(r->sha256));
    // A stored copy that no longer matches its fingerprint is refused.
    {
        test::RawConnection raw(m_store->database().path());
        QVERIFY(raw.exec(u"UPDATE attachments SET content = X'00' WHERE id = %1"_s.arg(r->id)));
    }
    const auto damaged = m_store->attachmentContent(r->id);
    QVERIFY(!damaged.ok());
    QVERIFY(damaged.error().contains(u"does not match the fingerprint"_s));
}

void TestCaseStore::onlyAMedicalDirectorDeniesOrOverrides()
{
    const auto c = m_store->createCase(test::nurse, test::sampleIntake());
    QVERIFY(m_store->moveTo(test::nurse, c->id, CaseStatus::InReview, {}).ok());
    QVERIFY(m_store->moveTo(test::nurse, c->id, CaseStatus::Referred, u"1.B not met"_s).ok());
    Decision deny;
    deny.outcome = CaseStatus::Denied;
    deny.rationale = u"Criterion 1.B (20% BSA or less) is not met: 35% affected."_s;
    deny.criteria = {u"1.B"_s};
    // A nurse may not deny, partially approve or override: refused, and the refusal recorded.
    auto r = m_store->decide(test::nurse, c->id, deny);
    QVERIFY2(r.error().contains(u"only a medical director may deny or partially approve"_s),
             qPrintable(r.error()));
    Decision partial = deny;
    partial.outcome = CaseStatus::PartiallyApproved;
    partial.approvalStart = QDate(2026, 3, 2);
    partial.approvalEnd = QDate(2026, 6, 1);
    QVERIFY(!m_store->decide(test::nurse, c->id, partial).ok());
    QVERIFY(!m_store->overrideCriterion(test::nurse, c->id, u"1.B"_s, true, u"judgment"_s).ok());
    // A role claimed but not held is no better.
    const Actor pretender{test::nurse.account, roleId(Role::MedicalDirector)};
    r = m_store->decide(pretender, c->id, deny);
    QVERIFY2(r.error().contains(u"not an account with the role medicalDirector"_s),
             qPrintable(r.error()));
    QCOMPARE(m_store->loadCase(c->id)->status, CaseStatus::Referred);
    QVERIFY(m_store->decisions(c->id)->isEmpty());
    int refusals = 0;
    for (const AuditEntry& e : AuditTrail::forCase(m_store->database().connection(), c->id))
        refusals += e.action == u"permission.refused" ? 1 : 0;
    QCOMPARE(refusals, 3);
    QSqlQuery q(m_store->database().connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM audit WHERE action = 'permission.refused' AND "
                   "role = 'medicalDirector' AND account = 'nurse.rivera'"_s) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 1); // the pretender's attempt is on record too

    // A denial names the specific unmet criteria it rests on, from the case's policy.
    Decision approve;
    approve.approvalStart = QDate(2026, 3, 2);
    approve.approvalEnd = QDate(2026, 9, 1);
    r = m_store->decide(test::director, c->id, approve); // a director's approval: in writing
    QVERIFY2(r.error().contains(u"a medical director's approval needs a written rationale"_s),
             qPrintable(r.error()));
    Decision unnamed = deny;
    unnamed.criteria.clear();
    r = m_store->decide(test::director, c->id, unnamed);
    QVERIFY2(r.error().contains(u"must name at least one specific criterion"_s),
             qPrintable(r.error()));
    unnamed.criteria = {u"9.Z"_s};
    r = m_store->decide(test::director, c->id, unnamed);
    QVERIFY2(r.error().contains(u"has no criterion 9.Z"_s), qPrintable(r.error()));
    r = m_store->decide(test::director, c->id, deny);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(m_store->loadCase(c->id)->status, CaseStatus::Denied);
    QCOMPARE(r->role, u"medicalDirector"_s);
    QCOMPARE(m_store->decisions(c->id)->first().criteria, QStringList{u"1.B"_s});
}

QTEST_GUILESS_MAIN(TestCaseStore)
#include "tst_casestore.moc"

void TestCaseStore::aDecidedCaseIsReadOnlyUntilADirectorReopensIt()
{
    const auto c = m_store->createCase(test::nurse, test::sampleIntake());
    QVERIFY(m_store->setFact(test::nurse, c->id, u"diagnosis"_s, u"atopicDermatitis"_s,
                             FactSource::Entered)
                .ok());
    QVERIFY(m_store->moveTo(test::nurse, c->id, CaseStatus::InReview, {}).ok());
    Decision approve;
    approve.outcome = CaseStatus::Approved;
    approve.approvalStart = QDate(2026, 3, 2);
    approve.approvalEnd = QDate(2026, 9, 1);
    QVERIFY(m_store->decide(test::nurse, c->id, approve).ok());
    const int decidedRows = auditRows(c->id);

    // Not only the window: the store itself keeps a decided case as it was decided.
    Done d = m_store->setFact(test::director, c->id, u"diagnosis"_s, u"vitiligo"_s,
                              FactSource::Entered);
    QVERIFY2(d.error().contains(u"is approved: a medical director reopens it before anyone may "
                                "change its answers"_s),
             qPrintable(d.error()));
    QVERIFY(!m_store->clearFact(test::nurse, c->id, u"diagnosis"_s).ok());
    d = m_store->addNote(test::nurse, c->id, u"late note"_s);
    QVERIFY2(d.error().contains(u"may add a note"_s), qPrintable(d.error()));
    QVERIFY(!m_store->overrideCriterion(test::director, c->id, u"1.B"_s, true, u"judgment"_s).ok());
    QVERIFY(!m_store->assign(test::nurse, c->id, test::nurse.account).ok());
    QCOMPARE(answer(c->id, u"diagnosis"_s)->value, QJsonValue(u"atopicDermatitis"_s));
    QVERIFY(m_store->notes(c->id)->isEmpty());
    QVERIFY(m_store->overrides(c->id)->isEmpty());
    QCOMPARE(auditRows(c->id), decidedRows);

    // Only a medical director reopens it, and only with a reason.
    d = m_store->reopen(test::nurse, c->id, u"new chart notes"_s);
    QVERIFY2(d.error().contains(u"reopen a case"_s), qPrintable(d.error()));
    d = m_store->reopen(test::director, c->id, u"  "_s);
    QVERIFY2(d.error().contains(u"needs a written reason"_s), qPrintable(d.error()));
    QCOMPARE(m_store->loadCase(c->id)->status, CaseStatus::Approved);
    d = m_store->reopen(test::director, c->id, u"Prescriber sent a corrected diagnosis"_s);
    QVERIFY2(d.ok(), qPrintable(d.error()));
    QCOMPARE(m_store->loadCase(c->id)->status, CaseStatus::InReview);
    const auto rows = AuditTrail::forCase(m_store->database().connection(), c->id);
    QCOMPARE(rows.last().action, u"case.reopened"_s);
    QCOMPARE(rows.last().account, test::director.account);
    QCOMPARE(rows.last().reason, u"Prescriber sent a corrected diagnosis"_s);
    QVERIFY(rows.last().detail.contains(u"approved"_s));
    // The old decision stays in the case's history.
    QCOMPARE(m_store->decisions(c->id)->size(), 1);
    QCOMPARE(m_store->decisions(c->id)->first().outcome, CaseStatus::Approved);

    // In review again: answers change, and there is nothing more to reopen.
    QVERIFY(m_store->setFact(test::nurse, c->id, u"diagnosis"_s, u"vitiligo"_s,
                             FactSource::Entered)
                .ok());
    d = m_store->reopen(test::director, c->id, u"again"_s);
    QVERIFY2(d.error().contains(u"not decided: there is nothing to reopen"_s),
             qPrintable(d.error()));
}

void TestCaseStore::aNurseTakesBackHerOwnReferral()
{
    const auto c = m_store->createCase(test::nurse, test::sampleIntake());
    QVERIFY(m_store->assign(test::nurse, c->id, test::nurse.account).ok());
    QVERIFY(m_store->moveTo(test::nurse, c->id, CaseStatus::InReview, {}).ok());
    QVERIFY(m_store->moveTo(test::nurse, c->id, CaseStatus::Referred, u"1.B not met"_s).ok());
    // A referred case is still open: notes are kept while it waits.
    QVERIFY(m_store->addNote(test::nurse, c->id, u"Faxed the chart to Dr. Lindqvist"_s).ok());
    Done d = m_store->reopen(test::otherNurse, c->id, u"mine now"_s);
    QVERIFY2(d.error().contains(u"reopen a case"_s), qPrintable(d.error()));
    d = m_store->reopen(test::nurse, c->id, u"The prescriber sent the missing BSA"_s);
    QVERIFY2(d.ok(), qPrintable(d.error()));
    QCOMPARE(m_store->loadCase(c->id)->status, CaseStatus::InReview);
    const auto rows = AuditTrail::forCase(m_store->database().connection(), c->id);
    QCOMPARE(rows.last().action, u"case.reopened"_s);
    QCOMPARE(rows.last().reason, u"The prescriber sent the missing BSA"_s);
}
