// Drug criteria swept from the vocabulary and the policies, not from a hand list:
// - every drug a set names, and every member of an open class, under each of its names and
//   by each route that counts, belongs to the set; a closed list holds nothing else; a route
//   the set does not allow (eye drops, an intralesional injection, a swallowed inhaler) never
//   counts;
// - for every concurrent-use exclusion, every member of each excluded class, taken now or
//   still running in the therapy history, makes an approvable example not approvable;
// - a drug URDesk does not recognise never makes an example approvable: a criterion that
//   depended on it becomes missing, never met and never silently not met.
#include "DrugSupport.h"
#include "Evaluator.h"
#include "StrictTest.h"
#include "TestSupport.h"

#include <QDirIterator>
#include <QTest>

using namespace urdesk;
using namespace Qt::StringLiterals;

namespace {

const QString unknownDrug = u"zetomipzomib 30 mg"_s;

using test::exampleFiles;

// Whether an ingredient by a route belongs to a set part, read straight from the data.
bool memberBy(const Policy& p, const DrugSetPart& part, const DrugVocabulary::Ingredient& in,
              const QString& route)
{
    if (!in.routes.contains(route) || (!part.routes.isEmpty() && !part.routes.contains(route)))
        return false;
    const DrugSetPart& requested = p.drugSets.first().parts.first();
    if (!part.includesRequested && requested.ingredients.contains(in.id) &&
        (requested.routes.isEmpty() || requested.routes.contains(route)))
        return false;
    if (part.ingredients.contains(in.id))
        return true;
    for (const QString& k : in.routes.value(route)) {
        for (const QString& wanted : part.classes) {
            if (p.vocabulary->classWithin(k, wanted))
                return true;
        }
    }
    return false;
}

bool memberBy(const Policy& p, const DrugSet& set, const DrugVocabulary::Ingredient& in,
              const QString& route)
{
    return std::any_of(set.parts.cbegin(), set.parts.cend(),
                       [&](const DrugSetPart& part) { return memberBy(p, part, in, route); });
}

// Names that mean this ingredient alone.
QStringList ownNames(const DrugVocabulary& v, const DrugVocabulary::Ingredient& in)
{
    QStringList names{in.id};
    for (const QString& n : in.names) {
        int owners = 0;
        for (const DrugVocabulary::Ingredient& other : v.ingredients())
            owners += (other.id == n || other.names.contains(n, Qt::CaseInsensitive)) ? 1 : 0;
        if (owners == 1)
            names.append(n);
    }
    return names;
}

DrugMention resolved(const Policy& p, const QString& drug)
{
    DrugMention d;
    d.drug = drug;
    p.resolve(d, Indication::ThisCondition);
    return d;
}

// The drug-dependent leaves of a policy and the sets they read.
QList<std::pair<int, DrugListMask>> drugLeaves(const Policy& p)
{
    QList<std::pair<int, DrugListMask>> out;
    for (size_t i = 0; i < p.nodes.size(); ++i) {
        const CriterionTest& t = p.nodes[i].test;
        DrugListMask mask = 0;
        if (const auto* x = std::get_if<TherapyTest>(&t))
            mask = x->lists;
        else if (const auto* c = std::get_if<ConcomitantTest>(&t))
            mask = c->first | c->second;
        else if (const auto* d = std::get_if<CurrentDrugTest>(&t))
            mask = d->lists;
        else if (const auto* f = std::get_if<FactTest>(&t))
            mask = f->during;
        if (p.nodes[i].kind == CriterionNode::Kind::Leaf && mask)
            out.append({int(i), mask});
    }
    return out;
}

// The concurrent-use exclusions: conditions not covered that read current drugs, and
// criteria that require their absence.
QList<std::pair<int, DrugListMask>> exclusions(const Policy& p)
{
    QList<std::pair<int, DrugListMask>> out;
    for (const auto& [node, mask] : drugLeaves(p)) {
        if (!std::holds_alternative<CurrentDrugTest>(p.nodes[size_t(node)].test))
            continue;
        out.append({node, mask});
    }
    return out;
}

Evaluation evaluateWith(const CaseFile& c, const std::function<void(CaseFacts&)>& change)
{
    CaseFacts facts = c.facts;
    change(facts);
    return Evaluator::evaluate(facts, c.requestDate);
}

template <typename T>
QList<T> listOf(const CaseFacts& facts, int fact)
{
    return facts.has(fact) ? std::get<QList<T>>(facts.value(fact)) : QList<T>();
}

} // namespace

class TestDrugSweep : public urdesk::test::StrictTest
{
    Q_OBJECT

private Q_SLOTS:
    void setsHoldTheirMembersByEveryName_data();
    void setsHoldTheirMembersByEveryName();
    void exclusionsCatchEveryMember_data();
    void exclusionsCatchEveryMember();
    void unknownDrugsNeverApprove_data();
    void unknownDrugsNeverApprove();
};

