#include "KioskOrderPlacedEvent.h"

#include "JsonFields.h"

namespace omnitill::protocol {

using namespace JsonFields;

QJsonObject KioskOrderPlacedEvent::toJson() const
{
    return {
        {QStringLiteral("order_id"), orderId},
        {QStringLiteral("number"), number},
        {QStringLiteral("member_id"), memberId},
        {QStringLiteral("total"), total},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("lines"), arrayOf(lines,
                                          [](const Line& l) {
                                              return QJsonObject{{QStringLiteral("sku"), l.sku}, {QStringLiteral("quantity"), l.quantity}};
                                          })},
        {QStringLiteral("created_at"), createdAt}};
}

KioskOrderPlacedEvent KioskOrderPlacedEvent::fromJson(const QJsonObject& o)
{
    return {text(o, "order_id"),  text(o, "number"),
            text(o, "member_id"), whole(o, "total"),
            text(o, "currency"),  listOf<Line>(o, "lines", [](const QJsonObject& l) { return Line{text(l, "sku"), whole(l, "quantity")}; }),
            text(o, "created_at")};
}

} // namespace omnitill::protocol
