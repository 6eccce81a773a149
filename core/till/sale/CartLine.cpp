#include "CartLine.h"

namespace omnitill {

qint64 CartLine::extendedAmount() const
{
    return labelAmount ? *labelAmount : lineAmount(unit, quantity, unitPrice);
}

bool CartLine::canMergeWith(const CartLine& other) const
{
    return productId == other.productId && unit == Unit::Piece && other.unit == Unit::Piece && !labelAmount && !other.labelAmount &&
           unitPrice == other.unitPrice && discount.isNone() && other.discount.isNone() && serial.isEmpty() && other.serial.isEmpty() &&
           batch == other.batch && onlineOrder == other.onlineOrder;
}

QJsonObject CartLine::toJson() const
{
    QJsonObject json{{QStringLiteral("line_id"), lineId},
                     {QStringLiteral("category_id"), categoryId},
                     {QStringLiteral("product_id"), productId},
                     {QStringLiteral("sku"), sku},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("unit"), unitName(unit)},
                     {QStringLiteral("quantity"), quantity},
                     {QStringLiteral("unit_price"), unitPrice},
                     {QStringLiteral("list_price"), listPrice},
                     {QStringLiteral("tax_rate_id"), taxRateId},
                     {QStringLiteral("tax_code"), taxCode},
                     {QStringLiteral("tax_bp"), taxBasisPoints},
                     {QStringLiteral("age_restricted"), ageRestricted},
                     {QStringLiteral("batch"), batch},
                     {QStringLiteral("serial"), serial},
                     {QStringLiteral("price_override_by"), priceOverrideBy},
                     {QStringLiteral("discount"), discount.toJson()}};
    if (labelAmount)
        json.insert(QStringLiteral("label_amount"), *labelAmount);
    if (!giftCard.isEmpty())
        json.insert(QStringLiteral("gift_card"), giftCard);
    if (!onlineOrder.isEmpty())
        json.insert(QStringLiteral("online_order"), onlineOrder);
    if (expiry)
        json.insert(QStringLiteral("expiry"), expiry->toString(Qt::ISODate));
    return json;
}

CartLine CartLine::fromJson(const QJsonObject& json)
{
    CartLine line;
    line.lineId = json.value(QStringLiteral("line_id")).toInt();
    line.productId = json.value(QStringLiteral("product_id")).toInteger();
    line.categoryId = json.value(QStringLiteral("category_id")).toInteger();
    line.sku = json.value(QStringLiteral("sku")).toString();
    line.name = json.value(QStringLiteral("name")).toString();
    line.unit = unitFromName(json.value(QStringLiteral("unit")).toString());
    line.quantity = json.value(QStringLiteral("quantity")).toInteger();
    line.unitPrice = json.value(QStringLiteral("unit_price")).toInteger();
    line.listPrice = json.value(QStringLiteral("list_price")).toInteger();
    line.taxRateId = json.value(QStringLiteral("tax_rate_id")).toInteger();
    line.taxCode = json.value(QStringLiteral("tax_code")).toString();
    line.taxBasisPoints = json.value(QStringLiteral("tax_bp")).toInt();
    line.ageRestricted = json.value(QStringLiteral("age_restricted")).toBool();
    line.batch = json.value(QStringLiteral("batch")).toString();
    line.serial = json.value(QStringLiteral("serial")).toString();
    line.priceOverrideBy = json.value(QStringLiteral("price_override_by")).toInteger();
    line.discount = Discount::fromJson(json.value(QStringLiteral("discount")).toObject());
    line.giftCard = json.value(QStringLiteral("gift_card")).toString();
    line.onlineOrder = json.value(QStringLiteral("online_order")).toString();
    if (json.contains(QStringLiteral("label_amount")))
        line.labelAmount = json.value(QStringLiteral("label_amount")).toInteger();
    if (json.contains(QStringLiteral("expiry")))
        line.expiry = QDate::fromString(json.value(QStringLiteral("expiry")).toString(), Qt::ISODate);
    return line;
}

} // namespace omnitill
