#pragma once

#include <QtGlobal>

#include <functional>
#include <memory>

namespace omnitill {

// A timer whose passing of time the owner does not decide: Qt's event loop in the program, the
// test's hand in a test (tests/support/ManualTimers.h), so that idle time-outs, scanner gaps and
// retry delays are tested without sleeping.
class Timer
{
public:
    virtual ~Timer() = default;
    // (Re)starts: fires after ms, once, or every ms while repeating.
    virtual void start(int ms, bool repeating = false) = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;
    void onTimeout(std::function<void()> handler) { m_handler = std::move(handler); }

protected:
    void fire()
    {
        if (m_handler)
            m_handler();
    }

private:
    std::function<void()> m_handler;
};

class TimerFactory
{
public:
    virtual ~TimerFactory() = default;
    virtual std::unique_ptr<Timer> create() = 0;
    // Milliseconds on a clock that only goes forward, for measuring gaps (between keys, say).
    virtual qint64 elapsedMs() const = 0;
    // Timers on Qt's event loop (QTimer).
    static TimerFactory& system();
};

} // namespace omnitill
