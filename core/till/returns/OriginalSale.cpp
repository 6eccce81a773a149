#include "OriginalSale.h"

#include "SaleEvent.h"
#include "catalog/Product.h"
#include "common/DomainError.h"
#include "common/Tr.h"

namespace omnitill {

namespace {
QDateTime utc(const QString& iso)
{
    QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
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

OriginalSale OriginalSale::fromEvent(const QJsonObject& json)
{
    const protocol::SaleEvent sale = protocol::SaleEvent::fromJson(json);
    OriginalSale s;
    s.saleId = sale.saleId;
    s.receiptId = sale.receiptId;
    s.storeCode = sale.store;
    s.tillCode = sale.till;
    s.createdAt = utc(sale.createdAt);
    s.pricedAt = utc(sale.pricedAt);
    if (!s.pricedAt.isValid())
        s.pricedAt = s.createdAt;
    s.pricedLocalTime = QTime::fromString(sale.pricedLocalTime, Qt::ISODate);
    s.memberId = sale.memberId;
    s.currency = sale.currency;
    s.taxMode = sale.taxMode == taxModeName(TaxMode::Exclusive) ? TaxMode::Exclusive : TaxMode::Inclusive;
    s.total = sale.total;
    s.training = sale.training;
    for (const protocol::SaleEventLine& j : sale.lines) {
        Line l;
        l.line = j.line;
        l.sku = j.sku;
        l.categoryId = j.categoryId;
        l.name = j.name;
        l.weighed = j.unit == unitName(Unit::Weight);
        l.quantity = j.quantity;
        l.unitPrice = j.unitPrice;
        l.discount = j.discount;
        l.promotionDiscount = j.promotionDiscount;
        l.gross = j.gross;
        l.amount = j.amount;
        l.promotionExcluded = j.promotionExcluded;
        l.taxCode = j.taxCode;
        l.taxBasisPoints = j.taxBasisPoints;
        l.pointsEarned = j.pointsEarned;
        l.giftCard = !j.giftCard.isEmpty();
        if (l.line <= 0 || l.quantity <= 0 || l.gross < 0)
            throw DomainError(QStringLiteral("return.bad_sale"), Tr::tr("The sale record is damaged and cannot be returned against"));
        s.lines.append(l);
    }
    for (const protocol::SaleEventPromotion& j : sale.promotions) {
        AppliedPromotion p{j.id, j.name, j.discount, {}};
        for (const protocol::SaleEventPromotionShare& share : j.lines)
            p.lines[share.line] += share.amount;
        s.promotions.append(p);
    }
    for (const protocol::SaleEventTender& j : sale.tenders) {
        Tender t;
        t.kind = Tender::kindFromName(j.kind);
        t.amount = j.amount;
        t.approvalCode = j.approvalCode;
        t.cardBrand = j.cardBrand;
        t.cardLast4 = j.cardLast4;
        t.reference = j.reference;
        t.points = j.points;
        s.tenders.append(t);
    }
    s.pointsRedeemed = sale.loyalty ? sale.loyalty->redeemed : 0;
    if (s.saleId.isEmpty() || s.receiptId.isEmpty() || s.lines.isEmpty())
        throw DomainError(QStringLiteral("return.bad_sale"), Tr::tr("The sale record is damaged and cannot be returned against"));
    return s;
}

} // namespace omnitill
