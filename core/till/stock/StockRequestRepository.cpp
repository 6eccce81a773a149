#include "StockRequestRepository.h"
#include "StockRequestEvents.h"

#include "common/Clock.h"
#include "outbox/Outbox.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace omnitill {

namespace {
const QString kColumns =
    QStringLiteral("r.id, r.number, r.kind, r.source, r.destination, r.status, r.note, r.created_at, r.updated_at, r.body,"
                   " r.outbox_seq IS NOT NULL AND r.outbox_seq > ? AS unsent, c.reason AS conflict");
const QString kFrom = QStringLiteral(" FROM stock_requests r LEFT JOIN sync_conflicts c ON c.device_seq = r.outbox_seq");

QList<ShippedItem> shipmentOf(const protocol::StockRequestDocument& doc)
{
    QList<ShippedItem> items;
    if (!doc.shipment)
        return items;
    for (const protocol::ShipmentLine& l : doc.shipment->lines) {
        ShippedItem item;
        item.sku = l.sku;
        item.quantity = l.quantity;
        item.batch = l.batch;
        const QDate expiry = QDate::fromString(l.expiry, Qt::ISODate);
        if (expiry.isValid())
            item.expiry = expiry;
        item.unitCost = l.unitCost;
        items.append(item);
    }
    return items;
}

StockRequest fromRow(const QSqlQuery& q)
{
    StockRequest r;
    r.id = q.value(QStringLiteral("id")).toString();
    r.number = q.value(QStringLiteral("number")).toString();
    r.kind = q.value(QStringLiteral("kind")).toString() == protocol::StockRequestSubmittedEvent::kTransfer
                 ? StockRequest::Kind::Transfer
                 : StockRequest::Kind::Replenishment;
    r.source = q.value(QStringLiteral("source")).toString();
    r.destination = q.value(QStringLiteral("destination")).toString();
    r.status = StockRequest::statusFromName(q.value(QStringLiteral("status")).toString()).value_or(StockRequest::Status::Submitted);
    r.note = q.value(QStringLiteral("note")).toString();
    r.createdAt = QDateTime::fromString(q.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    r.updatedAt = QDateTime::fromString(q.value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs);
    const protocol::StockRequestDocument hubView =
        protocol::StockRequestDocument::fromJson(QJsonDocument::fromJson(q.value(QStringLiteral("body")).toString().toUtf8()).object());
    r.shipment = shipmentOf(hubView);
    r.waitingToSend = q.value(QStringLiteral("unsent")).toBool();
    r.problem = q.value(QStringLiteral("conflict")).toString();
    if (r.problem.isEmpty())
        r.problem = hubView.reason;
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
    const protocol::StockRequestDocument doc = protocol::StockRequestDocument::fromJson(body);
    const QString& id = doc.id;
    const std::optional<StockRequest::Status> hubStatus = StockRequest::statusFromName(doc.status);
    if (id.isEmpty() || !hubStatus)
        return; // a form this till cannot read changes nothing
    const QString json = QString::fromUtf8(QJsonDocument(doc.toJson()).toJson(QJsonDocument::Compact));
    const QString updated = doc.updatedAt.isNull() ? QStringLiteral("") : doc.updatedAt;
    const auto notNull = [](const QString& s) { return s.isNull() ? QStringLiteral("") : s; };
    const QVariant current = m_db.scalar(QStringLiteral("SELECT status FROM stock_requests WHERE id = ?"), {id});
    if (!current.isValid()) {
        m_db.exec(
            QStringLiteral("INSERT INTO stock_requests(id, number, kind, source, destination, status, note, created_at, updated_at, body)"
                           " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, notNull(doc.number),
             StockRequest::kindName(doc.kind == protocol::StockRequestSubmittedEvent::kTransfer ? StockRequest::Kind::Transfer
                                                                                                : StockRequest::Kind::Replenishment),
             notNull(doc.source), notNull(doc.storeId), StockRequest::statusName(*hubStatus), notNull(doc.note), notNull(doc.createdAt),
             updated, json});
    } else {
        const auto local = StockRequest::statusFromName(current.toString()).value_or(StockRequest::Status::Submitted);
        const bool forward = StockRequest::rank(*hubStatus) >= StockRequest::rank(local);
        m_db.exec(QStringLiteral("UPDATE stock_requests SET status = ?, updated_at = ?, body = ? WHERE id = ?"),
                  {StockRequest::statusName(forward ? *hubStatus : local), updated, json, id});
    }
    for (const protocol::StockRequestLine& l : doc.lines) {
        const QVariant productId = m_db.scalar(QStringLiteral("SELECT id FROM products WHERE sku = ?"), {l.sku});
        m_db.exec(QStringLiteral("INSERT INTO stock_request_lines(request_id, sku, product_id, requested, approved, shipped, received)"
                                 " VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(request_id, sku) DO UPDATE SET requested = excluded.requested,"
                                 " approved = excluded.approved, shipped = excluded.shipped,"
                                 " received = max(stock_request_lines.received, excluded.received)"),
                  {id, notNull(l.sku), productId, std::max<qint64>(0, l.requested), l.approved ? QVariant(*l.approved) : QVariant(),
                   l.shipped, l.received});
    }
}

void StockRequestRepository::setStatus(const QString& id, StockRequest::Status status, const QString& at)
{
    m_db.exec(QStringLiteral("UPDATE stock_requests SET status = ?, updated_at = ? WHERE id = ?"),
              {StockRequest::statusName(status), at, id});
}

void StockRequestRepository::loadLines(StockRequest& request)
{
    QSqlQuery& q = m_db.exec(
        QStringLiteral("SELECT l.product_id, l.sku, coalesce(p.name_en, '') AS name, l.requested, l.approved, l.shipped, l.received"
                       " FROM stock_request_lines l LEFT JOIN products p ON p.id = l.product_id"
                       " WHERE l.request_id = ? ORDER BY l.sku"),
        {request.id});
    while (q.next()) {
        StockRequestLine l;
        l.productId = q.value(QStringLiteral("product_id")).toLongLong();
        l.sku = q.value(QStringLiteral("sku")).toString();
        l.name = q.value(QStringLiteral("name")).toString();
        l.requested = q.value(QStringLiteral("requested")).toLongLong();
        if (!q.value(QStringLiteral("approved")).isNull())
            l.approved = q.value(QStringLiteral("approved")).toLongLong();
        l.shipped = q.value(QStringLiteral("shipped")).toLongLong();
        l.received = q.value(QStringLiteral("received")).toLongLong();
        request.lines.append(l);
    }
    q.finish();
}

std::optional<StockRequest> StockRequestRepository::find(const QString& id)
{
    QSqlQuery& q =
        m_db.exec(QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral(" WHERE r.id = ?"), {Outbox::heldUpTo(m_db), id});
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
                             {Outbox::heldUpTo(m_db), limit});
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
                       " ELSE coalesce(l.approved, l.requested) END - l.received)) AS outstanding"
                       " FROM stock_request_lines l JOIN stock_requests r ON r.id = l.request_id"
                       " WHERE r.destination = ? AND r.status IN ('submitted', 'approved', 'shipped') AND l.product_id IS NOT NULL"
                       " GROUP BY l.product_id"),
        {storeCode});
    while (q.next())
        out.insert(q.value(QStringLiteral("product_id")).toLongLong(), q.value(QStringLiteral("outstanding")).toLongLong());
    q.finish();
    return out;
}

} // namespace omnitill
