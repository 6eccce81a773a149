#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

namespace omnitill {

struct LoyaltyTier
{
    QString name;
    qint64 lifetimeFrom = 0; // lifetime points that reach the tier
    int earnPercent = 100;   // what the tier earns, as a percentage of the base rate
};

// The store's loyalty programme as configured (settings loyalty.*, which the hub manages).
// Points are earned on what was paid with money, never on what points paid for.
struct LoyaltyRules
{
    enum class RedeemAs
    {
        Tender,
        Discount
    };

    bool enabled = true;
    qint64 earnPoints = 1; // earnPoints for every earnPer minor units paid
    qint64 earnPer = 100;
    QHash<qint64, int> categoryPercent; // category id -> percent of the base rate; 0 excludes it
    QSet<QString> excludedSkus;         // gift cards, tobacco: never earn
    qint64 pointValue = 1;              // minor units one point is worth
    // As a tender the goods keep their price and their tax; as a discount the price (and the
    // tax in it) goes down.
    RedeemAs redeemAs = RedeemAs::Tender;
    qint64 minRedeem = 100;          // points
    int maxRedeemShareBp = 10000;    // of the amount due
    qint64 maxRedeemPerSale = 50000; // points; the till redeems against a balance it last synced
    qint64 maxRedeemPerDay = 100000; // points per member and business day at this till
    QList<LoyaltyTier> tiers;        // ascending by lifetimeFrom

    // Throws DomainError naming the setting that cannot be read.
    // valueOf(key) gives a setting's value, empty when unset.
    static LoyaltyRules fromSettings(const std::function<QString(const QString&)>& valueOf);
    static QStringList settingKeys();
    // Validates one setting's text as fromSettings would; empty when fine, else the reason.
    static QString checkSetting(const QString& key, const QString& value);

    // The tier of a member with these lifetime points (an unnamed 100 % tier below the first).
    LoyaltyTier tierFor(qint64 lifetimePoints) const;
    int percentFor(qint64 categoryId, const QString& sku) const;
};

} // namespace omnitill
