#pragma once

#include "EventType.h"

#include <QJsonObject>
#include <QString>

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

} // namespace omnitill::protocol
