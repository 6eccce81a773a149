#pragma once

#include "SaleEvent.h"

#include <QJsonObject>

namespace omnitill {
class Clock;
class Signer;
struct Coupon;
} // namespace omnitill

namespace omnitill::hub {

class HubDatabase;
class HubFeeds;

// Single-use coupons: issued here as signed OTC2 codes that tills check offline, used once in a
// store or online. The first use the hub hears of wins; a second (two stores offline at once)
// opens a conflict. Every use goes to the tills' coupons feed so they refuse the code from then on.
class HubCoupons
{
public:
    // A coupon without a last day: its code is still good for this long.
    static constexpr int kOpenCouponTokenYears = 2;

    HubCoupons(HubDatabase& db, HubFeeds& feeds, const Clock& clock, Signer& hubKey)
        : m_db(db), m_feeds(feeds), m_clock(clock), m_hubKey(hubKey)
    {
    }

    // {id, name, kind: amount|percent, value, min_spend, valid_until (date), member_id} ->
    // {id, code}. The same id again answers the stored code; with other terms it is refused (409).
    QJsonObject issue(const QJsonObject& request);
    // {id, code, status: unused|used, used_at, used_store, used_receipt}
    QJsonObject status(const QString& couponId);
    // A use by the online shop (its own transaction): 409 when already used.
    QJsonObject redeemOnline(const QString& couponId, const QString& reference);
    // Inside the caller's transaction: signs and stores a coupon whose terms are already checked
    // and whose id is new; returns its code.
    QString issueWithin(const Coupon& coupon);
    bool isUsed(const QString& couponId);
    // Inside the push's transaction: the uses in a sale. Returns a conflict reason, or empty.
    QString recordSale(const QString& storeId, const protocol::SaleEvent& sale);

private:
    // Marks the coupon used by `use`; empty when it was free (or used by this same use), else why not.
    QString markUsed(const QString& couponId, const QString& use, const QString& storeId, const QString& receipt);

    HubDatabase& m_db;
    HubFeeds& m_feeds;
    const Clock& m_clock;
    Signer& m_hubKey;
};

} // namespace omnitill::hub
