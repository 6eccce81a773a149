#include "KioskIdleMonitor.h"

#include <QEvent>

namespace omnitill::ui {

KioskIdleMonitor::KioskIdleMonitor(QObject* parent) : QObject(parent)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(60000);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        m_left = m_countdownSeconds;
        emit countdownStarted(m_left);
        m_countdown.start();
    });
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &KioskIdleMonitor::tick);
}

void KioskIdleMonitor::setTimeouts(int idleMs, int countdownSeconds)
{
    m_idle.setInterval(idleMs);
    m_countdownSeconds = std::max(1, countdownSeconds);
    if (m_armed)
        poke();
}

void KioskIdleMonitor::setArmed(bool armed)
{
    m_armed = armed;
    m_countdown.stop();
    m_left = 0;
    if (armed)
        m_idle.start();
    else
        m_idle.stop();
}

void KioskIdleMonitor::poke()
{
    if (!m_armed)
        return;
    const bool wasCounting = m_left > 0;
    m_countdown.stop();
    m_left = 0;
    m_idle.start();
    if (wasCounting)
        emit resumed();
}

void KioskIdleMonitor::tick()
{
    if (--m_left > 0) {
        emit countdownTick(m_left);
        return;
    }
    m_countdown.stop();
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
