#include "SaleEvent.h"

#include "JsonFields.h"
#include "WireCheck.h"

namespace omnitill::protocol {

namespace {
using namespace JsonFields;

QJsonObject lineJson(const SaleEventLine& l)
{
    return {{QStringLiteral("line"), l.line},
            {QStringLiteral("product_id"), l.productId},
            {QStringLiteral("sku"), l.sku},
            {QStringLiteral("category_id"), l.categoryId},
            {QStringLiteral("gift_card"), l.giftCard},
            {QStringLiteral("name"), l.name},
            {QStringLiteral("unit"), l.unit},
            {QStringLiteral("quantity"), l.quantity},
            {QStringLiteral("unit_price"), l.unitPrice},
            {QStringLiteral("list_price"), l.listPrice},
            {QStringLiteral("amount"), l.amount},
            {QStringLiteral("promotion_excluded"), l.promotionExcluded},
            {QStringLiteral("discount"), l.discount},
            {QStringLiteral("promotion_discount"), l.promotionDiscount},
            {QStringLiteral("coupon_discount"), l.couponDiscount},
            {QStringLiteral("points_discount"), l.pointsDiscount},
            {QStringLiteral("points_earned"), l.pointsEarned},
            {QStringLiteral("net"), l.net},
            {QStringLiteral("tax"), l.tax},
            {QStringLiteral("gross"), l.gross},
            {QStringLiteral("tax_code"), l.taxCode},
            {QStringLiteral("tax_bp"), l.taxBasisPoints},
            {QStringLiteral("batch"), l.batch},
            {QStringLiteral("serial"), l.serial},
            {QStringLiteral("price_override_by"), l.priceOverrideBy},
            {QStringLiteral("discount_approved_by"), l.discountApprovedBy}};
}

SaleEventLine lineFrom(const QJsonObject& o)
{
    SaleEventLine l;
    l.line = int(whole(o, "line"));
    l.productId = whole(o, "product_id");
    l.sku = text(o, "sku");
    l.categoryId = whole(o, "category_id");
    l.giftCard = text(o, "gift_card");
    l.name = text(o, "name");
    l.unit = text(o, "unit");
    l.quantity = whole(o, "quantity");
    l.unitPrice = whole(o, "unit_price");
    l.listPrice = whole(o, "list_price");
    // Sales from before the hub recomputed promotions carry no amount: net and discount give it.
    l.amount = o.contains(QLatin1String("amount")) ? whole(o, "amount") : whole(o, "net") + whole(o, "discount");
    l.promotionExcluded = flag(o, "promotion_excluded");
    l.discount = whole(o, "discount");
    l.promotionDiscount = whole(o, "promotion_discount");
    l.couponDiscount = whole(o, "coupon_discount");
    l.pointsDiscount = whole(o, "points_discount");
    l.pointsEarned = whole(o, "points_earned");
    l.net = whole(o, "net");
    l.tax = whole(o, "tax");
    l.gross = whole(o, "gross");
    l.taxCode = text(o, "tax_code");
    l.taxBasisPoints = int(whole(o, "tax_bp"));
    l.batch = text(o, "batch");
    l.serial = text(o, "serial");
    l.priceOverrideBy = whole(o, "price_override_by");
    l.discountApprovedBy = whole(o, "discount_approved_by");
    return l;
}

QJsonObject promotionJson(const SaleEventPromotion& p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("discount"), p.discount},
            {QStringLiteral("lines"), arrayOf(p.lines, [](const SaleEventPromotionShare& s) {
                 return QJsonObject{{QStringLiteral("line"), s.line}, {QStringLiteral("amount"), s.amount}};
             })}};
}

SaleEventPromotion promotionFrom(const QJsonObject& o)
{
    return {text(o, "id"), text(o, "name"), whole(o, "discount"), listOf<SaleEventPromotionShare>(o, "lines", [](const QJsonObject& s) {
                return SaleEventPromotionShare{int(whole(s, "line")), whole(s, "amount")};
            })};
}

