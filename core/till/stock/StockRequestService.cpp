#include "StockRequestService.h"
#include "EventType.h"
#include "StockRequestEvents.h"

#include "MovingAverageCost.h"
#include "StockBatches.h"
#include "StockLedger.h"
#include "StockPermission.h"
#include "StockRequestRepository.h"
#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "outbox/Outbox.h"
#include "staff/StaffService.h"
#include "store/Counters.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

namespace omnitill {

namespace {
constexpr qint64 kMaxQuantity = 100000000;
constexpr int kMaxLines = 2000;
constexpr int kMaxText = 500;

protocol::StockRequestAnswerEvent answerTo(const StockRequest& r, const Session& session, const QString& at)
{
    protocol::StockRequestAnswerEvent answer;
    answer.requestId = r.id;
    answer.number = r.number;
    answer.staffId = session.staffId;
    answer.at = at;
    return answer;
}
} // namespace

StockRequest StockRequestService::submitReplenishment(const Session& session, const QList<RequestedQuantity>& lines, const QString& note,
                                                      const QString& approverPin)
{
    return create(session, StockRequest::Kind::Replenishment, QStringLiteral("warehouse"), lines, note, approverPin);
}

StockRequest StockRequestService::requestTransfer(const Session& session, const QString& fromStore, const QList<RequestedQuantity>& lines,
                                                  const QString& note, const QString& approverPin)
{
    const QString source = fromStore.trimmed();
    if (source.isEmpty() || source == m_settings.storeCode() || source == QLatin1String("warehouse"))
        throw DomainError(QStringLiteral("stock.transfer_source"), Tr::tr("Choose another store to transfer goods from"));
    return create(session, StockRequest::Kind::Transfer, source, lines, note, approverPin);
}

StockRequest StockRequestService::create(const Session& session, StockRequest::Kind kind, const QString& source,
                                         const QList<RequestedQuantity>& lines, const QString& note, const QString& approverPin)
{
    authorizeStockChange(m_staff, session, approverPin);
    if (note.size() > kMaxText)
        throw DomainError(QStringLiteral("stock.note"), Tr::tr("The note is too long"));
    StockRequest r;
    r.kind = kind;
    r.source = source;
    r.destination = m_settings.storeCode();
    r.note = note.trimmed();
    r.createdAt = m_clock.nowUtc();
    QHash<qint64, int> seen;
    for (const RequestedQuantity& q : lines) {
        if (q.quantity == 0)
            continue; // the manager struck the suggestion out
        const std::optional<Product> p = m_catalog.findById(q.productId);
        if (!p || q.quantity < 0 || q.quantity > kMaxQuantity)
            throw DomainError(QStringLiteral("stock.line"), Tr::tr("Each line needs a known product and a quantity"));
        if (seen.contains(p->id)) {
            r.lines[seen.value(p->id)].requested += q.quantity;
            continue;
        }
        seen.insert(p->id, int(r.lines.size()));
        r.lines.append({p->id, p->sku, p->nameEn, q.quantity, std::nullopt, 0, 0});
    }
    if (r.lines.isEmpty())
        throw DomainError(QStringLiteral("stock.empty"), Tr::tr("The request asks for nothing"));
    if (r.lines.size() > kMaxLines)
        throw DomainError(QStringLiteral("stock.too_many"), Tr::tr("A request holds at most %1 lines").arg(kMaxLines));

    Transaction tx(m_db);
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // "REQ-S1-T1-0007", "TRF-S1-T1-0008": a request never reads like a receipt ("S1-T1-R000007" is a refund).
    r.number =
        QStringLiteral("%1-%2-%3-%4")
            .arg(kind == StockRequest::Kind::Transfer ? QStringLiteral("TRF") : QStringLiteral("REQ"), r.destination, m_settings.tillCode())
            .arg(Counters(m_db).next(QStringLiteral("stock_request")), 4, 10, QLatin1Char('0'));
    protocol::StockRequestSubmittedEvent event{
        r.id, r.number, StockRequest::kindName(kind), r.destination, r.source, r.note, session.staffId, isoUtc(r.createdAt), {}};
    for (const StockRequestLine& l : r.lines)
        event.lines.append({l.sku, l.name, l.requested, std::nullopt, 0, 0});
    const OutboxEvent sent = m_outbox.append(event.type(), event.toJson());
    StockRequestRepository(m_db).insert(r, session.staffId, sent.deviceSeq);
    tx.commit();
    r.waitingToSend = true;
    return r;
}

StockRequest StockRequestService::request(const QString& id)
{
    std::optional<StockRequest> r = StockRequestRepository(m_db).find(id);
    if (!r)
        throw DomainError(QStringLiteral("stock.unknown_request"), Tr::tr("Unknown stock request"));
    return *r;
}

QList<StockRequest> StockRequestService::requests(bool openOnly)
{
    return StockRequestRepository(m_db).list(openOnly);
}

QHash<qint64, qint64> StockRequestService::inbound()
{
    return StockRequestRepository(m_db).inbound(m_settings.storeCode());
}

QStringList StockRequestService::otherStores()
{
    QStringList out;
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT DISTINCT store_id FROM remote_stock WHERE store_id <> ? ORDER BY store_id"),
                             {m_settings.storeCode()});
    while (q.next())
        out << q.value(QStringLiteral("store_id")).toString();
    q.finish();
    return out;
}

