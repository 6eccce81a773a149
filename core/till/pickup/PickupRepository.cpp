#include "PickupRepository.h"
#include "OnlineOrder.h"

#include "catalog/CatalogRepository.h"
#include "common/LikePattern.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace omnitill {

namespace {
// The one rule for where an order stands, used for the list and for a single order. The hub's
// word on cancellation wins over the desk's progress until the goods have left.
const QString kStatusSql = QStringLiteral("CASE WHEN p.status = 'collected' OR o.status = 'collected' THEN 'collected'"
                                          " WHEN p.status = 'restocked' OR o.status = 'returned' THEN 'restocked'"
                                          " WHEN o.status = 'cancelled' THEN 'cancelled'"
                                          " WHEN p.status = 'ready' OR (p.status IS NULL AND o.status = 'ready') THEN"
                                          "  CASE WHEN coalesce(p.ready_at, o.updated_at) < ? THEN 'overdue' ELSE 'ready' END"
                                          " WHEN p.status = 'picking' THEN 'picking' ELSE 'to_pick' END");

QDateTime timeOf(const QVariant& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
} // namespace

QList<PickupSummary> PickupRepository::list(const PickupSearch& search, const QString& overdueBefore)
{
    QString sql = QStringLiteral("SELECT o.id, o.number, o.customer_name, o.phone, o.paid, o.total, o.currency,"
                                 " json_extract(o.body, '$.created_at') AS created_at, %1 AS st FROM online_orders o"
                                 " LEFT JOIN pickups p ON p.order_id = o.id")
                      .arg(kStatusSql);
    QVariantList bindings{overdueBefore};
    QStringList where;
    const QString text = search.text.trimmed();
    if (!text.isEmpty()) {
        const QString digits = QString(text).remove(QRegularExpression(QStringLiteral("[^0-9]")));
        QString match = QStringLiteral("o.number LIKE ? ESCAPE '\\' OR o.customer_name LIKE ? ESCAPE '\\'");
        bindings << likeEscaped(text) + QLatin1Char('%') << QLatin1Char('%') + likeEscaped(text) + QLatin1Char('%');
        static const QRegularExpression phoneLike(QStringLiteral("^[0-9 +()-]+$"));
        if (digits.size() >= 3 && phoneLike.match(text).hasMatch()) {
            match += QStringLiteral(" OR replace(replace(o.phone, ' ', ''), '-', '') LIKE ?");
            bindings << QLatin1Char('%') + digits;
        }
        where << QLatin1Char('(') + match + QLatin1Char(')');
    }
    if (search.status) {
        where << QStringLiteral("st = ?");
        bindings << pickupStatusName(*search.status);
    } else if (search.openOnly) {
        where << QStringLiteral("st IN ('to_pick', 'picking', 'ready', 'overdue')");
    }
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY o.number LIMIT ?");
    bindings << std::clamp(search.limit, 1, 5000);
    QList<PickupSummary> out;
    QSqlQuery& q = m_db.exec(sql, bindings);
    while (q.next()) {
        PickupSummary s;
        s.id = q.value(QStringLiteral("id")).toString();
        s.number = q.value(QStringLiteral("number")).toString();
        s.customerName = q.value(QStringLiteral("customer_name")).toString();
        s.phone = q.value(QStringLiteral("phone")).toString();
        s.paid = q.value(QStringLiteral("paid")).toInt() != 0;
        s.total = q.value(QStringLiteral("total")).toLongLong();
        s.currency = q.value(QStringLiteral("currency")).toString();
        s.createdAt = timeOf(q.value(QStringLiteral("created_at")));
        s.status = pickupStatusFromName(q.value(QStringLiteral("st")).toString());
        out.append(s);
    }
    q.finish();
    return out;
}

QHash<PickupStatus, int> PickupRepository::counts(const QString& overdueBefore)
{
    QHash<PickupStatus, int> out;
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT %1 AS st, count(*) AS n FROM online_orders o LEFT JOIN pickups p ON p.order_id = o.id"
                                            " GROUP BY st")
                                 .arg(kStatusSql),
                             {overdueBefore});
    while (q.next())
        out.insert(pickupStatusFromName(q.value(QStringLiteral("st")).toString()), q.value(QStringLiteral("n")).toInt());
    q.finish();
    return out;
}

