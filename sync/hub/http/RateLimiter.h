#pragma once

#include <QHash>
#include <QString>

namespace omnitill::hub {

// Token buckets by key (a device, an API key, an address): rate requests a second, burst at once.
// Times are a monotonic count of milliseconds supplied by the caller.
class RateLimiter
{
public:
    RateLimiter(double ratePerSecond, int burst) : m_rate(ratePerSecond), m_burst(burst) {}

    // True when key may make a request now, and counts it; otherwise retryAfterMs says when it may.
    bool take(const QString& key, qint64 nowMs, qint64* retryAfterMs = nullptr);
    // The same answer as take, without counting a request: for a key not yet proven (a device
    // before its signature is checked), so nobody can use up another's requests by naming it.
    bool allows(const QString& key, qint64 nowMs, qint64* retryAfterMs = nullptr) const;
    qsizetype size() const { return m_buckets.size(); }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    void forgetFullBuckets(qint64 nowMs);
    double tokensAt(const Bucket& bucket, qint64 nowMs) const;

    double m_rate;
    int m_burst;
    QHash<QString, Bucket> m_buckets;
};

} // namespace omnitill::hub
