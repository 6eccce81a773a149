#include "SaleVoid.h"

#include <QJsonArray>

namespace omnitill {

QJsonObject SaleVoid::toJson() const
{
    QJsonArray array;
    for (const Line& l : lines)
        array.append(QJsonObject{{QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("name"), l.name},
                                 {QStringLiteral("unit"), l.unit},
                                 {QStringLiteral("quantity"), l.quantity},
                                 {QStringLiteral("unit_price"), l.unitPrice},
                                 {QStringLiteral("gross"), l.gross}});
    return {{QStringLiteral("staff_id"), staffId}, {QStringLiteral("lines"), array}, {QStringLiteral("approved_by"), approvedBy}};
}

SaleVoid SaleVoid::fromJson(const QJsonObject& json)
{
    SaleVoid v;
    v.staffId = json.value(QStringLiteral("staff_id")).toInteger();
    v.approvedBy = json.value(QStringLiteral("approved_by")).toInteger();
    for (const QJsonValue& value : json.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject o = value.toObject();
        v.lines.append({o.value(QStringLiteral("sku")).toString(), o.value(QStringLiteral("name")).toString(),
                        o.value(QStringLiteral("unit")).toString(QStringLiteral("piece")), o.value(QStringLiteral("quantity")).toInteger(),
                        o.value(QStringLiteral("unit_price")).toInteger(), o.value(QStringLiteral("gross")).toInteger()});
    }
    return v;
}

} // namespace omnitill
