#include "MainWindow.h"

#include "AccountsDialog.h"
#include "CaseQueueView.h"
#include "CaseView.h"
#include "DatabaseWatcher.h"
#include "ExportPreviewDialog.h"
#include "FormParts.h"
#include "GuidedForm.h"
#include "IdleWatcher.h"
#include "LockScreen.h"
#include "NewCaseDialog.h"
#include "PreferencesDialog.h"
#include "SecuritySettings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace urdesk {

MainWindow::MainWindow(const PolicyCatalog& catalog, Session session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(std::move(session))
    , m_store(std::make_unique<CaseStore>(m_session.database, catalog))
    , m_pages(new QStackedWidget(this))
    , m_workspace(new QTabWidget(this))
    // Administrators manage accounts; the cases, and so the queue, are for reviewers.
    , m_queue(m_session.isAdministrator() ? nullptr : new CaseQueueView(*m_store, m_session, this))
    , m_undo(new QUndoGroup(this))
    , m_lockScreen(new LockScreen(this))
    , m_idle(nullptr)
{
    setWindowTitle(m_session.demo ? tr("URDesk — demonstration database") : tr("URDesk"));
    m_workspace->setObjectName(u"workspace"_s);
    m_workspace->setDocumentMode(true);
    if (m_queue) {
        m_workspace->addTab(m_queue, tr("&Queue"));
    } else {
        auto* note = new QLabel(tr("Cases are for review nurses and medical directors. As an "
                                   "administrator you manage accounts (Account > Manage "
                                   "Accounts) and backups."),
                                this);
        note->setWordWrap(true);
        note->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        note->setMargin(12);
        m_workspace->addTab(note, tr("&Queue"));
    }
    m_workspace->addTab(newPolicyList(catalog), tr("Polic&ies"));
    m_workspace->setTabsClosable(true);
    for (int fixed : {0, 1})
        m_workspace->tabBar()->setTabButton(fixed, QTabBar::RightSide, nullptr);
    connect(m_workspace, &QTabWidget::tabCloseRequested, this, &MainWindow::closeCaseTab);
    connect(m_workspace, &QTabWidget::currentChanged, this, [this] {
        CaseView* c = currentCase();
        m_undo->setActiveStack(c ? &c->undoStack() : nullptr);
        updateCaseActions();
    });
    if (m_queue) {
        connect(m_queue, &CaseQueueView::openCase, this, &MainWindow::openCase);
        connect(m_queue, &CaseQueueView::casesChanged, this, &MainWindow::reloadOpenCases);
    }
    m_pages->addWidget(m_workspace);
    m_pages->addWidget(m_lockScreen);
    setCentralWidget(m_pages);
    createMenus();

    auto* who = new QLabel(tr("Signed in: %1").arg(m_session.signedInText()), this);
    who->setObjectName(u"signedIn"_s);
    statusBar()->addPermanentWidget(who);
    statusBar()->addPermanentWidget(new QLabel(
        tr("Database: %1").arg(QDir::toNativeSeparators(m_session.database->path())), this));

    const Result<int> minutes = SecuritySettings::idleLockMinutes(*m_session.database);
    m_idle = new IdleWatcher(
        std::chrono::minutes(minutes ? minutes.value() : SecuritySettings::defaultIdleLockMinutes),
        this);
    connect(m_idle, &IdleWatcher::idle, this, [this] {
        lock(tr("Locked after %n minutes without activity.", nullptr,
                int(std::chrono::duration_cast<std::chrono::minutes>(m_idle->limit()).count())));
    });
    auto* watcher = new DatabaseWatcher(m_session.database, std::chrono::milliseconds(1500), this);
    connect(watcher, &DatabaseWatcher::changedElsewhere, this, [this] {
        if (m_queue)
            m_queue->refresh();
        reloadOpenCases();
    });
    connect(m_lockScreen, &LockScreen::unlockRequested, this, &MainWindow::unlock);
    connect(m_lockScreen, &LockScreen::signOutRequested, this, &MainWindow::signOut);
    // Most of the screen: the form and the checklist both need room.
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    resize(std::max(1100, screen.width() * 9 / 10), std::max(650, screen.height() * 9 / 10));
}

MainWindow::~MainWindow()
{
    // The case views save through the store this window owns: they go while it is still
    // here, an answer still being typed saved as its field loses focus.
    if (QWidget* focus = QApplication::focusWidget(); focus && isAncestorOf(focus))
        focus->clearFocus();
    while (m_workspace->count() > 0) {
        QWidget* page = m_workspace->widget(0);
        m_workspace->removeTab(0);
        delete page;
    }
}

CaseView* MainWindow::currentCase() const
{
    return qobject_cast<CaseView*>(m_workspace->currentWidget());
}

CaseView* MainWindow::openCase(qint64 caseId)
{
    for (int i = 0; i < m_workspace->count(); ++i) {
        if (auto* open = qobject_cast<CaseView*>(m_workspace->widget(i));
            open && open->caseId() == caseId) {
            m_workspace->setCurrentIndex(i);
            return open;
        }
    }
    QString problem;
    CaseView* view = CaseView::open(*m_store, m_session, caseId, &problem, m_workspace);
    if (!view) {
        QMessageBox::warning(this, tr("Open Case"),
                             tr("The case cannot be opened: %1").arg(problem));
        return nullptr;
    }
    m_undo->addStack(&view->undoStack());
    if (m_queue)
        connect(view, &CaseView::changed, m_queue, &CaseQueueView::refresh);
    m_workspace->setCurrentIndex(m_workspace->addTab(view, view->title()));
    view->form().focusFirstQuestion(); // worked from the keyboard: straight to the form
    return view;
}

void MainWindow::newCase()
{
    NewCaseDialog dialog(*m_store, m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_queue)
        m_queue->refresh();
    openCase(dialog.createdCase());
}

void MainWindow::reloadOpenCases()
{
    for (int i = 0; i < m_workspace->count(); ++i) {
        if (auto* view = qobject_cast<CaseView*>(m_workspace->widget(i)))
            view->reload(true);
    }
}

void MainWindow::closeCaseTab(int index)
{
    auto* view = qobject_cast<CaseView*>(m_workspace->widget(index));
    if (!view)
        return;
    // An answer still being typed is saved as its field loses focus.
    if (QWidget* focus = QApplication::focusWidget(); focus && view->isAncestorOf(focus))
        focus->clearFocus();
    m_workspace->removeTab(index);
    view->deleteLater();
}

QWidget* MainWindow::newPolicyList(const PolicyCatalog& catalog)
{
    auto* workspace = new QWidget(this);
    auto* layout = new QVBoxLayout(workspace);
    layout->addWidget(new QLabel(tr("<b>Coverage policies</b>"), workspace));
    auto* list = new QTreeWidget(workspace);
    list->setHeaderLabels(
        {tr("Payer"), tr("Number"), tr("Title"), tr("Revision"), tr("Effective")});
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    for (const auto& p : catalog.policies()) {
        new QTreeWidgetItem(
            list, {p->payer, p->number, p->title, p->revision, shortDate(p->effectiveDate)});
    }
    list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (int c : {0, 1, 3, 4})
        list->resizeColumnToContents(c);
    layout->addWidget(list);
    if (!catalog.errors().isEmpty()) {
        auto* errors = new QLabel(workspace);
        errors->setWordWrap(true);
        errors->setTextFormat(Qt::PlainText);
        errors->setText(
            tr("Some policy files did not load:\n%1").arg(catalog.errors().join(u'\n')));
        layout->addWidget(errors);
    }
    return workspace;
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    if (!m_session.isAdministrator()) {
        QAction* newCase = file->addAction(tr("&New Case…"), this, &MainWindow::newCase);
        newCase->setShortcut(QKeySequence::New);
        m_unlockedOnly.append(newCase);
    }
    QAction* closeCase = file->addAction(tr("&Close Case"), this,
                                         [this] { closeCaseTab(m_workspace->currentIndex()); });
    closeCase->setShortcut(QKeySequence::Close);
    m_unlockedOnly.append(closeCase);
    if (!m_session.isAdministrator()) {
        file->addSeparator();
        const auto exportAction = [this, file](const QString& text, CaseExport::Kind kind) {
            QAction* a = file->addAction(text, this, [this, kind] {
                CaseView* c = currentCase();
                if (!c)
                    return;
                const auto written =
                    ExportPreviewDialog::exportCase(*m_store, m_session, c->record(), kind, this);
                if (kind == CaseExport::Kind::Letter)
                    c->reload(); // the letter is filed among the case's documents
                if (written)
                    statusBar()->showMessage(
                        tr("Saved %1 (%n page(s)); the export is in the audit trail.", nullptr,
                           written->pages)
                            .arg(QDir::toNativeSeparators(written->path)));
            });
            m_caseOnly.append(a);
            return a;
        };
        exportAction(tr("Export Case &Record…"), CaseExport::Kind::Record)
            ->setObjectName(u"exportRecord"_s);
        exportAction(tr("Export &Letter…"), CaseExport::Kind::Letter)
            ->setObjectName(u"exportLetter"_s);
        updateCaseActions();
    }
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &MainWindow::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    m_unlockedOnly << undo << redo;
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("&Preferences…"), this, [this] {
        PreferencesDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted && dialog.save())
            statusBar()->showMessage(
                tr("The new interface language applies when URDesk next starts."));
    });
    preferences->setObjectName(u"preferences"_s);
    m_unlockedOnly.append(preferences);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* queue = view->addAction(tr("Case &Queue"), this, [this] {
        m_workspace->setCurrentIndex(0);
        if (m_queue)
            m_queue->findChild<QWidget*>(u"search"_s)->setFocus();
    });
    queue->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_unlockedOnly.append(queue);

    QMenu* account = menuBar()->addMenu(tr("A&ccount"));
    QAction* lockNow = account->addAction(tr("&Lock Screen"), this, [this] {
        lock(tr("Locked by %1.").arg(m_session.account.fullName));
    });
    lockNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_unlockedOnly.append(lockNow);
    if (m_session.isAdministrator()) {
        QAction* accounts =
            account->addAction(tr("Manage &Accounts…"), this, &MainWindow::manageAccounts);
        accounts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        m_unlockedOnly.append(accounts);
    }
    account->addSeparator();
    account->addAction(tr("Sign &Out"), this, &MainWindow::signOut);
}

