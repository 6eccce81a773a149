#include "TaxCalculator.h"

#include "common/DomainError.h"
#include "common/Int128.h"
#include "common/Tr.h"

namespace omnitill {

QString taxModeName(TaxMode mode)
{
    return mode == TaxMode::Inclusive ? QStringLiteral("inclusive") : QStringLiteral("exclusive");
}

TaxMode taxModeFromName(const QString& name)
{
    if (name == QLatin1String("inclusive"))
        return TaxMode::Inclusive;
    if (name == QLatin1String("exclusive"))
        return TaxMode::Exclusive;
    throw DomainError(QStringLiteral("tax.mode"), Tr::tr("Unknown tax mode \"%1\"").arg(name));
}

qint64 TaxCalculator::divideRoundHalfAway(qint64 numerator, qint64 denominator)
{
    if (denominator <= 0)
        throw DomainError(QStringLiteral("tax.denominator"), Tr::tr("Invalid tax computation"));
    const bool negative = numerator < 0;
    const Int128 magnitude = negative ? -Int128(numerator) : Int128(numerator);
    const Int128 rounded = (magnitude * 2 + denominator) / (Int128(denominator) * 2);
    return qint64(negative ? -rounded : rounded);
}

LineTax TaxCalculator::lineTax(const Money& amount, int basisPoints) const
{
    if (basisPoints < 0 || basisPoints > 100000)
        throw DomainError(QStringLiteral("tax.rate"), Tr::tr("Invalid tax rate"));
    const Currency& currency = amount.currency();
    const qint64 value = amount.minor();
    // Products computed in 128 bits so that no realistic amount can overflow.
    if (m_mode == TaxMode::Inclusive) {
        const qint64 tax = divideRoundHalfAway(qint64(Int128(value) * basisPoints), 10000 + basisPoints);
        return {Money(value - tax, currency), Money(tax, currency), amount};
    }
    const qint64 tax = divideRoundHalfAway(qint64(Int128(value) * basisPoints), 10000);
    return {amount, Money(tax, currency), amount + Money(tax, currency)};
}

void TaxSummary::add(const TaxRate& rate, const LineTax& line)
{
    for (TaxBucket& bucket : m_buckets) {
        if (bucket.rate.id == rate.id) {
            bucket.net += line.net;
            bucket.tax += line.tax;
            bucket.gross += line.gross;
            return;
        }
    }
    m_buckets.append({rate, line.net, line.tax, line.gross});
}

} // namespace omnitill
