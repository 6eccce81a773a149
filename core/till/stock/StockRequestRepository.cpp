#include "StockRequestRepository.h"

#include "common/Clock.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace omnitill {

namespace {
const QString kColumns =
    QStringLiteral("r.id, r.number, r.kind, r.source, r.destination, r.status, r.note, r.created_at, r.updated_at, r.body,"
                   " o.device_seq IS NOT NULL AND o.acked_at IS NULL, c.reason");
const QString kFrom = QStringLiteral(" FROM stock_requests r LEFT JOIN outbox o ON o.device_seq = r.outbox_seq"
                                     " LEFT JOIN sync_conflicts c ON c.device_seq = r.outbox_seq");

QList<ShippedItem> shipmentOf(const QJsonObject& body)
{
    QList<ShippedItem> items;
    for (const QJsonValue& v : body.value(QStringLiteral("shipment")).toObject().value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        ShippedItem item;
        item.sku = l.value(QStringLiteral("sku")).toString();
        item.quantity = l.value(QStringLiteral("quantity")).toInteger();
        item.batch = l.value(QStringLiteral("batch")).toString();
        const QDate expiry = QDate::fromString(l.value(QStringLiteral("expiry")).toString(), Qt::ISODate);
        if (expiry.isValid())
            item.expiry = expiry;
        item.unitCost = l.value(QStringLiteral("unit_cost")).toInteger();
        items.append(item);
    }
    return items;
}

StockRequest fromRow(const QSqlQuery& q)
{
    StockRequest r;
    r.id = q.value(0).toString();
    r.number = q.value(1).toString();
    r.kind = q.value(2).toString() == QLatin1String("transfer") ? StockRequest::Kind::Transfer : StockRequest::Kind::Replenishment;
    r.source = q.value(3).toString();
    r.destination = q.value(4).toString();
    r.status = StockRequest::statusFromName(q.value(5).toString()).value_or(StockRequest::Status::Submitted);
    r.note = q.value(6).toString();
    r.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    r.updatedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    const QJsonObject body = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    r.shipment = shipmentOf(body);
    r.waitingToSend = q.value(10).toBool();
    r.problem = q.value(11).toString();
    if (r.problem.isEmpty())
        r.problem = body.value(QStringLiteral("reason")).toString();
    return r;
}
} // namespace

void StockRequestRepository::insert(const StockRequest& request, qint64 staffId, qint64 outboxSeq)
{
    const QString created = isoUtc(request.createdAt);
    m_db.exec(QStringLiteral("INSERT INTO stock_requests(id, number, kind, source, destination, status, note, staff_id, created_at,"
                             " updated_at, outbox_seq, body) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}')"),
              {request.id, request.number, StockRequest::kindName(request.kind), request.source, request.destination,
               StockRequest::statusName(request.status), request.note.isEmpty() ? QStringLiteral("") : request.note,
               staffId > 0 ? QVariant(staffId) : QVariant(), created, created, outboxSeq > 0 ? QVariant(outboxSeq) : QVariant()});
    for (const StockRequestLine& l : request.lines)
        m_db.exec(QStringLiteral("INSERT INTO stock_request_lines(request_id, sku, product_id, requested) VALUES(?, ?, ?, ?)"),
                  {request.id, l.sku, l.productId > 0 ? QVariant(l.productId) : QVariant(), l.requested});
}

