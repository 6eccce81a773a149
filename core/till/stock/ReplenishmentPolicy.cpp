#include "ReplenishmentPolicy.h"

#include <algorithm>

namespace omnitill {

qint64 ReplenishmentPolicy::demand(qint64 soldInWindow, int windowDays, int days)
{
    if (soldInWindow <= 0 || windowDays <= 0 || days <= 0)
        return 0;
    return (soldInWindow * days + windowDays - 1) / windowDays;
}

ReplenishmentSuggestion ReplenishmentPolicy::suggest(const ReorderRule& rule, const StockPosition& position)
{
    ReplenishmentSuggestion s;
    s.expectedDemand = demand(position.soldInWindow, position.windowDays, rule.leadTimeDays + rule.reviewDays);
    // What is on its way counts as had; a negative on-hand (sold before it was booked in) is owed.
    const qint64 have = position.onHand + position.inbound;
    qint64 raw = 0;
    if (rule.max > 0) {
        s.basis = ReplenishmentSuggestion::Basis::MinMax;
        raw = have <= rule.min ? rule.max - have : 0;
    } else if (rule.reorderPoint >= 0) {
        s.basis = ReplenishmentSuggestion::Basis::ReorderPoint;
        raw = have <= rule.reorderPoint ? rule.reorderPoint + s.expectedDemand - have : 0;
    } else {
        s.basis = ReplenishmentSuggestion::Basis::Velocity;
        raw = s.expectedDemand - have;
    }
    if (raw <= 0)
        return s;
    const qint64 pack = std::max<qint64>(1, rule.packSize);
    s.quantity = (raw + pack - 1) / pack * pack;
    return s;
}

} // namespace omnitill
