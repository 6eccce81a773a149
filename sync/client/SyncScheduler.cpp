#include "SyncScheduler.h"

#include "SyncClient.h"

namespace omnitill {

SyncScheduler::SyncScheduler(SyncClient& client, int intervalSeconds, QObject* parent, TimerFactory& timers)
    : QObject(parent), m_client(client), m_interval(intervalSeconds), m_timer(timers.create()), m_random(QRandomGenerator::securelySeeded())
{
    m_timer->onTimeout([this] { attempt(); });
    connect(&m_client, &SyncClient::finished, this, &SyncScheduler::onFinished);
    connect(&m_client, &SyncClient::failed, this, &SyncScheduler::onFailed);
    connect(&m_client, &SyncClient::catalogProgress, this, &SyncScheduler::onCatalogProgress);
}

void SyncScheduler::onCatalogProgress(qint64 applied, qint64 remaining)
{
    m_status.catalogApplied = applied;
    m_status.catalogRemaining = remaining;
    emit statusChanged();
}

int SyncScheduler::backoffSeconds(int failures, int intervalSeconds, quint32 jitterSeed)
{
    // 5 s, 10 s, 20 s … capped at 10 minutes; ±25 % jitter so that tills do not retry in step.
    // Without failures, the interval.
    const int capped = failures <= 0 ? intervalSeconds : std::min(600, 5 * (1 << std::min(failures - 1, 7)));
    const int spread = std::max(1, capped / 4);
    return std::max(1, capped - spread + int(jitterSeed % quint32(2 * spread + 1)));
}

void SyncScheduler::start()
{
    m_status.enrolled = m_client.isEnrolled();
    m_status.pending = m_client.pendingCount();
    m_status.lastSuccess = m_client.lastSuccess();
    emit statusChanged();
    schedule(m_status.enrolled ? 1 : m_interval);
}

void SyncScheduler::syncNow()
{
    m_timer->stop();
    attempt();
}

void SyncScheduler::attempt()
{
    if (m_status.running)
        return;
    m_client.reloadSettings(); // `omnitillctl enroll` may have enrolled this till meanwhile
    m_status.enrolled = m_client.isEnrolled();
    if (!m_status.enrolled) {
        schedule(m_interval);
        return;
    }
    m_status.running = true;
    m_status.catalogApplied = 0;
    m_status.catalogRemaining = 0;
    emit statusChanged();
    m_client.syncNow();
}

void SyncScheduler::onFinished(const SyncSummary& summary)
{
    Q_UNUSED(summary);
    m_failures = 0;
    m_status.running = false;
    m_status.catalogRemaining = 0;
    m_status.online = true;
    m_status.lastError.clear();
    m_status.lastSuccess = m_client.lastSuccess();
    m_status.pending = m_client.pendingCount();
    schedule(m_interval);
}

void SyncScheduler::onFailed(const QString& message)
{
    ++m_failures;
    m_status.running = false;
    m_status.catalogRemaining = 0;
    m_status.online = false;
    m_status.lastError = message;
    m_status.pending = m_client.pendingCount();
    schedule(backoffSeconds(m_failures, m_interval, m_random.generate()));
}

void SyncScheduler::schedule(int seconds)
{
    m_status.nextAttemptSeconds = seconds;
    m_timer->start(seconds * 1000);
    emit statusChanged();
}

} // namespace omnitill
