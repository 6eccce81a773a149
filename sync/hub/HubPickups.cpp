#include "HubPickups.h"
#include "OnlineOrder.h"
#include "PickupEvents.h"

#include "HubDatabase.h"
#include "HubIntegrator.h"

#include <QJsonDocument>

namespace omnitill::hub {

QString HubPickups::post(const QString& storeId, const QString& type, const QJsonObject& body)
{
    using namespace protocol;
    const PickupEventOrder order = PickupEventOrder::fromJson(body);
    const QString& orderId = order.orderId;
    const QString& number = order.number;
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT store_id, status, body, updated_at FROM online_orders WHERE id = ?"), {orderId});
    if (!q.next()) {
        q.finish();
        return QStringLiteral("%1 for order %2 (%3), which the hub does not know").arg(type, number, orderId);
    }
    const QString orderStore = q.value(QStringLiteral("store_id")).toString();
    const QString status = q.value(QStringLiteral("status")).toString();
    OnlineOrder stored = OnlineOrder::fromJson(QJsonDocument::fromJson(q.value(QStringLiteral("body")).toString().toUtf8()).object());
    const QString updatedAt = q.value(QStringLiteral("updated_at")).toString();
    q.finish();
    if (orderStore != storeId)
        return QStringLiteral("%1 for order %2 of store %3 came from store %4").arg(type, number, orderStore, storeId);

    const QString where = QStringLiteral("store %1 (till %2)").arg(storeId, order.till);
    QString newStatus = status;
    QString conflict;
    if (type == PickupReadyEvent::kType) {
        const PickupReadyEvent ready = PickupReadyEvent::fromJson(body);
        // Picked lines travel with the order, so another device of the store can hand it over.
        stored.picked = ready.lines;
        stored.readyAt = ready.readyAt;
        if (status == QLatin1String("placed") || status == QLatin1String("ready"))
            newStatus = QStringLiteral("ready");
    } else if (type == PickupCollectedEvent::kType) {
        const PickupCollectedEvent handedOver = PickupCollectedEvent::fromJson(body);
        const QString& at = handedOver.collectedAt;
        if (status == QLatin1String("cancelled"))
            conflict = QStringLiteral("order %1 was cancelled online (%2) but handed over at %3 on %4, the desk not knowing:"
                                      " recover the goods or charge the customer")
                           .arg(number, updatedAt, where, at);
        else if (status == QLatin1String("collected"))
            conflict = QStringLiteral("order %1 was handed over twice; again at %2 on %3").arg(number, where, at);
        else if (status == QLatin1String("returned"))
            conflict = QStringLiteral("order %1 was returned to stock, then handed over at %2 on %3").arg(number, where, at);
        if (status != QLatin1String("collected")) {
            stored.collected = OnlineOrderCollected{
                at, handedOver.delivered, handedOver.refundDue, handedOver.lines, handedOver.receiptId, handedOver.sale};
            newStatus = QStringLiteral("collected");
        }
    } else if (type == PickupRestockedEvent::kType) {
        stored.restockedAt = PickupRestockedEvent::fromJson(body).restockedAt;
        if (status == QLatin1String("collected"))
            conflict = QStringLiteral("order %1 was collected, but %2 returned it to stock").arg(number, where);
        else if (status != QLatin1String("cancelled"))
            newStatus = QStringLiteral("returned");
    } else {
        return QStringLiteral("unknown pickup event %1 for order %2").arg(type, number);
    }
    m_db.exec(QStringLiteral("UPDATE online_orders SET status = ?, body = ?, updated_at = ? WHERE id = ?"),
              {newStatus, QString::fromUtf8(QJsonDocument(stored.toJson()).toJson(QJsonDocument::Compact)), m_integrator.now(), orderId});
    m_integrator.publishOrder(orderId);
    return conflict;
}

} // namespace omnitill::hub
