#include "StockAdjustmentEvents.h"

#include "JsonFields.h"

namespace omnitill::protocol {

using namespace JsonFields;

QJsonObject StockCountedEvent::toJson() const
{
    return {{QStringLiteral("count_id"), countId},
            {QStringLiteral("blind"), blind},
            {QStringLiteral("note"), note},
            {QStringLiteral("counted_products"), countedProducts},
            {QStringLiteral("approved_by"), approvedBy},
            {QStringLiteral("approved_at"), approvedAt},
            {QStringLiteral("lines"), arrayOf(lines, [](const Line& l) {
                 return QJsonObject{{QStringLiteral("sku"), l.sku},
                                    {QStringLiteral("expected"), l.expected},
                                    {QStringLiteral("counted"), l.counted},
                                    {QStringLiteral("delta"), l.delta},
                                    {QStringLiteral("value"), l.value}};
             })}};
}

StockCountedEvent StockCountedEvent::fromJson(const QJsonObject& o)
{
    return {text(o, "count_id"),
            flag(o, "blind"),
            text(o, "note"),
            whole(o, "counted_products"),
            whole(o, "approved_by"),
            text(o, "approved_at"),
            listOf<Line>(o, "lines", [](const QJsonObject& l) {
                return Line{text(l, "sku"), whole(l, "expected"), whole(l, "counted"), whole(l, "delta"), whole(l, "value")};
            })};
}

QJsonObject StockMarkedDownEvent::toJson() const
{
    return {{QStringLiteral("sku"), sku},       {QStringLiteral("batch"), batch},
            {QStringLiteral("expiry"), expiry}, {QStringLiteral("regular_price"), regularPrice},
            {QStringLiteral("price"), price},   {QStringLiteral("staff_id"), staffId},
            {QStringLiteral("at"), at}};
}

StockMarkedDownEvent StockMarkedDownEvent::fromJson(const QJsonObject& o)
{
    return {text(o, "sku"),    text(o, "batch"),     text(o, "expiry"), whole(o, "regular_price"),
            whole(o, "price"), whole(o, "staff_id"), text(o, "at")};
}

QJsonObject StockWrittenOffEvent::toJson() const
{
    return {{QStringLiteral("reason"), reason},
            {QStringLiteral("staff_id"), staffId},
            {QStringLiteral("at"), at},
            {QStringLiteral("lines"), arrayOf(lines, [](const Line& l) {
                 return QJsonObject{
                     {QStringLiteral("sku"), l.sku}, {QStringLiteral("batch"), l.batch}, {QStringLiteral("quantity"), l.quantity}};
             })}};
}

StockWrittenOffEvent StockWrittenOffEvent::fromJson(const QJsonObject& o)
{
    return {text(o, "reason"), whole(o, "staff_id"), text(o, "at"), listOf<Line>(o, "lines", [](const QJsonObject& l) {
                return Line{text(l, "sku"), text(l, "batch"), whole(l, "quantity")};
            })};
}

} // namespace omnitill::protocol
