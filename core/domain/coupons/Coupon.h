#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace omnitill {

// A single-use coupon the hub issued (for the online shop's newsletter, a personal offer, a
// complaint): what it takes off and under which conditions. Carried in a signed OTC2 token.
struct Coupon
{
    enum class Kind
    {
        Amount,
        Percent
    };

    QString id;
    QString name;
    Kind kind = Kind::Amount;
    qint64 value = 0;    // minor units, or basis points for Percent
    qint64 minSpend = 0; // minor units the goods must come to first
    QDate validUntil;    // last day it is accepted (store's calendar); null: no end
    QString memberId;    // only this member may use it; empty: anyone

    // What it takes off an amount (never more than the amount); 0 below the minimum spend.
    qint64 discountOn(qint64 amount) const;

    // The token's fields, in order (names lose any '|').
    static constexpr int kFieldCount = 7;
    QStringList toFields() const;
    static std::optional<Coupon> fromFields(const QStringList& fields);
};

} // namespace omnitill