QJsonObject tenderJson(const SaleEventTender& t)
{
    return {{QStringLiteral("kind"), t.kind},
            {QStringLiteral("amount"), t.amount},
            {QStringLiteral("tendered"), t.tendered},
            {QStringLiteral("approval_code"), t.approvalCode},
            {QStringLiteral("card_brand"), t.cardBrand},
            {QStringLiteral("card_last4"), t.cardLast4},
            {QStringLiteral("reference"), t.reference},
            {QStringLiteral("points"), t.points}};
}

SaleEventTender tenderFrom(const QJsonObject& o)
{
    return {text(o, "kind"),       whole(o, "amount"),    whole(o, "tendered"), text(o, "approval_code"),
            text(o, "card_brand"), text(o, "card_last4"), text(o, "reference"), whole(o, "points")};
}

QJsonObject loyaltyJson(const SaleEventLoyalty& l)
{
    return {{QStringLiteral("member_id"), l.memberId},
            {QStringLiteral("earned"), l.earned},
            {QStringLiteral("redeemed"), l.redeemed},
            {QStringLiteral("redeemed_value"), l.redeemedValue},
            {QStringLiteral("redeemed_as"), l.redeemedAsDiscount ? QStringLiteral("discount") : QStringLiteral("tender")},
            {QStringLiteral("tier"), l.tier},
            {QStringLiteral("lines"), arrayOf(l.lines, [](const SaleEventLinePoints& p) {
                 return QJsonObject{{QStringLiteral("line"), p.line}, {QStringLiteral("points"), p.points}};
             })}};
}

SaleEventLoyalty loyaltyFrom(const QJsonObject& o)
{
    return {text(o, "member_id"),
            whole(o, "earned"),
            whole(o, "redeemed"),
            whole(o, "redeemed_value"),
            text(o, "redeemed_as") == QLatin1String("discount"),
            text(o, "tier"),
            listOf<SaleEventLinePoints>(o, "lines", [](const QJsonObject& p) {
                return SaleEventLinePoints{int(whole(p, "line")), whole(p, "points")};
            })};
}
} // namespace

QJsonObject SaleEvent::toJson() const
{
    QJsonObject sale{{QStringLiteral("sale_id"), saleId},
                     {QStringLiteral("receipt_id"), receiptId},
                     {QStringLiteral("receipt_number"), receiptNumber},
                     {QStringLiteral("store"), store},
                     {QStringLiteral("till"), till},
                     {QStringLiteral("shift_id"), shiftId},
                     {QStringLiteral("staff_id"), staffId},
                     {QStringLiteral("member_id"), memberId},
                     {QStringLiteral("currency"), currency},
                     {QStringLiteral("tax_mode"), taxMode},
                     {QStringLiteral("subtotal"), subtotal},
                     {QStringLiteral("discount"), discount},
                     {QStringLiteral("tax"), tax},
                     {QStringLiteral("total"), total},
                     {QStringLiteral("change"), change},
                     {QStringLiteral("created_at"), createdAt},
                     {QStringLiteral("priced_at"), pricedAt},
                     {QStringLiteral("priced_local_time"), pricedLocalTime},
                     {QStringLiteral("business_day"), businessDay},
                     {QStringLiteral("age_confirmed_by"), ageConfirmedBy},
                     {QStringLiteral("training"), training},
                     {QStringLiteral("channel"), channel},
                     {QStringLiteral("lines"), arrayOf(lines, lineJson)},
                     {QStringLiteral("promotions"), arrayOf(promotions, promotionJson)},
                     {QStringLiteral("coupons"), arrayOf(coupons,
                                                         [](const SaleEventCoupon& c) {
                                                             return QJsonObject{{QStringLiteral("id"), c.id},
                                                                                {QStringLiteral("name"), c.name},
                                                                                {QStringLiteral("discount"), c.discount}};
                                                         })},
                     {QStringLiteral("gift_cards"), arrayOf(giftCards,
                                                            [](const SaleEventGiftCardLoad& g) {
                                                                return QJsonObject{{QStringLiteral("number"), g.number},
                                                                                   {QStringLiteral("kind"), g.kind},
                                                                                   {QStringLiteral("amount"), g.amount}};
                                                            })},
                     {QStringLiteral("taxes"), SaleEventTax::toJson(taxes)},
                     {QStringLiteral("tenders"), arrayOf(tenders, tenderJson)}};
    if (loyalty)
        sale.insert(QStringLiteral("loyalty"), loyaltyJson(*loyalty));
    if (!onlineOrder.isEmpty())
        sale.insert(QStringLiteral("online_order"), onlineOrder);
    if (!kioskOrder.isEmpty())
        sale.insert(QStringLiteral("kiosk_order"), kioskOrder);
    if (!startedAt.isEmpty())
        sale.insert(QStringLiteral("started_at"), startedAt);
    return sale;
}

