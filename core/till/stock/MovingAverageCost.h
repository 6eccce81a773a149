#pragma once

#include <QtGlobal>

namespace omnitill {

// The moving average cost of a product, updated on every receipt of goods: the value on hand plus
// the value received, over the quantity after. Kept in thousandths of a minor unit per piece (or
// per kilogram for weighed goods, whose quantities are grams) so repeated receipts do not drift.
class MovingAverageCost
{
public:
    static constexpr qint64 kScale = 1000;

    // onHand may be zero or negative (sold before it was booked in): then the receipt's cost is
    // the new average, as nothing valued is left to average with.
    static qint64 afterReceipt(qint64 onHand, qint64 averageMilli, qint64 received, qint64 unitCostMinor);
    // The value of a quantity at an average, in minor units (rounded half away from zero).
    static qint64 value(qint64 quantity, qint64 averageMilli, bool weighed = false);
};

} // namespace omnitill
