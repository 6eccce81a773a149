#pragma once

#include "LoyaltyRules.h"

#include <QList>

namespace omnitill {

struct EarnLine
{
    QString sku;
    qint64 categoryId = 0;
    qint64 paid = 0; // what the line costs the customer after every discount (minor units)
};

struct Earning
{
    qint64 points = 0;
    QList<qint64> perLine; // adds up to points; a return reverses exactly its lines' share
};

// Plain arithmetic of the programme: what a sale earns and what may be redeemed on it.
class PointsCalculator
{
public:
    explicit PointsCalculator(const LoyaltyRules& rules) : m_rules(rules) {}

    // pointsPaid: the part of the sale paid with points as a tender (minor units); it is taken
    // off the lines in proportion and earns nothing. Rounds down, once for the whole sale.
    Earning earn(const QList<EarnLine>& lines, qint64 pointsPaid, int tierPercent) const;

    struct RedeemLimit
    {
        qint64 points = 0; // the most that may be redeemed now (0 when below the minimum)
        QString reason;    // translated: what limits it, for the cashier
    };
    // available: the last synced balance minus redemptions not yet posted by the hub;
    // redeemedToday: what this member redeemed at this till on the business day.
    RedeemLimit maxRedeemable(qint64 available, qint64 redeemedToday, qint64 due) const;

    qint64 valueOf(qint64 points) const { return points * m_rules.pointValue; }

private:
    const LoyaltyRules& m_rules;
};

} // namespace omnitill
