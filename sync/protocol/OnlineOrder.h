#pragma once

#include "PickupEvents.h"
#include "SaleEvent.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace omnitill::protocol {

// One line of an online order, priced by the hub from its catalog.
struct OnlineOrderLine
{
    QString sku;
    QString name;
    qint64 quantity = 0; // pieces, or grams of a weighed product
    qint64 unitPrice = 0;
    qint64 total = 0;

    friend bool operator==(const OnlineOrderLine&, const OnlineOrderLine&) = default;
};

// How an order was handed over, as the hub heard it from the desk.
struct OnlineOrderCollected
{
    QString at;
    qint64 delivered = 0;
    qint64 refundDue = 0;
    QList<PickupEventLine> lines;
    QString receiptId;             // paid at the desk
    std::optional<SaleEvent> sale; // paid online: the sale it became, for returns anywhere

    friend bool operator==(const OnlineOrderCollected&, const OnlineOrderCollected&) = default;
};

// An order the shop placed for a store, as the hub keeps it and publishes it on the `orders`
// feed: the shop's content, what the hub added (pickup code, time) and what the store's desks
// did with it (picked, handed over, restocked).
struct OnlineOrder
{
    static constexpr QLatin1String kFeed{"orders"};
    static constexpr QLatin1String kPickup{"pickup"};
    static constexpr QLatin1String kDelivery{"delivery"};

    QString id;
    QString storeId;
    QString number;
    QString customerName;
    QString phone;
    bool paid = false; // paid online
    QString currency;
    QList<OnlineOrderLine> lines;
    qint64 total = 0;
    QString fulfilment = kPickup;
    QString address;     // of a delivery
    QString originStore; // the store whose till placed it for the customer (endless aisle)

    QString pickupToken;
    QString createdAt;
    QList<PickupEventLine> picked;
    QString readyAt;
    std::optional<OnlineOrderCollected> collected;
    QString restockedAt;

    // On the feed and the integrator API: the hub's status and when it last changed.
    QString status;
    QString updatedAt;

    QJsonObject toJson() const;
    static OnlineOrder fromJson(const QJsonObject& json);
    // What the shop sent, without what the hub and the desks added: a retry carries the same.
    OnlineOrder content() const;

    friend bool operator==(const OnlineOrder&, const OnlineOrder&) = default;
};

} // namespace omnitill::protocol
