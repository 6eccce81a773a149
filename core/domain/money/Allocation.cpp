#include "Allocation.h"

#include "common/Int128.h"

#include <algorithm>
#include <numeric>

namespace omnitill {

QList<qint64> allocateProportionally(qint64 amount, const QList<qint64>& weights)
{
    QList<qint64> shares(weights.size(), 0);
    const qint64 total = std::accumulate(weights.begin(), weights.end(), qint64(0));
    if (amount == 0 || total <= 0)
        return shares;
    qint64 given = 0;
    QList<std::pair<Int128, int>> remainders;
    remainders.reserve(weights.size());
    for (int i = 0; i < weights.size(); ++i) {
        const Int128 numerator = Int128(weights[i]) * amount;
        shares[i] = qint64(numerator / total);
        given += shares[i];
        remainders.append({numerator % total, i});
    }
    std::stable_sort(remainders.begin(), remainders.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (qint64 k = 0; k < amount - given; ++k)
        shares[remainders[int(k % remainders.size())].second] += 1;
    return shares;
}

} // namespace omnitill
