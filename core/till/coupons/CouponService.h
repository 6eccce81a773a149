#pragma once

#include "SaleEvent.h"
#include "coupons/Coupon.h"

namespace omnitill {

class Cart;
class Clock;
class Database;
class StoreSettings;
struct CartTotals;

// Coupons at the till: an OTC2 code is checked offline with the hub's key, and refused when
// expired, for another member, below its minimum spend or already used (here, or anywhere as far
// as the last sync told). Offline acceptance is a policy: a coupon worth more than
// coupons.max_value_unsynced is accepted only if the till synced within coupons.sync_fresh_minutes.
// What slips through (the same coupon in two stores between syncs) becomes a conflict on the hub.
class CouponService
{
public:
    CouponService(Database& db, const Clock& clock, const StoreSettings& settings) : m_db(db), m_clock(clock), m_settings(settings) {}

    static bool isCouponCode(const QString& code);
    // The coupon in a genuine code, or DomainError coupon.bad_token.
    Coupon verify(const QString& code) const;
    // Puts the coupon on the cart after every check; returns it.
    Coupon apply(Cart& cart, const QString& code);
    void remove(Cart& cart) const;

    // Within the sale's transaction: checks the cart's coupon again, marks it used and returns the
    // sale event's "coupons" entries ([] without one).
    QList<protocol::SaleEventCoupon> settle(const Cart& cart, const CartTotals& totals, const QString& saleId, bool training);
    // Within the sale's transaction, after settle: the member's personal coupon from the hub's
    // offers (genuine, theirs, valid, unused) is kept with the sale so its receipt prints it.
    // Returns whether there was one. Training sales and guests get none.
    bool recordPersonalCoupon(const QString& memberId, const QString& saleId, bool training);

private:
    void check(const Coupon& coupon, const Cart& cart, qint64 discount) const;
    bool isUsed(const QString& couponId);

    Database& m_db;
    const Clock& m_clock;
    const StoreSettings& m_settings;
};

} // namespace omnitill
