#include "DatabaseOpener.h"

#include "Backup.h"
#include "DamagedDatabaseDialog.h"
#include "SignInDialog.h"

#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

std::function<DatabaseOpener::Choice(const QString&)> s_ask;
std::function<QString(DatabaseOpener::Choice)> s_pickFile;

DatabaseOpener::Choice ask(const QString& problem, QWidget* parent)
{
    if (s_ask)
        return s_ask(problem);
    QMessageBox box(QMessageBox::Warning, QObject::tr("URDesk cannot use this database"),
                    QObject::tr("The database could not be opened."), QMessageBox::NoButton,
                    parent);
    box.setInformativeText(problem);
    QPushButton* another = box.addButton(QObject::tr("&Open Another…"), QMessageBox::AcceptRole);
    QPushButton* create = box.addButton(QObject::tr("&Create New…"), QMessageBox::AcceptRole);
    box.addButton(QObject::tr("&Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(another);
    box.exec();
    if (box.clickedButton() == another)
        return DatabaseOpener::Choice::OpenAnother;
    if (box.clickedButton() == create)
        return DatabaseOpener::Choice::CreateNew;
    return DatabaseOpener::Choice::Quit;
}

DatabaseOpener::Choice askAboutDamage(const QString& path, const QString& damage, QWidget* parent)
{
    if (s_ask)
        return s_ask(Database::damagedMessage(path, damage));
    DamagedDatabaseDialog dialog(path, damage, parent);
    dialog.exec();
    return dialog.choice();
}

// Reads every page of the file on another thread (Database::checkPages): a large database
// takes seconds, and the window says what it is doing meanwhile instead of freezing.
Database::PageCheck checkPages(const QString& path, QWidget* parent)
{
    Database::PageCheck check{Database::PageCheck::Outcome::NotChecked, {}};
    const std::unique_ptr<QThread> worker(
        QThread::create([&check, path] { check = Database::checkPages(path); }));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QProgressDialog progress(
        QObject::tr("Checking %1 before opening it…").arg(QDir::toNativeSeparators(path)),
        QString(), 0, 0, parent);
    progress.setWindowTitle(QObject::tr("Opening the Database"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(400);
    progress.setValue(0); // starts the 0.4 s count; without a value it waits Qt's default 4 s
    worker->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    return check;
}

// Puts a backup in place of the damaged database at `target`, once an administrator has
// signed in against the backup's own accounts (the damaged file's cannot be trusted), and
// says how it went.
void restoreBackup(const QString& backup, const QString& target, QWidget* parent)
{
    const Result<QString> restored = Backup::restore(
        backup, target, [&](const std::shared_ptr<Database>& copy) -> Result<Actor> {
            SignInDialog signIn(copy, false, parent);
            signIn.setPurpose(
                QObject::tr("Sign In to Restore the Backup"),
                QObject::tr("<b>An administrator signs in to restore %1.</b><br>With an account "
                            "of the backup: the damaged database's accounts cannot be trusted. "
                            "The restore is recorded under your name.")
                    .arg(QDir::toNativeSeparators(backup).toHtmlEscaped()),
                QObject::tr("&Cancel"));
            signIn.setUserName({}, Role::Administrator);
            if (signIn.exec() != QDialog::Accepted)
                return Result<Actor>::failure(QObject::tr("the administrator did not sign in"));
            if (!signIn.session().isAdministrator())
                return Result<Actor>::failure(
                    QObject::tr("only an administrator restores a backup"));
            return signIn.session().actor;
        });
    QMessageBox box(restored ? QMessageBox::Information : QMessageBox::Warning,
                    restored ? QObject::tr("Backup Restored") : QObject::tr("Backup Not Restored"),
                    restored ? QObject::tr("The backup is in place; URDesk checks it and opens it.")
                             : QObject::tr("The backup was not restored; the damaged database "
                                           "is as it was."),
                    QMessageBox::Ok, parent);
    box.setInformativeText(restored ? restored.value() : restored.error());
    box.exec();
}

// `tried`: the path that could not be used, where the dialog starts.
QString pickFile(DatabaseOpener::Choice choice, const QString& tried, QWidget* parent)
{
    if (s_pickFile)
        return s_pickFile(choice);
    const QString filter = QObject::tr("URDesk databases (*.db);;All files (*)");
    if (choice == DatabaseOpener::Choice::RestoreBackup)
        return QFileDialog::getOpenFileName(parent, QObject::tr("Choose the Backup to Restore"),
                                            QFileInfo(tried).absolutePath(),
                                            QObject::tr("All files (*)"));
    return choice == DatabaseOpener::Choice::CreateNew
               ? QFileDialog::getSaveFileName(parent, QObject::tr("Create a New Database"), tried,
                                              filter)
               : QFileDialog::getOpenFileName(parent, QObject::tr("Open a Database"),
                                              QFileInfo(tried).absolutePath(), filter);
}

} // namespace

std::shared_ptr<Database> DatabaseOpener::open(const QString& path, QWidget* parent,
                                               Database::IfMissing ifMissing)
{
    QString next = path;
    for (;;) {
        const bool missing = !QFileInfo::exists(next);
        using Outcome = Database::PageCheck::Outcome;
        const Database::PageCheck check =
            missing ? Database::PageCheck{Outcome::NotChecked, {}} : checkPages(next, parent);
        Choice choice = Choice::Quit;
        if (check.outcome == Outcome::Damaged) {
            choice = askAboutDamage(next, check.finding, parent);
        } else {
            // Not checked (busy, say): open() checks, and refuses what it cannot check.
            Result<std::shared_ptr<Database>> db =
                Database::open(next, ifMissing,
                               check.outcome == Outcome::Whole ? Database::Pages::Checked
                                                               : Database::Pages::Check);
            if (db)
                return db.value();
            choice =
                ask(missing ? QObject::tr("There is no database at %1. Open the one you "
                                          "meant, or create a new one (or start URDesk "
                                          "with --init).")
                                  .arg(QDir::toNativeSeparators(next))
                            : QObject::tr("%1\n\nThe file has not been changed.").arg(db.error()),
                    parent);
        }
        if (choice == Choice::Quit)
            return {};
        const QString picked = pickFile(choice, next, parent);
        if (picked.isEmpty())
            continue; // cancelled: ask again, the problem has not gone away
        if (choice == Choice::RestoreBackup) {
            restoreBackup(picked, next, parent);
            continue; // checked again: the restored file, or the damaged one still there
        }
        // An existing file picked to "create" is opened, or refused, like any other: never
        // overwritten. Only a file chosen to be created is created.
        next = picked;
        ifMissing =
            choice == Choice::CreateNew ? Database::IfMissing::Create : Database::IfMissing::Refuse;
    }
}

void DatabaseOpener::setNextAnswers(std::function<Choice(const QString&)> askFn,
                                    std::function<QString(Choice)> pickFileFn)
{
    s_ask = std::move(askFn);
    s_pickFile = std::move(pickFileFn);
}

} // namespace urdesk
