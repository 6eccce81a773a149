#pragma once

#include "common/Timer.h"

#include <QDateTime>
#include <QObject>
#include <QRandomGenerator>

#include <memory>

namespace omnitill {

class SyncClient;
struct SyncSummary;

// Runs the sync engine in the background: every interval while things go well, backing off
// exponentially with jitter after failures, and at once on "sync now". Never blocks the UI.
class SyncScheduler : public QObject
{
    Q_OBJECT
public:
    struct Status
    {
        bool enrolled = false;
        bool online = false; // the last attempt reached the hub
        bool running = false;
        qint64 pending = 0;
        QDateTime lastSuccess;
        QString lastError;
        int nextAttemptSeconds = 0;
        // While catalog pages arrive (a first sync of a large catalog takes a while).
        qint64 catalogApplied = 0;
        qint64 catalogRemaining = 0;
    };

    // timers: where the waits between attempts come from (Qt's event loop unless a test gives its own).
    SyncScheduler(SyncClient& client, int intervalSeconds = 30, QObject* parent = nullptr, TimerFactory& timers = TimerFactory::system());

    void start();
    void syncNow();
    const Status& status() const { return m_status; }
    // Delay before the next attempt after `failures` consecutive failures (seconds), with jitter.
    static int backoffSeconds(int failures, int intervalSeconds, quint32 jitterSeed);

signals:
    void statusChanged();

private:
    void attempt();
    void onFinished(const SyncSummary& summary);
    void onFailed(const QString& message);
    void onCatalogProgress(qint64 applied, qint64 remaining);
    void schedule(int seconds);

    SyncClient& m_client;
    int m_interval;
    int m_failures = 0;
    std::unique_ptr<Timer> m_timer;
    Status m_status;
    QRandomGenerator m_random;
};

} // namespace omnitill
