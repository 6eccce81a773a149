#include "StockBatches.h"

#include "store/Database.h"

namespace omnitill {

QList<StockBatch> StockBatches::of(qint64 productId)
{
    QList<StockBatch> out;
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT id, batch, expiry, quantity FROM stock_batches WHERE product_id = ? AND quantity > 0"
                                            " ORDER BY id"),
                             {productId});
    while (q.next()) {
        StockBatch b;
        b.receivedSeq = q.value(QStringLiteral("id")).toLongLong();
        b.batch = q.value(QStringLiteral("batch")).toString();
        if (!q.value(QStringLiteral("expiry")).isNull())
            b.expiry = QDate::fromString(q.value(QStringLiteral("expiry")).toString(), Qt::ISODate);
        b.quantity = q.value(QStringLiteral("quantity")).toLongLong();
        out.append(b);
    }
    q.finish();
    return out;
}

FefoResult StockBatches::take(qint64 productId, qint64 quantity, const QDate& today, const QString& batch)
{
    QList<StockBatch> batches = of(productId);
    if (batches.isEmpty())
        return {{}, quantity};
    FefoResult result;
    if (!batch.isEmpty()) {
        // The named batch goes first, expired or not: it is what left the shelf.
        QList<StockBatch> named;
        for (const StockBatch& b : std::as_const(batches)) {
            if (b.batch == batch)
                named.append(b);
        }
        result = FefoAllocator::allocate(named, quantity, today, true);
        for (StockBatch& b : batches) {
            for (const BatchTake& t : std::as_const(result.takes)) {
                if (t.receivedSeq == b.receivedSeq)
                    b.quantity -= t.quantity;
            }
        }
        quantity = result.shortfall;
    }
    const FefoResult rest = FefoAllocator::allocate(batches, quantity, today);
    result.takes += rest.takes;
    result.shortfall = rest.shortfall;
    for (const BatchTake& t : std::as_const(result.takes))
        m_db.exec(QStringLiteral("UPDATE stock_batches SET quantity = quantity - ? WHERE id = ?"), {t.quantity, t.receivedSeq});
    return result;
}

} // namespace omnitill
