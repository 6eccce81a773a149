#pragma once

#include "EventType.h"
#include "OrderRequest.h"

#include <QJsonObject>
#include <QString>

namespace omnitill::protocol {

// "aisle_order": an order a till placed for a customer from another store's stock (the endless
// aisle), for pickup there or delivery: the order request the shop would send, with who and when.
// The hub places it as the shop's, so the other store's desk gets it on its orders feed.
struct AisleOrderEvent
{
    static constexpr QLatin1String kType = EventType::kAisleOrder;

    OrderRequest order; // not paid
    qint64 staffId = 0;
    QString createdAt;

    QJsonObject toJson() const;
    static AisleOrderEvent fromJson(const QJsonObject& json);

    friend bool operator==(const AisleOrderEvent&, const AisleOrderEvent&) = default;
};

} // namespace omnitill::protocol
