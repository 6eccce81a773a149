#include "Promotion.h"

#include "common/DomainError.h"
#include "common/Tr.h"

#include <array>

namespace omnitill {

namespace {
constexpr std::array kKinds{
    std::pair{Promotion::Kind::PercentOff, "percent_off"}, std::pair{Promotion::Kind::AmountOff, "amount_off"},
    std::pair{Promotion::Kind::FixedPrice, "fixed_price"}, std::pair{Promotion::Kind::BuyXGetY, "buy_x_get_y"},
    std::pair{Promotion::Kind::MixMatch, "mix_match"},     std::pair{Promotion::Kind::SpendThreshold, "spend_threshold"},
};
} // namespace

bool Promotion::isActive(const QDateTime& nowUtc, const QTime& localTime, bool member) const
{
    if (memberOnly && !member)
        return false;
    if (validFrom.isValid() && nowUtc < validFrom)
        return false;
    if (validUntil.isValid() && nowUtc >= validUntil)
        return false;
    if (dailyFrom.isValid() && dailyUntil.isValid()) {
        // A window may run past midnight (22:00-02:00).
        const bool inside = dailyFrom <= dailyUntil ? (localTime >= dailyFrom && localTime < dailyUntil)
                                                    : (localTime >= dailyFrom || localTime < dailyUntil);
        if (!inside)
            return false;
    }
    return true;
}

bool Promotion::covers(qint64 productId, qint64 categoryId) const
{
    if (products.isEmpty() && categories.isEmpty())
        return true;
    return products.contains(productId) || categories.contains(categoryId);
}

QString Promotion::kindName(Kind kind)
{
    for (const auto& [k, name] : kKinds) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

Promotion::Kind Promotion::kindFromName(const QString& name)
{
    for (const auto& [k, n] : kKinds) {
        if (name == QLatin1String(n))
            return k;
    }
    throw DomainError(QStringLiteral("promotion.kind"), Tr::tr("Unknown kind of promotion \"%1\"").arg(name));
}

} // namespace omnitill
