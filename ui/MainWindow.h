#pragma once

#include "PolicyCatalog.h"
#include "Session.h"

#include <QMainWindow>

class QStackedWidget;
class QTabWidget;
class QUndoGroup;

namespace urdesk {

class CaseQueueView;
class CaseStore;
class CaseView;
class IdleWatcher;
class LockScreen;

// The application window of one signed-in session: the case queue, the coverage policies
// and a tab for each open case. It locks itself when left idle (the administrator sets how
// long) or on request, hiding everything but the lock screen.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const PolicyCatalog& catalog, Session session, QWidget* parent = nullptr);
    ~MainWindow() override;

    const Session& session() const { return m_session; }
    bool isLocked() const;
    IdleWatcher& idleWatcher() { return *m_idle; }
    CaseQueueView& queue() { return *m_queue; } // not for administrators
    bool hasQueue() const { return m_queue != nullptr; }

    void lock(const QString& why);
    void signOut();
    // Opens a case in its own tab (or brings its tab forward); null when refused.
    CaseView* openCase(qint64 caseId);
    CaseView* currentCase() const;
    void newCase();

Q_SIGNALS:
    void signedOut();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* newPolicyList(const PolicyCatalog& catalog);
    void createMenus();
    // Actions on the case in the current tab: enabled while one is shown and unlocked.
    void updateCaseActions();
    void closeCaseTab(int index);
    // Every open case read again, after a change made elsewhere or from the queue; what is
    // being typed stays.
    void reloadOpenCases();
    void unlock(const QString& password);
    void endSession();
    void manageAccounts();

    Session m_session;
    std::unique_ptr<CaseStore> m_store;
    QStackedWidget* m_pages;
    QTabWidget* m_workspace;
    CaseQueueView* m_queue;
    QUndoGroup* m_undo;
    LockScreen* m_lockScreen;
    IdleWatcher* m_idle;
    QList<QAction*> m_unlockedOnly;
    QList<QAction*> m_caseOnly;
    bool m_signedOut = false;
};

} // namespace urdesk
