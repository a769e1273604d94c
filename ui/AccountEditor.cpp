#include "AccountEditor.h"

#include "FormParts.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

QLineEdit* passwordField(QWidget* parent, const QString& name)
{
    auto* field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setEchoMode(QLineEdit::Password);
    return field;
}

// Typing mistakes; the account store checks the password's rules itself.
QString passwordProblem(const QString& password, const QString& confirmation)
{
    return password == confirmation ? QString() : QObject::tr("the two passwords differ");
}

} // namespace

AccountEditor::AccountEditor(Mode mode, Save save, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_save(std::move(save))
    , m_userName(new QLineEdit(this))
    , m_fullName(new QLineEdit(this))
    , m_licenceType(new QLineEdit(this))
    , m_licenceNumber(new QLineEdit(this))
    , m_problem(newProblemLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    switch (mode) {
    case Mode::FirstAdministrator: {
        setWindowTitle(tr("Create the First Administrator"));
        auto* intro = new QLabel(tr("<b>This database has no accounts yet.</b><br>Create the "
                                    "first administrator's personal account. The administrator "
                                    "creates everyone else's accounts."),
                                 this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        break;
    }
    case Mode::NewAccount:
        setWindowTitle(tr("New Account"));
        break;
    case Mode::ChangeAccount:
        setWindowTitle(tr("Change Account"));
        m_userName->setReadOnly(true);
        break;
    }
    auto* form = new QFormLayout;
    m_userName->setObjectName(u"userName"_s);
    m_userName->setPlaceholderText(tr("e.g. rrivera"));
    m_fullName->setObjectName(u"fullName"_s);
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("&Full name:"), m_fullName);
    auto* roles = new QHBoxLayout;
    for (Role r : {Role::ReviewNurse, Role::MedicalDirector, Role::Administrator}) {
        auto* box = new QCheckBox(roleText(r), this);
        box->setObjectName(roleId(r));
        roles->addWidget(box);
        m_roles.insert(r, box);
    }
    if (mode == Mode::FirstAdministrator) {
        m_roles.value(Role::Administrator)->setChecked(true);
        m_roles.value(Role::Administrator)->setEnabled(false);
    }
    form->addRow(tr("Roles:"), roles);
    m_licenceType->setObjectName(u"licenceType"_s);
    m_licenceType->setPlaceholderText(tr("RN, MD, DO, PharmD"));
    m_licenceNumber->setObjectName(u"licenceNumber"_s);
    form->addRow(tr("Licence &type:"), m_licenceType);
    form->addRow(tr("Licence &number:"), m_licenceNumber);
    if (mode != Mode::ChangeAccount) {
        m_password = passwordField(this, u"password"_s);
        m_confirm = passwordField(this, u"confirm"_s);
        form->addRow(tr("&Password:"), m_password);
        form->addRow(tr("&Confirm password:"), m_confirm);
    }
    layout->addLayout(form);
    auto* hint = new QLabel(tr("Review nurses and medical directors need a licence type and "
                               "number: they appear on decisions and letters. Passwords have "
                               "at least %1 characters.")
                                .arg(AccountStore::minimumPasswordLength),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    if (mode != Mode::ChangeAccount)
        buttons->button(QDialogButtonBox::Save)->setText(tr("&Create Account"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountEditor::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void AccountEditor::setAccount(const Account& account)
{
    m_userName->setText(account.userName);
    m_fullName->setText(account.fullName);
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it)
        it.value()->setChecked(account.hasRole(it.key()));
    m_licenceType->setText(account.licenceType);
    m_licenceNumber->setText(account.licenceNumber);
}

NewAccount AccountEditor::entered() const
{
    NewAccount a;
    a.userName = m_userName->text().trimmed();
    a.fullName = m_fullName->text().trimmed();
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it) {
        if (it.value()->isChecked())
            a.roles.append(it.key());
    }
    a.licenceType = m_licenceType->text().trimmed();
    a.licenceNumber = m_licenceNumber->text().trimmed();
    return a;
}

void AccountEditor::accept()
{
    QString password;
    if (m_password) {
        if (const QString problem = passwordProblem(m_password->text(), m_confirm->text());
            !problem.isEmpty()) {
            showProblem(m_problem, problem);
            m_password->setFocus();
            return;
        }
        password = m_password->text();
    }
    if (const Done saved = m_save(entered(), password); !saved) {
        showProblem(m_problem, saved.error());
        return;
    }
    QDialog::accept();
}

QString askNewPassword(QWidget* parent, const QString& title, const QString& text)
{
    QDialog dialog(parent);
    QVBoxLayout* layout = newPromptLayout(dialog, title, text);
    auto* form = new QFormLayout;
    QLineEdit* password = passwordField(&dialog, u"password"_s);
    QLineEdit* confirm = passwordField(&dialog, u"confirm"_s);
    form->addRow(QObject::tr("&New password:"), password);
    form->addRow(QObject::tr("&Confirm password:"), confirm);
    layout->addLayout(form);
    dialog.setMinimumWidth(420);
    const bool given = execChecked(
        dialog, layout, [&] { return passwordProblem(password->text(), confirm->text()); });
    return given ? password->text() : QString();
}

} // namespace urdesk
