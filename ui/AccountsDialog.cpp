#include "AccountsDialog.h"

#include "AccountEditor.h"
#include "FormParts.h"
#include "SecuritySettings.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace urdesk {

AccountsDialog::AccountsDialog(const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_table(new QTableWidget(this))
    , m_change(new QPushButton(tr("C&hange…"), this))
    , m_disable(new QPushButton(tr("&Disable"), this))
    , m_reset(new QPushButton(tr("&Reset Password…"), this))
    , m_idleMinutes(new QSpinBox(this))
    , m_problem(newProblemLabel(this))
{
    setWindowTitle(tr("Accounts"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Accounts are personal. They are disabled, never deleted, so "
                                "the audit trail keeps every name."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table->setObjectName(u"accounts"_s);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("User name"), tr("Full name"), tr("Roles"), tr("Licence"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);

    auto* actions = new QHBoxLayout;
    auto* create = new QPushButton(tr("&New Account…"), this);
    for (QPushButton* b : {create, m_change, m_disable, m_reset})
        actions->addWidget(b);
    actions->addStretch();
    layout->addLayout(actions);
    connect(create, &QPushButton::clicked, this, &AccountsDialog::createAccount);
    connect(m_change, &QPushButton::clicked, this, &AccountsDialog::changeAccount);
    connect(m_disable, &QPushButton::clicked, this, &AccountsDialog::toggleDisabled);
    connect(m_reset, &QPushButton::clicked, this, &AccountsDialog::resetPassword);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AccountsDialog::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &AccountsDialog::changeAccount);

    auto* security = new QGroupBox(tr("Screen lock"), this);
    auto* securityLayout = new QHBoxLayout(security);
    auto* idleLabel = new QLabel(tr("Lock every URDesk window after"), security);
    m_idleMinutes->setObjectName(u"idleMinutes"_s);
    m_idleMinutes->setRange(SecuritySettings::minimumIdleLockMinutes,
                            SecuritySettings::maximumIdleLockMinutes);
    m_idleMinutes->setSuffix(tr(" minutes idle"));
    idleLabel->setBuddy(m_idleMinutes);
    auto* apply = new QPushButton(tr("&Apply"), security);
    securityLayout->addWidget(idleLabel);
    securityLayout->addWidget(m_idleMinutes);
    securityLayout->addWidget(apply);
    securityLayout->addStretch();
    layout->addWidget(security);
    connect(apply, &QPushButton::clicked, this, &AccountsDialog::applyIdleLock);
    if (const Result<int> minutes = SecuritySettings::idleLockMinutes(*m_session.database))
        m_idleMinutes->setValue(minutes.value());

    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountsDialog::reject);
    layout->addWidget(buttons);
    reload();
    resize(760, 460);
}

void AccountsDialog::reload()
{
    const QString current = selected() ? selected()->userName : QString();
    Result<QList<Account>> all = AccountStore(m_session.database).accounts();
    if (!all) {
        showProblem(m_problem, all.error());
        return;
    }
    m_accounts = std::move(all).value();
    m_table->setRowCount(int(m_accounts.size()));
    for (int row = 0; row < m_accounts.size(); ++row) {
        const Account& a = m_accounts.at(row);
        QStringList roles;
        for (Role r : a.roles)
            roles.append(roleText(r));
        const QString status =
            a.disabled ? tr("Disabled")
            : a.lockedUntil.isValid() && a.lockedUntil > QDateTime::currentDateTimeUtc()
                ? tr("Locked until %1").arg(shortDateTime(a.lockedUntil))
                : tr("Active");
        const QStringList cells = {a.userName, a.fullName, roles.join(u", "_s),
                                   (a.licenceType + u' ' + a.licenceNumber).trimmed(), status};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (a.userName == current)
            m_table->selectRow(row);
    }
    updateButtons();
}

std::optional<Account> AccountsDialog::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_accounts.size() || m_table->selectedItems().isEmpty())
        return std::nullopt;
    return m_accounts.at(row);
}

void AccountsDialog::updateButtons()
{
    const auto a = selected();
    for (QPushButton* b : {m_change, m_disable, m_reset})
        b->setEnabled(a.has_value());
    m_disable->setText(a && a->disabled ? tr("&Enable") : tr("&Disable"));
}

void AccountsDialog::createAccount()
{
    AccountEditor editor(
        AccountEditor::Mode::NewAccount,
        [this](const NewAccount& account, const QString& password) -> Done {
            const Result<Account> created =
                AccountStore(m_session.database).createAccount(m_session.actor, account, password);
            return created ? urdesk::done() : Done::failure(created.error());
        },
        this);
    if (editor.exec() == QDialog::Accepted)
        reload();
}

void AccountsDialog::changeAccount()
{
    const auto a = selected();
    if (!a)
        return;
    AccountEditor editor(
        AccountEditor::Mode::ChangeAccount,
        [this](const NewAccount& account, const QString&) {
            return AccountStore(m_session.database).changeAccount(m_session.actor, account, {});
        },
        this);
    editor.setAccount(*a);
    if (editor.exec() == QDialog::Accepted)
        reload();
}

void AccountsDialog::toggleDisabled()
{
    const auto a = selected();
    if (!a)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, a->disabled ? tr("Enable Account") : tr("Disable Account"),
        a->disabled ? tr("Why is %1 enabled again?").arg(a->fullName)
                    : tr("Why is %1 disabled? (for the audit trail)").arg(a->fullName),
        QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    const Done d = AccountStore(m_session.database)
                       .setDisabled(m_session.actor, a->userName, !a->disabled, reason);
    showProblem(m_problem, d ? QString() : d.error());
    reload();
}

void AccountsDialog::resetPassword()
{
    const auto a = selected();
    if (!a)
        return;
    const QString password =
        askNewPassword(this, tr("Reset Password"),
                       tr("A new password for %1 (%2). Give it to them in person; the "
                          "account is unlocked.")
                           .arg(a->fullName, a->userName));
    if (password.isEmpty())
        return;
    const Done d =
        AccountStore(m_session.database).resetPassword(m_session.actor, a->userName, password);
    showProblem(m_problem, d ? QString() : d.error());
    reload();
}

void AccountsDialog::applyIdleLock()
{
    const Done d = SecuritySettings::setIdleLockMinutes(*m_session.database, m_session.actor,
                                                        m_idleMinutes->value());
    showProblem(m_problem, d ? QString() : d.error());
    if (d)
        Q_EMIT idleLockChanged(m_idleMinutes->value());
}

} // namespace urdesk
