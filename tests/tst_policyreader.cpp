// Policy files: the seed policies load, and every kind of bad file is refused with a message
// naming the file, the place in it and what is wrong, without taking other policies down.
#include "PolicyCatalog.h"
#include "PolicyReader.h"
#include "StrictTest.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QTemporaryDir>
#include <QTest>

using namespace urdesk;
using namespace Qt::StringLiterals;

namespace {

// A small valid policy; tests replace one part of it to make it invalid.
QString validPolicy(const QString& facts = u"[]"_s, const QString& lists = u"[]"_s,
                    const QString& criteria = {})
{
    const QString root = criteria.isEmpty()
                             ? uR"({"id": "1", "label": "1.", "text": "Age 12 years or older",
                                    "age": {"atLeast": 12}})"_s
                             : criteria;
    return uR"({"format": "urdesk-policy/1", "id": "test-policy", "payer": "Test",
                "title": "Test policy", "number": "T1", "revision": "1",
                "effectiveDate": "2026-01-01", "drugs": [{"name": "Testdrug", "generic": "dupilumab"}],
                "facts": %1, "drugLists": %2, "criteria": %3})"_s.arg(
        facts.isEmpty() ? u"[]"_s : facts, lists.isEmpty() ? u"[]"_s : lists, root);
}

Result<Policy> read(const QString& json)
{
    return PolicyReader::read(json.toUtf8(), u"test.json"_s, PolicyReader::builtinCommon());
}

} // namespace

class TestPolicyReader : public urdesk::test::StrictTest
{
    Q_OBJECT

private Q_SLOTS:
    void seedPoliciesLoad();
    void seedPoliciesSpeakBothLanguages();
    void validMinimalPolicy();
    void invalid_data();
    void invalid();
    void syntaxErrorGivesLineAndColumn();
    void badFileDoesNotTakeOthersDown();
    void missingExtraFolderIsReported();
    void duplicateRevisionIsRefused();
    void drugsAreFoundInTheirSets();
};

void TestPolicyReader::seedPoliciesLoad()
{
    const PolicyCatalog& catalog = test::builtinCatalog();
    QVERIFY2(catalog.errors().isEmpty(), qPrintable(catalog.errors().join(u'\n')));
    QStringList ids;
    for (const auto& p : catalog.policies())
        ids.append(p->id);
    ids.sort();
    QCOMPARE(ids, QStringList({u"bcbsms-l.5.01.513-dupixent"_s, u"cigna-dqm015-anzupgo"_s,
                               u"cigna-ip0369-opzelura"_s, u"cigna-ip0751-leqselvi"_s}));
    const auto dupixent = catalog.find(u"bcbsms-l.5.01.513-dupixent");
    QVERIFY(dupixent);
    QCOMPARE(dupixent->number, u"L.5.01.513"_s);
    QVERIFY(dupixent->node(u"I.1.b.iv.2.a") >= 0);
    const auto leqselvi = catalog.find(u"cigna-ip0751-leqselvi");
    QCOMPARE(leqselvi->approvalMonthLengthDays, 30);
    QCOMPARE(leqselvi->nodes[size_t(leqselvi->node(u"1.A.v.a"))].label, u"a)"_s);
}

// A Spanish reviewer reads every question and choice in Spanish, and a member every
// requirement in plain words in both languages.
void TestPolicyReader::seedPoliciesSpeakBothLanguages()
{
    for (const auto& p : test::builtinCatalog().policies()) {
        for (const CriterionNode& n : p->nodes) {
            if (n.hidden)
                continue;
            for (const QString& language : {u"en"_s, u"es"_s})
                QVERIFY2(!n.plain.value(language).isEmpty(),
                         qPrintable(u"%1 %2: no plain words in %3"_s.arg(p->id, n.id, language)));
        }
        for (const FactDefinition& f : p->facts) {
            const FactWords es = f.translated.value(u"es"_s);
            QVERIFY2(!es.question.isEmpty(), qPrintable(p->id + u' ' + f.id));
            QVERIFY2(es.label.isEmpty() == f.label.isEmpty(), qPrintable(p->id + u' ' + f.id));
            QVERIFY2(es.help.isEmpty() == f.help.isEmpty(), qPrintable(p->id + u' ' + f.id));
            for (const FactOption& o : f.options)
                QVERIFY2(!o.translated.value(u"es"_s).isEmpty(),
                         qPrintable(p->id + u' ' + f.id + u' ' + o.id));
        }
        for (const CoveredDrug& d : p->drugs)
            QVERIFY2(!d.translatedForm.value(u"es"_s).isEmpty(), qPrintable(p->id));
        // Every quantity is written with its unit, in either language.
        for (const QString& language : {u"en"_s, u"es"_s}) {
            const CountUnit unit = p->unitIn(language);
            QVERIFY2(!unit.one.isEmpty() && !unit.many.isEmpty(), qPrintable(p->id));
            QVERIFY(p->amountText(2, QLocale::c(), language).endsWith(u' ' + unit.many));
        }
    }
    // The words follow the language texts are being translated into.
    const auto opzelura = test::builtinCatalog().find(u"cigna-ip0369-opzelura");
    const FactDefinition& diagnosis = opzelura->facts.at(opzelura->fact(u"diagnosis"));
    const QString english = diagnosis.questionText();
    {
        const DocumentLanguage spanish(u"es"_s);
        QCOMPARE(diagnosis.questionText(), diagnosis.translated.value(u"es"_s).question);
        QCOMPARE(diagnosis.optionLabel(u"vitiligo"),
                 diagnosis.options.at(1).translated.value(u"es"_s));
    }
    QCOMPARE(diagnosis.questionText(), english);
    QCOMPARE(diagnosis.optionLabel(u"vitiligo"), u"Nonsegmental vitiligo"_s);
}

