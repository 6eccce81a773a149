#include "ShiftEvents.h"

#include "JsonFields.h"

namespace omnitill::protocol {

using namespace JsonFields;

QJsonObject ShiftOpenedEvent::toJson() const
{
    return {{QStringLiteral("shift_id"), shiftId}, {QStringLiteral("staff_id"), staffId}, {QStringLiteral("opening_float"), openingFloat}};
}

ShiftOpenedEvent ShiftOpenedEvent::fromJson(const QJsonObject& o)
{
    return {whole(o, "shift_id"), whole(o, "staff_id"), whole(o, "opening_float")};
}

QJsonObject CashMovementEvent::toJson() const
{
    return {{QStringLiteral("shift_id"), shiftId},
            {QStringLiteral("staff_id"), staffId},
            {QStringLiteral("amount"), amount},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("approved_by"), approvedBy}};
}

CashMovementEvent CashMovementEvent::fromJson(const QString& type, const QJsonObject& o)
{
    return {type, whole(o, "shift_id"), whole(o, "staff_id"), whole(o, "amount"), text(o, "reason"), whole(o, "approved_by")};
}

} // namespace omnitill::protocol
