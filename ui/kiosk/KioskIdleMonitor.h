#pragma once

#include <QObject>
#include <QTimer>

namespace omnitill::ui {

// Watches the whole application for a customer's touches and keys. After idle time without any it
// asks whether they are still there (countdown), and when the countdown runs out it says so.
class KioskIdleMonitor : public QObject
{
    Q_OBJECT
public:
    explicit KioskIdleMonitor(QObject* parent = nullptr);

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

    QTimer m_idle;
    QTimer m_countdown;
    int m_countdownSeconds = 20;
    int m_left = 0;
    bool m_armed = false;
};

} // namespace omnitill::ui
