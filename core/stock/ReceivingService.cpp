#include "ReceivingService.h"

#include "MovingAverageCost.h"
#include "StockLedger.h"
#include "barcode/BarcodeParser.h"
#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "outbox/Outbox.h"
#include "sale/SaleService.h"
#include "staff/StaffService.h"
#include "store/Database.h"

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
    if (!session.isValid())
        throw DomainError(QStringLiteral("auth.no_session"), Tr::tr("Nobody is logged in"));
    if (session.training)
        throw DomainError(QStringLiteral("stock.training"), Tr::tr("Stock is real: leave training mode to receive goods"));
    const std::optional<Approval> approval = m_staff.authorize(session, Action::StockManage, approverPin);
    if (reason.trimmed().isEmpty())
        throw DomainError(QStringLiteral("stock.reason"), Tr::tr("Say why a delivery nobody announced is taken in"));
    if (lines.isEmpty())
        throw DomainError(QStringLiteral("stock.empty"), Tr::tr("The delivery has no goods"));

    Transaction tx(m_db);
    StockLedger ledger(m_db, m_clock);
    CompletedReceipt done;
    done.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = isoUtc(m_clock.nowUtc());
    QJsonArray body;
    for (const ReceivedLine& l : lines) {
        const std::optional<Product> p = m_catalog.findById(l.productId);
        if (!p || l.quantity <= 0 || l.quantity > 100000000 || l.unitCost < 0)
            throw DomainError(QStringLiteral("stock.line"), Tr::tr("Each line needs a known product, a quantity and a cost"));
        const bool weighed = p->unit == Unit::Weight;
        // Stock whose cost was never recorded (opening stock) takes the first known cost.
        const bool costKnown = m_db.scalar(QStringLiteral("SELECT 1 FROM product_costs WHERE product_id = ?"), {p->id}).isValid();
        const qint64 average =
            MovingAverageCost::afterReceipt(costKnown ? ledger.onHand(p->id) : 0, averageCost(p->id), l.quantity, l.unitCost);
        done.value += MovingAverageCost::value(l.quantity, l.unitCost * MovingAverageCost::kScale, weighed);
        m_db.exec(QStringLiteral("INSERT INTO stock_movements(product_id, quantity_delta, reason, reference, created_at)"
                                 " VALUES(?, ?, 'receipt', ?, ?)"),
                  {p->id, l.quantity, done.id, now});
        m_db.exec(QStringLiteral("INSERT INTO stock_levels(product_id, quantity) VALUES(?, ?)"
                                 " ON CONFLICT(product_id) DO UPDATE SET quantity = quantity + excluded.quantity"),
                  {p->id, l.quantity});
        m_db.exec(QStringLiteral("INSERT INTO product_costs(product_id, average_milli, updated_at) VALUES(?, ?, ?)"
                                 " ON CONFLICT(product_id) DO UPDATE SET average_milli = excluded.average_milli, updated_at = excluded.updated_at"),
                  {p->id, average, now});
        if (!l.batch.isEmpty() || l.expiry)
            m_db.exec(QStringLiteral("INSERT INTO stock_batches(product_id, batch, expiry, quantity, received_at) VALUES(?, ?, ?, ?, ?)"),
                      {p->id, l.batch, l.expiry ? QVariant(l.expiry->toString(Qt::ISODate)) : QVariant(), l.quantity, now});
        QJsonObject line{{QStringLiteral("sku"), p->sku}, {QStringLiteral("quantity"), l.quantity}, {QStringLiteral("unit_cost"), l.unitCost}};
        if (!l.batch.isEmpty())
            line.insert(QStringLiteral("batch"), l.batch);
        if (l.expiry)
            line.insert(QStringLiteral("expiry"), l.expiry->toString(Qt::ISODate));
        body.append(line);
    }
    const QJsonObject event{{QStringLiteral("receipt_id"), done.id},
                            {QStringLiteral("reference"), reference.trimmed()},
                            {QStringLiteral("reason"), reason.trimmed()},
                            {QStringLiteral("expected"), false},
                            {QStringLiteral("staff_id"), session.staffId},
                            {QStringLiteral("approved_by"), approval ? approval->approverId : session.staffId},
                            {QStringLiteral("received_at"), now},
                            {QStringLiteral("value"), done.value},
                            {QStringLiteral("lines"), body}};
    const OutboxEvent sent = m_outbox.append(QStringLiteral("stock.received"), event);
    m_db.exec(QStringLiteral("INSERT INTO stock_receipts(id, reference, reason, staff_id, value, created_at, outbox_seq, body)"
                             " VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
              {done.id, reference.trimmed(), reason.trimmed(), session.staffId, done.value, now, sent.deviceSeq,
               QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact))});
    tx.commit();
    return done;
}

} // namespace omnitill