void StockRequestService::cancel(const Session& session, const QString& id, const QString& approverPin)
{
    authorizeStockChange(m_staff, session, approverPin);
    Transaction tx(m_db);
    const StockRequest r = request(id);
    if (r.destination != m_settings.storeCode())
        throw DomainError(QStringLiteral("stock.not_ours"), Tr::tr("Only the store that asked can cancel request %1").arg(r.number));
    if (r.status != StockRequest::Status::Submitted && r.status != StockRequest::Status::Approved)
        throw DomainError(QStringLiteral("stock.too_late"), Tr::tr("Request %1 can no longer be cancelled").arg(r.number));
    const QString now = isoUtc(m_clock.nowUtc());
    m_outbox.append(r.kind == StockRequest::Kind::Transfer ? protocol::EventType::kTransferCancelled
                                                           : protocol::EventType::kReplenishmentCancelled,
                    answerTo(r, session, now).toJson());
    StockRequestRepository(m_db).setStatus(id, StockRequest::Status::Cancelled, now);
    tx.commit();
}

StockRequest StockRequestService::openTransferFromHere(const QString& id)
{
    const StockRequest r = request(id);
    if (r.kind != StockRequest::Kind::Transfer || r.source != m_settings.storeCode())
        throw DomainError(QStringLiteral("stock.not_ours"), Tr::tr("Request %1 is not a transfer from this store").arg(r.number));
    if (r.status != StockRequest::Status::Submitted && r.status != StockRequest::Status::Approved)
        throw DomainError(QStringLiteral("stock.too_late"),
                          Tr::tr("Transfer %1 is already %2").arg(r.number, StockRequest::statusName(r.status)));
    return r;
}

void StockRequestService::refuseTransfer(const Session& session, const QString& id, const QString& reason, const QString& approverPin)
{
    authorizeStockChange(m_staff, session, approverPin);
    if (reason.trimmed().isEmpty() || reason.size() > kMaxText)
        throw DomainError(QStringLiteral("stock.reason"), Tr::tr("Say why the transfer is refused"));
    Transaction tx(m_db);
    const StockRequest r = openTransferFromHere(id);
    const QString now = isoUtc(m_clock.nowUtc());
    protocol::StockRequestAnswerEvent refusal = answerTo(r, session, now);
    refusal.reason = reason.trimmed();
    m_outbox.append(protocol::EventType::kTransferRefused, refusal.toJson());
    StockRequestRepository(m_db).setStatus(id, StockRequest::Status::Rejected, now);
    tx.commit();
}

void StockRequestService::shipTransfer(const Session& session, const QString& id, const QList<RequestedQuantity>& lines,
                                       const QString& approverPin)
{
    authorizeStockChange(m_staff, session, approverPin);
    Transaction tx(m_db);
    const StockRequest r = openTransferFromHere(id);
    const QDateTime nowTime = m_clock.nowUtc();
    const QString now = isoUtc(nowTime);
    StockBatches batches(m_db);
    protocol::StockRequestAnswerEvent shipment = answerTo(r, session, now);
    qint64 total = 0;
    QSet<qint64> seen;
    for (const RequestedQuantity& q : lines) {
        if (q.quantity == 0)
            continue;
        if (seen.contains(q.productId))
            throw DomainError(QStringLiteral("stock.line"), Tr::tr("Each line needs a known product and a quantity"));
        seen.insert(q.productId);
        const auto line =
            std::find_if(r.lines.cbegin(), r.lines.cend(), [&](const StockRequestLine& l) { return l.productId == q.productId; });
        if (line == r.lines.cend())
            throw DomainError(QStringLiteral("stock.not_asked"), Tr::tr("Transfer %1 does not ask for that product").arg(r.number));
        if (q.quantity < 0 || q.quantity > line->approved.value_or(line->requested))
            throw DomainError(QStringLiteral("stock.too_many"),
                              Tr::tr("Ship at most %1 of %2").arg(line->approved.value_or(line->requested)).arg(line->sku));
        total += q.quantity;
        StockLedger::book(m_db, q.productId, -q.quantity, QStringLiteral("transfer_out"), r.number, now);
        const qint64 unitCost =
            m_db.scalar(QStringLiteral("SELECT average_milli FROM product_costs WHERE product_id = ?"), {q.productId}).toLongLong() /
            MovingAverageCost::kScale;
        // Dated batches go first to expire first; the rest travels without a batch.
        const FefoResult taken = batches.take(q.productId, q.quantity, m_settings.businessDay(nowTime));
        const auto ship = [&](qint64 quantity, const QString& batch, const std::optional<QDate>& expiry) {
            shipment.lines.append({line->sku, quantity, unitCost, batch, expiry ? expiry->toString(Qt::ISODate) : QString()});
        };
        for (const BatchTake& t : taken.takes)
            ship(t.quantity, t.batch, t.expiry);
        if (taken.shortfall > 0)
            ship(taken.shortfall, {}, std::nullopt);
        m_db.exec(QStringLiteral("UPDATE stock_request_lines SET shipped = ? WHERE request_id = ? AND sku = ?"),
                  {q.quantity, id, line->sku});
    }
    if (total == 0)
        throw DomainError(QStringLiteral("stock.empty"), Tr::tr("Nothing to ship: refuse the transfer instead"));
    shipment.shipmentId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_outbox.append(protocol::EventType::kTransferShipped, shipment.toJson());
    StockRequestRepository(m_db).setStatus(id, StockRequest::Status::Shipped, now);
    tx.commit();
}

} // namespace omnitill
