#include "OnlineOrder.h"

#include "JsonFields.h"

namespace omnitill::protocol {

using namespace JsonFields;

QJsonObject OnlineOrder::toJson() const
{
    QJsonObject out{{QStringLiteral("id"), id},
                    {QStringLiteral("store_id"), storeId},
                    {QStringLiteral("number"), number},
                    {QStringLiteral("customer"), QJsonObject{{QStringLiteral("name"), customerName}, {QStringLiteral("phone"), phone}}},
                    {QStringLiteral("paid"), paid},
                    {QStringLiteral("currency"), currency},
                    {QStringLiteral("lines"), arrayOf(lines,
                                                      [](const OnlineOrderLine& l) {
                                                          return QJsonObject{{QStringLiteral("sku"), l.sku},
                                                                             {QStringLiteral("name"), l.name},
                                                                             {QStringLiteral("quantity"), l.quantity},
                                                                             {QStringLiteral("unit_price"), l.unitPrice},
                                                                             {QStringLiteral("total"), l.total}};
                                                      })},
                    {QStringLiteral("total"), total}};
    if (fulfilment != kPickup) {
        out.insert(QStringLiteral("fulfilment"), fulfilment);
        out.insert(QStringLiteral("address"), address);
    }
    insertText(out, "origin_store", originStore);
    insertText(out, "pickup_token", pickupToken);
    insertText(out, "created_at", createdAt);
    if (!picked.isEmpty())
        out.insert(QStringLiteral("picked"), PickupEventLine::toJson(picked));
    insertText(out, "ready_at", readyAt);
    if (collected) {
        QJsonObject c{{QStringLiteral("at"), collected->at},
                      {QStringLiteral("delivered"), collected->delivered},
                      {QStringLiteral("refund_due"), collected->refundDue},
                      {QStringLiteral("lines"), PickupEventLine::toJson(collected->lines)}};
        insertText(c, "receipt_id", collected->receiptId);
        if (collected->sale)
            c.insert(QStringLiteral("sale"), collected->sale->toJson());
        out.insert(QStringLiteral("collected"), c);
    }
    insertText(out, "restocked_at", restockedAt);
    insertText(out, "status", status);
    insertText(out, "updated_at", updatedAt);
    return out;
}

OnlineOrder OnlineOrder::fromJson(const QJsonObject& o)
{
    OnlineOrder order;
    order.id = text(o, "id");
    order.storeId = text(o, "store_id");
    order.number = text(o, "number");
    const QJsonObject customer = o.value(QLatin1String("customer")).toObject();
    order.customerName = text(customer, "name");
    order.phone = text(customer, "phone");
    order.paid = flag(o, "paid");
    order.currency = text(o, "currency");
    order.lines = listOf<OnlineOrderLine>(o, "lines", [](const QJsonObject& l) {
        return OnlineOrderLine{text(l, "sku"), text(l, "name"), whole(l, "quantity"), whole(l, "unit_price"), whole(l, "total")};
    });
    order.total = whole(o, "total");
    if (const QString fulfilment = text(o, "fulfilment"); !fulfilment.isEmpty())
        order.fulfilment = fulfilment;
    order.address = text(o, "address");
    order.originStore = text(o, "origin_store");
    order.pickupToken = text(o, "pickup_token");
    order.createdAt = text(o, "created_at");
    order.picked = PickupEventLine::fromJson(o.value(QLatin1String("picked")).toArray());
    order.readyAt = text(o, "ready_at");
    if (const QJsonValue c = o.value(QLatin1String("collected")); c.isObject()) {
        const QJsonObject collected = c.toObject();
        OnlineOrderCollected handedOver{
            text(collected, "at"),          whole(collected, "delivered"),
            whole(collected, "refund_due"), PickupEventLine::fromJson(collected.value(QLatin1String("lines")).toArray()),
            text(collected, "receipt_id"),  std::nullopt};
        if (const QJsonValue sale = collected.value(QLatin1String("sale")); sale.isObject())
            handedOver.sale = SaleEvent::fromJson(sale.toObject());
        order.collected = handedOver;
    }
    order.restockedAt = text(o, "restocked_at");
    order.status = text(o, "status");
    order.updatedAt = text(o, "updated_at");
    return order;
}

OnlineOrder OnlineOrder::content() const
{
    OnlineOrder shop = *this;
    shop.pickupToken.clear();
    shop.createdAt.clear();
    shop.picked.clear();
    shop.readyAt.clear();
    shop.collected.reset();
    shop.restockedAt.clear();
    shop.status.clear();
    shop.updatedAt.clear();
    return shop;
}

} // namespace omnitill::protocol
