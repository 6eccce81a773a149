#pragma once

#include "EventType.h"
#include "SaleEvent.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace omnitill::protocol {

// One line of an online order as the pickup desk settled it.
struct PickupEventLine
{
    int line = 0;
    QString sku;
    qint64 ordered = 0;
    qint64 picked = 0;
    qint64 delivered = 0; // value handed over, picked goods and substitute
    QString shortConsent; // how the customer agreed to fewer than ordered
    QString substituteSku;
    qint64 substituteQuantity = 0;
    qint64 substituteUnitPrice = 0;
    QString substituteConsent;
    bool refused = false; // the customer refused it at the hand-over

    // A list of lines as it travels in a pickup event, and in the order the hub publishes.
    static QJsonArray toJson(const QList<PickupEventLine>& lines);
    static QList<PickupEventLine> fromJson(const QJsonArray& lines);

    friend bool operator==(const PickupEventLine&, const PickupEventLine&) = default;
};

// What every pickup event says: which order, where, by whom.
struct PickupEventOrder
{
    QString orderId;
    QString number;
    QString store;
    QString till;
    qint64 staffId = 0;

    static PickupEventOrder fromJson(const QJsonObject& json);

    friend bool operator==(const PickupEventOrder&, const PickupEventOrder&) = default;
};

// "pickup.ready": picked and waiting for the customer.
struct PickupReadyEvent
{
    static constexpr QLatin1String kType = EventType::kPickupReady;

    PickupEventOrder order;
    QString readyAt;
    qint64 value = 0;
    QList<PickupEventLine> lines;

    QJsonObject toJson() const;
    static PickupReadyEvent fromJson(const QJsonObject& json);

    friend bool operator==(const PickupReadyEvent&, const PickupReadyEvent&) = default;
};

// "pickup.collected": handed over. Paid at the desk, it names the desk's sale; paid online, it
// carries the sale it became, for returns.
struct PickupCollectedEvent
{
    static constexpr QLatin1String kType = EventType::kPickupCollected;

    PickupEventOrder order;
    QString collectedAt;
    QString knownStatus; // the order's status as the desk last heard it from the hub
    bool paid = false;   // paid online
    QString currency;
    qint64 total = 0;
    qint64 delivered = 0;
    qint64 refundDue = 0;
    QList<PickupEventLine> lines;
    QString saleId; // paid at the desk
    QString receiptId;
    qint64 charged = 0;
    std::optional<SaleEvent> sale; // paid online

    QJsonObject toJson() const;
    static PickupCollectedEvent fromJson(const QJsonObject& json);

    friend bool operator==(const PickupCollectedEvent&, const PickupCollectedEvent&) = default;
};

// "pickup.restocked": not collected (or cancelled); the goods went back to the shelf.
struct PickupRestockedEvent
{
    static constexpr QLatin1String kType = EventType::kPickupRestocked;
    static constexpr QLatin1String kCancelled{"cancelled"};
    static constexpr QLatin1String kNotCollected{"not_collected"};

    PickupEventOrder order;
    qint64 approvedBy = 0;
    QString reason; // kCancelled or kNotCollected
    QString knownStatus;
    QString restockedAt;

    QJsonObject toJson() const;
    static PickupRestockedEvent fromJson(const QJsonObject& json);

    friend bool operator==(const PickupRestockedEvent&, const PickupRestockedEvent&) = default;
};

} // namespace omnitill::protocol
