#include "ReceivingService.h"
#include "EventType.h"

#include "MovingAverageCost.h"
#include "StockLedger.h"
#include "StockPermission.h"
#include "StockRequestRepository.h"
#include "barcode/BarcodeParser.h"
#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "outbox/Outbox.h"
#include "sale/SaleService.h"
#include "staff/StaffService.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace omnitill {

ReceivedLine ReceivingService::lineFromScan(const QString& code)
{
    const auto [product, quantity] = m_sales.productForCode(code);
    const ScanCode scanned = m_sales.parser().parse(code, m_clock.nowUtc().date());
    ReceivedLine line;
    line.productId = product.id;
    line.quantity = quantity;
    line.batch = scanned.batch;
    line.expiry = scanned.expiry;
    return line;
}

qint64 ReceivingService::averageCost(qint64 productId)
{
    return m_db.scalar(QStringLiteral("SELECT average_milli FROM product_costs WHERE product_id = ?"), {productId}).toLongLong();
}

CompletedReceipt ReceivingService::receiveUnexpected(const Session& session, const QList<ReceivedLine>& lines, const QString& reason,
                                                     const QString& reference, const QString& approverPin)
{
    const std::optional<Approval> approval = authorizeStockChange(m_staff, session, approverPin);
    if (reason.trimmed().isEmpty())
        throw DomainError(QStringLiteral("stock.reason"), Tr::tr("Say why a delivery nobody announced is taken in"));
    if (lines.isEmpty())
        throw DomainError(QStringLiteral("stock.empty"), Tr::tr("The delivery has no goods"));
    Transaction tx(m_db);
    const CompletedReceipt done =
        book(session, approval, lines, {QStringLiteral("receipt"), reference.trimmed(), reason.trimmed(), {}, {}});
    tx.commit();
    return done;
}

CompletedReceipt ReceivingService::receiveExpected(const Session& session, const QString& requestId, const QList<ReceivedLine>& counted,
                                                   QList<ReceivingDiscrepancy>* discrepancies, const QString& approverPin)
{
    const std::optional<Approval> approval = authorizeStockChange(m_staff, session, approverPin);
    Transaction tx(m_db);
    StockRequestRepository requests(m_db);
    const std::optional<StockRequest> request = requests.find(requestId);
    if (!request || request->destination != m_settings.storeCode())
        throw DomainError(QStringLiteral("stock.unknown_request"), Tr::tr("Unknown stock request"));
    if (request->status == StockRequest::Status::Received)
        throw DomainError(QStringLiteral("stock.already_received"), Tr::tr("%1 was already received").arg(request->number));
    if (request->status != StockRequest::Status::Shipped)
        throw DomainError(QStringLiteral("stock.not_shipped"), Tr::tr("%1 has not been shipped yet").arg(request->number));

    // What was shipped per product, and the shipment's batches and costs to fill in what the
    // receiving clerk did not type.
    QHash<QString, QList<ShippedItem>> shippedBySku;
    for (const ShippedItem& item : request->shipment)
        shippedBySku[item.sku].append(item);
    QHash<qint64, qint64> receivedByProduct;
    QList<ReceivedLine> lines;
    for (ReceivedLine l : counted) {
        if (l.quantity < 0)
            throw DomainError(QStringLiteral("stock.line"), Tr::tr("Each line needs a known product, a quantity and a cost"));
        if (l.quantity == 0)
            continue;
        receivedByProduct[l.productId] += l.quantity;
        const std::optional<Product> p = m_catalog.findById(l.productId);
        const QList<ShippedItem> shipped = p ? shippedBySku.value(p->sku) : QList<ShippedItem>{};
        if (!shipped.isEmpty() && l.unitCost == 0)
            l.unitCost = shipped.first().unitCost;
        if (!l.batch.isEmpty() || l.expiry || shipped.isEmpty()) {
            lines.append(l);
            continue;
        }
        // Counted without its batch: it came as shipped, batch by batch; what is over the shipment
        // joins the last batch.
        qint64 left = l.quantity;
        for (qsizetype i = 0; i < shipped.size() && left > 0; ++i) {
            ReceivedLine part = l;
            part.quantity = i + 1 == shipped.size() ? left : std::min(left, shipped[i].quantity);
            part.batch = shipped[i].batch;
            part.expiry = shipped[i].expiry;
            if (part.quantity > 0)
                lines.append(part);
            left -= part.quantity;
        }
    }
    // Nothing arrived (a shipment lost on the way) is received too: as nothing, every line a difference.

    QList<ReceivingDiscrepancy> found;
    QSet<qint64> listed;
    for (const StockRequestLine& l : request->lines) {
        listed.insert(l.productId);
        const qint64 got = receivedByProduct.value(l.productId);
        if (l.productId > 0)
            m_db.exec(QStringLiteral("UPDATE stock_request_lines SET received = ? WHERE request_id = ? AND sku = ?"),
                      {got, requestId, l.sku});
        if (got != l.shipped)
            found.append({l.sku, l.shipped, got});
    }
    for (auto it = receivedByProduct.cbegin(); it != receivedByProduct.cend(); ++it) {
        if (listed.contains(it.key()))
            continue;
        const std::optional<Product> p = m_catalog.findById(it.key());
        found.append({p ? p->sku : QString::number(it.key()), 0, it.value()}); // sent though not asked for
    }
    if (discrepancies)
        *discrepancies = found;

    const CompletedReceipt done =
        book(session, approval, lines,
             {request->kind == StockRequest::Kind::Transfer ? QStringLiteral("transfer_in") : QStringLiteral("receipt"),
              request->number,
              {},
              requestId,
              found});
    requests.setStatus(requestId, StockRequest::Status::Received, isoUtc(m_clock.nowUtc()));
    tx.commit();
    return done;
}

