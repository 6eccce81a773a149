#include "KioskIdleMonitor.h"

#include <QEvent>

namespace omnitill::ui {

KioskIdleMonitor::KioskIdleMonitor(QObject* parent) : QObject(parent)
{
    useTimers(TimerFactory::system());
}

void KioskIdleMonitor::useTimers(TimerFactory& timers)
{
    const bool idleRunning = m_idle && m_idle->isActive();
    const bool countingDown = m_countdown && m_countdown->isActive();
    m_idle = timers.create();
    m_idle->onTimeout([this] {
        m_left = m_countdownSeconds;
        emit countdownStarted(m_left);
        m_countdown->start(1000, true);
    });
    m_countdown = timers.create();
    m_countdown->onTimeout([this] { tick(); });
    if (idleRunning)
        m_idle->start(m_idleMs);
    if (countingDown)
        m_countdown->start(1000, true);
}

void KioskIdleMonitor::setTimeouts(int idleMs, int countdownSeconds)
{
    m_idleMs = idleMs;
    m_countdownSeconds = std::max(1, countdownSeconds);
    if (m_armed)
        poke();
}

void KioskIdleMonitor::setArmed(bool armed)
{
    m_armed = armed;
    m_countdown->stop();
    m_left = 0;
    if (armed)
        m_idle->start(m_idleMs);
    else
        m_idle->stop();
}

void KioskIdleMonitor::poke()
{
    if (!m_armed)
        return;
    const bool wasCounting = m_left > 0;
    m_countdown->stop();
    m_left = 0;
    m_idle->start(m_idleMs);
    if (wasCounting)
        emit resumed();
}

void KioskIdleMonitor::tick()
{
    if (--m_left > 0) {
        emit countdownTick(m_left);
        return;
    }
    m_countdown->stop();
    m_armed = false;
    emit timedOut();
}

bool KioskIdleMonitor::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::KeyPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        poke();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace omnitill::ui
