#include "LockScreen.h"

#include "FormParts.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace urdesk {

LockScreen::LockScreen(QWidget* parent)
    : QWidget(parent)
    , m_who(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_problem(newProblemLabel(this))
{
    auto* panel = new QWidget(this);
    panel->setMaximumWidth(460);
    auto* layout = new QVBoxLayout(panel);
    auto* title = new QLabel(tr("<h2>URDesk is locked</h2>"), panel);
    layout->addWidget(title);
    m_who->setWordWrap(true);
    m_who->setTextFormat(Qt::PlainText);
    layout->addWidget(m_who);
    auto* form = new QFormLayout;
    m_password->setObjectName(u"unlockPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    auto* buttons = new QHBoxLayout;
    auto* unlock = new QPushButton(tr("&Unlock"), panel);
    unlock->setObjectName(u"unlock"_s);
    unlock->setDefault(true);
    auto* signOut = new QPushButton(tr("Sign &Out"), panel);
    signOut->setObjectName(u"signOut"_s);
    buttons->addStretch();
    buttons->addWidget(signOut);
    buttons->addWidget(unlock);
    layout->addLayout(buttons);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch();
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(panel);
    row->addStretch();
    outer->addLayout(row);
    outer->addStretch(2);

    const auto requestUnlock = [this] {
        const QString password = m_password->text();
        m_password->clear();
        Q_EMIT unlockRequested(password);
    };
    connect(unlock, &QPushButton::clicked, this, requestUnlock);
    connect(m_password, &QLineEdit::returnPressed, this, requestUnlock);
    connect(signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);
}

void LockScreen::lock(const QString& signedInText, const QString& why)
{
    m_who->setText(tr("%1\nSigned in: %2. The case data is hidden until you enter your password.")
                       .arg(why, signedInText));
    m_password->clear();
    urdesk::showProblem(m_problem, {});
    m_password->setFocus();
}

void LockScreen::showProblem(const QString& problem)
{
    urdesk::showProblem(m_problem, problem);
    m_password->setFocus();
}

} // namespace urdesk
