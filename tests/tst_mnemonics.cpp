// Every menu and dialog has unique keyboard mnemonics, in English and in Spanish: two items
// answering the same Alt+letter make the keyboard reviewer's key do the wrong thing, or
// nothing. The test walks every menu of the window as each role sees it, the open case
// (its buttons, tabs and labelled fields together with the menu bar, all on screen at once)
// and the dialogs a reviewer fills in.
#include "CaseView.h"
#include "DecisionDialog.h"
#include "GuiSupport.h"
#include "MainWindow.h"
#include "NewCaseDialog.h"
#include "PreferencesDialog.h"
#include "SignInDialog.h"
#include "StoreSupport.h"
#include "StrictTest.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabBar>

using namespace urdesk;
using namespace Qt::StringLiterals;

namespace {

// The letter after a single '&' ("&&" is a literal ampersand), lower case; none when absent.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Keys given to more than one of `texts`, each said as "Alt+x: one | other".
QStringList clashes(const QStringList& texts)
{
    QMultiHash<QChar, QString> byKey;
    for (const QString& t : texts) {
        if (const QChar key = mnemonicOf(t); !key.isNull())
            byKey.insert(key, t);
    }
    QStringList found;
    for (const QChar key : byKey.uniqueKeys()) {
        if (byKey.count(key) > 1)
            found.append(u"Alt+%1: %2"_s.arg(key, byKey.values(key).join(u" | "_s)));
    }
    return found;
}

// Every menu's items, and its submenus', checked each menu on its own; items without a
// mnemonic are reported too, as the keyboard cannot reach them.
void walkMenu(const QMenu* menu, QStringList& problems)
{
    QStringList texts;
    for (const QAction* a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible() || a->text().isEmpty())
            continue;
        texts.append(a->text());
        if (mnemonicOf(a->text()).isNull())
            problems.append(u"%1 > %2: no mnemonic"_s.arg(menu->title(), a->text()));
        if (a->menu())
            walkMenu(a->menu(), problems);
    }
    for (const QString& c : clashes(texts))
        problems.append(menu->title() + u": "_s + c);
}

// What answers an Alt+letter in `root` as it is shown: buttons, labels that name a field,
// tabs, and the menu bar's titles.
QStringList shownMnemonics(const QWidget* root)
{
    QStringList texts;
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root))
            continue;
        if (const auto* b = qobject_cast<const QAbstractButton*>(w))
            texts.append(b->text());
        else if (const auto* l = qobject_cast<const QLabel*>(w); l && l->buddy())
            texts.append(l->text());
        else if (const auto* t = qobject_cast<const QTabBar*>(w))
            for (int i = 0; i < t->count(); ++i)
                texts.append(t->tabText(i));
        else if (const auto* m = qobject_cast<const QMenuBar*>(w))
            for (const QAction* a : m->actions())
                texts.append(a->text());
    }
    return texts;
}

#define VERIFY_NO_PROBLEMS(list)                                                                   \
    do {                                                                                           \
        const QStringList found = (list);                                                          \
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));                                  \
    } while (false)

} // namespace

class TestMnemonics : public urdesk::test::StrictTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyMenu_data() { test::addLanguageRows(); }
    void everyMenu();
    void openCase_data() { test::addLanguageRows(); }
    void openCase();
    void dialogs_data() { test::addLanguageRows(); }
    void dialogs();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<CaseStore> m_store;
    qint64 m_case = 0;
};

void TestMnemonics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMnemonics::init()
{
    StrictTest::init();
    QFETCH(QString, language);
    installTranslations(language);
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::openTestDatabase(m_dir->filePath(u"keys.db"_s));
    m_store = std::make_unique<CaseStore>(m_db, test::builtinCatalog());
    m_case = m_store->createCase(test::nurse, test::sampleIntake()).value().id;
    for (const auto& [id, value] : test::opzeluraAnswersButBsa())
        QVERIFY(m_store->setFact(test::nurse, m_case, id, value, FactSource::Entered).ok());
}

void TestMnemonics::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestMnemonics::everyMenu()
{
    for (const Actor& actor : {test::nurse, test::director, test::admin}) {
        MainWindow window(test::builtinCatalog(), test::sessionOf(m_db, actor));
        window.show();
        if (actor.role != test::admin.role)
            QVERIFY(window.openCase(m_case)); // the case's own actions are in the menus
        QStringList problems;
        QStringList titles;
        for (const QAction* a : window.menuBar()->actions()) {
            titles.append(a->text());
            if (a->menu())
                walkMenu(a->menu(), problems);
        }
        problems += clashes(titles);
        VERIFY_NO_PROBLEMS(problems);
    }
}

void TestMnemonics::openCase()
{
    for (const Actor& actor : {test::nurse, test::director}) {
        MainWindow window(test::builtinCatalog(), test::sessionOf(m_db, actor));
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CaseView* view = window.openCase(m_case);
        QVERIFY(view);
        VERIFY_NO_PROBLEMS(clashes(shownMnemonics(&window)));
    }
    // A decided case, with Reopen where the decision buttons were.
    Decision denial;
    denial.outcome = CaseStatus::Denied;
    denial.rationale = u"The chart notes do not document the required trial."_s;
    denial.criteria = {u"1.B"_s};
    QVERIFY(m_store->moveTo(test::nurse, m_case, CaseStatus::InReview, u"started"_s).ok());
    QVERIFY(m_store->moveTo(test::nurse, m_case, CaseStatus::Referred, u"1.B not met"_s).ok());
    const auto decided = m_store->decide(test::director, m_case, denial);
    QVERIFY2(decided.ok(), qPrintable(decided.error()));
    MainWindow window(test::builtinCatalog(), test::sessionOf(m_db, test::director));
    window.resize(1366, 768);
    window.show();
    QVERIFY(window.openCase(m_case));
    VERIFY_NO_PROBLEMS(clashes(shownMnemonics(&window)));
}

void TestMnemonics::dialogs()
{
    MainWindow window(test::builtinCatalog(), test::sessionOf(m_db, test::director));
    CaseView* view = window.openCase(m_case);
    QVERIFY(view);
    std::vector<std::unique_ptr<QDialog>> dialogs;
    dialogs.push_back(std::make_unique<SignInDialog>(m_db, true));
    dialogs.push_back(
        std::make_unique<NewCaseDialog>(*m_store, test::sessionOf(m_db, test::nurse), nullptr));
    dialogs.push_back(std::make_unique<PreferencesDialog>());
    for (CaseStatus outcome :
         {CaseStatus::Approved, CaseStatus::PartiallyApproved, CaseStatus::Denied})
        dialogs.push_back(std::make_unique<DecisionDialog>(
            outcome, view->record(), view->facts().policy(), view->evaluation(), true,
            [](const Decision&) { return done(); }));
    for (const auto& dialog : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        const QStringList found = clashes(shownMnemonics(dialog.get()));
        QVERIFY2(found.isEmpty(), qPrintable(dialog->windowTitle() + u":\n"_s + found.join(u'\n')));
        dialog->close();
    }
    // The request for information, a dialog of its own.
    bool checked = false;
    test::whenShown<QDialog>([&](QDialog* dialog) {
        const QStringList found = clashes(shownMnemonics(dialog));
        checked = found.isEmpty();
        if (!checked)
            qWarning("%s", qPrintable(found.join(u'\n')));
        dialog->reject();
    });
    askInformation(view, {u"Chart notes"_s}, QDateTime::currentDateTimeUtc().addDays(3));
    QVERIFY(checked);
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
