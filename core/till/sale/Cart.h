#pragma once

#include "CartLine.h"
#include "coupons/Coupon.h"
#include "promotions/PromotionEngine.h"
#include "tax/TaxCalculator.h"

#include <QList>

namespace omnitill {

struct LineTotals
{
    int lineId = 0;
    qint64 extended = 0;
    qint64 promotion = 0; // what promotions took off the line (part of discount)
    qint64 discount = 0;  // promotions, then the line discount, plus the line's share of the cart discount
    bool voucher = false; // loads a gift card: never discounted
    qint64 coupon = 0;    // the line's share of the coupon (part of discount)
    qint64 points = 0;    // the line's share of points redeemed as a discount (part of discount)
    LineTax tax;
};

struct CartTotals
{
    Money subtotal; // before discounts
    Money discount;
    qint64 coupon = 0; // what the coupon took off (part of discount)
    Money tax;
    Money total; // what the customer pays
    QList<LineTotals> lines;
    QList<TaxBucket> taxes;
};

// Loyalty points the customer spends on this sale. As a discount they lower the lines' prices
// (and the tax in them); as a tender the payment carries them and the cart only remembers the wish.
struct PointsRedemption
{
    qint64 points = 0;
    qint64 value = 0; // minor units
    bool asDiscount = false;
};

// The sale being rung up. Plain domain state: permissions and persistence live in SaleService.
class Cart
{
public:
    Cart(Currency currency, TaxMode taxMode);

    const Currency& currency() const { return m_currency; }
    TaxMode taxMode() const { return m_taxMode; }
    const QList<CartLine>& lines() const { return m_lines; }
    bool isEmpty() const { return m_lines.isEmpty(); }
    const CartLine& line(int lineId) const;
    // Names are for people: a language switch renames lines without touching prices.
    void renameLine(int lineId, const QString& name) { mutableLine(lineId).name = name; }

    // Adds the line, or adds its quantity to an identical line; returns the line's id.
    int add(CartLine line);
    void setQuantity(int lineId, qint64 quantity);
    void remove(int lineId);
    void setLineDiscount(int lineId, const Discount& discount);
    void setUnitPrice(int lineId, qint64 unitPrice, qint64 approvedBy);
    void setCartDiscount(const Discount& discount);
    const Discount& cartDiscount() const { return m_cartDiscount; }

    // After subtotal, removing a line is a void that needs rights.
    bool subtotalShown() const { return m_subtotalShown; }
    void markSubtotal() { m_subtotalShown = true; }

    bool needsAgeConfirmation() const;
    qint64 ageConfirmedBy() const { return m_ageConfirmedBy; }
    void confirmAge(qint64 staffId) { m_ageConfirmedBy = staffId; }

    QString memberId() const { return m_memberId; }
    void setMemberId(const QString& id);

    // The self-order kiosk's order this sale settles (paid at the kiosk, or brought to the till
    // as a QR); the sale's channel is then "kiosk".
    QString kioskOrder() const { return m_kioskOrder; }
    void setKioskOrder(const QString& orderId) { m_kioskOrder = orderId; }

    // One coupon per sale, checked by the coupon service; it applies after the other discounts.
    void setCoupon(const std::optional<Coupon>& coupon) { m_coupon = coupon; }
    const std::optional<Coupon>& coupon() const { return m_coupon; }

    // Set by the loyalty service after checking the member's balance and limits; any change to
    // the lines or the customer clears it.
    void setPointsRedemption(const PointsRedemption& redemption) { m_points = redemption; }
    const PointsRedemption& pointsRedemption() const { return m_points; }

    // The promotions decided for the current lines (SaleService re-decides after every change;
    // any change to the lines clears them until then).
    QList<PromotionLine> promotionInput() const;
    // pricedAt: when they were worked out (UTC), so the hub can recompute them for that moment.
    void setPromotions(PromotionResult promotions, const QDateTime& pricedAt)
    {
        m_promotions = std::move(promotions);
        m_pricedAt = pricedAt;
    }
    const PromotionResult& promotions() const { return m_promotions; }
    const QDateTime& pricedAt() const { return m_pricedAt; }
    // When the transaction began (UTC): the first pricing of a line; receipts print it.
    const QDateTime& startedAt() const { return m_startedAt; }
    void markStarted(const QDateTime& at)
    {
        if (!m_startedAt.isValid() && !m_lines.isEmpty())
            m_startedAt = at;
    }

    CartTotals totals() const;

    QJsonObject toJson() const;
    static Cart fromJson(const QJsonObject& json);

private:
    CartLine& mutableLine(int lineId);
    void linesChanged();

    Currency m_currency;
    TaxMode m_taxMode;
    QList<CartLine> m_lines;
    Discount m_cartDiscount;
    int m_nextLineId = 1;
    bool m_subtotalShown = false;
    qint64 m_ageConfirmedBy = 0;
    QString m_memberId;
    QString m_kioskOrder;
    PromotionResult m_promotions;
    QDateTime m_pricedAt;
    QDateTime m_startedAt;
    PointsRedemption m_points;
    std::optional<Coupon> m_coupon;
};

} // namespace omnitill
