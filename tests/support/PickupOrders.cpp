#include "PickupOrders.h"

#include "FeedApplier.h"
#include "crypto/HubToken.h"

#include <QJsonArray>

namespace omnitill::test {

PickupOrders::PickupOrders(Till& till, const QString& storeId) : m_till(till), m_storeId(storeId), m_hubKey(EcdsaP256Signer::generate())
{
    till.settings().setValue(QStringLiteral("sync.hub_public_key"), QString::fromLatin1(m_hubKey->publicKeyDer().toBase64()));
    till.settings().setValue(QStringLiteral("sync.store_id"), storeId);
}

QJsonObject PickupOrders::order(const QString& id, const QString& number, const QList<OrderLine>& lines, bool paid, const QString& status,
                                const QString& store, const OrderCustomer& customer) const
{
    const QString storeId = store.isEmpty() ? m_storeId : store;
    QJsonArray out;
    qint64 total = 0;
    for (const OrderLine& l : lines) {
        const bool weighed = l.sku.startsWith(QLatin1String("PLU"));
        const qint64 lineTotal = weighed ? (l.quantity * l.unitPrice + 500) / 1000 : l.quantity * l.unitPrice;
        total += lineTotal;
        out.append(QJsonObject{{QStringLiteral("sku"), l.sku},
                               {QStringLiteral("name"), l.sku},
                               {QStringLiteral("quantity"), l.quantity},
                               {QStringLiteral("unit_price"), l.unitPrice},
                               {QStringLiteral("total"), lineTotal}});
    }
    const QString now = isoUtc(m_till.clock().nowUtc());
    return {{QStringLiteral("id"), id},
            {QStringLiteral("store_id"), storeId},
            {QStringLiteral("number"), number},
            {QStringLiteral("customer"), QJsonObject{{QStringLiteral("name"), customer.name}, {QStringLiteral("phone"), customer.phone}}},
            {QStringLiteral("paid"), paid},
            {QStringLiteral("currency"), QStringLiteral("EUR")},
            {QStringLiteral("lines"), out},
            {QStringLiteral("total"), total},
            {QStringLiteral("status"), status},
            {QStringLiteral("created_at"), now},
            {QStringLiteral("updated_at"), now},
            {QStringLiteral("pickup_token"), HubToken::sign(*m_hubKey, HubToken::kPickup, {id, storeId, number}, m_till.clock().nowUtc(),
                                                            m_till.clock().nowUtc().addDays(180))}};
}

void PickupOrders::deliver(const QList<QJsonObject>& orders)
{
    QJsonArray items;
    for (const QJsonObject& o : orders)
        items.append(QJsonObject{{QStringLiteral("body"), o}});
    FeedApplier(m_till.db(), m_till.settings()).apply(QStringLiteral("orders"), QJsonObject{{QStringLiteral("items"), items}});
}

} // namespace omnitill::test
