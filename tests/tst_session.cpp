// The signed-in window, as a reviewer and an administrator meet it: the first administrator
// on an empty database, sign-in, the idle lock hiding the case data until the password is
// given, signing out back to sign-in, and the administrator's accounts screen. Every step is
// checked in the audit trail too.
#include "AccountEditor.h"
#include "AccountsDialog.h"
#include "GuiSupport.h"
#include "IdleWatcher.h"
#include "MainWindow.h"
#include "SecuritySettings.h"
#include "SignInDialog.h"
#include "SignInFlow.h"
#include "StoreSupport.h"
#include "StrictTest.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace urdesk;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

using test::type;
using test::whenShown;

QPushButton* button(QWidget* parent, const QString& text)
{
    for (QPushButton* b : parent->findChildren<QPushButton*>()) {
        if (b->text().remove(u'&') == text)
            return b;
    }
    return nullptr;
}

bool problemShown(QWidget* parent, const QString& text)
{
    const auto* label = parent->findChild<QLabel*>(u"problem"_s);
    return label && label->isVisible() && label->text().contains(text);
}

QAction* menuAction(QMainWindow& window, const QString& text)
{
    for (QAction* a : window.menuBar()->findChildren<QAction*>()) {
        if (a->text().remove(u'&') == text)
            return a;
    }
    return nullptr;
}

} // namespace

class TestSession : public urdesk::test::StrictTest
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstStartCreatesTheAdministrator();
    void signInLockByIdleTimerAndUnlock();
    void lockClosesDialogsOverTheWindow();
    void signOutReturnsToSignIn();
    void administratorManagesAccounts();

private:
    QStringList actions() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
};

void TestSession::init()
{
    StrictTest::init();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(u"session.db"_s)).value();
}

void TestSession::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QStringList TestSession::actions() const
{
    return test::auditActions(*m_db);
}

void TestSession::firstStartCreatesTheAdministrator()
{
    bool signInShown = false;
    whenShown<AccountEditor>([&](AccountEditor* editor) {
        type(editor, u"userName"_s, u"iokoro"_s);
        type(editor, u"fullName"_s, u"Ife Okoro"_s);
        QVERIFY(!editor->findChild<QCheckBox*>(u"administrator"_s)->isEnabled()); // fixed
        type(editor, u"password"_s, u"short"_s);
        type(editor, u"confirm"_s, u"short"_s);
        editor->accept();
        QVERIFY(problemShown(editor, u"at least 10 characters"_s)); // stays open
        type(editor, u"password"_s, u"a long admin password"_s);
        type(editor, u"confirm"_s, u"a long admin password"_s);
        whenShown<SignInDialog>([&](SignInDialog* dialog) {
            signInShown = true;
            // Offered to the new administrator, who only types the password.
            QCOMPARE(dialog->findChild<QLineEdit*>(u"userName"_s)->text(), u"iokoro"_s);
            QCOMPARE(dialog->findChild<QComboBox*>(u"role"_s)->currentData().toString(),
                     u"administrator"_s);
            dialog->reject();
        });
        editor->accept();
    });
    SignInFlow flow(test::builtinCatalog(), m_db, false);
    QVERIFY(!flow.start()); // quit at sign-in
    QVERIFY(signInShown);
    const Result<Account> admin = AccountStore(m_db).account(u"iokoro"_s);
    QVERIFY(admin.ok());
    QVERIFY(admin->hasRole(Role::Administrator));
    QCOMPARE(actions(), QStringList{u"iokoro account.created"_s});
}

void TestSession::signInLockByIdleTimerAndUnlock()
{
    test::addTestAccounts(m_db);
    SignInDialog dialog(m_db, false);
    dialog.show();
    type(&dialog, u"userName"_s, test::nurse.account);
    type(&dialog, u"password"_s, u"not my password"_s);
    dialog.accept();
    QVERIFY(problemShown(&dialog, u"wrong user name or password"_s));
    QVERIFY(dialog.isVisible());
    type(&dialog, u"password"_s, test::testPassword);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.session().actor.account, test::nurse.account);
    QCOMPARE(dialog.session().account.fullName, u"Rosa Rivera"_s);

    MainWindow window(test::builtinCatalog(), dialog.session());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* workspace = window.findChild<QWidget*>(u"workspace"_s);
    QVERIFY(workspace->isVisible());
    QVERIFY(window.findChild<QLabel*>(u"signedIn"_s)->text().contains(u"Rosa Rivera"_s));
    QCOMPARE(window.idleWatcher().limit(), std::chrono::milliseconds(10min)); // the default

    window.idleWatcher().setLimit(150ms);
    QTRY_VERIFY(window.isLocked());
    QVERIFY(!workspace->isVisible()); // the case data is hidden
    QVERIFY(!menuAction(window, u"Lock Screen"_s)->isEnabled());

    auto* password = window.findChild<QLineEdit*>(u"unlockPassword"_s);
    QTest::keyClicks(password, u"wrong guess"_s);
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(window.isLocked());
    QVERIFY(problemShown(&window, u"wrong user name or password"_s));
    QTest::keyClicks(password, test::testPassword);
    QTest::mouseClick(window.findChild<QPushButton*>(u"unlock"_s), Qt::LeftButton);
    QVERIFY(!window.isLocked());
    QVERIFY(workspace->isVisible());

    // Activity keeps it open; leaving it alone locks it again.
    window.idleWatcher().setLimit(400ms);
    QTest::mouseMove(workspace);
    QVERIFY(!window.isLocked());
    QTRY_VERIFY(window.isLocked());

    QCOMPARE(actions().mid(4),
             QStringList({u"nurse.rivera signIn.failed"_s, u"nurse.rivera signIn.succeeded"_s,
                          u"nurse.rivera session.locked"_s, u"nurse.rivera signIn.failed"_s,
                          u"nurse.rivera session.unlocked"_s, u"nurse.rivera session.locked"_s}));
}

