#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace omnitill::protocol {

// An order as the shop (the integrator API, POST /api/v1/orders) or a till's endless aisle asks the
// hub to place it: what the customer ordered at what price, for pickup at a store or delivery
// from it. The hub adds names, line totals and the total from its catalog (OnlineOrder).
struct OrderRequest
{
    static constexpr qint64 kMaxQuantity = 1000000;      // pieces, or grams of a weighed product
    static constexpr qint64 kMaxUnitPrice = 10000000000; // minor units; keeps quantity × price inside 64 bits
    static constexpr int kMaxLines = 1000;

    struct Line
    {
        QString sku;
        qint64 quantity = 0;
        qint64 unitPrice = -1; // a price left out is not a free item: it is refused

        friend bool operator==(const Line&, const Line&) = default;
    };

    QString id;
    QString number;
    QString storeId;     // where it is picked up or shipped from
    QString originStore; // the till's store, for an endless-aisle order
    QString fulfilment;  // OnlineOrder::kPickup (also when left out) or kDelivery
    QString customerName;
    QString phone;
    QString address; // of a delivery
    QString currency;
    bool paid = false;
    QList<Line> lines;

    QJsonObject toJson() const;
    // Text is trimmed; fields missing or of another kind read as empty (problem() says what is wrong).
    static OrderRequest fromJson(const QJsonObject& json);
    // What makes the request unusable whatever the hub holds, or empty: ids and number, customer,
    // lines and their quantities and prices, fulfilment and address. The store, the currency and
    // the SKUs are the hub's to check.
    QString problem() const;

    friend bool operator==(const OrderRequest&, const OrderRequest&) = default;
};

} // namespace omnitill::protocol
