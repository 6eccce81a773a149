#pragma once

#include "SaleEvent.h"
#include "loyalty/LoyaltyRules.h"
#include "loyalty/PointsCalculator.h"

#include <QDate>

namespace omnitill {

class Cart;
class Clock;
class Database;
class Payment;
class StoreSettings;
struct CartTotals;

struct PointsAccount
{
    QString memberId;
    qint64 balance = 0;       // as the hub last reported it
    qint64 pending = 0;       // redeemed here, not yet posted by the hub
    qint64 available = 0;     // balance - pending
    qint64 redeemedToday = 0; // at this till on the business day
    qint64 lifetime = 0;
    LoyaltyTier tier;
};

// What one sale does to its member's points, as the sale event carries it to the hub.
struct SaleLoyalty
{
    QString memberId;
    qint64 earned = 0;
    qint64 redeemed = 0;
    qint64 redeemedValue = 0;
    bool asDiscount = false;
    QString tier;
    QList<qint64> earnedPerLine; // in the cart's line order

    bool isEmpty() const { return memberId.isEmpty(); }
    protocol::SaleEventLoyalty toEvent() const;
};

// The till's side of the points ledger. Earning is queued with the sale; redemption is allowed
// only within the programme's caps against the last synced balance minus what this till has
// redeemed and the hub has not yet posted. The hub posts both in order and flags overdrafts.
class PointsService
{
public:
    PointsService(Database& db, const Clock& clock, const StoreSettings& settings) : m_db(db), m_clock(clock), m_settings(settings) {}

    LoyaltyRules rules() const;
    PointsAccount account(const QString& memberId);
    // The most the cart's member may redeem now, with what limits it.
    PointsCalculator::RedeemLimit limitFor(const Cart& cart);
    // Puts points on the cart (as a discount or, for the payment, as a tender); 0 takes them off.
    // Throws DomainError beyond the limit or without a member.
    void redeem(Cart& cart, qint64 points);

    // Within the sale's transaction: checks the redemption once more and works out the earning.
    SaleLoyalty settle(const Cart& cart, const CartTotals& totals, const Payment& payment, bool training);
    // Within the sale's transaction, after its event is in the outbox.
    void record(const QString& saleId, const SaleLoyalty& loyalty, qint64 outboxSeq);

private:
    QDate today() const;

    Database& m_db;
    const Clock& m_clock;
    const StoreSettings& m_settings;
};

} // namespace omnitill
