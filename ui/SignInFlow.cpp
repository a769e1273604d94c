#include "SignInFlow.h"

#include "AccountEditor.h"
#include "SignInDialog.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

namespace urdesk {

SignInFlow::SignInFlow(const PolicyCatalog& catalog, std::shared_ptr<Database> database, bool demo)
    : m_catalog(catalog)
    , m_database(std::move(database))
    , m_demo(demo)
{}

SignInFlow::~SignInFlow() = default;

bool SignInFlow::start()
{
    return ensureAdministrator() && signIn();
}

bool SignInFlow::ensureAdministrator()
{
    AccountStore accounts(m_database);
    const Result<bool> any = accounts.hasAccounts();
    if (!any) {
        QMessageBox::critical(nullptr, tr("URDesk"),
                              tr("The accounts cannot be read: %1").arg(any.error()));
        return false;
    }
    if (any.value())
        return true;
    AccountEditor editor(AccountEditor::Mode::FirstAdministrator,
                         [&](const NewAccount& account, const QString& password) -> Done {
                             const Result<Account> created =
                                 accounts.createFirstAdministrator(account, password);
                             if (!created)
                                 return Done::failure(created.error());
                             m_suggestedUser = created->userName;
                             return urdesk::done();
                         });
    return editor.exec() == QDialog::Accepted;
}

bool SignInFlow::signIn()
{
    SignInDialog dialog(m_database, m_demo);
    if (!m_suggestedUser.isEmpty())
        dialog.setUserName(m_suggestedUser, Role::Administrator);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_window = std::make_unique<MainWindow>(m_catalog, dialog.session());
    connect(m_window.get(), &MainWindow::signedOut, this, [this] {
        // Queued: the window that asked is still on the stack.
        QTimer::singleShot(0, this, [this] {
            const bool quitOnClose = QApplication::quitOnLastWindowClosed();
            QApplication::setQuitOnLastWindowClosed(false);
            m_window.reset();
            m_suggestedUser.clear();
            const bool again = signIn();
            QApplication::setQuitOnLastWindowClosed(quitOnClose);
            if (!again)
                QApplication::quit();
        });
    });
    m_window->show();
    return true;
}

} // namespace urdesk
