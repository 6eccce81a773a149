#include "AisleOrderEvent.h"

#include "JsonFields.h"

namespace omnitill::protocol {

using namespace JsonFields;

QJsonObject AisleOrderEvent::orderRequest() const
{
    QJsonObject out{{QStringLiteral("id"), id},
                    {QStringLiteral("number"), number},
                    {QStringLiteral("store_id"), storeId},
                    {QStringLiteral("origin_store"), originStore},
                    {QStringLiteral("fulfilment"), fulfilment},
                    {QStringLiteral("customer"), QJsonObject{{QStringLiteral("name"), customerName}, {QStringLiteral("phone"), phone}}},
                    {QStringLiteral("paid"), false},
                    {QStringLiteral("currency"), currency},
                    {QStringLiteral("lines"), arrayOf(lines, [](const Line& l) {
                         return QJsonObject{{QStringLiteral("sku"), l.sku},
                                            {QStringLiteral("quantity"), l.quantity},
                                            {QStringLiteral("unit_price"), l.unitPrice}};
                     })}};
    insertText(out, "address", address);
    return out;
}

QJsonObject AisleOrderEvent::toJson() const
{
    QJsonObject out = orderRequest();
    out.insert(QStringLiteral("staff_id"), staffId);
    out.insert(QStringLiteral("created_at"), createdAt);
    return out;
}

AisleOrderEvent AisleOrderEvent::fromJson(const QJsonObject& o)
{
    const QJsonObject customer = o.value(QLatin1String("customer")).toObject();
    return {text(o, "id"), text(o, "number"), text(o, "store_id"), text(o, "origin_store"), text(o, "fulfilment"), text(customer, "name"),
            text(customer, "phone"), text(o, "address"), text(o, "currency"),
            // A price left out reads as -1, which the hub refuses, never as a free item.
            listOf<Line>(o, "lines",
                         [](const QJsonObject& l) {
                             return Line{text(l, "sku"), whole(l, "quantity"), l.value(QLatin1String("unit_price")).toInteger(-1)};
                         }),
            whole(o, "staff_id"), text(o, "created_at")};
}

} // namespace omnitill::protocol
