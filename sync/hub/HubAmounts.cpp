#include "HubAmounts.h"

#include <cmath>

namespace omnitill::hub {

qint64 HubAmounts::wholeNumber(const QJsonObject& object, const char* key, qint64 min, qint64 max, const QString& code)
{
    const QJsonValue v = object.value(QLatin1String(key));
    const double d = v.toDouble();
    // Compared as doubles first: a number beyond 64 bits must not be converted at all.
    if (!v.isDouble() || std::trunc(d) != d || d < double(min) || d > double(max))
        throw HubError(400, code, QStringLiteral("%1 must be a whole number from %2 to %3").arg(QLatin1String(key)).arg(min).arg(max));
    return qint64(d);
}

qint64 HubAmounts::add(qint64 a, qint64 b, qint64 limit, int status, const QString& code)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum) || sum > limit || sum < -limit)
        throw HubError(status, code, QStringLiteral("the result would be out of range (at most %1)").arg(limit));
    return sum;
}

} // namespace omnitill::hub
