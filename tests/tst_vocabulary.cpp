// The drug vocabulary: its files are whole and consistent, and pharmacy strings as reviewers
// and pharmacies write them are recognised as their ingredients, route and potency; what is
// not known is said to be unknown, never guessed.
#include "DrugRecognizer.h"
#include "DrugVocabulary.h"
#include "StrictTest.h"

#include <QTest>

using namespace urdesk;
using namespace Qt::StringLiterals;

class TestVocabulary : public urdesk::test::StrictTest
{
    Q_OBJECT

private Q_SLOTS:
    void builtinIsWhole();
    void recognises_data();
    void recognises();
    void badFilesAreRefused_data();
    void badFilesAreRefused();

private:
    const DrugVocabulary& m_v = DrugVocabulary::builtin();
};

void TestVocabulary::builtinIsWhole()
{
    int names = 0;
    for (const DrugVocabulary::Ingredient& in : m_v.ingredients()) {
        QVERIFY2(!in.source.isEmpty(), qPrintable(in.id));
        QVERIFY2(!in.routes.isEmpty(), qPrintable(in.id));
        names += int(in.names.size()) + 1;
        for (const QString& atc : in.atc)
            QVERIFY2(atc.size() == 7 && atc.at(0).isLetter(), qPrintable(in.id + u' ' + atc));
        for (const QChar c : in.rxnorm)
            QVERIFY2(c.isDigit(), qPrintable(in.id + u' ' + in.rxnorm));
    }
    for (const DrugVocabulary::Product& p : m_v.products())
        names += int(p.names.size());
    // Every class a policy may name has members, or is a parent of classes that do.
    for (const DrugVocabulary::Class& c : m_v.classes()) {
        if (c.id == u"other")
            continue;
        bool members = false;
        for (const DrugVocabulary::Ingredient& in : m_v.ingredients()) {
            for (const QStringList& classes : in.routes) {
                for (const QString& k : classes)
                    members = members || m_v.classWithin(k, c.id);
            }
        }
        QVERIFY2(members, qPrintable(u"class %1 has no members"_s.arg(c.id)));
    }
    qInfo().noquote() << u"vocabulary: %1 ingredients, %2 products, %3 names, %4 classes"_s
                             .arg(m_v.ingredients().size())
                             .arg(m_v.products().size())
                             .arg(names)
                             .arg(m_v.classes().size());
}

void TestVocabulary::recognises_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("ingredients"); // "+" between parts, "|" where a name means either
    QTest::addColumn<QString>("routes");      // the routes the string fixes, "," between
    QTest::addColumn<QString>("potency");     // of a topical corticosteroid, or empty

    auto row = [](const char* text, const char* ingredients, const char* routes = "",
                  const char* potency = "") {
        QTest::newRow(text) << QString::fromUtf8(text) << QString::fromUtf8(ingredients)
                            << QString::fromUtf8(routes) << QString::fromUtf8(potency);
    };
    // Brand with the generic in parentheses, strengths, units, frequencies.
    row("Xeljanz (tofacitinib) 5 mg", "tofacitinib", "oral");
    row("XELJANZ XR 11 MG TB24", "tofacitinib", "oral");
    row("Otezla 30 mg tablets BID", "apremilast", "oral");
    row("Dupixent 300 mg/2 mL pen q2w", "dupilumab", "subcutaneous");
    row("MTX 15 mg weekly", "methotrexate");
    row("methotrexate 25 mg/mL injection", "methotrexate");
    row("prednisone 10 mg dose pack", "prednisone", "oral");
    row("omeprazole 20 mg DR cap", "omeprazole", "oral");
    // Topical corticosteroids: potency from strength and vehicle, abbreviations of vehicles.
    row("TACROLIMUS 0.1% OINT", "tacrolimus", "topical");
    row("tacrolimus 1 mg capsule", "tacrolimus", "oral");
    row("triamcinolone 0.1% cream", "triamcinolone acetonide", "topical", "medium");
    row("TRIAMCINOLONE ACETONIDE 0.5 % OINTMENT", "triamcinolone acetonide", "topical", "high");
    row("clobetasol 0.05% soln", "clobetasol propionate", "topical", "superHigh");
    row("Temovate", "clobetasol propionate", "topical", "superHigh");
    row("hydrocortisone 2.5% cream", "hydrocortisone", "topical", "low");
    row("desonide 0.05% lotion", "desonide", "topical", "low");
    row("Elidel", "pimecrolimus", "topical");
    row("Protopic 0.03%", "tacrolimus", "topical");
    // Combinations count as each ingredient; their route is the one they share.
    row("BUDESONIDE-FORMOTEROL 160-4.5 MCG/ACT", "budesonide+formoterol", "inhalation");
    row("Symbicort 160/4.5", "budesonide+formoterol", "inhalation");
    row("fluticasone/salmeterol 250/50 diskus", "fluticasone propionate+salmeterol",
        "inhalation");
    row("Trelegy Ellipta", "fluticasone furoate+umeclidinium+vilanterol", "inhalation");
    // Biosimilars: the suffix, and their own brands.
    row("adalimumab-adaz", "adalimumab", "subcutaneous");
    row("Hyrimoz 40 mg/0.4 mL", "adalimumab", "subcutaneous");
    row("Humira Pen 40 mg/0.4 mL citrate-free", "adalimumab", "subcutaneous");
    row("infliximab-dyyb", "infliximab");
    row("tildrakizumab-asmn", "tildrakizumab", "subcutaneous");
    row("Cosentyx Sensoready pen", "secukinumab", "subcutaneous");
    // Route decides the class: the string says it, or leaves it to the reviewer.
    row("Opzelura 1.5% cream", "ruxolitinib", "topical");
    row("Jakafi 10 mg", "ruxolitinib", "oral");
    row("ruxolitinib", "ruxolitinib");
    row("Restasis 0.05% ophthalmic emulsion", "cyclosporine", "ophthalmic");
    row("cyclosporine eye drops", "cyclosporine", "ophthalmic");
    row("Neoral 100 mg capsules", "cyclosporine", "oral");
    row("Kenalog-10 intralesional", "triamcinolone acetonide", "intralesional");
    row("triamcinolone 10 mg/mL intralesional injection", "triamcinolone acetonide",
        "intralesional");
    row("Flovent HFA 110 mcg, swallowed", "fluticasone propionate", "swallowed");
    row("swallowed fluticasone MDI", "fluticasone propionate", "swallowed");
    row("Eohilia", "budesonide", "swallowed");
    row("Flovent HFA 220 mcg", "fluticasone propionate", "inhalation");
    row("Flonase", "fluticasone propionate", "nasal");
    row("NB-UVB", "narrowband uvb", "phototherapy");
    // Abbreviated esters, names run into their strength, the policies' own words.
    row("BETAMETH VAL 0.1% CRM", "betamethasone valerate", "topical", "medium");
    row("HC BUTYRATE 0.1% OINT", "hydrocortisone butyrate", "topical", "medium");
    row("Xeljanz5mg", "tofacitinib", "oral");
    row("budesonide oral suspension", "budesonide", "swallowed");
    row("cyclosporine modified 100 mg", "cyclosporine", "oral");
    // A class named instead of a drug, with a potency where the words say one.
    row("topical steroids", "topicalCorticosteroid");
    row("low potency topical steroids", "topicalCorticosteroid", "", "low");
    // Words URDesk does not know stay unknown.
    row("zetomipzomib 30 mg", "?zetomipzomib");
    row("adalimumab and zetomipzomib", "adalimumab+?zetomipzomib");
    row("methotrexate 2.5mg, INCB018424", "methotrexate+?incb018424");
}

