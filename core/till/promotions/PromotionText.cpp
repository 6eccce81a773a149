#include "PromotionText.h"

#include "common/Tr.h"
#include "promotions/Promotion.h"
#include "receipt/ReceiptLayout.h"

namespace omnitill {

namespace {
QString percent(int basisPoints, const QLocale& locale)
{
    return locale.toString(basisPoints / 100.0, 'f', basisPoints % 100 ? 2 : 0) + QStringLiteral(" %");
}
} // namespace

QString PromotionText::describe(const Promotion& p, const Currency& currency, const QLocale& locale)
{
    const auto money = [&](qint64 minor) { return ReceiptLayout::price(minor, currency, locale); };
    QString text;
    switch (p.kind) {
    case Promotion::Kind::PercentOff:
        text = Tr::tr("%1 off").arg(percent(p.percentBp, locale));
        break;
    case Promotion::Kind::AmountOff:
        text = Tr::tr("%1 off each").arg(money(p.amount));
        break;
    case Promotion::Kind::FixedPrice:
        text = Tr::tr("Now %1 each").arg(money(p.amount));
        break;
    case Promotion::Kind::BuyXGetY:
        text = p.percentBp >= 10000
                   ? Tr::tr("Buy %1, get %2 free").arg(p.buyQuantity).arg(p.getQuantity)
                   : Tr::tr("Buy %1, get %2 at %3 off").arg(p.buyQuantity).arg(p.getQuantity).arg(percent(p.percentBp, locale));
        break;
    case Promotion::Kind::MixMatch:
        text = Tr::tr("Any %1 for %2").arg(p.buyQuantity).arg(money(p.amount));
        break;
    case Promotion::Kind::SpendThreshold:
        text = Tr::tr("Spend %1, get %2 off").arg(money(p.threshold), p.percentBp > 0 ? percent(p.percentBp, locale) : money(p.amount));
        break;
    }
    if (p.memberOnly)
        text = Tr::tr("%1 (members)").arg(text);
    if (p.dailyFrom.isValid() && p.dailyUntil.isValid())
        text = Tr::tr("%1, %2–%3")
                   .arg(text, locale.toString(p.dailyFrom, QLocale::ShortFormat), locale.toString(p.dailyUntil, QLocale::ShortFormat));
    return text;
}

} // namespace omnitill
