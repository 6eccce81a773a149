#include "ExpiryMarkdowns.h"
#include "StockAdjustmentEvents.h"

#include "StockLedger.h"
#include "StockPermission.h"
#include "common/Clock.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "outbox/Outbox.h"
#include "staff/StaffService.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QJsonArray>
#include <QJsonObject>

namespace omnitill {

QList<ExpiringBatch> ExpiryMarkdowns::expiringSoon(int days)
{
    const QDate today = m_settings.businessDay(m_clock.nowUtc());
    QList<ExpiringBatch> out;
    QSqlQuery& q =
        m_db.exec(QStringLiteral("SELECT b.product_id, p.sku, p.name_en, p.unit, b.batch, b.expiry, sum(b.quantity) AS quantity, p.price,"
                                 " m.price AS markdown"
                                 " FROM stock_batches b JOIN products p ON p.id = b.product_id"
                                 " LEFT JOIN batch_markdowns m ON m.product_id = b.product_id AND m.batch = b.batch"
                                 " WHERE b.quantity > 0 AND b.expiry IS NOT NULL AND b.expiry <= ?"
                                 " GROUP BY b.product_id, b.batch, b.expiry ORDER BY b.expiry, p.sku LIMIT 1000"),
                  {today.addDays(std::max(days, 0)).toString(Qt::ISODate)});
    while (q.next()) {
        ExpiringBatch b;
        b.productId = q.value(QStringLiteral("product_id")).toLongLong();
        b.sku = q.value(QStringLiteral("sku")).toString();
        b.name = q.value(QStringLiteral("name_en")).toString();
        b.weighed = q.value(QStringLiteral("unit")).toString() == QLatin1String("weight");
        b.batch = q.value(QStringLiteral("batch")).toString();
        b.expiry = QDate::fromString(q.value(QStringLiteral("expiry")).toString(), Qt::ISODate);
        b.quantity = q.value(QStringLiteral("quantity")).toLongLong();
        b.price = q.value(QStringLiteral("price")).toLongLong();
        if (!q.value(QStringLiteral("markdown")).isNull())
            b.markdown = q.value(QStringLiteral("markdown")).toLongLong();
        b.expired = b.expiry < today;
        out.append(b);
    }
    q.finish();
    return out;
}

qint64 ExpiryMarkdowns::markDown(const Session& session, qint64 productId, const QString& batch, int percentOff, const QString& approverPin)
{
    authorizeStockChange(m_staff, session, approverPin);
    if (percentOff < 1 || percentOff > 90)
        throw DomainError(QStringLiteral("stock.markdown"), Tr::tr("A markdown takes 1 to 90 % off"));
    Transaction tx(m_db);
    QSqlQuery& q = m_db.exec(
        QStringLiteral("SELECT p.sku, p.price, min(b.expiry) AS expiry FROM stock_batches b JOIN products p ON p.id = b.product_id"
                       " WHERE b.product_id = ? AND b.batch = ? AND b.quantity > 0 GROUP BY p.sku, p.price"),
        {productId, batch});
    if (!q.next()) {
        q.finish();
        throw DomainError(QStringLiteral("stock.unknown_batch"), Tr::tr("No goods of batch %1 are in stock").arg(batch));
    }
    const QString sku = q.value(QStringLiteral("sku")).toString();
    const qint64 regular = q.value(QStringLiteral("price")).toLongLong();
    const QString expiry = q.value(QStringLiteral("expiry")).toString();
    q.finish();
    // Rounded down to the minor unit: the customer never pays more than the percentage says.
    const qint64 price = regular * (100 - percentOff) / 100;
    const QString now = isoUtc(m_clock.nowUtc());
    m_db.exec(QStringLiteral("INSERT INTO batch_markdowns(product_id, batch, price, staff_id, created_at) VALUES(?, ?, ?, ?, ?)"
                             " ON CONFLICT(product_id, batch) DO UPDATE SET price = excluded.price, staff_id = excluded.staff_id,"
                             " created_at = excluded.created_at"),
              {productId, batch, price, session.staffId, now});
    m_outbox.append(protocol::StockMarkedDownEvent::kType,
                    protocol::StockMarkedDownEvent{sku, batch, expiry, regular, price, session.staffId, now}.toJson());
    tx.commit();
    return price;
}

qint64 ExpiryMarkdowns::writeOffExpired(const Session& session, qint64 productId, const QString& batch, const QString& approverPin)
{
    authorizeStockChange(m_staff, session, approverPin);
    Transaction tx(m_db);
    const QString today = m_settings.businessDay(m_clock.nowUtc()).toString(Qt::ISODate);
    QSqlQuery& q =
        m_db.exec(QStringLiteral("SELECT p.sku, sum(b.quantity) AS quantity FROM stock_batches b JOIN products p ON p.id = b.product_id"
                                 " WHERE b.product_id = ? AND b.batch = ? AND b.quantity > 0 AND b.expiry < ? GROUP BY p.sku"),
                  {productId, batch, today});
    if (!q.next()) {
        q.finish();
        throw DomainError(QStringLiteral("stock.not_expired"), Tr::tr("Batch %1 has no expired goods in stock").arg(batch));
    }
    const QString sku = q.value(QStringLiteral("sku")).toString();
    const qint64 quantity = q.value(QStringLiteral("quantity")).toLongLong();
    q.finish();
    const QString now = isoUtc(m_clock.nowUtc());
    StockLedger::book(m_db, productId, -quantity, QStringLiteral("write_off_expired"), batch, now);
    m_db.exec(QStringLiteral("UPDATE stock_batches SET quantity = 0 WHERE product_id = ? AND batch = ? AND expiry < ?"),
              {productId, batch, today});
    m_outbox.append(
        protocol::StockWrittenOffEvent::kType,
        protocol::StockWrittenOffEvent{protocol::StockWrittenOffEvent::kExpired, session.staffId, now, {{sku, batch, quantity}}}.toJson());
    tx.commit();
    return quantity;
}

std::optional<qint64> ExpiryMarkdowns::priceFor(Database& db, qint64 productId, const QString& batch)
{
    if (batch.isEmpty())
        return std::nullopt;
    const QVariant price =
        db.scalar(QStringLiteral("SELECT price FROM batch_markdowns WHERE product_id = ? AND batch = ?"), {productId, batch});
    return price.isValid() ? std::optional<qint64>(price.toLongLong()) : std::nullopt;
}

} // namespace omnitill