void TestVocabulary::recognises()
{
    QFETCH(QString, text);
    QFETCH(QString, ingredients);
    QFETCH(QString, routes);
    QFETCH(QString, potency);
    const DrugRecognizer recognizer(m_v);
    const RecognisedDrug d = recognizer.recognise(text);
    QStringList parts;
    for (const DrugComponent& c : d.components) {
        QStringList ids;
        for (int i : c.ingredients)
            ids.append(m_v.ingredients().at(i).id);
        parts.append(!c.unknown.isEmpty() ? u'?' + c.unknown
                     : !c.drugClass.isEmpty() ? c.drugClass
                                              : ids.join(u'|'));
    }
    QCOMPARE(parts.join(u'+'), ingredients);
    if (!routes.isEmpty()) {
        QStringList found = d.routes;
        found.sort();
        QStringList wanted = routes.split(u',');
        wanted.sort();
        QCOMPARE(found, wanted);
    }
    if (!potency.isEmpty())
        QCOMPARE(potencyId(recognizer.potency(d)), potency);
    QCOMPARE(d.recognised(), !ingredients.contains(u'?'));
}

void TestVocabulary::badFilesAreRefused_data()
{
    QTest::addColumn<QString>("drugs");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown class")
        << uR"({"format": "urdesk-drugs/1", "ingredients": [{"id": "x", "names": [], "source": "s",
                "routes": {"oral": ["tnfBlocker"]}}]})"_s
        << u"test.json: $.ingredients[0].routes.oral: unknown class \"tnfBlocker\""_s;
    QTest::newRow("unknown route")
        << uR"({"format": "urdesk-drugs/1", "ingredients": [{"id": "x", "names": [], "source": "s",
                "routes": {"chewed": []}}]})"_s
        << u"test.json: $.ingredients[0].routes.chewed: unknown route \"chewed\""_s;
    QTest::newRow("product of an unknown ingredient")
        << uR"({"format": "urdesk-drugs/1", "products": [{"names": ["X"], "ingredients": ["nope"],
                "routes": ["oral"]}]})"_s
        << u"test.json: $.products[0].ingredients: unknown ingredient \"nope\""_s;
    QTest::newRow("product by a route its ingredient lacks")
        << uR"({"format": "urdesk-drugs/1", "ingredients": [{"id": "x", "names": [], "source": "s",
                "routes": {"oral": []}}], "products": [{"names": ["X"], "ingredients": ["x"],
                "routes": ["topical"]}]})"_s
        << u"test.json: $.products[0].routes: ingredient \"x\" has no route \"topical\""_s;
    QTest::newRow("no source")
        << uR"({"format": "urdesk-drugs/1", "ingredients": [{"id": "x", "names": [],
                "routes": {"oral": []}}]})"_s
        << u"test.json: $.ingredients[0]: \"source\" is required"_s;
    QTest::newRow("broken JSON") << u"{\"format\": "_s << u"test.json: line 1"_s;
}

void TestVocabulary::badFilesAreRefused()
{
    QFETCH(QString, drugs);
    QFETCH(QString, expected);
    QFile classes(u":/urdesk/drugs/classes.json"_s);
    QVERIFY(classes.open(QIODevice::ReadOnly));
    const Result<DrugVocabulary> r =
        DrugVocabulary::read({{u"classes.json"_s, classes.readAll()}, {u"test.json"_s, drugs.toUtf8()}});
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(expected), qPrintable(r.error()));
}

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
