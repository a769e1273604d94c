// Every visible leaf criterion of every seed policy can be met and can fail: for each, the
// sweep builds the answers that satisfy the branch it sits in, then answers that meet the
// leaf and answers that do not, and checks the leaf's status. It catches a criterion that is
// unreachable or wired to the wrong fact, list or option. Numeric and date boundaries are
// checked with hand-worked values in tst_boundaries.
#include "DrugSupport.h"
#include "Evaluator.h"
#include "StrictTest.h"
#include "TestSupport.h"

#include <QTest>

using namespace urdesk;
using namespace Qt::StringLiterals;

namespace {

const QDate requestDate(2026, 3, 2);

// A drug string that certainly belongs to one of the sets in `mask`, from the vocabulary.
QString drugOn(const Policy& p, DrugListMask mask, Potency potency = Potency::Unknown)
{
    return test::stringsIn(p, mask, potency, 1).value(0);
}

// Answers that make a hidden condition (appliesWhen, askWhen) met, leaving answers already
// given alone so that the branch chosen first (a diagnosis) stays chosen.
void satisfy(const Policy& p, int node, CaseFacts& facts)
{
    const CriterionNode& n = p.nodes[size_t(node)];
    switch (n.kind) {
    case CriterionNode::Kind::One:
        satisfy(p, n.children.first(), facts);
        return;
    case CriterionNode::Kind::All:
        for (int c : n.children)
            satisfy(p, c, facts);
        return;
    case CriterionNode::Kind::Leaf:
        break;
    default:
        return;
    }
    if (const auto* t = std::get_if<FactTest>(&n.test)) {
        const FactDefinition& def = p.facts.at(t->fact);
        if (facts.has(t->fact))
            return;
        if (t->op == FactTest::Op::In)
            facts.set(t->fact, def.type == FactType::Multi
                                   ? FactValue(QStringList{t->options.first()})
                                   : FactValue(t->options.first()));
        else if (t->op == FactTest::Op::IsTrue || t->op == FactTest::Op::IsFalse)
            facts.set(t->fact, t->op == FactTest::Op::IsTrue);
    } else if (std::holds_alternative<QuantityTest>(n.test)) {
        facts.set(p.fact(u"request.channel"), u"retail"_s);
        facts.set(p.fact(u"request.daysSupply"), 30.0);
        facts.set(p.fact(u"request.quantity"), 31.0);
    }
}

TherapyEntry course(const QString& drug, QDate start, QDate end, TherapyOutcome outcome)
{
    TherapyEntry e;
    e.drug = drug;
    e.start = start;
    e.end = end;
    e.outcome = outcome;
    e.indication = Indication::ThisCondition; // where a policy asks what it was for
    return e;
}

struct Answers
{
    int fact = -1;
    FactValue meet;
    FactValue fail;
};

// Answers that meet, and that fail, one leaf test.
QList<Answers> answersFor(const Policy& p, const CriterionTest& test)
{
    QList<Answers> out;
    if (const auto* t = std::get_if<FactTest>(&test)) {
        const FactDefinition& def = p.facts.at(t->fact);
        const double delta = def.integer ? 1 : 0.1;
        using Op = FactTest::Op;
        switch (t->op) {
        case Op::IsTrue:
            return {{t->fact, true, false}};
        case Op::IsFalse:
            return {{t->fact, false, true}};
        case Op::In: {
            if (def.type == FactType::Multi)
                return {{t->fact, QStringList{t->options.first()}, QStringList{}}};
            for (const FactOption& o : def.options) {
                if (!t->options.contains(o.id))
                    return {{t->fact, t->options.first(), o.id}};
            }
            return {};
        }
        case Op::AtLeast:
            return {{t->fact, t->a, t->a - delta}};
        case Op::AtMost:
            return {{t->fact, t->a, t->a + delta}};
        case Op::GreaterThan:
            return {{t->fact, t->a + delta, t->a}};
        case Op::LessThan:
            return {{t->fact, t->a - delta, t->a}};
        case Op::Between:
            return {{t->fact, t->a, t->a - delta}};
        case Op::SinceAtLeast: {
            const QDate latest = t->duration.firstDayUntil(requestDate);
            return {{t->fact, latest, latest.addDays(1)}};
        }
        case Op::CountWithin: {
            const QDate from = t->duration.firstDayUntil(requestDate);
            QList<Answers> dated = {{t->fact, QList<QDate>(int(t->a), from),
                                   QList<QDate>(int(t->a), from.addDays(-1))}};
            if (t->during) {
                // "... while on": a course of the therapy running on those days.
                const QList<TherapyEntry> on = {
                    course(drugOn(p, t->during), from.addYears(-1), QDate(), TherapyOutcome::None)};
                dated.append({p.fact(u"therapies"), on, on});
            }
            return dated;
        }
        }
    }
    if (const auto* t = std::get_if<AgeTest>(&test)) {
        const QDate birth = t->minimum.unit == Duration::Unit::Months
                                ? requestDate.addMonths(-t->minimum.count)
                                : requestDate.addYears(-t->minimum.count);
        return {{p.fact(u"member.birthDate"), birth, birth.addDays(1)}};
    }
    const int therapies = p.fact(u"therapies");
    if (const auto* t = std::get_if<TherapyTest>(&test)) {
        const QString drug = drugOn(p, t->lists, t->minimumPotency);
        const TherapyOutcome outcome =
            t->outcomes.isEmpty() ? TherapyOutcome::None : t->outcomes.first();
        QDate start = requestDate.addYears(-1);
        QDate end = t->current ? QDate() : requestDate.addDays(-1);
        if (!t->current && !t->minimumDuration.isNull())
            start =
                t->minimumDuration.firstDayUntil(end).addDays(t->durationStrictlyLonger ? -1 : 0);
        return {{therapies, QList<TherapyEntry>{course(drug, start, end, outcome)},
                 QList<TherapyEntry>{}}};
    }
    if (const auto* t = std::get_if<ConcomitantTest>(&test)) {
        const TherapyOutcome outcome =
            t->outcomes.isEmpty() ? TherapyOutcome::None : t->outcomes.first();
        const QDate end = requestDate.addDays(-1);
        const QDate start =
            t->minimumDuration.isNull() ? end : t->minimumDuration.firstDayUntil(end);
        return {{therapies,
                 QList<TherapyEntry>{course(drugOn(p, t->first), start, end, outcome),
                                     course(drugOn(p, t->second, t->minimumPotency), start, end,
                                            outcome)},
                 QList<TherapyEntry>{}}};
    }
    if (const auto* t = std::get_if<CurrentDrugTest>(&test)) {
        CurrentDrug taken;
        taken.drug = drugOn(p, t->lists);
        return {{p.fact(u"currentDrugs"), QList<CurrentDrug>{taken}, QList<CurrentDrug>{}}};
    }
    if (const auto* t = std::get_if<PrescriberTest>(&test)) {
        if (t->diagnosisFact >= 0) {
            const QString diagnosis = t->byDiagnosis.keys().value(0);
            const QString specialist = t->byDiagnosis.value(diagnosis).value(0);
            return {{t->diagnosisFact, diagnosis, diagnosis},
                    {p.fact(u"prescriber.specialty"), specialist, u"other"_s},
                    {p.fact(u"prescriber.consultedSpecialty"), u"none"_s, u"none"_s}};
        }
        return {{p.fact(u"prescriber.specialty"), t->specialties.first(), u"other"_s},
                {p.fact(u"prescriber.consultedSpecialty"), u"none"_s, u"none"_s}};
    }
    return out;
}

} // namespace

