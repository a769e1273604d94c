#include "SignInDialog.h"

#include "DemoAccounts.h"
#include "FormParts.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace urdesk {

SignInDialog::SignInDialog(std::shared_ptr<Database> database, bool demo, QWidget* parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_userName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_problem(newProblemLabel(this))
{
    setWindowTitle(tr("Sign In to URDesk"));
    m_session.demo = demo;
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(tr("<b>Sign in with your personal account.</b><br>Accounts are "
                            "never shared: everything you do is recorded under your name."),
                         this);
    m_intro->setObjectName(u"intro"_s);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    if (demo) {
        QStringList lines;
        for (const demo::DemoAccount& a : demo::accounts())
            lines.append(
                tr("%1: %2 / %3")
                    .arg(roleText(a.account.roles.first()), a.account.userName, a.password));
        auto* note = new QLabel(
            tr("Demonstration database with fictitious cases.\n%1").arg(lines.join(u'\n')), this);
        note->setObjectName(u"demoNote"_s);
        note->setTextFormat(Qt::PlainText);
        note->setFrameShape(QFrame::StyledPanel);
        note->setMargin(6);
        layout->addWidget(note);
    }
    auto* form = new QFormLayout;
    m_userName->setObjectName(u"userName"_s);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_role->setObjectName(u"role"_s);
    for (Role r : {Role::ReviewNurse, Role::MedicalDirector, Role::Administrator})
        m_role->addItem(roleText(r), roleId(r));
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Sign in &as:"), m_role);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole)->setDefault(true);
    m_cancel = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void SignInDialog::setPurpose(const QString& title, const QString& intro, const QString& cancelText)
{
    setWindowTitle(title);
    m_intro->setText(intro);
    m_cancel->setText(cancelText);
}

void SignInDialog::setUserName(const QString& userName, Role role)
{
    m_userName->setText(userName);
    m_role->setCurrentIndex(m_role->findData(roleId(role)));
    (userName.isEmpty() ? m_userName : m_password)->setFocus();
}

void SignInDialog::accept()
{
    const auto role = roleFromId(m_role->currentData().toString());
    if (m_userName->text().trimmed().isEmpty() || !role) {
        showProblem(m_problem, tr("enter your user name"));
        m_userName->setFocus();
        return;
    }
    AccountStore accounts(m_database);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<Actor> actor =
        accounts.signIn(m_userName->text().trimmed(), m_password->text(), *role);
    QGuiApplication::restoreOverrideCursor();
    m_password->clear();
    if (!actor) {
        showProblem(m_problem, actor.error());
        m_password->setFocus();
        return;
    }
    Result<Account> account = accounts.account(actor->account);
    if (!account) {
        showProblem(m_problem, account.error());
        return;
    }
    m_session.database = m_database;
    m_session.actor = actor.value();
    m_session.account = std::move(account).value();
    QDialog::accept();
}

} // namespace urdesk