void TestSession::lockClosesDialogsOverTheWindow()
{
    test::addTestAccounts(m_db);
    Session admin{m_db, test::admin, AccountStore(m_db).account(test::admin.account).value(),
                  false};
    MainWindow window(test::builtinCatalog(), admin);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    bool dialogShown = false;
    whenShown<AccountsDialog>([&](AccountsDialog*) {
        dialogShown = true;
        window.idleWatcher().setLimit(50ms);
    });
    menuAction(window, u"Manage Accounts…"_s)->trigger(); // returns once the lock closes it
    QVERIFY(dialogShown);
    QVERIFY(window.isLocked());
    QVERIFY(!QApplication::activeModalWidget());
}

void TestSession::signOutReturnsToSignIn()
{
    test::addTestAccounts(m_db);
    whenShown<SignInDialog>([&](SignInDialog* dialog) {
        type(dialog, u"userName"_s, test::director.account);
        auto* role = dialog->findChild<QComboBox*>(u"role"_s);
        role->setCurrentIndex(role->findData(u"medicalDirector"_s));
        type(dialog, u"password"_s, test::testPassword);
        dialog->accept();
    });
    SignInFlow flow(test::builtinCatalog(), m_db, false);
    QVERIFY(flow.start());
    QVERIFY(flow.window());
    QCOMPARE(flow.window()->session().actor.role, test::director.role);

    bool askedAgain = false;
    whenShown<SignInDialog>([&](SignInDialog* dialog) {
        askedAgain = true;
        QVERIFY(dialog->findChild<QLineEdit*>(u"userName"_s)->text().isEmpty());
        dialog->reject();
    });
    menuAction(*flow.window(), u"Sign Out"_s)->trigger();
    QTRY_VERIFY(askedAgain);
    QTRY_VERIFY(!flow.window());
    QVERIFY(actions().contains(u"md.lindqvist session.signedOut"_s));
}

void TestSession::administratorManagesAccounts()
{
    test::addTestAccounts(m_db);
    const Session admin{m_db, test::admin, AccountStore(m_db).account(test::admin.account).value(),
                        false};
    AccountsDialog dialog(admin);
    dialog.show();
    auto* table = dialog.findChild<QTableWidget*>(u"accounts"_s);
    QCOMPARE(table->rowCount(), 4);

    whenShown<AccountEditor>([&](AccountEditor* editor) {
        type(editor, u"userName"_s, u"tnguyen"_s);
        type(editor, u"fullName"_s, u"Thu Nguyen"_s);
        editor->findChild<QCheckBox*>(u"reviewNurse"_s)->setChecked(true);
        type(editor, u"password"_s, u"a long nurse password"_s);
        type(editor, u"confirm"_s, u"a long nurse password"_s);
        editor->accept();
        QVERIFY(problemShown(editor, u"licence type and number are required"_s));
        type(editor, u"licenceType"_s, u"RN"_s);
        type(editor, u"licenceNumber"_s, u"RN-424242"_s);
        editor->accept();
    });
    button(&dialog, u"New Account…"_s)->click();
    QCOMPARE(table->rowCount(), 5);
    QVERIFY(AccountStore(m_db).account(u"tnguyen"_s)->hasRole(Role::ReviewNurse));

    const auto rowOf = [&](const QString& userName) {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == userName)
                return row;
        }
        return -1;
    };
    table->selectRow(rowOf(u"tnguyen"_s));
    whenShown<QInputDialog>([](QInputDialog* ask) {
        ask->setTextValue(u"left the plan"_s);
        ask->accept();
    });
    button(&dialog, u"Disable"_s)->click();
    QVERIFY(AccountStore(m_db).account(u"tnguyen"_s)->disabled);
    QCOMPARE(table->item(rowOf(u"tnguyen"_s), 4)->text(), u"Disabled"_s);

    // The administrator's own account cannot be disabled; the refusal is shown.
    table->selectRow(rowOf(test::admin.account));
    whenShown<QInputDialog>([](QInputDialog* ask) { ask->accept(); });
    button(&dialog, u"Disable"_s)->click();
    QVERIFY(problemShown(&dialog, u"cannot disable your own account"_s));

    auto* minutes = dialog.findChild<QSpinBox*>(u"idleMinutes"_s);
    QCOMPARE(minutes->value(), 10);
    minutes->setValue(5);
    button(&dialog, u"Apply"_s)->click();
    QCOMPARE(SecuritySettings::idleLockMinutes(*m_db).value(), 5);

    const QStringList log = actions();
    for (const QString& expected :
         {u"admin.okoro account.created"_s, u"admin.okoro account.disabled"_s,
          u"admin.okoro settings.changed"_s})
        QVERIFY2(log.contains(expected), qPrintable(expected));
}

QTEST_MAIN(TestSession)
#include "tst_session.moc"
