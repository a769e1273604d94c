// How long one evaluation takes: the aim is under 50 µs for the largest policy (Dupixent).
// Prints QBENCHMARK figures; asserts nothing about time.
#include "Evaluator.h"
#include "TestSupport.h"

#include <QTest>

using namespace urdesk;
using namespace Qt::StringLiterals;

class BenchEvaluate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data();
    void evaluate();
};

void BenchEvaluate::evaluate_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("Dupixent asthma initial (largest policy)")
        << u"examples/dupixent/asthma-initial-approvable.json"_s;
    QTest::newRow("Dupixent atopic dermatitis renewal")
        << u"examples/dupixent/ad-renewal-approvable.json"_s;
    QTest::newRow("Dupixent COPD initial, pend") << u"examples/dupixent/copd-initial-pend.json"_s;
    QTest::newRow("Opzelura atopic dermatitis initial")
        << u"examples/opzelura/ad-initial-approvable.json"_s;
    QTest::newRow("Leqselvi continuation") << u"examples/leqselvi/continuation-approvable.json"_s;
    QTest::newRow("Anzupgo exception") << u"examples/anzupgo/retail-exception-approvable.json"_s;
}

void BenchEvaluate::evaluate()
{
    QFETCH(QString, file);
    const Result<CaseFile> c =
        CaseFileReader::readFile(test::sourcePath(file), test::builtinCatalog());
    QVERIFY2(c.ok(), qPrintable(c.error()));
    Evaluation e;
    QBENCHMARK
    {
        e = Evaluator::evaluate(c->facts, c->requestDate);
    }
    QVERIFY(!e.determination.summary.isEmpty());
}

QTEST_GUILESS_MAIN(BenchEvaluate)
#include "bench_evaluate.moc"
