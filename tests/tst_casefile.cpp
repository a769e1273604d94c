// Case files: answers are checked against the policy's facts as they are read, and a bad file
// is refused with the file, the place in it and what is wrong.
#include "AnswerText.h"
#include "CaseFile.h"
#include "Evaluator.h"
#include "StrictTest.h"
#include "TestSupport.h"

#include <QTest>

using namespace urdesk;
using namespace Qt::StringLiterals;

class TestCaseFile : public urdesk::test::StrictTest
{
    Q_OBJECT

private Q_SLOTS:
    void readsAnswers();
    void invalid_data();
    void invalid();
    void unreadableFile();
    void mismatchesNameWhatDiffers();
    void recordSaysWhoClassifiedADrug();
};

void TestCaseFile::readsAnswers()
{
    const Result<CaseFile> c = test::makeCase(
        u"cigna-ip0369-opzelura"_s, u"2026-03-02"_s,
        uR"({"bsaPercent": 12.5, "diagnosis": "vitiligo", "member.birthDate": "2010-01-01",
             "therapies": [{"drug": "Protopic 0.1%", "start": "2025-01-01", "end": "ongoing"},
                           {"drug": "clobetasol", "outcome": "intolerance"}],
             "currentDrugs": ["Humira", {"drug": "azathioprine"}]})"_s);
    QVERIFY2(c.ok(), qPrintable(c.error()));
    const Policy& p = c->policy();
    QCOMPARE(std::get<double>(c->facts.value(p.fact(u"bsaPercent"))), 12.5);
    const auto& therapies = std::get<QList<TherapyEntry>>(c->facts.value(p.fact(u"therapies")));
    QCOMPARE(therapies.size(), 2);
    QVERIFY(therapies.at(0).ongoing());
    QVERIFY(therapies.at(0).lists != 0); // Protopic is on the TCI list
    QCOMPARE(therapies.at(1).outcome, TherapyOutcome::Intolerance);
    QCOMPARE(c->facts.answeredCount(), 5);
}

void TestCaseFile::invalid_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected");
    auto withFacts = [](const QString& facts) {
        return uR"({"format": "urdesk-case/1", "policy": "cigna-ip0369-opzelura",
                    "requestDate": "2026-03-02", "facts": %1})"_s.arg(facts);
    };
    QTest::newRow("bad json") << u"{\"format\": "_s << u"case.json: line 1, column"_s;
    QTest::newRow("wrong format") << uR"({"format": "urdesk-case/2"})"_s
                                  << u"case.json: $.format: expected \"urdesk-case/1\""_s;
    QTest::newRow("unknown policy")
        << uR"({"format": "urdesk-case/1", "policy": "nope", "requestDate": "2026-03-02", "facts": {}})"_s
        << u"case.json: $.policy: no loaded policy \"nope\""_s;
    QTest::newRow("unknown revision")
        << uR"({"format": "urdesk-case/1", "policy": "cigna-ip0369-opzelura", "policyRevision": "1999",
                "requestDate": "2026-03-02", "facts": {}})"_s
        << u"$.policy: no loaded policy \"cigna-ip0369-opzelura\" revision 1999"_s;
    QTest::newRow("bad request date")
        << uR"({"format": "urdesk-case/1", "policy": "cigna-ip0369-opzelura", "requestDate": "3/2/2026", "facts": {}})"_s
        << u"$.requestDate: expected the request date as YYYY-MM-DD"_s;
    QTest::newRow("unknown top-level key")
        << uR"({"format": "urdesk-case/1", "facs": {}})"_s << u"$: unknown key \"facs\""_s;
    QTest::newRow("unknown fact")
        << withFacts(uR"({"bsa": 12})"_s)
        << u"$.facts.bsa: unknown fact \"bsa\" in policy cigna-ip0369-opzelura"_s;
    QTest::newRow("wrong type") << withFacts(uR"({"bsaPercent": "twelve"})"_s)
                                << u"$.facts.bsaPercent: expected a number"_s;
    QTest::newRow("above range") << withFacts(uR"({"bsaPercent": 152})"_s)
                                 << u"$.facts.bsaPercent: 152 is above the maximum 100 %"_s;
    QTest::newRow("below range") << withFacts(uR"({"bsaPercent": -1})"_s)
                                 << u"$.facts.bsaPercent: -1 is below the minimum 0 %"_s;
    QTest::newRow("unknown option") << withFacts(uR"({"diagnosis": "eczema"})"_s)
                                    << u"$.facts.diagnosis: \"eczema\" is not one of the options"_s;
    QTest::newRow("bad date") << withFacts(uR"({"member.birthDate": "2010-02-30"})"_s)
                              << u"$.facts.member.birthDate: expected a date as YYYY-MM-DD"_s;
    QTest::newRow("date with more") << withFacts(uR"({"member.birthDate": "2010-02-03T00:00"})"_s)
                                    << u"$.facts.member.birthDate: expected a date as YYYY-MM-DD"_s;
    QTest::newRow("born after request")
        << withFacts(uR"({"member.birthDate": "2026-03-03"})"_s)
        << u"$.facts.member.birthDate: the birth date is after the request date"_s;
    QTest::newRow("therapy ends before it starts")
        << withFacts(
               uR"({"therapies": [{"drug": "x", "start": "2026-01-10", "end": "2026-01-01"}]})"_s)
        << u"$.facts.therapies: therapy 1 (x): ends (2026-01-01) before it starts (2026-01-10)"_s;
    QTest::newRow("therapy without end")
        << withFacts(uR"({"therapies": [{"drug": "x", "start": "2026-01-10"}]})"_s)
        << u"$.facts.therapies: [0]: \"end\" is required: a date, or \"ongoing\""_s;
    QTest::newRow("therapy without dates")
        << withFacts(uR"({"therapies": [{"drug": "x", "outcome": "failure"}]})"_s)
        << u"therapy 1 (x): a start date is required unless the outcome is intolerance or contraindication"_s;
    QTest::newRow("therapy unknown outcome")
        << withFacts(uR"({"therapies": [{"drug": "x", "outcome": "worked"}]})"_s)
        << u"$.facts.therapies: [0].outcome: expected none, failure"_s;
    QTest::newRow("therapy unknown class")
        << withFacts(
               uR"({"therapies": [{"drug": "x", "class": "steroid", "outcome": "intolerance"}]})"_s)
        << u"$.facts.therapies: [0].class: unknown drug class \"steroid\""_s;
    QTest::newRow("current drug not a name")
        << withFacts(uR"({"currentDrugs": [42]})"_s)
        << u"$.facts.currentDrugs: [0]: expected a drug name or object"_s;
}

