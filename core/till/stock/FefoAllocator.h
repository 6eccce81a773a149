#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace omnitill {

struct StockBatch
{
    QString batch;               // lot number (GS1 AI 10)
    std::optional<QDate> expiry; // GS1 AI 17; none: sold last
    qint64 quantity = 0;
    qint64 receivedSeq = 0; // order of receipt, for batches expiring the same day
};

struct BatchTake
{
    QString batch;
    qint64 quantity = 0;
    std::optional<QDate> expiry;
    qint64 receivedSeq = 0; // which of the batches (same lot received twice: two)
};

struct FefoResult
{
    QList<BatchTake> takes;
    qint64 shortfall = 0; // what no batch had (sold beyond the booked stock)
};

// First expiry, first out: which batches a quantity leaving the store comes from. Expired batches
// are skipped unless allowed (they should have been written off); batches without an expiry go last.
class FefoAllocator
{
public:
    static FefoResult allocate(QList<StockBatch> batches, qint64 quantity, const QDate& today, bool allowExpired = false);
    // Batches expiring within days from today (not yet expired), soonest first.
    static QList<StockBatch> expiringSoon(QList<StockBatch> batches, const QDate& today, int days);
};

} // namespace omnitill
