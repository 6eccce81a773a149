#include "PickupOrder.h"

#include "common/DomainError.h"
#include "common/Tr.h"

#include <algorithm>

namespace omnitill {

namespace {
struct StatusName
{
    PickupStatus status;
    const char* name;
};
constexpr StatusName kNames[] = {
    {PickupStatus::ToPick, "to_pick"},      {PickupStatus::Picking, "picking"},     {PickupStatus::Ready, "ready"},
    {PickupStatus::Overdue, "overdue"},     {PickupStatus::Collected, "collected"}, {PickupStatus::Cancelled, "cancelled"},
    {PickupStatus::Restocked, "restocked"},
};

} // namespace

QString pickupStatusName(PickupStatus status)
{
    for (const StatusName& n : kNames) {
        if (n.status == status)
            return QString::fromLatin1(n.name);
    }
    return {};
}

PickupStatus pickupStatusFromName(const QString& name)
{
    for (const StatusName& n : kNames) {
        if (name == QLatin1String(n.name))
            return n.status;
    }
    throw DomainError(QStringLiteral("pickup.status"), Tr::tr("Unknown pickup status %1").arg(name));
}

QString pickupStatusTitle(PickupStatus status)
{
    switch (status) {
    case PickupStatus::ToPick:
        return Tr::tr("To pick");
    case PickupStatus::Picking:
        return Tr::tr("Being picked");
    case PickupStatus::Ready:
        return Tr::tr("Ready");
    case PickupStatus::Overdue:
        return Tr::tr("Overdue");
    case PickupStatus::Collected:
        return Tr::tr("Collected");
    case PickupStatus::Cancelled:
        return Tr::tr("Cancelled");
    case PickupStatus::Restocked:
        return Tr::tr("Returned to stock");
    }
    return {};
}

qint64 PickupLine::pickedValue() const
{
    // Exactly the agreed total when all is picked, so rounding never charges a cent more or less;
    // a weighed line picked a little over or under is charged by its weight at the agreed price.
    if (picked == ordered)
        return total;
    return lineAmount(unit, picked, unitPrice);
}

qint64 PickupLine::substituteValue() const
{
    return substituteQuantity > 0 ? lineAmount(unit, substituteQuantity, substituteUnitPrice) : 0;
}

qint64 PickupOrder::deliveredValue() const
{
    qint64 sum = 0;
    for (const PickupLine& l : lines)
        sum += l.deliveredValue();
    return sum;
}

const PickupLine& PickupOrder::line(int number) const
{
    const auto it = std::find_if(lines.begin(), lines.end(), [number](const PickupLine& l) { return l.line == number; });
    if (it == lines.end())
        throw DomainError(QStringLiteral("pickup.line"), Tr::tr("Order %1 has no line %2").arg(this->number, QString::number(number)));
    return *it;
}

} // namespace omnitill
