#pragma once

#include <QList>

namespace omnitill {

// Shares an amount of minor units out in proportion to the weights, by the largest-remainder
// method: the shares add up exactly to the amount; ties go to the earlier weight. Weights are
// non-negative; when they are all zero, nothing is shared (all shares 0).
QList<qint64> allocateProportionally(qint64 amount, const QList<qint64>& weights);

} // namespace omnitill
