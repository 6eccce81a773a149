#include "LoyaltyRules.h"

#include "common/DomainError.h"
#include "common/Tr.h"

namespace omnitill {

namespace {
[[noreturn]] void bad(const QString& key, const QString& value)
{
    throw DomainError(QStringLiteral("loyalty.setting"), Tr::tr("The loyalty setting %1 cannot be \"%2\"").arg(key, value));
}

qint64 number(const QString& key, const QString& text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 n = text.trimmed().toLongLong(&ok);
    if (!ok || n < min || n > max)
        bad(key, text);
    return n;
}

void apply(LoyaltyRules& r, const QString& key, const QString& value)
{
    const QString v = value.trimmed();
    if (key == QLatin1String("loyalty.enabled")) {
        if (v != QLatin1String("0") && v != QLatin1String("1"))
            bad(key, value);
        r.enabled = v == QLatin1String("1");
    } else if (key == QLatin1String("loyalty.earn_points")) {
        r.earnPoints = number(key, v, 0, 1000000);
    } else if (key == QLatin1String("loyalty.earn_per")) {
        r.earnPer = number(key, v, 1, 100000000);
    } else if (key == QLatin1String("loyalty.point_value")) {
        r.pointValue = number(key, v, 1, 1000000);
    } else if (key == QLatin1String("loyalty.redeem_as")) {
        if (v == QLatin1String("tender"))
            r.redeemAs = LoyaltyRules::RedeemAs::Tender;
        else if (v == QLatin1String("discount"))
            r.redeemAs = LoyaltyRules::RedeemAs::Discount;
        else
            bad(key, value);
    } else if (key == QLatin1String("loyalty.min_redeem")) {
        r.minRedeem = number(key, v, 1, 1000000000);
    } else if (key == QLatin1String("loyalty.max_redeem_share_bp")) {
        r.maxRedeemShareBp = int(number(key, v, 0, 10000));
    } else if (key == QLatin1String("loyalty.max_redeem_sale")) {
        r.maxRedeemPerSale = number(key, v, 0, 1000000000000);
    } else if (key == QLatin1String("loyalty.max_redeem_day")) {
        r.maxRedeemPerDay = number(key, v, 0, 1000000000000);
    } else if (key == QLatin1String("loyalty.category_percent")) {
        // "3:200,7:0": category 3 earns double, category 7 nothing
        r.categoryPercent.clear();
        for (const QString& part : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList pair = part.split(QLatin1Char(':'));
            if (pair.size() != 2)
                bad(key, value);
            r.categoryPercent.insert(number(key, pair[0], 1, std::numeric_limits<qint64>::max()), int(number(key, pair[1], 0, 1000)));
        }
    } else if (key == QLatin1String("loyalty.excluded_skus")) {
        r.excludedSkus.clear();
        for (const QString& sku : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            r.excludedSkus.insert(sku.trimmed());
    } else if (key == QLatin1String("loyalty.tiers")) {
        // "Silver:1000:125;Gold:5000:150": name, lifetime points from, earn percent
        r.tiers.clear();
        for (const QString& part : v.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QStringList t = part.split(QLatin1Char(':'));
            if (t.size() != 3 || t[0].trimmed().isEmpty())
                bad(key, value);
            LoyaltyTier tier{t[0].trimmed(), number(key, t[1], 0, std::numeric_limits<qint64>::max()), int(number(key, t[2], 0, 1000))};
            if (!r.tiers.isEmpty() && r.tiers.last().lifetimeFrom >= tier.lifetimeFrom)
                bad(key, value);
            r.tiers.append(tier);
        }
    }
}
} // namespace

QStringList LoyaltyRules::settingKeys()
{
    return {
        QStringLiteral("loyalty.enabled"),          QStringLiteral("loyalty.earn_points"),    QStringLiteral("loyalty.earn_per"),
        QStringLiteral("loyalty.category_percent"), QStringLiteral("loyalty.excluded_skus"),  QStringLiteral("loyalty.point_value"),
        QStringLiteral("loyalty.redeem_as"),        QStringLiteral("loyalty.min_redeem"),     QStringLiteral("loyalty.max_redeem_share_bp"),
        QStringLiteral("loyalty.max_redeem_sale"),  QStringLiteral("loyalty.max_redeem_day"), QStringLiteral("loyalty.tiers")};
}

QString LoyaltyRules::checkSetting(const QString& key, const QString& value)
{
    LoyaltyRules scratch;
    try {
        if (!value.trimmed().isEmpty())
            apply(scratch, key, value);
    } catch (const DomainError& e) {
        return e.message();
    }
    return {};
}

LoyaltyRules LoyaltyRules::fromSettings(const std::function<QString(const QString&)>& valueOf)
{
    LoyaltyRules rules;
    for (const QString& key : settingKeys()) {
        const QString value = valueOf(key);
        if (!value.trimmed().isEmpty())
            apply(rules, key, value);
    }
    return rules;
}

LoyaltyTier LoyaltyRules::tierFor(qint64 lifetimePoints) const
{
    LoyaltyTier tier;
    for (const LoyaltyTier& t : tiers) {
        if (lifetimePoints >= t.lifetimeFrom)
            tier = t;
    }
    return tier;
}

int LoyaltyRules::percentFor(qint64 categoryId, const QString& sku) const
{
    if (excludedSkus.contains(sku))
        return 0;
    return categoryPercent.value(categoryId, 100);
}

} // namespace omnitill
