// The example case files under examples/ are evaluated and must reach the determination,
// branch, dates, quantities and criterion statuses written in their "expect" blocks.
#include "Evaluator.h"
#include "StrictTest.h"
#include "TestSupport.h"

#include <QDirIterator>
#include <QTest>

using namespace urdesk;
using namespace Qt::StringLiterals;

class TestExamples : public urdesk::test::StrictTest
{
    Q_OBJECT

private Q_SLOTS:
    void example_data();
    void example();
    void everyPolicyHasExamples();
};

using test::exampleFiles;

void TestExamples::example_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& f : exampleFiles())
        QTest::newRow(qPrintable(QDir(test::sourcePath(u"examples"_s)).relativeFilePath(f))) << f;
}

void TestExamples::example()
{
    QFETCH(QString, path);
    const Result<CaseFile> c = CaseFileReader::readFile(path, test::builtinCatalog());
    QVERIFY2(c.ok(), qPrintable(c.error()));
    QVERIFY2(c->expect.contains(u"determination"_s), "every example states its determination");
    QVERIFY2(!c->description.isEmpty(), "every example says what it shows");
    const Evaluation e = Evaluator::evaluate(c->facts, c->requestDate);
    const QStringList differences = c->mismatches(e);
    QVERIFY2(differences.isEmpty(),
             qPrintable(differences.join(u'\n') + u"\n"_s + e.determination.summary));
}

void TestExamples::everyPolicyHasExamples()
{
    QSet<QString> covered;
    for (const QString& f : exampleFiles()) {
        const Result<CaseFile> c = CaseFileReader::readFile(f, test::builtinCatalog());
        if (c.ok())
            covered.insert(c->policy().id + u'/' + c->expect.value(u"determination"_s).toString());
    }
    for (const auto& p : test::builtinCatalog().policies()) {
        for (const QString& outcome : {u"approvable"_s, u"pend"_s, u"refer"_s})
            QVERIFY2(covered.contains(p->id + u'/' + outcome),
                     qPrintable(u"no example of %1 reaching %2"_s.arg(p->id, outcome)));
    }
}

QTEST_GUILESS_MAIN(TestExamples)
#include "tst_examples.moc"
