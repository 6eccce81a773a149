#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// The items of the `offers` feed: what customers buy together, and a member's favourite
// categories with the personal coupon the hub gave them. The till suggests from them offline.
namespace omnitill::protocol {

struct OffersFeed
{
    static constexpr QLatin1String kFeed{"offers"};
};

// Key "product:<sku>": the products most often in the same basket as sku.
struct BoughtTogetherOffer
{
    static constexpr QLatin1String kKind{"bought_together"};

    struct Other
    {
        QString sku;
        qint64 count = 0; // baskets with both

        friend bool operator==(const Other&, const Other&) = default;
    };

    QString sku;
    QList<Other> with;

    static QString key(const QString& sku) { return QStringLiteral("product:") + sku; }
    QJsonObject toJson() const;
    static BoughtTogetherOffer fromJson(const QJsonObject& json);

    friend bool operator==(const BoughtTogetherOffer&, const BoughtTogetherOffer&) = default;
};

// Key "member:<id>": the categories a member buys most, and their personal coupon's code.
struct MemberOffer
{
    static constexpr QLatin1String kKind{"favourite_categories"};

    QString memberId;
    QList<qint64> categories;
    QString coupon; // empty: none

    static QString key(const QString& memberId) { return QStringLiteral("member:") + memberId; }
    QJsonObject toJson() const;
    static MemberOffer fromJson(const QJsonObject& json);

    friend bool operator==(const MemberOffer&, const MemberOffer&) = default;
};

} // namespace omnitill::protocol
