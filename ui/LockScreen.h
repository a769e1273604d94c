#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace urdesk {

// What the window shows while locked: who it belongs to, a password field and a way to sign
// out. No case data.
class LockScreen final : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(QWidget* parent = nullptr);

    void lock(const QString& signedInText, const QString& why);
    void showProblem(const QString& problem);

Q_SIGNALS:
    void unlockRequested(const QString& password);
    void signOutRequested();

private:
    QLabel* m_who;
    QLineEdit* m_password;
    QLabel* m_problem;
};

} // namespace urdesk
