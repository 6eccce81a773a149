#include "Clock.h"

namespace omnitill {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace omnitill
