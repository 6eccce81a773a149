#include "OrderRequest.h"

#include "JsonFields.h"
#include "OnlineOrder.h"

#include <QRegularExpression>

namespace omnitill::protocol {

using namespace JsonFields;

QJsonObject OrderRequest::toJson() const
{
    QJsonObject out{{QStringLiteral("id"), id},
                    {QStringLiteral("number"), number},
                    {QStringLiteral("store_id"), storeId},
                    {QStringLiteral("origin_store"), originStore},
                    {QStringLiteral("fulfilment"), fulfilment},
                    {QStringLiteral("customer"), QJsonObject{{QStringLiteral("name"), customerName}, {QStringLiteral("phone"), phone}}},
                    {QStringLiteral("paid"), paid},
                    {QStringLiteral("currency"), currency},
                    {QStringLiteral("lines"), arrayOf(lines, [](const Line& l) {
                         return QJsonObject{{QStringLiteral("sku"), l.sku},
                                            {QStringLiteral("quantity"), l.quantity},
                                            {QStringLiteral("unit_price"), l.unitPrice}};
                     })}};
    insertText(out, "address", address);
    return out;
}

OrderRequest OrderRequest::fromJson(const QJsonObject& o)
{
    const QJsonObject customer = o.value(QLatin1String("customer")).toObject();
    OrderRequest r;
    r.id = text(o, "id").trimmed();
    r.number = text(o, "number").trimmed();
    r.storeId = text(o, "store_id");
    r.originStore = text(o, "origin_store");
    r.fulfilment = o.value(QLatin1String("fulfilment")).toString(OnlineOrder::kPickup);
    r.customerName = text(customer, "name").trimmed();
    r.phone = text(customer, "phone").trimmed();
    r.address = text(o, "address").trimmed();
    r.currency = text(o, "currency");
    r.paid = flag(o, "paid");
    r.lines = listOf<Line>(o, "lines", [](const QJsonObject& l) {
        return Line{text(l, "sku"), l.value(QLatin1String("quantity")).toInteger(0), l.value(QLatin1String("unit_price")).toInteger(-1)};
    });
    return r;
}

QString OrderRequest::problem() const
{
    if (id.isEmpty() || id.size() > 64 || number.isEmpty() || number.size() > 32)
        return QStringLiteral("an order needs an id (up to 64 characters) and a number (up to 32)");
    // Both go into the pickup token the hub signs: plain printable text only.
    static const QRegularExpression plain(QStringLiteral("^[\\p{L}\\p{N}._:/#+-]+$"));
    if (!plain.match(id).hasMatch() || !plain.match(number).hasMatch())
        return QStringLiteral("an order's id and number hold letters, digits and . _ : / # + - only");
    if (customerName.isEmpty())
        return QStringLiteral("%1: the customer's name is needed at the pickup desk").arg(number);
    if (lines.isEmpty() || lines.size() > kMaxLines)
        return QStringLiteral("%1: an order has 1 to %2 lines").arg(number).arg(kMaxLines);
    if (fulfilment != OnlineOrder::kPickup && fulfilment != OnlineOrder::kDelivery)
        return QStringLiteral("%1: fulfilment is pickup or delivery").arg(number);
    if (fulfilment == OnlineOrder::kDelivery && address.isEmpty())
        return QStringLiteral("%1: a delivery needs the address").arg(number);
    for (const Line& l : lines) {
        if (l.quantity <= 0 || l.quantity > kMaxQuantity || l.unitPrice < 0 || l.unitPrice > kMaxUnitPrice)
            return QStringLiteral("%1: %2 needs a quantity from 1 to %3 and a unit price in whole minor units")
                .arg(number, l.sku)
                .arg(kMaxQuantity);
    }
    return {};
}

} // namespace omnitill::protocol
