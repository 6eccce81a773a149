#include "StockLedger.h"

#include "MovingAverageCost.h"
#include "common/Clock.h"
#include "common/LikePattern.h"
#include "store/Database.h"

namespace omnitill {

void StockLedger::book(Database& db, qint64 productId, qint64 delta, const QString& reason, const QString& reference, const QString& at)
{
    db.exec(QStringLiteral("INSERT INTO stock_movements(product_id, quantity_delta, reason, reference, created_at) VALUES(?, ?, ?, ?, ?)"),
            {productId, delta, reason, reference, at});
    db.exec(QStringLiteral("INSERT INTO stock_levels(product_id, quantity) VALUES(?, ?)"
                           " ON CONFLICT(product_id) DO UPDATE SET quantity = quantity + excluded.quantity"),
            {productId, delta});
}

qint64 StockLedger::onHand(qint64 productId)
{
    return m_db.scalar(QStringLiteral("SELECT coalesce(sum(quantity_delta), 0) FROM stock_movements WHERE product_id = ?"), {productId})
        .toLongLong();
}

QList<StockMovement> StockLedger::history(qint64 productId, int limit)
{
    QList<StockMovement> out;
    QSqlQuery& q =
        m_db.exec(QStringLiteral("SELECT id, quantity_delta, reason, coalesce(reference, '') AS reference, created_at FROM stock_movements"
                                 " WHERE product_id = ? ORDER BY id DESC LIMIT ?"),
                  {productId, std::clamp(limit, 1, 10000)});
    while (q.next())
        out.append({q.value(QStringLiteral("id")).toLongLong(), q.value(QStringLiteral("quantity_delta")).toLongLong(),
                    q.value(QStringLiteral("reason")).toString(), q.value(QStringLiteral("reference")).toString(),
                    QDateTime::fromString(q.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs)});
    q.finish();
    return out;
}

qint64 StockLedger::soldOver(qint64 productId, int days)
{
    const QString since = isoUtc(m_clock.nowUtc().addDays(-std::max(days, 1)));
    return -m_db.scalar(QStringLiteral("SELECT coalesce(sum(quantity_delta), 0) FROM stock_movements WHERE product_id = ?"
                                       " AND reason IN %1 AND created_at >= ?")
                            .arg(demandReasons()),
                        {productId, since})
                .toLongLong();
}

QList<qint64> StockLedger::inconsistent()
{
    QList<qint64> out;
    QSqlQuery& q =
        m_db.exec(QStringLiteral("SELECT p.id FROM products p LEFT JOIN stock_levels l ON l.product_id = p.id"
                                 " LEFT JOIN (SELECT product_id, sum(quantity_delta) AS s FROM stock_movements GROUP BY product_id) m"
                                 " ON m.product_id = p.id WHERE coalesce(l.quantity, 0) <> coalesce(m.s, 0) ORDER BY p.id"));
    while (q.next())
        out.append(q.value(QStringLiteral("id")).toLongLong());
    q.finish();
    return out;
}

namespace {
// The products an overview search matches: SKU or barcode by prefix, a name anywhere.
QString overviewFilter(const QString& search, QVariantList& bindings)
{
    const QString text = search.trimmed();
    if (text.isEmpty())
        return {};
    const QString prefix = likeEscaped(text) + QLatin1Char('%');
    const QString anywhere = QLatin1Char('%') + prefix;
    bindings << prefix << anywhere << anywhere << anywhere << prefix;
    return QStringLiteral(" WHERE p.sku LIKE ? ESCAPE '\\' OR p.name_en LIKE ? ESCAPE '\\' OR p.name_ru LIKE ? ESCAPE '\\'"
                          " OR p.name_zh LIKE ? ESCAPE '\\' OR p.id IN (SELECT product_id FROM barcodes WHERE code LIKE ? ESCAPE '\\')");
}
} // namespace

qint64 StockLedger::overviewCount(const QString& search)
{
    QVariantList bindings;
    const QString where = overviewFilter(search, bindings);
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM products p") + where, bindings).toLongLong();
}

QList<StockOverviewLine> StockLedger::overview(const QString& search, int limit)
{
    QVariantList bindings;
    const QString where = overviewFilter(search, bindings);
    bindings << std::clamp(limit, 1, 5000);
    QList<StockOverviewLine> out;
    QSqlQuery& q = m_db.exec(
        // On hand from the levels book() keeps with every movement (inconsistent() finds one that
        // drifted), not a sum of each listed product's whole history.
        QStringLiteral("SELECT p.id, p.sku, p.name_en, p.unit, coalesce(l.quantity, 0) AS on_hand,"
                       " coalesce(c.average_milli, 0) AS average_milli FROM products p LEFT JOIN stock_levels l ON l.product_id = p.id"
                       " LEFT JOIN product_costs c ON c.product_id = p.id") +
            where + QStringLiteral(" ORDER BY p.sku LIMIT ?"),
        bindings);
    while (q.next()) {
        StockOverviewLine l;
        l.productId = q.value(QStringLiteral("id")).toLongLong();
        l.sku = q.value(QStringLiteral("sku")).toString();
        l.name = q.value(QStringLiteral("name_en")).toString();
        l.weighed = q.value(QStringLiteral("unit")).toString() == QLatin1String("weight");
        l.onHand = q.value(QStringLiteral("on_hand")).toLongLong();
        l.averageMilli = q.value(QStringLiteral("average_milli")).toLongLong();
        l.value = MovingAverageCost::value(l.onHand, l.averageMilli, l.weighed);
        out.append(l);
    }
    q.finish();
    return out;
}

} // namespace omnitill
