#pragma once

#include "EventType.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace omnitill::protocol {

// "stock.counted": a count's approved variances, which adjust the stock.
struct StockCountedEvent
{
    static constexpr QLatin1String kType = EventType::kStockCounted;

    struct Line
    {
        QString sku;
        qint64 expected = 0;
        qint64 counted = 0;
        qint64 delta = 0;
        qint64 value = 0; // of the variance, at cost

        friend bool operator==(const Line&, const Line&) = default;
    };

    QString countId;
    bool blind = false;
    QString note;
    qint64 countedProducts = 0;
    qint64 approvedBy = 0;
    QString approvedAt;
    QList<Line> lines; // variances only

    QJsonObject toJson() const;
    static StockCountedEvent fromJson(const QJsonObject& json);

    friend bool operator==(const StockCountedEvent&, const StockCountedEvent&) = default;
};

// "stock.marked_down": a batch close to its expiry sold for less from now on.
struct StockMarkedDownEvent
{
    static constexpr QLatin1String kType = EventType::kStockMarkedDown;

    QString sku;
    QString batch;
    QString expiry;
    qint64 regularPrice = 0;
    qint64 price = 0;
    qint64 staffId = 0;
    QString at;

    QJsonObject toJson() const;
    static StockMarkedDownEvent fromJson(const QJsonObject& json);

    friend bool operator==(const StockMarkedDownEvent&, const StockMarkedDownEvent&) = default;
};

// "stock.written_off": goods taken out of stock (expired, damaged).
struct StockWrittenOffEvent
{
    static constexpr QLatin1String kType = EventType::kStockWrittenOff;
    static constexpr QLatin1String kExpired{"expired"};

    struct Line
    {
        QString sku;
        QString batch;
        qint64 quantity = 0;

        friend bool operator==(const Line&, const Line&) = default;
    };

    QString reason;
    qint64 staffId = 0;
    QString at;
    QList<Line> lines;

    QJsonObject toJson() const;
    static StockWrittenOffEvent fromJson(const QJsonObject& json);

    friend bool operator==(const StockWrittenOffEvent&, const StockWrittenOffEvent&) = default;
};

} // namespace omnitill::protocol
