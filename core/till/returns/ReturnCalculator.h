#pragma once

#include "ReturnQuote.h"
#include "promotions/Promotion.h"

namespace omnitill {

// Works out a return against a sale: never more than is left to return; the returned units give
// back what they carried of the payment, less what the goods the customer keeps lose of their
// promotions (a broken "buy 2 get 1" is recalculated with the promotions of the sale, at the time
// it was priced). Promotions this till no longer knows keep their original shares. The refund is
// shared over the returned lines (largest remainder), with the tax in it, and the points earned on
// the returned units are reversed so that returning everything reverses everything.
class ReturnCalculator
{
public:
    // `promotions`: the definitions of the sale's promotions this till knows (others are ignored).
    static ReturnQuote quote(const OriginalSale& sale, const QList<ReturnRequestLine>& request, const QList<Promotion>& promotions);
};

} // namespace omnitill