void TestPolicyReader::validMinimalPolicy()
{
    const Result<Policy> p = read(validPolicy());
    QVERIFY2(p.ok(), qPrintable(p.error()));
    QCOMPARE(p->id, u"test-policy"_s);
    QVERIFY(p->fact(u"member.birthDate") >= 0); // shared facts are always there
}

void TestPolicyReader::invalid_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected"); // a part of the message: the place and the problem

    QTest::newRow("not an object")
        << u"[1, 2]"_s << u"test.json: line 1, column 1: expected a JSON object"_s;
    QTest::newRow("wrong format") << validPolicy().replace(u"urdesk-policy/1"_s,
                                                           u"urdesk-policy/9"_s)
                                  << u"test.json: $.format: expected \"urdesk-policy/1\""_s;
    QTest::newRow("missing title")
        << validPolicy().replace(u"\"title\": \"Test policy\","_s, QString())
        << u"$: \"title\" is required"_s;
    QTest::newRow("bad effective date") << validPolicy().replace(u"2026-01-01"_s, u"01/01/2026"_s)
                                        << u"$.effectiveDate: expected a date as YYYY-MM-DD"_s;
    QTest::newRow("effective date with more") // a file that says more has not said which day
        << validPolicy().replace(u"2026-01-01"_s, u"2026-01-01garbage"_s)
        << u"$.effectiveDate: expected a date as YYYY-MM-DD"_s;
    QTest::newRow("unknown key") << validPolicy().replace(u"\"payer\""_s,
                                                          u"\"payor\": 1, \"payer\""_s)
                                 << u"$: unknown key \"payor\""_s;
    QTest::newRow("unknown fact")
        << validPolicy({}, {}, uR"({"id": "1", "text": "BSA", "fact": "bsa", "atMost": 20})"_s)
        << u"$.criteria.fact: unknown fact \"bsa\""_s;
    QTest::newRow("wrong fact type for test")
        << validPolicy(uR"([{"id": "bsa", "question": "BSA", "type": "number"}])"_s, {},
                       uR"({"id": "1", "text": "BSA", "fact": "bsa", "is": true})"_s)
        << u"$.criteria: fact \"bsa\" is number; \"is\" needs a yesNo fact"_s;
    QTest::newRow("unknown fact type")
        << validPolicy(uR"([{"id": "x", "question": "X", "type": "text"}])"_s)
        << u"$.facts[0].type: unknown fact type \"text\""_s;
    QTest::newRow("range upside down")
        << validPolicy(
               uR"([{"id": "x", "question": "X", "type": "number", "minimum": 5, "maximum": 1}])"_s)
        << u"$.facts[0]: minimum 5 is above maximum 1"_s;
    QTest::newRow("unknown option")
        << validPolicy(
               uR"([{"id": "dx", "question": "Dx", "type": "choice", "options": [{"id": "ad", "label": "AD"}]}])"_s,
               {}, uR"({"id": "1", "text": "AD", "fact": "dx", "in": ["vitiligo"]})"_s)
        << u"$.criteria.in: fact \"dx\" has no option \"vitiligo\""_s;
    QTest::newRow("duplicate fact")
        << validPolicy(
               uR"([{"id": "x", "question": "X", "type": "yesNo"}, {"id": "x", "question": "Y", "type": "yesNo"}])"_s)
        << u"$.facts[1].id: duplicate fact \"x\""_s;
    QTest::newRow("duplicate criterion")
        << validPolicy(
               {}, {},
               uR"({"id": "1", "text": "T", "all": [{"id": "1.A", "text": "A", "age": {"atLeast": 1}},
                                                                   {"id": "1.A", "text": "B", "age": {"atLeast": 2}}]})"_s)
        << u"$.criteria.all[1].id: duplicate criterion id \"1.A\""_s;
    QTest::newRow("unit without its plural")
        << validPolicy().replace(u"\"generic\": \"dupilumab\""_s,
                                 u"\"generic\": \"dupilumab\", \"unit\": {\"one\": \"pen\"}"_s)
        << u"$.drugs[0].unit: \"many\" is required"_s;
    QTest::newRow("unknown drug list")
        << validPolicy({}, {}, uR"({"id": "1", "text": "T", "therapy": {"lists": ["tcx"]}})"_s)
        << u"$.criteria.therapy.lists: unknown drug list \"tcx\""_s;
    QTest::newRow("drug list that does not say what it is")
        << validPolicy({},
                       uR"([{"id": "tnf", "title": "TNF inhibitor", "drugs": ["adalimumab"]}])"_s)
        << u"$.drugLists[0]: say what the list is: \"closedList\""_s;
    QTest::newRow("closed list naming an unknown drug")
        << validPolicy(
               {},
               uR"([{"id": "two", "title": "Litfulo or Olumiant", "closedList": ["ritlecitinib", "olumiant"]}])"_s)
        << u"$.drugLists[0].closedList: \"olumiant\" is not an ingredient of the drug vocabulary"_s;
    QTest::newRow("open class of an unknown class")
        << validPolicy({}, uR"([{"id": "x", "title": "X", "openClass": ["tnfBlocker"]}])"_s)
        << u"$.drugLists[0].openClass: unknown drug class \"tnfBlocker\""_s;
    QTest::newRow("example outside its class")
        << validPolicy(
               {},
               uR"([{"id": "x", "title": "TNF", "openClass": ["tnfInhibitor"], "examples": ["adalimumab", "ustekinumab"]}])"_s)
        << u"$.drugLists[0].examples: \"ustekinumab\" is not a member of tnfInhibitor"_s;
    QTest::newRow("purpose that is not a diagnosis")
        << validPolicy(
               {},
               uR"([{"id": "x", "title": "X", "openClass": ["biologic"], "purpose": "asthma"}])"_s)
        << u"$.drugLists[0].purpose: \"asthma\" is not one of the policy's diagnoses"_s;
    QTest::newRow("covered drug with several routes and none named")
        << validPolicy().replace(u"\"generic\": \"dupilumab\""_s, u"\"generic\": \"ruxolitinib\""_s)
        << u"$.drugs[0].route: ruxolitinib has several routes"_s;
    QTest::newRow("drug list include cycle")
        << validPolicy(
               {},
               uR"([{"id": "a", "title": "A", "includes": ["b"]}, {"id": "b", "title": "B", "includes": ["a"]}])"_s)
        << u"drug lists include each other in a cycle: a → b → a"_s;
    QTest::newRow("askWhen cycle")
        << validPolicy(
               uR"([{"id": "p", "question": "P", "type": "yesNo", "askWhen": {"fact": "q", "is": true}},
                            {"id": "q", "question": "Q", "type": "yesNo", "askWhen": {"fact": "p", "is": true}}])"_s)
        << u"askWhen conditions depend on each other in a cycle: p → q → p"_s;
    QTest::newRow("at least more than children")
        << validPolicy(
               {}, {},
               uR"({"id": "1", "text": "T", "atLeast": 3, "of": [{"id": "a", "text": "A", "age": {"atLeast": 1}}]})"_s)
        << u"$.criteria.atLeast: at least 3 of 1 criteria can never be met"_s;
    QTest::newRow("no test") << validPolicy({}, {}, uR"({"id": "1", "text": "T"})"_s)
                             << u"$.criteria: a criterion needs a test"_s;
    QTest::newRow("bad duration")
        << validPolicy(
               {}, {},
               uR"({"id": "1", "text": "T", "therapy": {"lists": ["tcs"], "minimumDuration": {"fortnights": 2}}})"_s)
        << u"$.criteria.therapy.minimumDuration: unknown duration unit \"fortnights\""_s;
    QTest::newRow("unknown specialty")
        << validPolicy({}, {}, uR"({"id": "1", "text": "T", "prescriber": ["podiatry"]})"_s)
        << u"$.criteria.prescriber: unknown specialty \"podiatry\""_s;
    QTest::newRow("quantity test without limits")
        << validPolicy({}, {}, uR"({"id": "1", "text": "T", "quantityExceedsLimit": true})"_s)
        << u"$: quantityExceedsLimit needs \"quantityLimits\""_s;
    QTest::newRow("plain words in an unknown language")
        << validPolicy(
               {}, {},
               uR"({"id": "1", "text": "T", "plain": {"fr": "T"}, "requestType": "initial"})"_s)
        << u"$.criteria.plain: unknown key \"fr\""_s;
    QTest::newRow("Spanish question missing")
        << validPolicy(
               uR"([{"id": "bsa", "question": "BSA", "type": "number", "es": {"label": "x"}}])"_s)
        << u"$.facts[0].es: \"question\" is required"_s;
    QTest::newRow("empty children")
        << validPolicy({}, {}, uR"({"id": "1", "text": "T", "all": []})"_s)
        << u"$.criteria.all: expected a non-empty array of criteria"_s;
}