class TestLeafSweep : public urdesk::test::StrictTest
{
    Q_OBJECT

private Q_SLOTS:
    void leaf_data();
    void leaf();
};

void TestLeafSweep::leaf_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<int>("node");
    int rows = 0;
    for (const auto& p : test::builtinCatalog().policies()) {
        for (size_t i = 0; i < p->nodes.size(); ++i) {
            const CriterionNode& n = p->nodes[i];
            if (n.hidden)
                continue;
            const bool leaf =
                n.kind == CriterionNode::Kind::Leaf ||
                (n.kind == CriterionNode::Kind::Not &&
                 p->nodes[size_t(n.children.first())].kind == CriterionNode::Kind::Leaf);
            if (!leaf)
                continue;
            QTest::newRow(qPrintable(p->number + u' ' + n.id)) << p->id << int(i);
            ++rows;
        }
    }
    QVERIFY(rows > 150); // all four policies, every leaf
}

void TestLeafSweep::leaf()
{
    QFETCH(QString, policy);
    QFETCH(int, node);
    const auto p = test::builtinCatalog().find(policy);
    const CriterionNode& n = p->nodes[size_t(node)];
    const bool negated = n.kind == CriterionNode::Kind::Not;
    const CriterionNode& leafNode = negated ? p->nodes[size_t(n.children.first())] : n;
    const QList<Answers> answers = answersFor(*p, leafNode.test);
    QVERIFY2(!answers.isEmpty(), "no generator for this kind of test");

    for (const bool meet : {true, false}) {
        CaseFacts facts(p);
        for (int at = node; at >= 0; at = p->nodes[size_t(at)].parent) {
            if (p->nodes[size_t(at)].appliesWhen >= 0)
                satisfy(*p, p->nodes[size_t(at)].appliesWhen, facts);
        }
        for (const Answers& a : answers) {
            const int when = p->facts.at(a.fact).askWhen;
            if (when >= 0)
                satisfy(*p, when, facts);
        }
        for (const Answers& a : answers) {
            const bool leafMeets = meet != negated;
            const QString refused = facts.set(a.fact, leafMeets ? a.meet : a.fail);
            QVERIFY2(refused.isEmpty(), qPrintable(refused));
        }
        const Evaluation e = Evaluator::evaluate(facts, requestDate);
        const NodeOutcome& o = e.node(node);
        const Status expected = meet ? Status::Met : Status::NotMet;
        QVERIFY2(o.status == expected,
                 qPrintable(u"%1 %2: %3 (%4), expected %5"_s.arg(
                     p->number, n.id, statusId(o.status), o.reason, statusId(expected))));
    }
}

QTEST_GUILESS_MAIN(TestLeafSweep)
#include "tst_leafsweep.moc"
