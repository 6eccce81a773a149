#pragma once

#include "EventType.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace omnitill::protocol {

// Goods as they travel: shipped by the warehouse or a store, or booked in by the store that got them.
struct ShipmentLine
{
    QString sku;
    qint64 quantity = 0;
    qint64 unitCost = 0; // minor units per piece or per kilogram
    QString batch;       // GS1 AI 10, up to 20 characters
    QString expiry;      // YYYY-MM-DD

    static QJsonArray toJson(const QList<ShipmentLine>& lines);
    static QList<ShipmentLine> fromJson(const QJsonArray& lines);

    friend bool operator==(const ShipmentLine&, const ShipmentLine&) = default;
};

// What arrived against what was shipped, per SKU.
struct ReceivingDifference
{
    QString sku;
    qint64 expected = 0;
    qint64 received = 0;

    friend bool operator==(const ReceivingDifference&, const ReceivingDifference&) = default;
};

// One line of a stock request, as asked and as it went on.
struct StockRequestLine
{
    QString sku;
    QString name;
    qint64 requested = 0;
    std::optional<qint64> approved; // not yet answered
    qint64 shipped = 0;
    qint64 received = 0;

    friend bool operator==(const StockRequestLine&, const StockRequestLine&) = default;
};

// "replenishment.submitted" (to the warehouse) or "transfer.requested" (to another store).
struct StockRequestSubmittedEvent
{
    static constexpr QLatin1String kReplenishment{"replenishment"};
    static constexpr QLatin1String kTransfer{"transfer"};

    QString id;
    QString number;
    QString kind; // kReplenishment or kTransfer
    QString storeId;
    QString source; // "warehouse", or the store asked
    QString note;
    qint64 staffId = 0;
    QString createdAt;
    QList<StockRequestLine> lines; // as asked: sku, name, requested

    QLatin1String type() const { return kind == kTransfer ? EventType::kTransferRequested : EventType::kReplenishmentSubmitted; }
    QJsonObject toJson() const;
    static StockRequestSubmittedEvent fromJson(const QJsonObject& json);

    friend bool operator==(const StockRequestSubmittedEvent&, const StockRequestSubmittedEvent&) = default;
};

// A store's answer to or about a request: "replenishment.cancelled" and "transfer.cancelled" by
// the store that asked, "transfer.refused" (reason) and "transfer.shipped" (shipment) by the
// store asked.
struct StockRequestAnswerEvent
{
    QString requestId;
    QString number;
    qint64 staffId = 0;
    QString at;
    QString reason;
    QString shipmentId;
    QList<ShipmentLine> lines;

    QJsonObject toJson() const;
    static StockRequestAnswerEvent fromJson(const QJsonObject& json);

    friend bool operator==(const StockRequestAnswerEvent&, const StockRequestAnswerEvent&) = default;
};

// "stock.received": goods booked in, against a request or (with a reason) unannounced.
struct StockReceivedEvent
{
    static constexpr QLatin1String kType = EventType::kStockReceived;

    QString receiptId;
    QString reference;
    bool expected = false; // against a request
    qint64 staffId = 0;
    qint64 approvedBy = 0;
    QString receivedAt;
    qint64 value = 0;
    QList<ShipmentLine> lines;
    QString reason;                           // unannounced
    QString requestId;                        // against a request
    QList<ReceivingDifference> discrepancies; // against a request

    QJsonObject toJson() const;
    static StockReceivedEvent fromJson(const QJsonObject& json);

    friend bool operator==(const StockReceivedEvent&, const StockReceivedEvent&) = default;
};

// A stock request as the hub keeps it and publishes it on the `requests` feed to both stores
// concerned (and answers it on the integrator API).
struct StockRequestDocument
{
    static constexpr QLatin1String kFeed{"requests"};

    struct Change
    {
        QString status;
        QString at;
        QString by; // a store, or "warehouse"

        friend bool operator==(const Change&, const Change&) = default;
    };
    struct Shipment
    {
        QString shipmentId;
        QString shippedAt;
        QList<ShipmentLine> lines;

        friend bool operator==(const Shipment&, const Shipment&) = default;
    };
    struct Receipt
    {
        QString at;
        QString receiptId;
        QList<ReceivingDifference> discrepancies;

        friend bool operator==(const Receipt&, const Receipt&) = default;
    };

    QString id;
    QString number;
    QString kind;
    QString storeId; // the store that asked
    QString source;
    QString note;
    QString createdAt;
    QList<StockRequestLine> lines;
    QString status;
    QString updatedAt;
    QList<Change> history;
    QString reason; // why it was rejected
    QString answer; // the warehouse's note on an approval
    std::optional<Shipment> shipment;
    std::optional<Receipt> received;

    QJsonObject toJson() const;
    static StockRequestDocument fromJson(const QJsonObject& json);

    friend bool operator==(const StockRequestDocument&, const StockRequestDocument&) = default;
};

} // namespace omnitill::protocol
