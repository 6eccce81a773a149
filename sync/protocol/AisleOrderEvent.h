#pragma once

#include "EventType.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace omnitill::protocol {

// "aisle_order": an order a till placed for a customer from another store's stock (the endless
// aisle), for pickup there or delivery. The hub places it as the shop would (the integrator's
// order request), so the other store's desk gets it on its orders feed.
struct AisleOrderEvent
{
    static constexpr QLatin1String kType = EventType::kAisleOrder;

    struct Line
    {
        QString sku;
        qint64 quantity = 0;
        qint64 unitPrice = 0;

        friend bool operator==(const Line&, const Line&) = default;
    };

    QString id;
    QString number;
    QString storeId;     // where it is picked up or shipped from
    QString originStore; // the till's store
    QString fulfilment;  // OnlineOrder::kPickup or kDelivery
    QString customerName;
    QString phone;
    QString address; // of a delivery
    QString currency;
    QList<Line> lines;
    qint64 staffId = 0;
    QString createdAt;

    QJsonObject toJson() const;
    static AisleOrderEvent fromJson(const QJsonObject& json);
    // The order as the integrator API takes it: no staff, no time, not paid.
    QJsonObject orderRequest() const;

    friend bool operator==(const AisleOrderEvent&, const AisleOrderEvent&) = default;
};

} // namespace omnitill::protocol
