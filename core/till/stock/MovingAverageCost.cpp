#include "MovingAverageCost.h"

#include "common/DomainError.h"
#include "common/Tr.h"
#include "tax/TaxCalculator.h"

namespace omnitill {

qint64 MovingAverageCost::afterReceipt(qint64 onHand, qint64 averageMilli, qint64 received, qint64 unitCostMinor)
{
    if (received <= 0 || unitCostMinor < 0)
        throw DomainError(QStringLiteral("cost.receipt"), Tr::tr("A receipt needs a quantity and a cost"));
    const qint64 incoming = unitCostMinor * kScale;
    if (onHand <= 0)
        return incoming;
    qint64 valueBefore = 0;
    qint64 valueIn = 0;
    if (__builtin_mul_overflow(onHand, averageMilli, &valueBefore) || __builtin_mul_overflow(received, incoming, &valueIn))
        throw DomainError(QStringLiteral("money.overflow"), Tr::tr("The amount is too large"));
    return TaxCalculator::divideRoundHalfAway(valueBefore + valueIn, onHand + received);
}

qint64 MovingAverageCost::value(qint64 quantity, qint64 averageMilli, bool weighed)
{
    qint64 milli = 0;
    if (__builtin_mul_overflow(quantity, averageMilli, &milli))
        throw DomainError(QStringLiteral("money.overflow"), Tr::tr("The amount is too large"));
    return TaxCalculator::divideRoundHalfAway(milli, weighed ? kScale * 1000 : kScale);
}

} // namespace omnitill
