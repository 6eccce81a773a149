#include "PinPolicy.h"

namespace omnitill::PinPolicy {

bool isValidFormat(const QString& pin)
{
    bool digits = pin.size() >= 4 && pin.size() <= 8;
    for (const QChar c : pin)
        digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    return digits;
}

} // namespace omnitill::PinPolicy
