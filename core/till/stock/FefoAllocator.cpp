#include "FefoAllocator.h"

#include <algorithm>

namespace omnitill {

namespace {
void sortByExpiry(QList<StockBatch>& batches)
{
    std::stable_sort(batches.begin(), batches.end(), [](const StockBatch& a, const StockBatch& b) {
        if (a.expiry.has_value() != b.expiry.has_value())
            return a.expiry.has_value(); // dated before undated
        if (a.expiry && *a.expiry != *b.expiry)
            return *a.expiry < *b.expiry;
        return a.receivedSeq < b.receivedSeq;
    });
}
} // namespace

FefoResult FefoAllocator::allocate(QList<StockBatch> batches, qint64 quantity, const QDate& today, bool allowExpired)
{
    sortByExpiry(batches);
    FefoResult result;
    qint64 left = std::max<qint64>(0, quantity);
    for (const StockBatch& b : batches) {
        if (left == 0)
            break;
        if (b.quantity <= 0 || (!allowExpired && b.expiry && *b.expiry < today))
            continue;
        const qint64 take = std::min(left, b.quantity);
        result.takes.append({b.batch, take, b.expiry, b.receivedSeq});
        left -= take;
    }
    result.shortfall = left;
    return result;
}

QList<StockBatch> FefoAllocator::expiringSoon(QList<StockBatch> batches, const QDate& today, int days)
{
    sortByExpiry(batches);
    QList<StockBatch> out;
    for (const StockBatch& b : batches) {
        if (b.quantity > 0 && b.expiry && *b.expiry >= today && *b.expiry <= today.addDays(days))
            out.append(b);
    }
    return out;
}

} // namespace omnitill