CompletedReceipt ReceivingService::book(const Session& session, const std::optional<Approval>& approval, const QList<ReceivedLine>& lines,
                                        Booking booking)
{
    StockLedger ledger(m_db, m_clock);
    CompletedReceipt done;
    done.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = isoUtc(m_clock.nowUtc());
    protocol::StockReceivedEvent event;
    for (const ReceivedLine& l : lines) {
        const std::optional<Product> p = m_catalog.findById(l.productId);
        if (!p || l.quantity <= 0 || l.quantity > 100000000 || l.unitCost < 0)
            throw DomainError(QStringLiteral("stock.line"), Tr::tr("Each line needs a known product, a quantity and a cost"));
        if (l.batch.size() > 20)
            throw DomainError(QStringLiteral("stock.batch"), Tr::tr("A batch number has at most 20 characters (GS1 AI 10)"));
        const bool weighed = p->unit == Unit::Weight;
        // Stock whose cost was never recorded (opening stock) takes the first known cost.
        const bool costKnown = m_db.scalar(QStringLiteral("SELECT 1 FROM product_costs WHERE product_id = ?"), {p->id}).isValid();
        const qint64 average =
            MovingAverageCost::afterReceipt(costKnown ? ledger.onHand(p->id) : 0, averageCost(p->id), l.quantity, l.unitCost);
        done.value += MovingAverageCost::value(l.quantity, l.unitCost * MovingAverageCost::kScale, weighed);
        StockLedger::book(m_db, p->id, l.quantity, booking.reason, booking.requestId.isEmpty() ? done.id : booking.reference, now);
        m_db.exec(QStringLiteral(
                      "INSERT INTO product_costs(product_id, average_milli, updated_at) VALUES(?, ?, ?)"
                      " ON CONFLICT(product_id) DO UPDATE SET average_milli = excluded.average_milli, updated_at = excluded.updated_at"),
                  {p->id, average, now});
        if (!l.batch.isEmpty() || l.expiry)
            m_db.exec(QStringLiteral("INSERT INTO stock_batches(product_id, batch, expiry, quantity, received_at) VALUES(?, ?, ?, ?, ?)"),
                      {p->id, l.batch, l.expiry ? QVariant(l.expiry->toString(Qt::ISODate)) : QVariant(), l.quantity, now});
        event.lines.append({p->sku, l.quantity, l.unitCost, l.batch, l.expiry ? l.expiry->toString(Qt::ISODate) : QString()});
    }
    event.receiptId = done.id;
    event.reference = booking.reference;
    event.expected = !booking.requestId.isEmpty();
    event.staffId = session.staffId;
    event.approvedBy = approval ? approval->approverId : session.staffId;
    event.receivedAt = now;
    event.value = done.value;
    event.reason = booking.why;
    event.requestId = booking.requestId;
    event.discrepancies = booking.discrepancies;
    const QJsonObject json = event.toJson();
    const OutboxEvent sent = m_outbox.append(protocol::StockReceivedEvent::kType, json);
    m_db.exec(QStringLiteral("INSERT INTO stock_receipts(id, reference, reason, staff_id, value, created_at, outbox_seq, body, request_id)"
                             " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {done.id, booking.reference, booking.why, session.staffId, done.value, now, sent.deviceSeq,
               QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)),
               booking.requestId.isEmpty() ? QVariant() : QVariant(booking.requestId)});
    return done;
}

} // namespace omnitill
