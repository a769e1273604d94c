// The placeholder window lists the loaded policies and says which files did not load.
#include "MainWindow.h"
#include "TestSupport.h"

#include <QApplication>
#include <QLabel>
#include <QTest>
#include <QTreeWidget>

using namespace urdesk;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsPolicies();
    void showsLoadErrors();
};

void TestMainWindow::listsPolicies()
{
    MainWindow window(test::builtinCatalog());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto* list = window.findChild<QTreeWidget*>();
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 4);
    QStringList numbers;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        numbers.append(list->topLevelItem(i)->text(1));
    QVERIFY(numbers.contains(u"L.5.01.513"_s));
}

void TestMainWindow::showsLoadErrors()
{
    const PolicyCatalog catalog = PolicyCatalog::load(u"/nonexistent/policies"_s);
    MainWindow window(catalog);
    bool shown = false;
    for (const QLabel* label : window.findChildren<QLabel*>())
        shown = shown || label->text().contains(u"the policy folder does not exist"_s);
    QVERIFY(shown);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
