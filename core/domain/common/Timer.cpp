#include "Timer.h"

#include <QElapsedTimer>
#include <QTimer>

namespace omnitill {

namespace {
class QtTimer : public Timer
{
public:
    QtTimer()
    {
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { fire(); });
    }
    void start(int ms, bool repeating) override
    {
        m_timer.setSingleShot(!repeating);
        m_timer.start(ms);
    }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }

private:
    QTimer m_timer;
};

class QtTimerFactory : public TimerFactory
{
public:
    QtTimerFactory() { m_started.start(); }
    std::unique_ptr<Timer> create() override { return std::make_unique<QtTimer>(); }
    qint64 elapsedMs() const override { return m_started.elapsed(); }

private:
    QElapsedTimer m_started;
};
} // namespace

TimerFactory& TimerFactory::system()
{
    static QtTimerFactory factory;
    return factory;
}

} // namespace omnitill
