#include "ReplenishmentPlanner.h"

#include "StockLedger.h"
#include "StockRequestService.h"
#include "common/Clock.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "staff/StaffService.h"
#include "store/Database.h"

namespace omnitill {

void ReplenishmentPlanner::setRule(const Session& session, qint64 productId, const ReorderRule& rule, const QString& approverPin)
{
    m_staff.authorize(session, Action::StockManage, approverPin);
    if (rule.min < 0 || rule.max < 0 || (rule.max > 0 && rule.max < rule.min) || rule.packSize <= 0 || rule.leadTimeDays < 0 ||
        rule.reviewDays < 0 || rule.reorderPoint < -1)
        throw DomainError(QStringLiteral("stock.rule"),
                          Tr::tr("A restocking rule needs min ≤ max, a pack of at least 1 and no negative days"));
    if (!m_db.scalar(QStringLiteral("SELECT 1 FROM products WHERE id = ?"), {productId}).isValid())
        throw DomainError(QStringLiteral("catalog.unknown_product"), Tr::tr("Unknown product: %1").arg(productId));
    Transaction tx(m_db);
    m_db.exec(QStringLiteral("INSERT INTO stock_rules(product_id, min_qty, max_qty, reorder_point, pack_size, lead_time_days, review_days)"
                             " VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(product_id) DO UPDATE SET min_qty = excluded.min_qty,"
                             " max_qty = excluded.max_qty, reorder_point = excluded.reorder_point, pack_size = excluded.pack_size,"
                             " lead_time_days = excluded.lead_time_days, review_days = excluded.review_days"),
              {productId, rule.min, rule.max, rule.reorderPoint, rule.packSize, rule.leadTimeDays, rule.reviewDays});
    tx.commit();
}

ReorderRule ReplenishmentPlanner::rule(qint64 productId)
{
    ReorderRule r;
    QSqlQuery& q =
        m_db.exec(QStringLiteral("SELECT min_qty, max_qty, reorder_point, pack_size, lead_time_days, review_days FROM stock_rules"
                                 " WHERE product_id = ?"),
                  {productId});
    if (q.next())
        r = {q.value(QStringLiteral("min_qty")).toLongLong(),       q.value(QStringLiteral("max_qty")).toLongLong(),
             q.value(QStringLiteral("reorder_point")).toLongLong(), q.value(QStringLiteral("pack_size")).toLongLong(),
             q.value(QStringLiteral("lead_time_days")).toInt(),     q.value(QStringLiteral("review_days")).toInt()};
    q.finish();
    return r;
}

QList<ReplenishmentLine> ReplenishmentPlanner::suggestions(int windowDays)
{
    windowDays = std::max(windowDays, 1);
    const QString since = isoUtc(m_clock.nowUtc().addDays(-windowDays));
    const QHash<qint64, qint64> inbound = m_requests.inbound();
    // One pass over the window's movements (by their time) for sales less returns per product;
    // on hand from the cached levels StockLedger::book keeps with each movement. A year of a busy
    // store's ledger is millions of rows: nothing here reads all of it (the unary + keeps SQLite
    // from walking the whole ledger in product order to save itself a sort).
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT p.id, p.sku, p.name_en, coalesce(l.quantity, 0) AS on_hand,"
                                            " coalesce(d.demand, 0) AS demand,"
                                            " r.min_qty, r.max_qty, r.reorder_point, r.pack_size, r.lead_time_days, r.review_days"
                                            " FROM products p LEFT JOIN stock_rules r ON r.product_id = p.id"
                                            " LEFT JOIN (SELECT product_id, -sum(quantity_delta) AS demand,"
                                            "   max(reason IN ('sale', 'pickup')) AS sold FROM stock_movements"
                                            "   WHERE created_at >= ? AND reason IN %1 GROUP BY +product_id) d ON d.product_id = p.id"
                                            " LEFT JOIN stock_levels l ON l.product_id = p.id"
                                            " WHERE r.product_id IS NOT NULL OR d.sold = 1"
                                            " ORDER BY p.sku")
                                 .arg(StockLedger::demandReasons()),
                             {since});
    QList<ReplenishmentLine> out;
    while (q.next()) {
        ReplenishmentLine line;
        line.productId = q.value(QStringLiteral("id")).toLongLong();
        line.sku = q.value(QStringLiteral("sku")).toString();
        line.name = q.value(QStringLiteral("name_en")).toString();
        line.position = {q.value(QStringLiteral("on_hand")).toLongLong(), inbound.value(line.productId),
                         std::max<qint64>(0, q.value(QStringLiteral("demand")).toLongLong()), windowDays};
        ReorderRule rule;
        if (!q.value(QStringLiteral("min_qty")).isNull())
            rule = {q.value(QStringLiteral("min_qty")).toLongLong(),       q.value(QStringLiteral("max_qty")).toLongLong(),
                    q.value(QStringLiteral("reorder_point")).toLongLong(), q.value(QStringLiteral("pack_size")).toLongLong(),
                    q.value(QStringLiteral("lead_time_days")).toInt(),     q.value(QStringLiteral("review_days")).toInt()};
        line.suggestion = ReplenishmentPolicy::suggest(rule, line.position);
        if (line.suggestion.quantity > 0)
            out.append(line);
    }
    q.finish();
    return out;
}

} // namespace omnitill
