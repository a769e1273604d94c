#pragma once

#include "PolicyCatalog.h"
#include "Session.h"

#include <QMainWindow>

class QStackedWidget;

namespace urdesk {

class IdleWatcher;
class LockScreen;

// The application window of one signed-in session. It locks itself when left idle (the
// administrator sets how long) or on request, hiding everything but the lock screen. For now
// the workspace lists the coverage policies; the case queue and review workbench come next.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const PolicyCatalog& catalog, Session session, QWidget* parent = nullptr);

    const Session& session() const { return m_session; }
    bool isLocked() const;
    IdleWatcher& idleWatcher() { return *m_idle; }

    void lock(const QString& why);
    void signOut();

Q_SIGNALS:
    void signedOut();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* newWorkspace(const PolicyCatalog& catalog);
    void createMenus();
    void unlock(const QString& password);
    void endSession();
    void manageAccounts();

    Session m_session;
    QStackedWidget* m_pages;
    QWidget* m_workspace;
    LockScreen* m_lockScreen;
    IdleWatcher* m_idle;
    QList<QAction*> m_unlockedOnly;
    bool m_signedOut = false;
};

} // namespace urdesk
