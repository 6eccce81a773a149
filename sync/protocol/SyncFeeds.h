#pragma once

#include "OfferFeedItems.h"
#include "OnlineOrder.h"
#include "ReferenceFeedItems.h"
#include "StockRequestEvents.h"

#include <QStringList>

namespace omnitill::protocol {

// The reference feeds a till pulls after the catalog, in the order it applies them.
inline const QStringList& referenceFeeds()
{
    static const QStringList feeds{StaffFeedItem::kFeed,      SettingFeedItem::kFeed,       MemberFeedItem::kFeed, OnlineOrder::kFeed,
                                   StockLevelFeedItem::kFeed, QStringLiteral("promotions"), CouponFeedItem::kFeed, GiftCardFeedItem::kFeed,
                                   OffersFeed::kFeed,         StockRequestDocument::kFeed};
    return feeds;
}

// The settings a hub may change on a till; identity, currency, tax mode and keys stay local.
inline const QStringList& hubManagedSettings()
{
    static const QStringList keys{
        QStringLiteral("store.name"), QStringLiteral("store.address"), QStringLiteral("store.vat_id"),
        QStringLiteral("limits.cashier_discount_bp"), QStringLiteral("staff.max_pin_attempts"), QStringLiteral("staff.lockout_minutes"),
        QStringLiteral("sale.age_limit_years"),
        // the loyalty programme (LoyaltyRules)
        QStringLiteral("loyalty.enabled"), QStringLiteral("loyalty.earn_points"), QStringLiteral("loyalty.earn_per"),
        QStringLiteral("loyalty.category_percent"), QStringLiteral("loyalty.excluded_skus"), QStringLiteral("loyalty.point_value"),
        QStringLiteral("loyalty.redeem_as"), QStringLiteral("loyalty.min_redeem"), QStringLiteral("loyalty.max_redeem_share_bp"),
        QStringLiteral("loyalty.max_redeem_sale"), QStringLiteral("loyalty.max_redeem_day"), QStringLiteral("loyalty.tiers"),
        // how far coupons are trusted while the till cannot reach the hub
        QStringLiteral("coupons.max_value_unsynced"), QStringLiteral("coupons.sync_fresh_minutes"),
        // gift cards: what they are sold with and spend without a recent sync
        QStringLiteral("giftcard.sku"), QStringLiteral("giftcard.min_amount"), QStringLiteral("giftcard.max_amount"),
        QStringLiteral("giftcard.max_spend_unsynced"),
        // the personal coupon the hub gives members who shop (PersonalCouponPolicy)
        QStringLiteral("offers.personal_coupon")};
    return keys;
}

} // namespace omnitill::protocol
