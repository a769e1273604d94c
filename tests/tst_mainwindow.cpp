// The window at start: the database is opened, or the user is told why not and chooses
// another; the placeholder lists the loaded policies and which files did not load.
#include "Backup.h"
#include "CaseStore.h"
#include "ClippingSupport.h"
#include "DamagedDatabaseDialog.h"
#include "DatabaseOpener.h"
#include "GuiSupport.h"
#include "MainWindow.h"
#include "SignInDialog.h"
#include "StoreSupport.h"
#include "StrictTest.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace urdesk;
using namespace Qt::StringLiterals;

namespace {

Session nurseSession(const std::shared_ptr<Database>& db)
{
    test::addTestAccounts(db);
    return test::sessionOf(db, test::nurse);
}

// Opens `path` as URDesk does at start, answering every question with `choice` and the file
// dialog with `picked`; `told` gets each problem the user was shown.
std::shared_ptr<Database> openAnswering(const QString& path, DatabaseOpener::Choice choice,
                                        const QString& picked, QStringList& told)
{
    DatabaseOpener::setNextAnswers(
        [&](const QString& problem) {
            told.append(problem);
            return choice;
        },
        [&](DatabaseOpener::Choice) { return picked; });
    auto db = DatabaseOpener::open(path, nullptr, Database::IfMissing::Refuse);
    DatabaseOpener::setNextAnswers({}, {});
    return db;
}

} // namespace

class TestMainWindow : public urdesk::test::StrictTest
{
    Q_OBJECT

private Q_SLOTS:
    void listsPolicies();
    void showsLoadErrors();
    void unusableDatabaseOffersAnother();
    void quittingOpensNothing();
    void aMistypedPathCreatesNothing();
    void aDamagedDatabaseIsCheckedReadOnlyAndNotOpened();
    void theDamageIsShownUnderARedBanner();
    void anAdministratorRestoresABackupInPlaceOfTheDamage();
};

void TestMainWindow::listsPolicies()
{
    QTemporaryDir dir;
    MainWindow window(test::builtinCatalog(),
                      nurseSession(Database::open(dir.filePath(u"w.db"_s)).value()));
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
    QTemporaryDir dir;
    const PolicyCatalog catalog = PolicyCatalog::load(u"/nonexistent/policies"_s);
    MainWindow window(catalog, nurseSession(Database::open(dir.filePath(u"w.db"_s)).value()));
    bool shown = false;
    for (const QLabel* label : window.findChildren<QLabel*>())
        shown = shown || label->text().contains(u"the policy folder does not exist"_s);
    QVERIFY(shown);
}

void TestMainWindow::unusableDatabaseOffersAnother()
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(u"broken.db"_s);
    {
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(500, '#'));
    }
    const QByteArray before = test::fileHash(broken);
    QStringList told;
    const auto db =
        openAnswering(broken, DatabaseOpener::Choice::CreateNew, dir.filePath(u"fresh.db"_s), told);
    QVERIFY(db);
    QCOMPARE(db->path(), dir.filePath(u"fresh.db"_s));
    QCOMPARE(told.size(), 1);
    QVERIFY2(told.first().contains(u"not a URDesk database"_s), qPrintable(told.first()));
    QCOMPARE(test::fileHash(broken), before);

    MainWindow window(test::builtinCatalog(), nurseSession(db));
    bool shown = false;
    for (const QLabel* label : window.findChildren<QLabel*>())
        shown = shown || label->text().contains(u"fresh.db"_s);
    QVERIFY(shown);
}