std::optional<PickupOrder> PickupRepository::find(const QString& orderId, const QString& overdueBefore)
{
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT o.id, o.store_id, o.number, o.status, o.customer_name, o.phone, o.paid, o.currency,"
                                            " o.total, o.body, p.order_id AS local, p.ready_at, p.collected_at, p.sale_id, p.refund_due,"
                                            " %1 AS st FROM online_orders o LEFT JOIN pickups p ON p.order_id = o.id WHERE o.id = ?")
                                 .arg(kStatusSql),
                             {overdueBefore, orderId});
    if (!q.next()) {
        q.finish();
        return std::nullopt;
    }
    PickupOrder o;
    o.id = q.value(QStringLiteral("id")).toString();
    o.storeId = q.value(QStringLiteral("store_id")).toString();
    o.number = q.value(QStringLiteral("number")).toString();
    o.hubStatus = q.value(QStringLiteral("status")).toString();
    o.customerName = q.value(QStringLiteral("customer_name")).toString();
    o.phone = q.value(QStringLiteral("phone")).toString();
    o.paid = q.value(QStringLiteral("paid")).toInt() != 0;
    o.currency = q.value(QStringLiteral("currency")).toString();
    o.total = q.value(QStringLiteral("total")).toLongLong();
    const protocol::OnlineOrder sent =
        protocol::OnlineOrder::fromJson(QJsonDocument::fromJson(q.value(QStringLiteral("body")).toString().toUtf8()).object());
    const bool local = !q.value(QStringLiteral("local")).isNull();
    o.readyAt = timeOf(q.value(QStringLiteral("ready_at")));
    o.collectedAt = timeOf(q.value(QStringLiteral("collected_at")));
    o.saleId = q.value(QStringLiteral("sale_id")).toString();
    o.refundDue = q.value(QStringLiteral("refund_due")).toLongLong();
    o.status = pickupStatusFromName(q.value(QStringLiteral("st")).toString());
    q.finish();
    o.pickupToken = sent.pickupToken;
    o.createdAt = QDateTime::fromString(sent.createdAt, Qt::ISODateWithMs);
    for (const protocol::OnlineOrderLine& l : sent.lines) {
        PickupLine line;
        line.line = int(o.lines.size()) + 1;
        line.sku = l.sku;
        line.name = l.name;
        line.ordered = l.quantity;
        line.unitPrice = l.unitPrice;
        line.total = l.total;
        line.productId = m_catalog.idForSku(line.sku);
        if (const std::optional<Product> p = line.productId ? m_catalog.findById(line.productId) : std::nullopt)
            line.unit = p->unit;
        o.lines.append(line);
    }
    const auto applyPicked = [&](const protocol::PickupEventLine& picked, qint64 substituteProductId) {
        if (picked.line < 1 || picked.line > o.lines.size())
            return;
        PickupLine& line = o.lines[picked.line - 1];
        line.picked = picked.picked;
        line.shortConsent = picked.shortConsent;
        line.substituteProductId = substituteProductId;
        line.substituteQuantity = picked.substituteQuantity;
        line.substituteUnitPrice = picked.substituteUnitPrice;
        line.substituteConsent = picked.substituteConsent;
        line.refused = picked.refused;
        if (const std::optional<Product> p = substituteProductId ? m_catalog.findById(substituteProductId) : std::nullopt) {
            line.substituteSku = p->sku;
            line.substituteName = p->name(QStringLiteral("en"));
        }
    };
    if (local) {
        QSqlQuery& l = m_db.exec(QStringLiteral("SELECT line_no, picked, short_consent, substitute_product_id, substitute_quantity,"
                                                " substitute_price, substitute_consent, refused FROM pickup_lines WHERE order_id = ?"),
                                 {orderId});
        while (l.next()) {
            protocol::PickupEventLine picked;
            picked.line = l.value(QStringLiteral("line_no")).toInt();
            picked.picked = l.value(QStringLiteral("picked")).toLongLong();
            picked.shortConsent = l.value(QStringLiteral("short_consent")).toString();
            picked.substituteQuantity = l.value(QStringLiteral("substitute_quantity")).toLongLong();
            picked.substituteUnitPrice = l.value(QStringLiteral("substitute_price")).toLongLong();
            picked.substituteConsent = l.value(QStringLiteral("substitute_consent")).toString();
            picked.refused = l.value(QStringLiteral("refused")).toInt() != 0;
            applyPicked(picked, l.value(QStringLiteral("substitute_product_id")).toLongLong());
        }
        l.finish();
    } else {
        // Picked at another device of this store: the hub passed on what was picked (not refused:
        // that is decided at the hand-over, here).
        for (protocol::PickupEventLine picked : sent.picked) {
            picked.refused = false;
            applyPicked(picked, m_catalog.idForSku(picked.substituteSku));
        }
    }
    return o;
}

