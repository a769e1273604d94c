#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace urdesk {

// Tells when nobody has used the keyboard, mouse or touch screen for a while, anywhere in
// the application.
class IdleWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(std::chrono::milliseconds limit, QObject* parent = nullptr);

    void setLimit(std::chrono::milliseconds limit);
    std::chrono::milliseconds limit() const { return m_limit; }
    // Stops watching (while locked) or starts again from now.
    void setActive(bool active);

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void check();

    std::chrono::milliseconds m_limit;
    QElapsedTimer m_sinceActivity;
    QTimer m_timer;
    bool m_active = true;
};

} // namespace urdesk
