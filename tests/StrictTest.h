#pragma once

#include <QObject>
#include <QRegularExpression>
#include <QTest>

namespace urdesk::test {

// The base of every test class: a Qt warning during a test function fails it. A warning is
// something going wrong that nobody checked for (a connection removed while still in use, a
// signal connected to nothing), so a test that passes while printing one hides a bug. A test
// that expects a warning says so with QTest::ignoreMessage, which takes precedence.
// Warnings outside test functions (initTestCase, destructors at exit) fail the test in ctest,
// through the FAIL_REGULAR_EXPRESSION set in tests/CMakeLists.txt.
class StrictTest : public QObject
{
    Q_OBJECT

protected Q_SLOTS:
    // Qt Test runs a slot named init() before every test function; a test class that needs
    // its own calls this one first.
    void init()
    {
        // Except the offscreen platform saying what it cannot do (raise a window, grab the
        // keyboard): the tests run there, the reviewer's desktop does those things.
        QTest::failOnWarning(
            QRegularExpression(QStringLiteral("^(?!This plugin does not support ).*")));
    }
};

} // namespace urdesk::test
