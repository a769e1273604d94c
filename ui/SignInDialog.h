#pragma once

#include "Session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace urdesk {

// Asks who is using URDesk: user name, password and the role to act in. Wrong passwords are
// counted and audited by the account store; the dialog only says what went wrong.
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(std::shared_ptr<Database> database, bool demo, QWidget* parent = nullptr);

    // For a sign-in that is not the start of a session (a restore): what it is for, in the
    // title and the text above the fields, and what cancelling does instead of quitting.
    void setPurpose(const QString& title, const QString& intro, const QString& cancelText);
    void setUserName(const QString& userName, Role role);
    // Valid after the dialog was accepted.
    const Session& session() const { return m_session; }

    void accept() override;

private:
    std::shared_ptr<Database> m_database;
    Session m_session;
    QLineEdit* m_userName;
    QLineEdit* m_password;
    QComboBox* m_role;
    QLabel* m_problem;
    QLabel* m_intro = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace urdesk
