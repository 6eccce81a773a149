#pragma once

#include "Coupon.h"

namespace omnitill {

// What the hub gives a member who shops as a personal coupon for the next visit, from the
// chain-wide setting offers.personal_coupon: "KIND:VALUE:MIN_SPEND:DAYS", KIND amount (VALUE in
// minor units) or percent (VALUE in basis points), valid for DAYS days. Empty: no personal coupons.
struct PersonalCouponPolicy
{
    static constexpr auto kSettingKey = "offers.personal_coupon";

    Coupon::Kind kind = Coupon::Kind::Amount;
    qint64 value = 0;
    qint64 minSpend = 0;
    int days = 0;

    // nullopt for an empty setting; DomainError coupon.policy for a malformed one.
    static std::optional<PersonalCouponPolicy> parse(const QString& setting);
    // For the settings import: empty when the value is acceptable, else why not.
    static QString check(const QString& setting);

    Coupon couponFor(const QString& couponId, const QString& memberId, const QDate& today) const;
};

} // namespace omnitill
