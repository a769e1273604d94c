#pragma once

#include "AccountStore.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace urdesk {

// The form for one account: creating the first administrator, creating any other account,
// or changing an existing one's name, roles and licence. It checks what it can before the
// account store does, and shows the store's refusal when there is one.
class AccountEditor final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        FirstAdministrator,
        NewAccount,
        ChangeAccount
    };
    // `save` is called with the account and password when the user confirms; its failure is
    // shown and the dialog stays open.
    using Save = std::function<Done(const NewAccount& account, const QString& password)>;
    AccountEditor(Mode mode, Save save, QWidget* parent = nullptr);

    void setAccount(const Account& account);

    void accept() override;

private:
    NewAccount entered() const;

    Mode m_mode;
    Save m_save;
    QLineEdit* m_userName;
    QLineEdit* m_fullName;
    QMap<Role, QCheckBox*> m_roles;
    QLineEdit* m_licenceType;
    QLineEdit* m_licenceNumber;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_problem;
};

// Asks for a new password twice. Empty when cancelled.
QString askNewPassword(QWidget* parent, const QString& title, const QString& text);

} // namespace urdesk