void TestDrugSweep::setsHoldTheirMembersByEveryName_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<int>("set");
    for (const auto& p : test::builtinCatalog().policies()) {
        for (int i = 0; i < p->drugSets.size(); ++i)
            QTest::newRow(qPrintable(p->number + u' ' + p->drugSets.at(i).id)) << p->id << i;
    }
}

void TestDrugSweep::setsHoldTheirMembersByEveryName()
{
    QFETCH(QString, policy);
    QFETCH(int, set);
    const auto p = test::builtinCatalog().find(policy);
    const DrugSet& s = p->drugSets.at(set);
    const DrugListMask bit = DrugListMask(1) << set;
    int members = 0;
    int checked = 0;
    for (const DrugVocabulary::Ingredient& in : p->vocabulary->ingredients()) {
        const QStringList routes = in.routes.keys();
        for (const QString& route : routes) {
            const bool member = memberBy(*p, s, in, route);
            members += member ? 1 : 0;
            // By each of its names with the route said; by the name alone where it has one
            // route only.
            QStringList strings;
            for (const QString& name : ownNames(*p->vocabulary, in)) {
                if (!test::routeWord(route).isEmpty())
                    strings.append(name + u' ' + test::routeWord(route));
                if (routes.size() == 1)
                    strings.append(name);
            }
            for (const QString& text : std::as_const(strings)) {
                const DrugMention d = resolved(*p, text);
                ++checked;
                if (member)
                    QVERIFY2(d.lists & bit, qPrintable(u"\"%1\" is not found in %2 (%3)"_s.arg(
                                                text, s.id, d.recognisedAs)));
                else
                    QVERIFY2(!(d.lists & bit), qPrintable(u"\"%1\" is wrongly in %2 (%3)"_s.arg(
                                                   text, s.id, d.recognisedAs)));
            }
        }
    }
    // Brand names: in the set when every route of the product counts, never when none does.
    for (const DrugVocabulary::Product& product : p->vocabulary->products()) {
        bool all = true;
        bool any = false;
        for (const QString& id : product.ingredients) {
            for (const QString& route : product.routes) {
                const bool m = memberBy(*p, s, *p->vocabulary->ingredient(id), route);
                any = any || m;
                all = all && m;
            }
        }
        for (const QString& name : product.names) {
            const DrugMention d = resolved(*p, name);
            if (all && product.ingredients.size() == 1)
                QVERIFY2(d.lists & bit, qPrintable(u"\"%1\" is not found in %2"_s.arg(name, s.id)));
            if (!any)
                QVERIFY2(!(d.lists & bit), qPrintable(u"\"%1\" is wrongly in %2"_s.arg(name, s.id)));
        }
    }
    QVERIFY2(members > 0, qPrintable(u"%1 has no member in the vocabulary"_s.arg(s.id)));
    // The policy's own examples are members.
    for (const QString& e : s.examples) {
        const DrugVocabulary::Ingredient* in = p->vocabulary->ingredient(e);
        QVERIFY(in);
        QVERIFY2(std::any_of(in->routes.keyBegin(), in->routes.keyEnd(),
                             [&](const QString& r) { return memberBy(*p, s, *in, r); }),
                 qPrintable(e));
    }
    QVERIFY(checked > 0);
}

void TestDrugSweep::exclusionsCatchEveryMember_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& f : exampleFiles()) {
        const Result<CaseFile> c = CaseFileReader::readFile(f, test::builtinCatalog());
        if (c.ok() && c->expect.value(u"determination"_s) == u"approvable"_s &&
            !exclusions(c->policy()).isEmpty())
            QTest::newRow(qPrintable(QDir(test::sourcePath(u"examples"_s)).relativeFilePath(f)))
                << f;
    }
}