bool MainWindow::isLocked() const
{
    return m_pages->currentWidget() == m_lockScreen;
}

void MainWindow::updateCaseActions()
{
    const bool enabled = !isLocked() && currentCase() != nullptr;
    for (QAction* a : std::as_const(m_caseOnly))
        a->setEnabled(enabled);
}

void MainWindow::lock(const QString& why)
{
    if (isLocked() || m_signedOut)
        return;
    // Dialogs over the window may show case data too; they go with the lock.
    for (QDialog* dialog : findChildren<QDialog*>()) {
        if (dialog->isVisible())
            dialog->reject();
    }
    m_idle->setActive(false);
    m_pages->setCurrentWidget(m_lockScreen);
    for (QAction* a : std::as_const(m_unlockedOnly))
        a->setEnabled(false);
    updateCaseActions();
    m_lockScreen->lock(m_session.signedInText(), why);
    if (const Done recorded = AccountStore(m_session.database).recordLocked(m_session.actor, why);
        !recorded)
        statusBar()->showMessage(recorded.error());
}

void MainWindow::unlock(const QString& password)
{
    const Done unlocked = AccountStore(m_session.database).unlock(m_session.actor, password);
    if (!unlocked) {
        m_lockScreen->showProblem(unlocked.error());
        return;
    }
    m_pages->setCurrentWidget(m_workspace);
    for (QAction* a : std::as_const(m_unlockedOnly))
        a->setEnabled(true);
    updateCaseActions();
    m_idle->setActive(true);
}

void MainWindow::endSession()
{
    if (m_signedOut)
        return;
    m_signedOut = true;
    m_idle->setActive(false);
    AccountStore(m_session.database).recordSignedOut(m_session.actor);
}

void MainWindow::signOut()
{
    endSession();
    Q_EMIT signedOut();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // An answer still being typed is saved as its field loses focus.
    if (QWidget* focus = QApplication::focusWidget())
        focus->clearFocus();
    // Closing the window, locked or not, ends the session; every answer is already saved.
    endSession();
    event->accept();
}

void MainWindow::manageAccounts()
{
    AccountsDialog dialog(m_session, this);
    connect(&dialog, &AccountsDialog::idleLockChanged, this,
            [this](int minutes) { m_idle->setLimit(std::chrono::minutes(minutes)); });
    dialog.exec();
}

} // namespace urdesk
