#include "IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace urdesk {

IdleWatcher::IdleWatcher(std::chrono::milliseconds limit, QObject* parent)
    : QObject(parent)
    , m_limit(limit)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::check);
    QCoreApplication::instance()->installEventFilter(this);
    setActive(true);
}

void IdleWatcher::setLimit(std::chrono::milliseconds limit)
{
    m_limit = limit;
    if (m_active)
        setActive(true);
}

void IdleWatcher::setActive(bool active)
{
    m_active = active;
    m_sinceActivity.start();
    if (active)
        m_timer.start(m_limit);
    else
        m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    // Activity only restarts a clock; the timer is not rearmed on every mouse move.
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        m_sinceActivity.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::check()
{
    if (!m_active)
        return;
    const auto idleFor = std::chrono::milliseconds(m_sinceActivity.elapsed());
    if (idleFor >= m_limit) {
        m_active = false;
        Q_EMIT idle();
    } else {
        m_timer.start(m_limit - idleFor);
    }
}

} // namespace urdesk
