#pragma once

#include <QJsonObject>
#include <QLatin1String>
#include <QString>

// The items of the reference feeds a till pulls after the catalog (see SyncFeeds.h): what the hub
// publishes and the till applies, spelled once. Orders, stock requests and promotions have their
// own types (OnlineOrder, StockRequestDocument, PromotionJson).
namespace omnitill::protocol {

// "staff": someone who may log in at the store's tills; the PIN only as a salted PBKDF2 hash.
struct StaffFeedItem
{
    static constexpr QLatin1String kFeed{"staff"};

    QString code;
    QString name;
    QString role;
    QString pinSalt; // base64
    QString pinHash; // base64
    int pinIterations = 0;
    bool active = true;

    QJsonObject toJson() const;
    static StaffFeedItem fromJson(const QJsonObject& json);
    friend bool operator==(const StaffFeedItem&, const StaffFeedItem&) = default;
};

// "settings": one of the settings a hub may change (hubManagedSettings).
struct SettingFeedItem
{
    static constexpr QLatin1String kFeed{"settings"};

    QString key;
    QString value;

    QJsonObject toJson() const;
    static SettingFeedItem fromJson(const QJsonObject& json);
    friend bool operator==(const SettingFeedItem&, const SettingFeedItem&) = default;
};

// "members": a loyalty member and their points as the hub's ledger has them.
struct MemberFeedItem
{
    static constexpr QLatin1String kFeed{"members"};

    QString id;
    QString cardCode;
    QString name; // empty unless the member consented
    QString phone;
    QString email;
    bool consent = false;
    qint64 pointsBalance = 0;
    qint64 lifetimePoints = 0;
    bool erased = false;

    QJsonObject toJson() const;
    static MemberFeedItem fromJson(const QJsonObject& json);
    friend bool operator==(const MemberFeedItem&, const MemberFeedItem&) = default;
};

// "stock": what another store (or this one) has on hand of a product, as its last sync said.
struct StockLevelFeedItem
{
    static constexpr QLatin1String kFeed{"stock"};

    QString storeId;
    QString sku;
    qint64 onHand = 0;

    QJsonObject toJson() const;
    static StockLevelFeedItem fromJson(const QJsonObject& json);
    friend bool operator==(const StockLevelFeedItem&, const StockLevelFeedItem&) = default;
};

// "coupons": a coupon used somewhere, which no till may take again.
struct CouponFeedItem
{
    static constexpr QLatin1String kFeed{"coupons"};

    QString id;
    bool used = false;
    QString usedAt;

    QJsonObject toJson() const;
    static CouponFeedItem fromJson(const QJsonObject& json);
    friend bool operator==(const CouponFeedItem&, const CouponFeedItem&) = default;
};

// "gift_cards": a card's balance and state as the hub's ledger has them.
struct GiftCardFeedItem
{
    static constexpr QLatin1String kFeed{"gift_cards"};

    QString number;
    QString kind;
    QString currency;
    qint64 balance = 0;
    QString status;

    QJsonObject toJson() const;
    static GiftCardFeedItem fromJson(const QJsonObject& json);
    friend bool operator==(const GiftCardFeedItem&, const GiftCardFeedItem&) = default;
};

} // namespace omnitill::protocol
