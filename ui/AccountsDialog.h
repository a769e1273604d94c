#pragma once

#include "Session.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace urdesk {

// The administrator's screen: the accounts (created, changed, disabled or enabled, password
// reset; never deleted) and the idle time after which every window locks itself.
class AccountsDialog final : public QDialog
{
    Q_OBJECT

public:
    AccountsDialog(const Session& session, QWidget* parent = nullptr);

Q_SIGNALS:
    void idleLockChanged(int minutes);

private:
    void reload();
    std::optional<Account> selected() const;
    void updateButtons();
    void createAccount();
    void changeAccount();
    void toggleDisabled();
    void resetPassword();
    void applyIdleLock();

    const Session& m_session;
    QList<Account> m_accounts;
    QTableWidget* m_table;
    QPushButton* m_change;
    QPushButton* m_disable;
    QPushButton* m_reset;
    QSpinBox* m_idleMinutes;
    QLabel* m_problem;
};

} // namespace urdesk