void TestMainWindow::quittingOpensNothing()
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(u"empty.db"_s);
    QFile(empty).open(QIODevice::WriteOnly);
    int asked = 0;
    DatabaseOpener::setNextAnswers(
        [&](const QString&) {
            // Cancelling the file dialog asks again; then the user quits.
            return ++asked == 1 ? DatabaseOpener::Choice::OpenAnother
                                : DatabaseOpener::Choice::Quit;
        },
        [&](DatabaseOpener::Choice) { return QString(); });
    const auto db = DatabaseOpener::open(empty, nullptr, Database::IfMissing::Refuse);
    DatabaseOpener::setNextAnswers({}, {});
    QVERIFY(!db);
    QCOMPARE(asked, 2);
    QCOMPARE(QFileInfo(empty).size(), 0);
}

void TestMainWindow::aMistypedPathCreatesNothing()
{
    QTemporaryDir dir;
    const QString typo = dir.filePath(u"casses/urdesk.db"_s);
    QStringList told;
    QVERIFY(!openAnswering(typo, DatabaseOpener::Choice::Quit, {}, told));
    QCOMPARE(told.size(), 1);
    QVERIFY2(told.first().contains(u"There is no database at %1"_s.arg(typo)),
             qPrintable(told.first()));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"casses"_s))); // not even its folder

    // Create New, chosen: the file picked is made.
    DatabaseOpener::setNextAnswers([](const QString&) { return DatabaseOpener::Choice::CreateNew; },
                                   [&](DatabaseOpener::Choice) { return typo; });
    const auto created = DatabaseOpener::open(typo, nullptr, Database::IfMissing::Refuse);
    DatabaseOpener::setNextAnswers({}, {});
    QVERIFY(created);
    QVERIFY(QFileInfo::exists(typo));
    // --init asks for it at the start.
    const QString initialised = dir.filePath(u"init.db"_s);
    QVERIFY(DatabaseOpener::open(initialised, nullptr, Database::IfMissing::Create));
    QVERIFY(QFileInfo::exists(initialised));
}

void TestMainWindow::aDamagedDatabaseIsCheckedReadOnlyAndNotOpened()
{
    QTemporaryDir dir;
    const QString damaged = dir.filePath(u"damaged.db"_s);
    QVERIFY(test::writeDamagedDatabase(damaged));
    const QByteArray before = test::fileHash(damaged);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
    QStringList told;
    QVERIFY(!openAnswering(damaged, DatabaseOpener::Choice::Quit, {}, told));
    QCOMPARE(told.size(), 1);
    QVERIFY2(
        told.first().contains(u"%1: this database is damaged (SQLite's check: "_s.arg(damaged)),
        qPrintable(told.first()));
    // Read-only: the file as it was, and no -wal or -shm left beside it.
    QCOMPARE(test::fileHash(damaged), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
}

void TestMainWindow::theDamageIsShownUnderARedBanner()
{
    const QString path = u"/srv/urdesk/cases.db"_s;
    DamagedDatabaseDialog dialog(path, u"Tree 4 page 4: btreeInitPage() returns error code 11"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto* banner = dialog.findChild<QLabel*>(u"damageBanner"_s);
    QVERIFY(banner && banner->isVisible());
    QCOMPARE(banner->text(), u"This database is damaged: restore a backup."_s);
    QVERIFY(banner->styleSheet().contains(u"background-color: #b00020"_s));
    const QString details = dialog.findChild<QLabel*>(u"damageDetails"_s)->text();
    QVERIFY2(details.contains(path) &&
                 details.contains(u"btreeInitPage() returns error code 11"_s) &&
                 details.contains(u"wrote nothing to it"_s) &&
                 details.contains(
                     u"urdesk-cli --database \"%1\" --user ADMINISTRATOR restore"_s.arg(path)),
             qPrintable(details));
    const QStringList clipped = test::cutShort(&dialog);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));

    QPushButton* create = nullptr;
    for (QPushButton* button : dialog.findChildren<QPushButton*>())
        create = button->text() == u"&Create New…"_s ? button : create;
    QVERIFY(create);
    create->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.choice(), DatabaseOpener::Choice::CreateNew);
}

