#include "ReferenceFeedItems.h"

#include "JsonFields.h"

namespace omnitill::protocol {

using namespace JsonFields;

QJsonObject StaffFeedItem::toJson() const
{
    return {{QStringLiteral("code"), code},        {QStringLiteral("name"), name},        {QStringLiteral("role"), role},
            {QStringLiteral("pin_salt"), pinSalt}, {QStringLiteral("pin_hash"), pinHash}, {QStringLiteral("pin_iterations"), pinIterations},
            {QStringLiteral("active"), active}};
}

StaffFeedItem StaffFeedItem::fromJson(const QJsonObject& o)
{
    return {text(o, "code"),
            text(o, "name"),
            text(o, "role"),
            text(o, "pin_salt"),
            text(o, "pin_hash"),
            int(whole(o, "pin_iterations")),
            o.value(QLatin1String("active")).toBool(true)};
}

QJsonObject SettingFeedItem::toJson() const
{
    return {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}};
}

SettingFeedItem SettingFeedItem::fromJson(const QJsonObject& o)
{
    return {text(o, "key"), text(o, "value")};
}

QJsonObject MemberFeedItem::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("card_code"), cardCode},
            {QStringLiteral("name"), name},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("email"), email},
            {QStringLiteral("consent"), consent},
            {QStringLiteral("points_balance"), pointsBalance},
            {QStringLiteral("lifetime_points"), lifetimePoints},
            {QStringLiteral("erased"), erased}};
}

MemberFeedItem MemberFeedItem::fromJson(const QJsonObject& o)
{
    return {text(o, "id"),
            text(o, "card_code"),
            text(o, "name"),
            text(o, "phone"),
            text(o, "email"),
            flag(o, "consent"),
            whole(o, "points_balance"),
            whole(o, "lifetime_points"),
            flag(o, "erased")};
}

QJsonObject StockLevelFeedItem::toJson() const
{
    return {{QStringLiteral("store_id"), storeId}, {QStringLiteral("sku"), sku}, {QStringLiteral("on_hand"), onHand}};
}

StockLevelFeedItem StockLevelFeedItem::fromJson(const QJsonObject& o)
{
    return {text(o, "store_id"), text(o, "sku"), whole(o, "on_hand")};
}

QJsonObject CouponFeedItem::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("used"), used}, {QStringLiteral("used_at"), usedAt}};
}

CouponFeedItem CouponFeedItem::fromJson(const QJsonObject& o)
{
    return {text(o, "id"), flag(o, "used"), text(o, "used_at")};
}

QJsonObject GiftCardFeedItem::toJson() const
{
    return {{QStringLiteral("number"), number},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("balance"), balance},
            {QStringLiteral("status"), status}};
}

GiftCardFeedItem GiftCardFeedItem::fromJson(const QJsonObject& o)
{
    return {text(o, "number"), text(o, "kind"), text(o, "currency"), whole(o, "balance"), text(o, "status")};
}

} // namespace omnitill::protocol