void TestCaseFile::invalid()
{
    QFETCH(QString, json);
    QFETCH(QString, expected);
    const Result<CaseFile> c =
        CaseFileReader::read(json.toUtf8(), u"case.json"_s, test::builtinCatalog());
    QVERIFY(!c.ok());
    QVERIFY2(c.error().startsWith(u"case.json: "_s), qPrintable(c.error()));
    QVERIFY2(c.error().contains(expected), qPrintable(c.error()));
}

void TestCaseFile::unreadableFile()
{
    const Result<CaseFile> c =
        CaseFileReader::readFile(u"/nonexistent/case.json"_s, test::builtinCatalog());
    QVERIFY(!c.ok());
    QVERIFY2(c.error().startsWith(u"/nonexistent/case.json: cannot read"_s), qPrintable(c.error()));
}

void TestCaseFile::mismatchesNameWhatDiffers()
{
    Result<CaseFile> c = test::makeCase(u"cigna-ip0369-opzelura"_s, u"2026-03-02"_s,
                                        uR"({"diagnosis": "alopecia"})"_s);
    QVERIFY(c.ok());
    c.value().expect = QJsonObject{{u"determination"_s, u"approvable"_s},
                                   {u"criteria"_s, QJsonObject{{u"9.Z"_s, u"met"_s}}},
                                   {u"bogus"_s, 1}};
    const Evaluation e = Evaluator::evaluate(c->facts, c->requestDate);
    const QStringList m = c->mismatches(e);
    QCOMPARE(m.size(), 3);
    QVERIFY(m.contains(u"determination: expected approvable, got refer"_s));
    QVERIFY(m.contains(u"criteria: no criterion \"9.Z\""_s));
    QVERIFY(m.contains(u"expect: unknown key \"bogus\""_s));
}

// The record prints a reviewer's classification with who gave it, and an undated record
// as undated.
void TestCaseFile::recordSaysWhoClassifiedADrug()
{
    const Result<CaseFile> c = test::makeCase(
        u"cigna-ip0369-opzelura"_s, u"2026-03-02"_s,
        uR"({"therapies": [{"drug": "clobetasol 0.05% cream", "outcome": "intolerance"}],
             "currentDrugs": [{"drug": "zetomab", "class": "biologicImmunomodulator",
                               "classifiedBy": "Ana Ruiz, RN"}]})"_s);
    QVERIFY2(c.ok(), qPrintable(c.error()));
    const Policy& p = c->policy();
    const int current = p.fact(u"currentDrugs");
    QCOMPARE(answerText(p.facts.at(current), c->facts.value(current)),
             u"zetomab (classified by Ana Ruiz, RN: biologic immunomodulator)"_s);
    const int history = p.fact(u"therapies");
    const QString course = answerText(p.facts.at(history), c->facts.value(history));
    QVERIFY2(course.contains(u"no dates"_s) && course.contains(u"intolerance"_s),
             qPrintable(course));
}

QTEST_GUILESS_MAIN(TestCaseFile)
#include "tst_casefile.moc"
