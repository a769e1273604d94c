// No text is cut short at a laptop's 1366x768, in English or in Spanish, on the screens a
// reviewer lives in: sign in, New Case, the queue, the case form with its therapy table, and
// the status bar. Each widget's size hint is checked against the size it was given
// (ClippingSupport.h); the Spanish screens beyond these are checked in tst_spanish.
#include "CaseView.h"
#include "ClippingSupport.h"
#include "GuiSupport.h"
#include "MainWindow.h"
#include "NewCaseDialog.h"
#include "SignInDialog.h"
#include "StoreSupport.h"
#include "StrictTest.h"
#include "Translations.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>

using namespace urdesk;
using namespace Qt::StringLiterals;

class TestLaptop : public urdesk::test::StrictTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void signIn_data() { test::addLanguageRows(); }
    void signIn();
    void newCase_data() { test::addLanguageRows(); }
    void newCase();
    void queueCaseAndStatusBar_data() { test::addLanguageRows(); }
    void queueCaseAndStatusBar();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<CaseStore> m_store;
    qint64 m_case = 0;
};

void TestLaptop::init()
{
    StrictTest::init();
    QFETCH(QString, language);
    installTranslations(language);
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::openTestDatabase(m_dir->filePath(u"laptop.db"_s));
    m_store = std::make_unique<CaseStore>(m_db, test::builtinCatalog());
    m_case = m_store->createCase(test::nurse, test::sampleIntake()).value().id;
    // A therapy course on show, with every column filled.
    const QJsonArray therapies = {QJsonObject{{u"drug"_s, u"triamcinolone 0.1% cream"_s},
                                              {u"start"_s, u"2026-01-05"_s},
                                              {u"end"_s, u"2026-02-20"_s},
                                              {u"outcome"_s, u"failure"_s}}};
    QVERIFY(m_store->setFact(test::nurse, m_case, u"therapies"_s, therapies, FactSource::Entered));
}

void TestLaptop::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestLaptop::signIn()
{
    SignInDialog dialog(m_db, true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    VERIFY_NOTHING_CUT(&dialog);
}

void TestLaptop::newCase()
{
    NewCaseDialog dialog(*m_store, test::sessionOf(m_db, test::nurse));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The size it takes on a laptop's screen; the test screen (800 x 600) clamps a new
    // window to two thirds of its width.
    QVERIFY(dialog.sizeHint().width() < test::laptop.width() * 2 / 3);
    QVERIFY(dialog.sizeHint().height() < test::laptop.height());
    dialog.resize(dialog.sizeHint());
    QCoreApplication::sendPostedEvents();
    VERIFY_NOTHING_CUT(&dialog);
    // Each drug's quantity unit ("prefilled pens or syringes") fits beside the quantity.
    auto* drug = dialog.findChild<QComboBox*>(u"drug"_s);
    QVERIFY(drug);
    for (int i = 0; i < drug->count(); ++i) {
        drug->setCurrentIndex(i);
        QCoreApplication::sendPostedEvents();
        VERIFY_NOTHING_CUT(&dialog);
    }
}

void TestLaptop::queueCaseAndStatusBar()
{
    MainWindow window(test::builtinCatalog(), test::sessionOf(m_db, test::nurse));
    window.resize(test::laptop);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    VERIFY_NOTHING_CUT(&window); // the queue, the menus and the status bar
    CaseView* view = window.openCase(m_case);
    QVERIFY(view);
    QTRY_VERIFY(view->isVisible());
    VERIFY_NOTHING_CUT(&window); // the case form, its therapy table, the checklist
    VERIFY_NOTHING_CUT(window.statusBar());
    QVERIFY(window.statusBar()->width() <= test::laptop.width());
}

QTEST_MAIN(TestLaptop)
#include "tst_laptop.moc"
