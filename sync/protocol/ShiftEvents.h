#pragma once

#include "EventType.h"
#include "SaleEvent.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace omnitill::protocol {

// "shift_open": a till's drawer counted in.
struct ShiftOpenedEvent
{
    static constexpr QLatin1String kType = EventType::kShiftOpen;

    qint64 shiftId = 0;
    qint64 staffId = 0;
    qint64 openingFloat = 0;

    QJsonObject toJson() const;
    static ShiftOpenedEvent fromJson(const QJsonObject& json);

    friend bool operator==(const ShiftOpenedEvent&, const ShiftOpenedEvent&) = default;
};

// "cash_in" / "cash_out": money put into or taken out of the drawer outside a sale.
struct CashMovementEvent
{
    QString type; // EventType::kCashIn or kCashOut
    qint64 shiftId = 0;
    qint64 staffId = 0;
    qint64 amount = 0; // signed: negative for cash out
    QString reason;
    qint64 approvedBy = 0;

    QJsonObject toJson() const;
    static CashMovementEvent fromJson(const QString& type, const QJsonObject& json);

    friend bool operator==(const CashMovementEvent&, const CashMovementEvent&) = default;
};

// "shift_close": the Z report of a drawer's day. X reports are journaled in the same form.
struct ShiftReportEvent
{
    static constexpr QLatin1String kType = EventType::kShiftClose;

    using Tax = SaleEventTax;

    QString kind; // "X" or "Z"
    qint64 shiftId = 0;
    int sales = 0;
    int trainingSales = 0;
    int voids = 0;
    qint64 gross = 0;
    qint64 discounts = 0;
    qint64 tax = 0;
    QList<Tax> taxes;
    QMap<QString, qint64> tenders; // tender kind -> amount taken by sales
    int returns = 0;
    qint64 refunds = 0;
    QMap<QString, qint64> refundTenders;
    qint64 openingFloat = 0;
    qint64 cashSales = 0;
    qint64 cashRefunds = 0;
    qint64 cashIn = 0;
    qint64 cashOut = 0;
    qint64 expectedCash = 0;
    qint64 countedCash = 0;
    qint64 difference = 0;
    QMap<qint64, int> counted; // denomination -> count
    std::optional<qint64> staffId;
    std::optional<qint64> approvedBy;

    QJsonObject toJson() const;
    static ShiftReportEvent fromJson(const QJsonObject& json);
    // The count of notes and coins as the report carries it.
    static QJsonObject countedJson(const QMap<qint64, int>& counted);

    friend bool operator==(const ShiftReportEvent&, const ShiftReportEvent&) = default;
};

} // namespace omnitill::protocol
