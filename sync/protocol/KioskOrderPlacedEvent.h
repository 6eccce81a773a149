#pragma once

#include "EventType.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace omnitill::protocol {

// "kiosk.order_placed": a customer ordered at the kiosk to pay at the counter.
struct KioskOrderPlacedEvent
{
    static constexpr QLatin1String kType = EventType::kKioskOrderPlaced;

    struct Line
    {
        QString sku;
        qint64 quantity = 0;

        friend bool operator==(const Line&, const Line&) = default;
    };

    QString orderId;
    QString number;
    QString memberId;
    qint64 total = 0;
    QString currency;
    QList<Line> lines;
    QString createdAt;

    QJsonObject toJson() const;
    static KioskOrderPlacedEvent fromJson(const QJsonObject& json);

    friend bool operator==(const KioskOrderPlacedEvent&, const KioskOrderPlacedEvent&) = default;
};

} // namespace omnitill::protocol
