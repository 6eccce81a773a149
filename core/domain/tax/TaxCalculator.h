#pragma once

#include "TaxRate.h"
#include "money/Money.h"

#include <QList>

namespace omnitill {

struct LineTax
{
    Money net;   // amount without tax
    Money tax;   // tax on the line
    Money gross; // what the customer pays for the line
};

struct TaxBucket
{
    TaxRate rate;
    Money net;
    Money tax;
    Money gross;
};

// The one rounding rule of OmniTill: tax is computed per line, rounded half away from zero to the
// currency's minor unit. Totals per rate are the sums of the rounded line values, so a receipt's
// lines always add up to its totals.
class TaxCalculator
{
public:
    explicit TaxCalculator(TaxMode mode) : m_mode(mode) {}

    TaxMode mode() const { return m_mode; }
    // amount is the line's price after discounts, as shown on the shelf (gross in inclusive
    // stores, net in exclusive ones).
    LineTax lineTax(const Money& amount, int basisPoints) const;

    static qint64 divideRoundHalfAway(qint64 numerator, qint64 denominator);

private:
    TaxMode m_mode;
};

// Accumulates rounded line taxes into one bucket per rate, in order of first appearance.
class TaxSummary
{
public:
    void add(const TaxRate& rate, const LineTax& line);
    const QList<TaxBucket>& buckets() const { return m_buckets; }

private:
    QList<TaxBucket> m_buckets;
};

} // namespace omnitill
