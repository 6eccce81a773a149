#include "PersonalCouponPolicy.h"

#include "common/DomainError.h"
#include "common/Tr.h"

namespace omnitill {

std::optional<PersonalCouponPolicy> PersonalCouponPolicy::parse(const QString& setting)
{
    if (setting.trimmed().isEmpty())
        return std::nullopt;
    const QStringList parts = setting.trimmed().split(QLatin1Char(':'));
    PersonalCouponPolicy policy;
    bool valueOk = false;
    bool spendOk = false;
    bool daysOk = false;
    if (parts.size() == 4) {
        policy.value = parts[1].toLongLong(&valueOk);
        policy.minSpend = parts[2].toLongLong(&spendOk);
        policy.days = parts[3].toInt(&daysOk);
    }
    const bool kindOk = parts.size() == 4 && (parts[0] == QLatin1String("amount") || parts[0] == QLatin1String("percent"));
    if (kindOk)
        policy.kind = parts[0] == QLatin1String("percent") ? Coupon::Kind::Percent : Coupon::Kind::Amount;
    if (!kindOk || !valueOk || !spendOk || !daysOk || policy.value <= 0 || policy.minSpend < 0 || policy.days < 1 || policy.days > 366 ||
        (policy.kind == Coupon::Kind::Percent && policy.value > 10000))
        throw DomainError(QStringLiteral("coupon.policy"),
                          Tr::tr("%1 is KIND:VALUE:MIN_SPEND:DAYS, e.g. percent:1000:2000:30 (10 % off a spend of 20.00, "
                                 "for 30 days) or amount:500:0:14")
                              .arg(QLatin1String(kSettingKey)));
    return policy;
}

QString PersonalCouponPolicy::check(const QString& setting)
{
    try {
        parse(setting);
    } catch (const DomainError& e) {
        return e.message();
    }
    return {};
}

Coupon PersonalCouponPolicy::couponFor(const QString& couponId, const QString& memberId, const QDate& today) const
{
    Coupon c;
    c.id = couponId;
    c.name = QStringLiteral("Personal coupon");
    c.kind = kind;
    c.value = value;
    c.minSpend = minSpend;
    c.validUntil = today.addDays(days - 1);
    c.memberId = memberId;
    return c;
}

} // namespace omnitill
