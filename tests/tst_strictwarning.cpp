// The guard of every other test: a Qt warning fails the test function it happens in, and one
// the test expects does not. Its ctest entry passes only when the first function fails.
#include "StrictTest.h"

#include <QTest>

class TstStrictWarning : public urdesk::test::StrictTest
{
    Q_OBJECT

private Q_SLOTS:
    void anExpectedWarningPasses()
    {
        QTest::ignoreMessage(QtWarningMsg, "a warning the test expects");
        qWarning("a warning the test expects");
    }
    void anUnexpectedWarningFails() { qWarning("a warning nobody expected"); }
};

QTEST_GUILESS_MAIN(TstStrictWarning)
#include "tst_strictwarning.moc"