void TestMainWindow::anAdministratorRestoresABackupInPlaceOfTheDamage()
{
    QTemporaryDir dir;
    const QString backup = dir.filePath(u"monday.backup"_s);
    constexpr int backedUpCases = 3;
    {
        const auto good = test::openTestDatabase(dir.filePath(u"good.db"_s));
        CaseStore store(good, test::builtinCatalog());
        for (int i = 0; i < backedUpCases; ++i)
            QVERIFY(store.createCase(test::nurse, test::sampleIntake()).ok());
        QVERIFY(Backup::write(*good, backup));
    }
    const QString damaged = dir.filePath(u"cases.db"_s);
    QVERIFY(test::writeDamagedDatabase(damaged));
    const QByteArray damagedBytes = test::fileHash(damaged);

    // Signed in against the backup, in a role that may not restore: refused, nothing moved.
    const auto signInAs = [](const Actor& actor, const QString& role) {
        test::whenShown<SignInDialog>([actor, role](SignInDialog* dialog) {
            // Said to be for the restore, against the backup's accounts.
            QCOMPARE(dialog->windowTitle(), u"Sign In to Restore the Backup"_s);
            QVERIFY(dialog->findChild<QLabel*>(u"intro"_s)->text().contains(u"monday.backup"_s));
            test::type(dialog, u"userName"_s, actor.account);
            auto* roles = dialog->findChild<QComboBox*>(u"role"_s);
            roles->setCurrentIndex(roles->findData(role));
            test::type(dialog, u"password"_s, test::testPassword);
            dialog->accept();
        });
    };
    QStringList said;
    const auto keepWhatIsSaid = [&said] {
        test::whenShown<QMessageBox>([&said](QMessageBox* box) {
            said.append(box->text() + u'\n' + box->informativeText());
            box->accept();
        });
    };
    QList<DatabaseOpener::Choice> answers{DatabaseOpener::Choice::RestoreBackup,
                                          DatabaseOpener::Choice::Quit};
    DatabaseOpener::setNextAnswers([&](const QString&) { return answers.takeFirst(); },
                                   [&](DatabaseOpener::Choice) { return backup; });
    signInAs(test::nurse, u"reviewNurse"_s);
    keepWhatIsSaid();
    QVERIFY(!DatabaseOpener::open(damaged, nullptr, Database::IfMissing::Refuse));
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.first().startsWith(u"The backup was not restored; the damaged database is as "
                                     "it was.\n"_s) &&
                 said.first().contains(u"only an administrator restores a backup"_s),
             qPrintable(said.first()));
    QCOMPARE(test::fileHash(damaged), damagedBytes);
    QCOMPARE(QDir(dir.path()).entryList({u"cases.db.before-restore-*"_s}), QStringList());

    // The administrator: the backup is in place, the damaged file kept beside it, and the
    // restored database opens.
    answers = {DatabaseOpener::Choice::RestoreBackup};
    said.clear();
    signInAs(test::admin, u"administrator"_s);
    keepWhatIsSaid();
    const auto db = DatabaseOpener::open(damaged, nullptr, Database::IfMissing::Refuse);
    DatabaseOpener::setNextAnswers({}, {});
    QVERIFY(db);
    QCOMPARE(db->path(), damaged);
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.first().startsWith(u"The backup is in place"_s) &&
                 said.first().contains(
                     u"restored %1; the database that was there is kept as "_s.arg(damaged)),
             qPrintable(said.first()));
    // The damaged database and its audit record, renamed together.
    const QStringList kept = QDir(dir.path()).entryList({u"cases.db.before-restore-*"_s});
    QCOMPARE(kept.size(), 2);
    QCOMPARE(kept.at(1), kept.at(0) + u".audit-head"_s);
    QCOMPARE(test::fileHash(dir.filePath(kept.first())), damagedBytes);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM cases"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), backedUpCases);
    QVERIFY(test::auditActions(*db).contains(u"admin.okoro backup.restored"_s));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