bool PickupRepository::hasOrder(const QString& orderId)
{
    return m_db.scalar(QStringLiteral("SELECT 1 FROM online_orders WHERE id = ?"), {orderId}).isValid();
}

QList<std::pair<QString, QString>> PickupRepository::ordersNumbered(const QString& number)
{
    QList<std::pair<QString, QString>> out;
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT id, phone FROM online_orders WHERE number = ?"), {number});
    while (q.next())
        out.append({q.value(QStringLiteral("id")).toString(), q.value(QStringLiteral("phone")).toString()});
    q.finish();
    return out;
}

bool PickupRepository::isStarted(const QString& orderId)
{
    return m_db.scalar(QStringLiteral("SELECT 1 FROM pickups WHERE order_id = ?"), {orderId}).isValid();
}

void PickupRepository::start(const PickupOrder& order, qint64 staffId, const QString& at)
{
    const bool ready = order.status == PickupStatus::Ready || order.status == PickupStatus::Overdue;
    m_db.exec(QStringLiteral("INSERT INTO pickups(order_id, status, started_at, started_by, ready_at) VALUES(?, ?, ?, ?, ?)"),
              {order.id, ready ? QStringLiteral("ready") : QStringLiteral("picking"), at, staffId, ready ? QVariant(at) : QVariant()});
    for (const PickupLine& l : order.lines)
        m_db.exec(QStringLiteral("INSERT INTO pickup_lines(order_id, line_no, picked, short_consent, substitute_product_id,"
                                 " substitute_quantity, substitute_price, substitute_consent) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
                  {order.id, l.line, l.picked, textOrNull(l.shortConsent),
                   l.substituteProductId ? QVariant(l.substituteProductId) : QVariant(), l.substituteQuantity, l.substituteUnitPrice,
                   textOrNull(l.substituteConsent)});
}

void PickupRepository::setPicked(const QString& orderId, int line, qint64 picked)
{
    m_db.exec(QStringLiteral("UPDATE pickup_lines SET picked = ? WHERE order_id = ? AND line_no = ?"), {picked, orderId, line});
}

void PickupRepository::resetLine(const QString& orderId, int line)
{
    m_db.exec(QStringLiteral("UPDATE pickup_lines SET picked = 0, short_consent = NULL, substitute_product_id = NULL,"
                             " substitute_quantity = 0, substitute_price = 0, substitute_consent = NULL"
                             " WHERE order_id = ? AND line_no = ?"),
              {orderId, line});
    m_db.exec(QStringLiteral("UPDATE pickups SET status = 'picking', ready_at = NULL WHERE order_id = ?"), {orderId});
}

void PickupRepository::setShortConsent(const QString& orderId, int line, const QString& consent)
{
    m_db.exec(QStringLiteral("UPDATE pickup_lines SET short_consent = ? WHERE order_id = ? AND line_no = ?"), {consent, orderId, line});
}

void PickupRepository::setSubstitute(const QString& orderId, int line, qint64 productId, qint64 quantity, qint64 unitPrice,
                                     const QString& consent)
{
    m_db.exec(QStringLiteral("UPDATE pickup_lines SET substitute_product_id = ?, substitute_quantity = ?, substitute_price = ?,"
                             " substitute_consent = ? WHERE order_id = ? AND line_no = ?"),
              {productId, quantity, unitPrice, consent, orderId, line});
}

void PickupRepository::setReady(const QString& orderId, const QString& at)
{
    m_db.exec(QStringLiteral("UPDATE pickups SET status = 'ready', ready_at = ? WHERE order_id = ?"), {at, orderId});
}

void PickupRepository::setRefused(const PickupOrder& order)
{
    for (const PickupLine& l : order.lines)
        m_db.exec(QStringLiteral("UPDATE pickup_lines SET refused = ? WHERE order_id = ? AND line_no = ?"),
                  {l.refused ? 1 : 0, order.id, l.line});
}

void PickupRepository::setCollected(const QString& orderId, const QString& at, qint64 staffId, const QString& saleId, qint64 refundDue,
                                    qint64 outboxSeq)
{
    m_db.exec(QStringLiteral("UPDATE pickups SET status = 'collected', collected_at = ?, collected_by = ?, sale_id = ?, refund_due = ?,"
                             " outbox_seq = ? WHERE order_id = ?"),
              {at, staffId, textOrNull(saleId), refundDue, outboxSeq, orderId});
}

void PickupRepository::setRestocked(const QString& orderId, const QString& at)
{
    m_db.exec(QStringLiteral("UPDATE pickups SET status = 'restocked', collected_at = ? WHERE order_id = ?"), {at, orderId});
}

} // namespace omnitill