void StockRequestRepository::applyHubView(const QJsonObject& body)
{
    const QString id = body.value(QStringLiteral("id")).toString();
    const std::optional<StockRequest::Status> hubStatus = StockRequest::statusFromName(body.value(QStringLiteral("status")).toString());
    if (id.isEmpty() || !hubStatus)
        return; // a form this till cannot read changes nothing
    const QString json = QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
    const QString updated = body.value(QStringLiteral("updated_at")).toString();
    const QVariant current = m_db.scalar(QStringLiteral("SELECT status FROM stock_requests WHERE id = ?"), {id});
    if (!current.isValid()) {
        m_db.exec(
            QStringLiteral("INSERT INTO stock_requests(id, number, kind, source, destination, status, note, created_at, updated_at, body)"
                           " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, body.value(QStringLiteral("number")).toString(),
             body.value(QStringLiteral("kind")).toString() == QLatin1String("transfer") ? QStringLiteral("transfer")
                                                                                        : QStringLiteral("replenishment"),
             body.value(QStringLiteral("source")).toString(), body.value(QStringLiteral("store_id")).toString(),
             StockRequest::statusName(*hubStatus), body.value(QStringLiteral("note")).toString(QStringLiteral("")),
             body.value(QStringLiteral("created_at")).toString(), updated, json});
    } else {
        const auto local = StockRequest::statusFromName(current.toString()).value_or(StockRequest::Status::Submitted);
        const bool forward = StockRequest::rank(*hubStatus) >= StockRequest::rank(local);
        m_db.exec(QStringLiteral("UPDATE stock_requests SET status = ?, updated_at = ?, body = ? WHERE id = ?"),
                  {StockRequest::statusName(forward ? *hubStatus : local), updated, json, id});
    }
    for (const QJsonValue& v : body.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        const QString sku = l.value(QStringLiteral("sku")).toString();
        const QVariant productId = m_db.scalar(QStringLiteral("SELECT id FROM products WHERE sku = ?"), {sku});
        const QJsonValue approved = l.value(QStringLiteral("approved"));
        m_db.exec(QStringLiteral("INSERT INTO stock_request_lines(request_id, sku, product_id, requested, approved, shipped, received)"
                                 " VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(request_id, sku) DO UPDATE SET requested = excluded.requested,"
                                 " approved = excluded.approved, shipped = excluded.shipped,"
                                 " received = max(stock_request_lines.received, excluded.received)"),
                  {id, sku, productId, std::max<qint64>(0, l.value(QStringLiteral("requested")).toInteger()),
                   approved.isDouble() ? QVariant(approved.toInteger()) : QVariant(), l.value(QStringLiteral("shipped")).toInteger(),
                   l.value(QStringLiteral("received")).toInteger()});
    }
}

void StockRequestRepository::setStatus(const QString& id, StockRequest::Status status, const QString& at)
{
    m_db.exec(QStringLiteral("UPDATE stock_requests SET status = ?, updated_at = ? WHERE id = ?"),
              {StockRequest::statusName(status), at, id});
}

void StockRequestRepository::loadLines(StockRequest& request)
{
    QSqlQuery& q =
        m_db.exec(QStringLiteral("SELECT l.product_id, l.sku, coalesce(p.name_en, ''), l.requested, l.approved, l.shipped, l.received"
                                 " FROM stock_request_lines l LEFT JOIN products p ON p.id = l.product_id"
                                 " WHERE l.request_id = ? ORDER BY l.sku"),
                  {request.id});
    while (q.next()) {
        StockRequestLine l;
        l.productId = q.value(0).toLongLong();
        l.sku = q.value(1).toString();
        l.name = q.value(2).toString();
        l.requested = q.value(3).toLongLong();
        if (!q.value(4).isNull())
            l.approved = q.value(4).toLongLong();
        l.shipped = q.value(5).toLongLong();
        l.received = q.value(6).toLongLong();
        request.lines.append(l);
    }
    q.finish();
}

std::optional<StockRequest> StockRequestRepository::find(const QString& id)
{
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral(" WHERE r.id = ?"), {id});
    if (!q.next()) {
        q.finish();
        return std::nullopt;
    }
    StockRequest r = fromRow(q);
    q.finish();
    loadLines(r);
    return r;
}

QList<StockRequest> StockRequestRepository::list(bool openOnly, int limit)
{
    QList<StockRequest> out;
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT ") + kColumns + kFrom +
                                 (openOnly ? QStringLiteral(" WHERE r.status IN ('submitted', 'approved', 'shipped')") : QString()) +
                                 QStringLiteral(" ORDER BY r.created_at DESC, r.number DESC LIMIT ?"),
                             {limit});
    while (q.next())
        out.append(fromRow(q));
    q.finish();
    for (StockRequest& r : out)
        loadLines(r);
    return out;
}

QHash<qint64, qint64> StockRequestRepository::inbound(const QString& storeCode)
{
    QHash<qint64, qint64> out;
    QSqlQuery& q = m_db.exec(
        QStringLiteral("SELECT l.product_id, sum(max(0, CASE WHEN r.status = 'shipped' THEN l.shipped"
                       " ELSE coalesce(l.approved, l.requested) END - l.received))"
                       " FROM stock_request_lines l JOIN stock_requests r ON r.id = l.request_id"
                       " WHERE r.destination = ? AND r.status IN ('submitted', 'approved', 'shipped') AND l.product_id IS NOT NULL"
                       " GROUP BY l.product_id"),
        {storeCode});
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    q.finish();
    return out;
}

} // namespace omnitill
