#pragma once

#include "EventType.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace omnitill::protocol {

// One line of a sold cart as the hub books it. Amounts are minor units; quantity is pieces, or
// grams for weighed goods.
struct SaleEventLine
{
    int line = 0; // 1-based, in the cart's order
    qint64 productId = 0;
    QString sku;
    qint64 categoryId = 0;
    QString giftCard; // "activate" or "topup" when the line loads a card
    QString name;
    QString unit;
    qint64 quantity = 0;
    qint64 unitPrice = 0;
    qint64 listPrice = 0;
    qint64 amount = 0; // price times quantity, before discounts
    bool promotionExcluded = false;
    qint64 discount = 0; // all discounts together
    qint64 promotionDiscount = 0;
    qint64 couponDiscount = 0;
    qint64 pointsDiscount = 0;
    qint64 pointsEarned = 0;
    qint64 net = 0;
    qint64 tax = 0;
    qint64 gross = 0;
    QString taxCode;
    int taxBasisPoints = 0;
    QString batch;
    QString serial;
    qint64 priceOverrideBy = 0;
    qint64 discountApprovedBy = 0;

    friend bool operator==(const SaleEventLine&, const SaleEventLine&) = default;
};

struct SaleEventPromotionShare
{
    int line = 0;
    qint64 amount = 0;

    friend bool operator==(const SaleEventPromotionShare&, const SaleEventPromotionShare&) = default;
};

struct SaleEventPromotion
{
    QString id;
    QString name;
    qint64 discount = 0;
    QList<SaleEventPromotionShare> lines; // how the discount is allocated

    friend bool operator==(const SaleEventPromotion&, const SaleEventPromotion&) = default;
};

struct SaleEventCoupon
{
    QString id;
    QString name;
    qint64 discount = 0;

    friend bool operator==(const SaleEventCoupon&, const SaleEventCoupon&) = default;
};

// A gift card the sale activates or tops up.
struct SaleEventGiftCardLoad
{
    QString number;
    QString kind;
    qint64 amount = 0;

    friend bool operator==(const SaleEventGiftCardLoad&, const SaleEventGiftCardLoad&) = default;
};

struct SaleEventTax
{
    QString code;
    int basisPoints = 0;
    qint64 net = 0;
    qint64 tax = 0;
    qint64 gross = 0;

    // A tax table as sales and shift reports carry it.
    static QJsonArray toJson(const QList<SaleEventTax>& taxes);
    static QList<SaleEventTax> fromJson(const QJsonArray& taxes);

    friend bool operator==(const SaleEventTax&, const SaleEventTax&) = default;
};

struct SaleEventTender
{
    QString kind; // Tender::kindName
    qint64 amount = 0;
    qint64 tendered = 0;
    QString approvalCode;
    QString cardBrand;
    QString cardLast4;
    QString reference; // QR payment reference; the gift card's number
    qint64 points = 0;

    static constexpr QLatin1String kGiftCard{"giftcard"};

    friend bool operator==(const SaleEventTender&, const SaleEventTender&) = default;
};

struct SaleEventLinePoints
{
    int line = 0;
    qint64 points = 0;

    friend bool operator==(const SaleEventLinePoints&, const SaleEventLinePoints&) = default;
};

// What the sale does to its member's points.
struct SaleEventLoyalty
{
    QString memberId;
    qint64 earned = 0;
    qint64 redeemed = 0;
    qint64 redeemedValue = 0;
    bool redeemedAsDiscount = false;
    QString tier;
    QList<SaleEventLinePoints> lines; // only lines that earned

    friend bool operator==(const SaleEventLoyalty&, const SaleEventLoyalty&) = default;
};

// The "sale" event, and the sale a pickup desk records when it hands over an order paid there.
// The one place that knows how a sale is spelled on the wire.
struct SaleEvent
{
    static constexpr QLatin1String kType = EventType::kSale;

    QString saleId;
    QString receiptId;
    qint64 receiptNumber = 0;
    QString store;
    QString till;
    qint64 shiftId = 0;
    qint64 staffId = 0;
    QString memberId;
    QString currency;
    QString taxMode;
    qint64 subtotal = 0;
    qint64 discount = 0;
    qint64 tax = 0;
    qint64 total = 0;
    qint64 change = 0;
    QString startedAt;       // when the first line was rung up (ISO 8601, UTC); empty from older tills
    QString createdAt;       // ISO 8601, UTC, with milliseconds: the end of the transaction
    QString pricedAt;        // when the cart was priced (promotions in force then)
    QString pricedLocalTime; // the store's local time of day then (HH:mm:ss)
    QString businessDay;     // yyyy-MM-dd
    qint64 ageConfirmedBy = 0;
    bool training = false;
    QString channel; // till, kiosk or pickup
    QList<SaleEventLine> lines;
    QList<SaleEventPromotion> promotions;
    QList<SaleEventCoupon> coupons;
    QList<SaleEventGiftCardLoad> giftCards;
    QList<SaleEventTax> taxes;
    QList<SaleEventTender> tenders;
    std::optional<SaleEventLoyalty> loyalty;
    QString onlineOrder; // the online order paid at the pickup desk
    QString kioskOrder;  // the kiosk ticket paid at the till

    QJsonObject toJson() const;
    // Reads what toJson wrote; a field that is missing or of another kind reads as empty. Check
    // a body from outside with problem() first.
    static SaleEvent fromJson(const QJsonObject& json);
    // Empty when a sale's body has what the hub needs to book it (ids, a time, a currency, whole
    // amounts in range, lines and tenders that are objects); otherwise what is wrong, in plain words.
    static QString problem(const QJsonObject& json);

    friend bool operator==(const SaleEvent&, const SaleEvent&) = default;
};

} // namespace omnitill::protocol
