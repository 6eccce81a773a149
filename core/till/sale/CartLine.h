#pragma once

#include "Discount.h"
#include "catalog/Product.h"

#include <QDate>

#include <optional>

namespace omnitill {

struct CartLine
{
    int lineId = 0; // stable within the cart
    qint64 productId = 0;
    qint64 categoryId = 0;
    QString sku;
    QString name;
    Unit unit = Unit::Piece;
    qint64 quantity = 1;               // pieces, or grams for weighed goods
    qint64 unitPrice = 0;              // per piece or per kilogram, after any override
    qint64 listPrice = 0;              // the catalog price when scanned
    std::optional<qint64> labelAmount; // a price printed on an in-store label is the line's amount
    qint64 taxRateId = 0;
    QString taxCode;
    int taxBasisPoints = 0;
    bool ageRestricted = false;
    QString batch;
    QString serial;
    std::optional<QDate> expiry;
    qint64 priceOverrideBy = 0;
    Discount discount;
    QString giftCard;    // "activate" or "topup": the line loads the card numbered `serial`
    QString onlineOrder; // the online order whose agreed price this line charges (pay at pickup)

    // Price times quantity before discounts, in minor units; weights round half up per line.
    qint64 extendedAmount() const;
    bool canMergeWith(const CartLine& other) const;
    // A price set by hand, printed on a store label or agreed in an online order is final, and gift
    // cards are money: promotions leave such lines alone.
    bool promotionExcluded() const
    {
        return priceOverrideBy != 0 || labelAmount.has_value() || !giftCard.isEmpty() || !onlineOrder.isEmpty();
    }

    QJsonObject toJson() const;
    static CartLine fromJson(const QJsonObject& json);
};

} // namespace omnitill
