#include "Discount.h"

#include "common/DomainError.h"
#include "common/Tr.h"
#include "money/Money.h"
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

Discount Discount::parse(const QString& text, const Currency& currency)
{
    const QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%'))) {
        // A percentage with up to two decimals is parsed like an amount with two minor digits.
        static const Currency hundredths = Currency::fromCode(QStringLiteral("EUR"));
        const qint64 basisPoints = Money::parse(t.chopped(1), hundredths).minor();
        if (basisPoints < 0 || basisPoints > 10000)
            throw DomainError(QStringLiteral("cart.discount"), Tr::tr("The discount is out of range"));
        return percent(basisPoints);
    }
    const qint64 minor = Money::parse(t, currency).minor();
    if (minor < 0)
        throw DomainError(QStringLiteral("cart.discount"), Tr::tr("The discount is out of range"));
    return amount(minor);
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
