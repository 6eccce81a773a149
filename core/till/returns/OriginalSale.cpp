#include "OriginalSale.h"

#include "common/DomainError.h"
#include "common/Tr.h"

#include <QJsonArray>

namespace omnitill {

namespace {
QDateTime utc(const QJsonValue& v)
{
    QDateTime at = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : at;
}
} // namespace

const OriginalSale::Line* OriginalSale::line(int number) const
{
    for (const Line& l : lines) {
        if (l.line == number)
            return &l;
    }
    return nullptr;
}

qint64 OriginalSale::returnable(int number) const
{
    const Line* l = line(number);
    return l && !l->giftCard ? std::max<qint64>(0, l->quantity - returned.value(number)) : 0;
}

OriginalSale OriginalSale::fromEvent(const QJsonObject& sale)
{
    OriginalSale s;
    s.saleId = sale.value(QStringLiteral("sale_id")).toString();
    s.receiptId = sale.value(QStringLiteral("receipt_id")).toString();
    s.storeCode = sale.value(QStringLiteral("store")).toString();
    s.tillCode = sale.value(QStringLiteral("till")).toString();
    s.createdAt = utc(sale.value(QStringLiteral("created_at")));
    s.pricedAt = utc(sale.value(QStringLiteral("priced_at")));
    if (!s.pricedAt.isValid())
        s.pricedAt = s.createdAt;
    s.pricedLocalTime = QTime::fromString(sale.value(QStringLiteral("priced_local_time")).toString(), Qt::ISODate);
    s.memberId = sale.value(QStringLiteral("member_id")).toString();
    s.currency = sale.value(QStringLiteral("currency")).toString();
    s.taxMode = sale.value(QStringLiteral("tax_mode")).toString() == QLatin1String("exclusive") ? TaxMode::Exclusive : TaxMode::Inclusive;
    s.total = sale.value(QStringLiteral("total")).toInteger();
    s.training = sale.value(QStringLiteral("training")).toBool();
    for (const QJsonValue& v : sale.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject j = v.toObject();
        Line l;
        l.line = j.value(QStringLiteral("line")).toInt();
        l.sku = j.value(QStringLiteral("sku")).toString();
        l.categoryId = j.value(QStringLiteral("category_id")).toInteger();
        l.name = j.value(QStringLiteral("name")).toString();
        l.weighed = j.value(QStringLiteral("unit")).toString() == QLatin1String("weight");
        l.quantity = j.value(QStringLiteral("quantity")).toInteger();
        l.unitPrice = j.value(QStringLiteral("unit_price")).toInteger();
        l.discount = j.value(QStringLiteral("discount")).toInteger();
        l.promotionDiscount = j.value(QStringLiteral("promotion_discount")).toInteger();
        l.gross = j.value(QStringLiteral("gross")).toInteger();
        // Sales from before the hub recomputed promotions carry no amount: price and discount give it.
        l.amount = j.contains(QStringLiteral("amount")) ? j.value(QStringLiteral("amount")).toInteger()
                                                        : j.value(QStringLiteral("net")).toInteger() + l.discount;
        l.promotionExcluded = j.value(QStringLiteral("promotion_excluded")).toBool();
        l.taxCode = j.value(QStringLiteral("tax_code")).toString();
        l.taxBasisPoints = j.value(QStringLiteral("tax_bp")).toInt();
        l.pointsEarned = j.value(QStringLiteral("points_earned")).toInteger();
        l.giftCard = !j.value(QStringLiteral("gift_card")).toString().isEmpty();
        if (l.line <= 0 || l.quantity <= 0 || l.gross < 0)
            throw DomainError(QStringLiteral("return.bad_sale"), Tr::tr("The sale record is damaged and cannot be returned against"));
        s.lines.append(l);
    }
    for (const QJsonValue& v : sale.value(QStringLiteral("promotions")).toArray()) {
        const QJsonObject j = v.toObject();
        AppliedPromotion p{j.value(QStringLiteral("id")).toString(),
                           j.value(QStringLiteral("name")).toString(),
                           j.value(QStringLiteral("discount")).toInteger(),
                           {}};
        for (const QJsonValue& share : j.value(QStringLiteral("lines")).toArray())
            p.lines[share.toObject().value(QStringLiteral("line")).toInt()] += share.toObject().value(QStringLiteral("amount")).toInteger();
        s.promotions.append(p);
    }
    for (const QJsonValue& v : sale.value(QStringLiteral("tenders")).toArray()) {
        const QJsonObject j = v.toObject();
        Tender t;
        t.kind = Tender::kindFromName(j.value(QStringLiteral("kind")).toString());
        t.amount = j.value(QStringLiteral("amount")).toInteger();
        t.approvalCode = j.value(QStringLiteral("approval_code")).toString();
        t.cardBrand = j.value(QStringLiteral("card_brand")).toString();
        t.cardLast4 = j.value(QStringLiteral("card_last4")).toString();
        t.reference = j.value(QStringLiteral("reference")).toString();
        t.points = j.value(QStringLiteral("points")).toInteger();
        s.tenders.append(t);
    }
    s.pointsRedeemed = sale.value(QStringLiteral("loyalty")).toObject().value(QStringLiteral("redeemed")).toInteger();
    if (s.saleId.isEmpty() || s.receiptId.isEmpty() || s.lines.isEmpty())
        throw DomainError(QStringLiteral("return.bad_sale"), Tr::tr("The sale record is damaged and cannot be returned against"));
    return s;
}

} // namespace omnitill
