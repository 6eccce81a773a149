#include "Discount.h"

#include "tax/TaxCalculator.h"

#include <algorithm>

namespace omnitill {

qint64 Discount::on(qint64 amount) const
{
    switch (kind) {
    case Kind::None:
        return 0;
    case Kind::Percent:
        return std::clamp<qint64>(TaxCalculator::divideRoundHalfAway(amount * value, 10000), 0, amount);
    case Kind::Amount:
        return std::clamp<qint64>(value, 0, amount);
    }
    return 0;
}

QJsonObject Discount::toJson() const
{
    return {{QStringLiteral("kind"), int(kind)},
            {QStringLiteral("value"), value},
            {QStringLiteral("approved_by"), approvedBy},
            {QStringLiteral("reason"), reason}};
}

Discount Discount::fromJson(const QJsonObject& json)
{
    Discount d;
    d.kind = Kind(std::clamp(json.value(QStringLiteral("kind")).toInt(), 0, 2));
    d.value = json.value(QStringLiteral("value")).toInteger();
    d.approvedBy = json.value(QStringLiteral("approved_by")).toInteger();
    d.reason = json.value(QStringLiteral("reason")).toString();
    return d;
}

} // namespace omnitill
