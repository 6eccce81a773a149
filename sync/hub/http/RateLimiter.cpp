#include "RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace omnitill::hub {

namespace {
// Past this many keys, buckets that have filled up again are dropped: they hold nothing a new one would not.
constexpr qsizetype kPruneAt = 100000;
} // namespace

bool RateLimiter::take(const QString& key, qint64 nowMs, qint64* retryAfterMs)
{
    if (m_buckets.size() >= kPruneAt && !m_buckets.contains(key))
        forgetFullBuckets(nowMs);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{double(m_burst), nowMs});
    Bucket& bucket = *it;
    bucket.tokens = tokensAt(bucket, nowMs);
    bucket.updatedMs = nowMs;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return true;
    }
    if (retryAfterMs)
        *retryAfterMs = qint64(std::ceil((1.0 - bucket.tokens) * 1000.0 / m_rate));
    return false;
}

bool RateLimiter::allows(const QString& key, qint64 nowMs, qint64* retryAfterMs) const
{
    const auto it = m_buckets.constFind(key);
    const double tokens = it == m_buckets.cend() ? double(m_burst) : tokensAt(*it, nowMs);
    if (tokens >= 1.0)
        return true;
    if (retryAfterMs)
        *retryAfterMs = qint64(std::ceil((1.0 - tokens) * 1000.0 / m_rate));
    return false;
}

double RateLimiter::tokensAt(const Bucket& bucket, qint64 nowMs) const
{
    return std::min(double(m_burst), bucket.tokens + double(nowMs - bucket.updatedMs) * m_rate / 1000.0);
}

void RateLimiter::forgetFullBuckets(qint64 nowMs)
{
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (tokensAt(*it, nowMs) >= m_burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace omnitill::hub
