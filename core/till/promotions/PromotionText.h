#pragma once

#include <QLocale>
#include <QString>

namespace omnitill {

class Currency;
struct Promotion;

// What a promotion offers, in words the customer reads in their own language ("3 for €5.00",
// "Buy 2, get 1 at half price"): the promotion's name is the store's, this is its explanation.
struct PromotionText
{
    static QString describe(const Promotion& promotion, const Currency& currency, const QLocale& locale);
};

} // namespace omnitill
