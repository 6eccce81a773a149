#include "EndlessAisle.h"
#include "AisleOrderEvent.h"
#include "OnlineOrder.h"

#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "outbox/Outbox.h"
#include "store/Counters.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

namespace omnitill {

namespace {
[[noreturn]] void refuse(const char* code, const QString& message)
{
    throw DomainError(QString::fromLatin1(code), message);
}
} // namespace

qint64 EndlessAisle::localStock(qint64 productId)
{
    return m_db.scalar(QStringLiteral("SELECT quantity FROM stock_levels WHERE product_id = ?"), {productId}).toLongLong();
}

QList<StoreStock> EndlessAisle::otherStores(qint64 productId)
{
    const std::optional<Product> product = m_catalog.findById(productId);
    if (!product)
        return {};
    const QString own = m_settings.value(QStringLiteral("sync.store_id"), m_settings.storeCode());
    QList<StoreStock> out;
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT store_id, on_hand FROM remote_stock WHERE sku = ? AND store_id <> ? AND on_hand > 0"
                                            " ORDER BY on_hand DESC, store_id"),
                             {product->sku, own});
    while (q.next())
        out.append({q.value(QStringLiteral("store_id")).toString(), q.value(QStringLiteral("on_hand")).toLongLong()});
    q.finish();
    return out;
}

AisleOrder EndlessAisle::place(const Session& session, const AisleOrderRequest& request)
{
    if (!session.isValid())
        refuse("auth.no_session", Tr::tr("Nobody is logged in"));
    if (session.training)
        refuse("aisle.training", Tr::tr("Orders for other stores are real: leave training mode to place one"));
    const bool delivery = request.fulfilment == AisleOrderRequest::Fulfilment::Delivery;
    const QString name = request.customerName.trimmed();
    const QString phone = request.phone.trimmed();
    if (name.isEmpty() || phone.count(QRegularExpression(QStringLiteral("[0-9]"))) < 6)
        refuse("aisle.customer", Tr::tr("The order needs the customer's name and a phone number to reach them"));
    if (delivery && request.address.trimmed().size() < 8)
        refuse("aisle.address", Tr::tr("Home delivery needs the full address"));
    if (request.lines.isEmpty())
        refuse("aisle.empty", Tr::tr("The order has no items"));
    const QString own = m_settings.value(QStringLiteral("sync.store_id"), m_settings.storeCode());
    if (request.storeId.isEmpty() || (!delivery && request.storeId == own))
        refuse("aisle.store", Tr::tr("Choose the store that has the goods"));

    Transaction tx(m_db);
    protocol::AisleOrderEvent event;
    qint64 total = 0;
    for (const AisleOrderLine& l : request.lines) {
        const std::optional<Product> p = m_catalog.findById(l.productId);
        if (!p || l.quantity <= 0 || l.quantity > 1000000)
            refuse("aisle.line", Tr::tr("Each item needs a known product and a quantity"));
        const qint64 there =
            m_db.scalar(QStringLiteral("SELECT on_hand FROM remote_stock WHERE store_id = ? AND sku = ?"), {request.storeId, p->sku})
                .toLongLong();
        if (there < l.quantity)
            refuse("aisle.stock", Tr::tr("Store %1 had %2 of %3 at the last sync")
                                      .arg(request.storeId, QString::number(there), p->name(QStringLiteral("en"))));
        total += lineAmount(p->unit, l.quantity, p->price);
        event.order.lines.append({p->sku, l.quantity, p->price});
    }
    AisleOrder order;
    order.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    order.number = QStringLiteral("%1-%2-A%3")
                       .arg(m_settings.storeCode(), m_settings.tillCode())
                       .arg(Counters(m_db).next(QStringLiteral("aisle_order")), 5, 10, QLatin1Char('0'));
    order.fulfilment = delivery ? protocol::OnlineOrder::kDelivery : protocol::OnlineOrder::kPickup;
    order.storeId = request.storeId;
    order.customerName = name;
    order.total = total;
    order.createdAt = m_clock.nowUtc();
    event.order.id = order.id;
    event.order.number = order.number;
    event.order.storeId = request.storeId;
    event.order.originStore = own;
    event.order.fulfilment = order.fulfilment;
    event.order.customerName = name;
    event.order.phone = phone;
    event.order.currency = m_settings.currency().code();
    event.staffId = session.staffId;
    event.createdAt = isoUtc(order.createdAt);
    if (delivery)
        event.order.address = request.address.trimmed();
    const QJsonObject body = event.toJson();
    const OutboxEvent sent = m_outbox.append(protocol::AisleOrderEvent::kType, body);
    m_db.exec(QStringLiteral("INSERT INTO aisle_orders(id, number, fulfilment, store_id, customer_name, total, outbox_seq, staff_id,"
                             " created_at, body) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {order.id, order.number, order.fulfilment, order.storeId, name, total, sent.deviceSeq, session.staffId,
               isoUtc(order.createdAt), QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact))});
    tx.commit();
    return order;
}

QList<AisleOrder> EndlessAisle::recent(int limit)
{
    QList<AisleOrder> out;
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT a.id, a.number, a.fulfilment, a.store_id, a.customer_name, a.total, a.created_at,"
                                            " a.outbox_seq > ? AS waiting, c.reason FROM aisle_orders a"
                                            " LEFT JOIN sync_conflicts c ON c.device_seq = a.outbox_seq"
                                            " ORDER BY a.created_at DESC, a.number DESC LIMIT ?"),
                             {Outbox::heldUpTo(m_db), std::clamp(limit, 1, 1000)});
    while (q.next()) {
        AisleOrder o;
        o.id = q.value(QStringLiteral("id")).toString();
        o.number = q.value(QStringLiteral("number")).toString();
        o.fulfilment = q.value(QStringLiteral("fulfilment")).toString();
        o.storeId = q.value(QStringLiteral("store_id")).toString();
        o.customerName = q.value(QStringLiteral("customer_name")).toString();
        o.total = q.value(QStringLiteral("total")).toLongLong();
        o.createdAt = QDateTime::fromString(q.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
        o.problem = q.value(QStringLiteral("reason")).toString();
        o.state = !o.problem.isEmpty()                          ? AisleOrder::State::Refused
                  : q.value(QStringLiteral("waiting")).toBool() ? AisleOrder::State::Pending
                                                                : AisleOrder::State::Placed;
        out.append(o);
    }
    q.finish();
    return out;
}

} // namespace omnitill