void TestPolicyReader::invalid()
{
    QFETCH(QString, json);
    QFETCH(QString, expected);
    const Result<Policy> p = read(json);
    QVERIFY(!p.ok());
    QVERIFY2(p.error().startsWith(u"test.json: "_s), qPrintable(p.error()));
    QVERIFY2(p.error().contains(expected), qPrintable(p.error()));
}

void TestPolicyReader::syntaxErrorGivesLineAndColumn()
{
    const Result<Policy> p = read(u"{\n  \"id\": \"x\",\n  \"title\" \"missing colon\"\n}"_s);
    QVERIFY(!p.ok());
    QVERIFY2(p.error().startsWith(u"test.json: line 3, column "_s), qPrintable(p.error()));
}

void TestPolicyReader::badFileDoesNotTakeOthersDown()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&](const QString& name, const QString& text) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    };
    write(u"a-broken.json"_s, u"{ not json"_s);
    write(u"b-good.json"_s, validPolicy());
    write(u"c-invalid.json"_s,
          validPolicy({}, {}, uR"({"id": "1", "text": "T", "fact": "nope", "is": true})"_s));
    const PolicyCatalog catalog = PolicyCatalog::load(dir.path());
    QCOMPARE(catalog.policies().size(), 5); // four built in, one good extra
    QVERIFY(catalog.find(u"test-policy"));
    QCOMPARE(catalog.errors().size(), 2);
    QVERIFY2(catalog.errors().at(0).contains(u"a-broken.json: line 1, column"_s),
             qPrintable(catalog.errors().at(0)));
    QVERIFY2(catalog.errors().at(1).contains(
                 u"c-invalid.json: $.criteria.fact: unknown fact \"nope\""_s),
             qPrintable(catalog.errors().at(1)));
}

