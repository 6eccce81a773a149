#pragma once

#include "common/Timer.h"

#include <QList>

#include <algorithm>

namespace omnitill::test {

// Timers that fire only when the test says time has passed: advance(ms) fires, in the order they
// fall due, every timer due within ms (a repeating one as often as its interval fits).
class ManualTimers : public TimerFactory
{
public:
    ~ManualTimers() override
    {
        for (ManualTimer* t : m_timers)
            t->m_owner = nullptr;
    }

    std::unique_ptr<Timer> create() override
    {
        auto timer = std::make_unique<ManualTimer>(this);
        m_timers.append(timer.get());
        return timer;
    }

    qint64 elapsedMs() const override { return m_now; }

    void advance(int ms)
    {
        const qint64 until = m_now + ms;
        for (;;) {
            ManualTimer* next = nullptr;
            for (ManualTimer* t : m_timers) {
                if (t->m_active && t->m_due <= until && (!next || t->m_due < next->m_due))
                    next = t;
            }
            if (!next)
                break;
            m_now = next->m_due;
            if (next->m_repeating)
                next->m_due += std::max(1, next->m_interval);
            else
                next->m_active = false;
            next->trigger();
        }
        m_now = until;
    }

private:
    class ManualTimer : public Timer
    {
    public:
        explicit ManualTimer(ManualTimers* owner) : m_owner(owner) {}
        ~ManualTimer() override
        {
            if (m_owner)
                m_owner->m_timers.removeOne(this);
        }
        void start(int ms, bool repeating) override
        {
            m_interval = ms;
            m_repeating = repeating;
            m_due = (m_owner ? m_owner->m_now : 0) + ms;
            m_active = true;
        }
        void stop() override { m_active = false; }
        bool isActive() const override { return m_active; }
        void trigger() { fire(); }

        ManualTimers* m_owner;
        qint64 m_due = 0;
        int m_interval = 0;
        bool m_repeating = false;
        bool m_active = false;
    };

    qint64 m_now = 0;
    QList<ManualTimer*> m_timers;
};

} // namespace omnitill::test
