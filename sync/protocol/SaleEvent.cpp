#include "SaleEvent.h"

#include "JsonFields.h"
#include "SaleEventFields.h"
#include "WireCheck.h"

namespace omnitill::protocol {

namespace {
using namespace JsonFields;
using SaleEventFields::kLine;

// An object of only scalar fields, written and read by its table.
template <typename T, std::size_t N> auto writer(const SaleEventFields::Fields<T, N>& fields)
{
    return [&fields](const T& item) {
        QJsonObject o;
        SaleEventFields::write(o, item, fields);
        return o;
    };
}

template <typename T, std::size_t N> auto reader(const SaleEventFields::Fields<T, N>& fields)
{
    return [&fields](const QJsonObject& o) {
        T item;
        SaleEventFields::read(o, item, fields);
        return item;
    };
}

SaleEventLine lineFrom(const QJsonObject& o)
{
    SaleEventLine l = reader(kLine)(o);
    // Sales from before the hub recomputed promotions carry no amount: net and discount give it.
    if (!o.contains(QLatin1String("amount")))
        l.amount = l.net + l.discount;
    return l;
}

QJsonObject promotionJson(const SaleEventPromotion& p)
{
    QJsonObject o = writer(SaleEventFields::kPromotion)(p);
    o.insert(QLatin1String("lines"), arrayOf(p.lines, writer(SaleEventFields::kShare)));
    return o;
}

SaleEventPromotion promotionFrom(const QJsonObject& o)
{
    SaleEventPromotion p = reader(SaleEventFields::kPromotion)(o);
    p.lines = listOf<SaleEventPromotionShare>(o, "lines", reader(SaleEventFields::kShare));
    return p;
}

QJsonObject loyaltyJson(const SaleEventLoyalty& l)
{
    QJsonObject o = writer(SaleEventFields::kLoyalty)(l);
    o.insert(QLatin1String("redeemed_as"), l.redeemedAsDiscount ? QStringLiteral("discount") : QStringLiteral("tender"));
    o.insert(QLatin1String("lines"), arrayOf(l.lines, writer(SaleEventFields::kLinePoints)));
    return o;
}

SaleEventLoyalty loyaltyFrom(const QJsonObject& o)
{
    SaleEventLoyalty l = reader(SaleEventFields::kLoyalty)(o);
    l.redeemedAsDiscount = text(o, "redeemed_as") == QLatin1String("discount");
    l.lines = listOf<SaleEventLinePoints>(o, "lines", reader(SaleEventFields::kLinePoints));
    return l;
}
} // namespace

QJsonObject SaleEvent::toJson() const
{
    QJsonObject sale;
    SaleEventFields::write(sale, *this, SaleEventFields::kSale);
    sale.insert(QLatin1String("lines"), arrayOf(lines, writer(kLine)));
    sale.insert(QLatin1String("promotions"), arrayOf(promotions, promotionJson));
    sale.insert(QLatin1String("coupons"), arrayOf(coupons, writer(SaleEventFields::kCoupon)));
    sale.insert(QLatin1String("gift_cards"), arrayOf(giftCards, writer(SaleEventFields::kGiftCard)));
    sale.insert(QLatin1String("taxes"), SaleEventTax::toJson(taxes));
    sale.insert(QLatin1String("tenders"), arrayOf(tenders, writer(SaleEventFields::kTender)));
    if (loyalty)
        sale.insert(QLatin1String("loyalty"), loyaltyJson(*loyalty));
    for (const auto& field : SaleEventFields::kSaleOptional)
        insertText(sale, field.key.data(), this->*std::get<QString SaleEvent::*>(field.member));
    return sale;
}

SaleEvent SaleEvent::fromJson(const QJsonObject& o)
{
    SaleEvent s = reader(SaleEventFields::kSale)(o);
    SaleEventFields::read(o, s, SaleEventFields::kSaleOptional);
    s.lines = listOf<SaleEventLine>(o, "lines", lineFrom);
    s.promotions = listOf<SaleEventPromotion>(o, "promotions", promotionFrom);
    s.coupons = listOf<SaleEventCoupon>(o, "coupons", reader(SaleEventFields::kCoupon));
    s.giftCards = listOf<SaleEventGiftCardLoad>(o, "gift_cards", reader(SaleEventFields::kGiftCard));
    s.taxes = SaleEventTax::fromJson(o.value(QLatin1String("taxes")).toArray());
    s.tenders = listOf<SaleEventTender>(o, "tenders", reader(SaleEventFields::kTender));
    if (const QJsonValue l = o.value(QLatin1String("loyalty")); l.isObject())
        s.loyalty = loyaltyFrom(l.toObject());
    return s;
}

QString SaleEvent::problem(const QJsonObject& sale)
{
    using namespace WireCheck;
    const QString what = QStringLiteral("the sale");
    if (QString p = firstOf({missingText(sale, "sale_id", what), missingText(sale, "receipt_id", what), notTime(sale, "created_at", what),
                             notCurrency(sale, what), notWhole(sale, "total", what)});
        !p.isEmpty())
        return p;
    const QJsonValue lines = sale.value(QStringLiteral("lines"));
    if (!lines.isArray())
        return QStringLiteral("the sale has no lines");
    int n = 0;
    for (const QJsonValue& v : lines.toArray()) {
        ++n;
        const QString line = QStringLiteral("line %1 of the sale").arg(n);
        if (!v.isObject())
            return QStringLiteral("%1 is not an object").arg(line);
        const QJsonObject o = v.toObject();
        if (QString p = firstOf({missingText(o, "sku", line), notWhole(o, "quantity", line), notWhole(o, "amount", line),
                                 notWhole(o, "unit_price", line, false), notWhole(o, "discount", line, false),
                                 notWhole(o, "points_earned", line, false)});
            !p.isEmpty())
            return p;
    }
    const QJsonValue tenders = sale.value(QStringLiteral("tenders"));
    if (!tenders.isUndefined() && !tenders.isArray())
        return QStringLiteral("the sale's tenders are not a list");
    n = 0;
    for (const QJsonValue& v : tenders.toArray()) {
        ++n;
        const QString tender = QStringLiteral("tender %1 of the sale").arg(n);
        if (!v.isObject())
            return QStringLiteral("%1 is not an object").arg(tender);
        if (QString p = firstOf({missingText(v.toObject(), "kind", tender), notWhole(v.toObject(), "amount", tender)}); !p.isEmpty())
            return p;
    }
    return {};
}

QJsonArray SaleEventTax::toJson(const QList<SaleEventTax>& taxes)
{
    return arrayOf(taxes, writer(SaleEventFields::kTax));
}

QList<SaleEventTax> SaleEventTax::fromJson(const QJsonArray& taxes)
{
    QList<SaleEventTax> out;
    out.reserve(taxes.size());
    for (const QJsonValue& v : taxes)
        out.append(reader(SaleEventFields::kTax)(v.toObject()));
    return out;
}

} // namespace omnitill::protocol
