#include "PickupEvents.h"

#include "JsonFields.h"

namespace omnitill::protocol {

namespace {
using namespace JsonFields;

QJsonObject orderJson(const PickupEventOrder& o)
{
    return {{QStringLiteral("order_id"), o.orderId},
            {QStringLiteral("number"), o.number},
            {QStringLiteral("store"), o.store},
            {QStringLiteral("till"), o.till},
            {QStringLiteral("staff_id"), o.staffId}};
}

// The order's fields first, then the event's own.
QJsonObject with(const PickupEventOrder& order, std::initializer_list<std::pair<QString, QJsonValue>> fields)
{
    QJsonObject out = orderJson(order);
    for (const auto& field : fields)
        out.insert(field.first, field.second);
    return out;
}
} // namespace

PickupEventOrder PickupEventOrder::fromJson(const QJsonObject& o)
{
    return {text(o, "order_id"), text(o, "number"), text(o, "store"), text(o, "till"), whole(o, "staff_id")};
}

QJsonArray PickupEventLine::toJson(const QList<PickupEventLine>& lines)
{
    return arrayOf(lines, [](const PickupEventLine& l) {
        QJsonObject line{{QStringLiteral("line"), l.line},
                         {QStringLiteral("sku"), l.sku},
                         {QStringLiteral("ordered"), l.ordered},
                         {QStringLiteral("picked"), l.picked},
                         {QStringLiteral("delivered"), l.delivered}};
        if (!l.shortConsent.isEmpty())
            line.insert(QStringLiteral("short_consent"), l.shortConsent);
        if (l.substituteQuantity > 0) {
            line.insert(QStringLiteral("substitute_sku"), l.substituteSku);
            line.insert(QStringLiteral("substitute_quantity"), l.substituteQuantity);
            line.insert(QStringLiteral("substitute_unit_price"), l.substituteUnitPrice);
            line.insert(QStringLiteral("substitute_consent"), l.substituteConsent);
        }
        if (l.refused)
            line.insert(QStringLiteral("refused"), true);
        return line;
    });
}

QList<PickupEventLine> PickupEventLine::fromJson(const QJsonArray& lines)
{
    QList<PickupEventLine> out;
    for (const QJsonValue& v : lines) {
        const QJsonObject o = v.toObject();
        out.append({int(whole(o, "line")), text(o, "sku"), whole(o, "ordered"), whole(o, "picked"), whole(o, "delivered"),
                    text(o, "short_consent"), text(o, "substitute_sku"), whole(o, "substitute_quantity"), whole(o, "substitute_unit_price"),
                    text(o, "substitute_consent"), flag(o, "refused")});
    }
    return out;
}

QJsonObject PickupReadyEvent::toJson() const
{
    return with(order, {{QStringLiteral("ready_at"), readyAt},
                        {QStringLiteral("value"), value},
                        {QStringLiteral("lines"), PickupEventLine::toJson(lines)}});
}

PickupReadyEvent PickupReadyEvent::fromJson(const QJsonObject& o)
{
    return {PickupEventOrder::fromJson(o), text(o, "ready_at"), whole(o, "value"),
            PickupEventLine::fromJson(o.value(QLatin1String("lines")).toArray())};
}

QJsonObject PickupCollectedEvent::toJson() const
{
    QJsonObject out = with(order, {{QStringLiteral("collected_at"), collectedAt},
                                   {QStringLiteral("known_status"), knownStatus},
                                   {QStringLiteral("paid"), paid},
                                   {QStringLiteral("currency"), currency},
                                   {QStringLiteral("total"), total},
                                   {QStringLiteral("delivered"), delivered},
                                   {QStringLiteral("refund_due"), refundDue},
                                   {QStringLiteral("lines"), PickupEventLine::toJson(lines)}});
    if (!saleId.isEmpty()) {
        out.insert(QStringLiteral("sale_id"), saleId);
        out.insert(QStringLiteral("receipt_id"), receiptId);
        out.insert(QStringLiteral("charged"), charged);
    }
    if (sale)
        out.insert(QStringLiteral("sale"), sale->toJson());
    return out;
}

PickupCollectedEvent PickupCollectedEvent::fromJson(const QJsonObject& o)
{
    PickupCollectedEvent e;
    e.order = PickupEventOrder::fromJson(o);
    e.collectedAt = text(o, "collected_at");
    e.knownStatus = text(o, "known_status");
    e.paid = flag(o, "paid");
    e.currency = text(o, "currency");
    e.total = whole(o, "total");
    e.delivered = whole(o, "delivered");
    e.refundDue = whole(o, "refund_due");
    e.lines = PickupEventLine::fromJson(o.value(QLatin1String("lines")).toArray());
    e.saleId = text(o, "sale_id");
    e.receiptId = text(o, "receipt_id");
    e.charged = whole(o, "charged");
    if (const QJsonValue sale = o.value(QLatin1String("sale")); sale.isObject() && !sale.toObject().isEmpty())
        e.sale = SaleEvent::fromJson(sale.toObject());
    return e;
}

QJsonObject PickupRestockedEvent::toJson() const
{
    return with(order, {{QStringLiteral("approved_by"), approvedBy},
                        {QStringLiteral("reason"), reason},
                        {QStringLiteral("known_status"), knownStatus},
                        {QStringLiteral("restocked_at"), restockedAt}});
}

PickupRestockedEvent PickupRestockedEvent::fromJson(const QJsonObject& o)
{
    return {PickupEventOrder::fromJson(o), whole(o, "approved_by"), text(o, "reason"), text(o, "known_status"), text(o, "restocked_at")};
}

} // namespace omnitill::protocol
