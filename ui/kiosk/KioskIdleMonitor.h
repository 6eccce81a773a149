#pragma once

#include "common/Timer.h"

#include <QObject>

#include <memory>

namespace omnitill::ui {

// Watches the whole application for a customer's touches and keys. After idle time without any it
// asks whether they are still there (countdown), and when the countdown runs out it says so.
class KioskIdleMonitor : public QObject
{
    Q_OBJECT
public:
    explicit KioskIdleMonitor(QObject* parent = nullptr);

    // Where time comes from (Qt's event loop unless a test gives its own); keeps the state.
    void useTimers(TimerFactory& timers);
    void setTimeouts(int idleMs, int countdownSeconds);
    int countdownSeconds() const { return m_countdownSeconds; }
    // Only a customer's session is timed; the attract screen is not.
    void setArmed(bool armed);
    bool isCountingDown() const { return m_left > 0; }
    void poke();

signals:
    void countdownStarted(int seconds);
    void countdownTick(int secondsLeft);
    void resumed();
    void timedOut();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void tick();

    std::unique_ptr<Timer> m_idle;
    std::unique_ptr<Timer> m_countdown;
    int m_idleMs = 60000;
    int m_countdownSeconds = 20;
    int m_left = 0;
    bool m_armed = false;
};

} // namespace omnitill::ui
