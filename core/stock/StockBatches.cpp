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
        b.receivedSeq = q.value(0).toLongLong();
        b.batch = q.value(1).toString();
        if (!q.value(2).isNull())
            b.expiry = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        b.quantity = q.value(3).toLongLong();
        out.append(b);
    }
    q.finish();
    return out;
}

FefoResult StockBatches::take(qint64 productId, qint64 quantity, const QDate& today)
{
    const FefoResult result = FefoAllocator::allocate(of(productId), quantity, today);
    for (const BatchTake& t : result.takes)
        m_db.exec(QStringLiteral("UPDATE stock_batches SET quantity = quantity - ? WHERE id = ?"), {t.quantity, t.receivedSeq});
    return result;
}

} // namespace omnitill