void TestDrugSweep::exclusionsCatchEveryMember()
{
    QFETCH(QString, path);
    const CaseFile c = CaseFileReader::readFile(path, test::builtinCatalog()).value();
    const Policy& p = c.policy();
    const int currentFact = p.fact(u"currentDrugs");
    const int historyFact = p.fact(u"therapies");
    int tried = 0;
    for (const auto& [node, mask] : exclusions(p)) {
        for (int set = 0; set < p.drugSets.size(); ++set) {
            if (!(mask & (DrugListMask(1) << set)))
                continue;
            for (const DrugVocabulary::Ingredient& in : p.vocabulary->ingredients()) {
                for (const QString& route : in.routes.keys()) {
                    if (!memberBy(p, p.drugSets.at(set), in, route))
                        continue;
                    const QString text = (in.id + u' ' + test::routeWord(route)).trimmed();
                    // Taken now...
                    const Evaluation now = evaluateWith(c, [&](CaseFacts& f) {
                        QList<CurrentDrug> drugs = listOf<CurrentDrug>(f, currentFact);
                        CurrentDrug d;
                        d.drug = text;
                        drugs.append(d);
                        QVERIFY(f.set(currentFact, drugs).isEmpty());
                    });
                    QVERIFY2(now.determination.kind != Determination::Kind::Approvable,
                             qPrintable(u"%1 taken now: %2"_s.arg(text, p.nodeTitle(node))));
                    // ... or still running in the therapy history.
                    const Evaluation running = evaluateWith(c, [&](CaseFacts& f) {
                        QList<TherapyEntry> history = listOf<TherapyEntry>(f, historyFact);
                        TherapyEntry e;
                        e.drug = text;
                        e.start = c.requestDate.addMonths(-2);
                        history.append(e);
                        QVERIFY(f.set(historyFact, history).isEmpty());
                    });
                    QVERIFY2(running.determination.kind != Determination::Kind::Approvable,
                             qPrintable(u"%1 running: %2"_s.arg(text, p.nodeTitle(node))));
                    ++tried;
                }
            }
        }
    }
    QVERIFY(tried > 10);
}

void TestDrugSweep::unknownDrugsNeverApprove_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& f : exampleFiles())
        QTest::newRow(qPrintable(QDir(test::sourcePath(u"examples"_s)).relativeFilePath(f))) << f;
}

void TestDrugSweep::unknownDrugsNeverApprove()
{
    QFETCH(QString, path);
    const CaseFile c = CaseFileReader::readFile(path, test::builtinCatalog()).value();
    const Policy& p = c.policy();
    const Evaluation before = Evaluator::evaluate(c.facts, c.requestDate);
    const bool approvable = before.determination.kind == Determination::Kind::Approvable;
    const int historyFact = p.fact(u"therapies");
    const QList<std::pair<int, DrugListMask>> leaves = drugLeaves(p);

    // A criterion that a course met, once its drug is not recognised, is missing.
    const QList<TherapyEntry> history = listOf<TherapyEntry>(c.facts, historyFact);
    for (int i = 0; i < history.size(); ++i) {
        const Evaluation after = evaluateWith(c, [&](CaseFacts& f) {
            QList<TherapyEntry> changed = history;
            changed[i].drug = unknownDrug;
            QVERIFY(f.set(historyFact, changed).isEmpty());
        });
        for (const auto& [node, mask] : leaves) {
            const Status was = before.node(node).status;
            const Status is = after.node(node).status;
            QVERIFY2(was != Status::Met || is == Status::Met || is == Status::Missing ||
                         is == Status::NotApplicable,
                     qPrintable(u"%1 with course %2 unknown: %3 (%4)"_s.arg(
                         p.nodeTitle(node), QString::number(i + 1), statusId(is),
                         after.node(node).reason)));
        }
        if (after.determination.kind == Determination::Kind::Approvable)
            QVERIFY2(approvable, "an unknown drug made the case approvable");
    }

    // An unknown drug added anywhere: taken now, or a long failed course.
    QStringList problems;
    const auto add = [&](const std::function<void(CaseFacts&)>& change,
                         const QString& what) -> Evaluation {
        const Evaluation after = evaluateWith(c, change);
        if (after.determination.kind == Determination::Kind::Approvable && !approvable)
            problems.append(what);
        for (const auto& [node, mask] : leaves) {
            if (before.node(node).status != Status::Met && after.node(node).status == Status::Met)
                problems.append(u"%1 met by an unknown drug: %2"_s.arg(
                    p.nodeTitle(node), after.node(node).reason));
        }
        return after;
    };
    add(
        [&](CaseFacts& f) {
            QList<TherapyEntry> h = history;
            TherapyEntry e;
            e.drug = unknownDrug;
            e.start = c.requestDate.addYears(-1);
            e.end = c.requestDate.addDays(-1);
            e.outcome = TherapyOutcome::Failure;
            e.indication = Indication::ThisCondition;
            h.append(e);
            QVERIFY(f.set(historyFact, h).isEmpty());
        },
        u"an unknown failed course made the case approvable"_s);
    const int currentFact = p.fact(u"currentDrugs");
    const Evaluation taken = add(
        [&](CaseFacts& f) {
            QList<CurrentDrug> drugs = listOf<CurrentDrug>(f, currentFact);
            CurrentDrug d;
            d.drug = unknownDrug;
            drugs.append(d);
            QVERIFY(f.set(currentFact, drugs).isEmpty());
        },
        u"an unknown current drug made the case approvable"_s);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    if (approvable && !exclusions(p).isEmpty())
        QCOMPARE(taken.determination.kind, Determination::Kind::Pend);
}

QTEST_GUILESS_MAIN(TestDrugSweep)
#include "tst_drugsweep.moc"
