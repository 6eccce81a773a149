#include "OfferFeedItems.h"

#include "JsonFields.h"

namespace omnitill::protocol {

using namespace JsonFields;

QJsonObject BoughtTogetherOffer::toJson() const
{
    return {{QStringLiteral("kind"), kKind},
            {QStringLiteral("sku"), sku},
            {QStringLiteral("with"), arrayOf(with, [](const Other& o) {
                 return QJsonObject{{QStringLiteral("sku"), o.sku}, {QStringLiteral("count"), o.count}};
             })}};
}

BoughtTogetherOffer BoughtTogetherOffer::fromJson(const QJsonObject& o)
{
    return {text(o, "sku"), listOf<Other>(o, "with", [](const QJsonObject& w) { return Other{text(w, "sku"), whole(w, "count")}; })};
}

QJsonObject MemberOffer::toJson() const
{
    QJsonArray favourites;
    for (const qint64 category : categories)
        favourites.append(category);
    QJsonObject out{{QStringLiteral("kind"), kKind}, {QStringLiteral("member_id"), memberId}, {QStringLiteral("categories"), favourites}};
    insertText(out, "coupon", coupon);
    return out;
}

MemberOffer MemberOffer::fromJson(const QJsonObject& o)
{
    MemberOffer offer{text(o, "member_id"), {}, text(o, "coupon")};
    for (const QJsonValue& c : o.value(QLatin1String("categories")).toArray())
        offer.categories.append(c.toInteger());
    return offer;
}

} // namespace omnitill::protocol