SaleEvent SaleEvent::fromJson(const QJsonObject& o)
{
    SaleEvent s;
    s.saleId = text(o, "sale_id");
    s.receiptId = text(o, "receipt_id");
    s.receiptNumber = whole(o, "receipt_number");
    s.store = text(o, "store");
    s.till = text(o, "till");
    s.shiftId = whole(o, "shift_id");
    s.staffId = whole(o, "staff_id");
    s.memberId = text(o, "member_id");
    s.currency = text(o, "currency");
    s.taxMode = text(o, "tax_mode");
    s.subtotal = whole(o, "subtotal");
    s.discount = whole(o, "discount");
    s.tax = whole(o, "tax");
    s.total = whole(o, "total");
    s.change = whole(o, "change");
    s.createdAt = text(o, "created_at");
    s.pricedAt = text(o, "priced_at");
    s.pricedLocalTime = text(o, "priced_local_time");
    s.businessDay = text(o, "business_day");
    s.ageConfirmedBy = whole(o, "age_confirmed_by");
    s.training = flag(o, "training");
    s.channel = text(o, "channel");
    s.lines = listOf<SaleEventLine>(o, "lines", lineFrom);
    s.promotions = listOf<SaleEventPromotion>(o, "promotions", promotionFrom);
    s.coupons = listOf<SaleEventCoupon>(o, "coupons", [](const QJsonObject& c) {
        return SaleEventCoupon{text(c, "id"), text(c, "name"), whole(c, "discount")};
    });
    s.giftCards = listOf<SaleEventGiftCardLoad>(o, "gift_cards", [](const QJsonObject& g) {
        return SaleEventGiftCardLoad{text(g, "number"), text(g, "kind"), whole(g, "amount")};
    });
    s.taxes = SaleEventTax::fromJson(o.value(QLatin1String("taxes")).toArray());
    s.tenders = listOf<SaleEventTender>(o, "tenders", tenderFrom);
    if (const QJsonValue l = o.value(QLatin1String("loyalty")); l.isObject())
        s.loyalty = loyaltyFrom(l.toObject());
    s.onlineOrder = text(o, "online_order");
    s.kioskOrder = text(o, "kiosk_order");
    s.startedAt = text(o, "started_at");
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
    return arrayOf(taxes, [](const SaleEventTax& t) {
        return QJsonObject{{QStringLiteral("code"), t.code},
                           {QStringLiteral("bp"), t.basisPoints},
                           {QStringLiteral("net"), t.net},
                           {QStringLiteral("tax"), t.tax},
                           {QStringLiteral("gross"), t.gross}};
    });
}

QList<SaleEventTax> SaleEventTax::fromJson(const QJsonArray& taxes)
{
    QList<SaleEventTax> out;
    for (const QJsonValue& v : taxes) {
        const QJsonObject t = v.toObject();
        out.append({text(t, "code"), int(whole(t, "bp")), whole(t, "net"), whole(t, "tax"), whole(t, "gross")});
    }
    return out;
}

} // namespace omnitill::protocol