void TestPolicyReader::missingExtraFolderIsReported()
{
    const PolicyCatalog catalog = PolicyCatalog::load(u"/nonexistent/urdesk-policies"_s);
    QCOMPARE(catalog.policies().size(), 4);
    QCOMPARE(catalog.errors().size(), 1);
    QVERIFY(catalog.errors().first().contains(u"the policy folder does not exist"_s));
}

void TestPolicyReader::duplicateRevisionIsRefused()
{
    QTemporaryDir dir;
    QFile copy(dir.filePath(u"opzelura-copy.json"_s));
    QVERIFY(QFile::copy(test::sourcePath(u"resources/policies/cigna-ip0369-opzelura.json"_s),
                        copy.fileName()));
    const PolicyCatalog catalog = PolicyCatalog::load(dir.path());
    QCOMPARE(catalog.policies().size(), 4);
    QCOMPARE(catalog.errors().size(), 1);
    QVERIFY(catalog.errors().first().contains(u"is already loaded"_s));
}

void TestPolicyReader::drugsAreFoundInTheirSets()
{
    const auto opzelura = test::builtinCatalog().find(u"cigna-ip0369-opzelura");
    const DrugListMask tcs = test::setBit(*opzelura, u"tcs");
    DrugMention d = test::resolved(*opzelura, u"Triamcinolone Acetonide 0.1% cream"_s);
    QVERIFY(d.lists & tcs);
    QCOMPARE(d.listedPotency, Potency::Medium);
    d = test::resolved(*opzelura, u"triamcinolone acetonide 0.5% ointment"_s);
    QVERIFY(d.lists & tcs);
    QCOMPARE(d.listedPotency, Potency::High);
    // Without a route, triamcinolone may be an injection: not certainly a topical steroid,
    // and its potency is not guessed.
    d = test::resolved(*opzelura, u"triamcinolone acetonide"_s);
    QVERIFY(!(d.lists & tcs));
    QVERIFY(d.undecided & tcs);
    QVERIFY(d.routeNeeded);
    QCOMPARE(d.listedPotency, Potency::Unknown);
    // Words URDesk does not know: the reviewer's class places them.
    d = test::resolved(*opzelura, u"some new steroid"_s);
    QVERIFY(d.undecided & tcs);
    d = test::resolved(*opzelura, u"some new steroid"_s, u"topicalCorticosteroid"_s);
    QVERIFY(d.lists & tcs);
    QCOMPARE(d.listedPotency, Potency::Unknown);
}

QTEST_GUILESS_MAIN(TestPolicyReader)
#include "tst_policyreader.moc"
