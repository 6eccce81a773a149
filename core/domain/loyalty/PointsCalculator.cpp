#include "PointsCalculator.h"

#include "common/Int128.h"
#include "common/Tr.h"
#include "money/Allocation.h"

namespace omnitill {

Earning PointsCalculator::earn(const QList<EarnLine>& lines, qint64 pointsPaid, int tierPercent) const
{
    Earning out;
    out.perLine = QList<qint64>(lines.size(), 0);
    if (!m_rules.enabled || lines.isEmpty())
        return out;
    QList<qint64> paid;
    for (const EarnLine& l : lines)
        paid.append(std::max<qint64>(0, l.paid));
    const QList<qint64> byPoints = allocateProportionally(std::max<qint64>(0, pointsPaid), paid);
    // Weight: money paid times the line's percent; the sale's points come from the weights' sum.
    QList<qint64> weights;
    Int128 weighted = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const qint64 money = std::max<qint64>(0, paid[i] - byPoints.value(i));
        const qint64 w = money * m_rules.percentFor(lines[i].categoryId, lines[i].sku);
        weights.append(w);
        weighted += w;
    }
    const Int128 points = weighted * tierPercent * m_rules.earnPoints / (Int128(100) * 100 * m_rules.earnPer);
    out.points = qint64(points);
    out.perLine = allocateProportionally(out.points, weights);
    return out;
}

PointsCalculator::RedeemLimit PointsCalculator::maxRedeemable(qint64 available, qint64 redeemedToday, qint64 due) const
{
    if (!m_rules.enabled)
        return {0, Tr::tr("The loyalty programme is switched off")};
    RedeemLimit limit{std::max<qint64>(0, available), Tr::tr("the member's balance")};
    const auto cap = [&limit](qint64 points, const QString& reason) {
        if (points < limit.points)
            limit = {std::max<qint64>(0, points), reason};
    };
    cap(m_rules.maxRedeemPerSale, Tr::tr("the limit per sale"));
    cap(m_rules.maxRedeemPerDay - redeemedToday, Tr::tr("the daily limit"));
    cap(qint64(Int128(std::max<qint64>(0, due)) * m_rules.maxRedeemShareBp / 10000 / m_rules.pointValue),
        Tr::tr("the share of the sale points may pay"));
    if (limit.points < m_rules.minRedeem)
        return {0, Tr::tr("At least %1 points can be redeemed; %2 allows %3").arg(m_rules.minRedeem).arg(limit.reason).arg(limit.points)};
    return limit;
}

} // namespace omnitill
