#include "Cart.h"

#include "common/DomainError.h"
#include "common/Tr.h"
#include "money/Allocation.h"

#include <QJsonArray>

#include <algorithm>

namespace omnitill {

Cart::Cart(Currency currency, TaxMode taxMode) : m_currency(std::move(currency)), m_taxMode(taxMode) {}

const CartLine& Cart::line(int lineId) const
{
    for (const CartLine& l : m_lines) {
        if (l.lineId == lineId)
            return l;
    }
    throw DomainError(QStringLiteral("cart.no_line"), Tr::tr("There is no such line in the sale"));
}

CartLine& Cart::mutableLine(int lineId)
{
    return const_cast<CartLine&>(std::as_const(*this).line(lineId));
}

int Cart::add(CartLine newLine)
{
    if (newLine.quantity <= 0)
        throw DomainError(QStringLiteral("cart.quantity"), Tr::tr("The quantity must be more than zero"));
    for (CartLine& existing : m_lines) {
        if (existing.canMergeWith(newLine)) {
            setQuantity(existing.lineId, existing.quantity + newLine.quantity);
            return existing.lineId;
        }
    }
    newLine.lineId = m_nextLineId++;
    m_lines.append(newLine);
    linesChanged();
    totals(); // refuses a line whose amount cannot be represented
    return newLine.lineId;
}

namespace {
void requireGoods(const CartLine& l)
{
    if (!l.giftCard.isEmpty())
        throw DomainError(QStringLiteral("cart.gift_card"), Tr::tr("A gift card keeps its amount: void the line instead"));
}
} // namespace

void Cart::setQuantity(int lineId, qint64 quantity)
{
    CartLine& l = mutableLine(lineId);
    requireGoods(l);
    if (quantity <= 0)
        throw DomainError(QStringLiteral("cart.quantity"), Tr::tr("The quantity must be more than zero"));
    if (l.labelAmount)
        throw DomainError(QStringLiteral("cart.label_quantity"), Tr::tr("The quantity of an item with a price label cannot be changed"));
    if (quantity > 1000000000)
        throw DomainError(QStringLiteral("cart.quantity"), Tr::tr("The quantity is too large"));
    const qint64 previous = l.quantity;
    l.quantity = quantity;
    linesChanged();
    try {
        totals();
    } catch (const DomainError&) {
        l.quantity = previous;
        throw;
    }
}

void Cart::remove(int lineId)
{
    line(lineId);
    m_lines.removeIf([lineId](const CartLine& l) { return l.lineId == lineId; });
    linesChanged();
}

void Cart::setLineDiscount(int lineId, const Discount& discount)
{
    if (discount.value < 0 || (discount.kind == Discount::Kind::Percent && discount.value > 10000))
        throw DomainError(QStringLiteral("cart.discount"), Tr::tr("The discount is out of range"));
    requireGoods(mutableLine(lineId));
    mutableLine(lineId).discount = discount;
    m_points = {};
}

void Cart::setUnitPrice(int lineId, qint64 unitPrice, qint64 approvedBy)
{
    if (unitPrice < 0)
        throw DomainError(QStringLiteral("cart.price"), Tr::tr("A price cannot be negative"));
    CartLine& l = mutableLine(lineId);
    requireGoods(l);
    l.unitPrice = unitPrice;
    l.labelAmount.reset();
    l.priceOverrideBy = approvedBy;
    linesChanged();
}

bool Cart::needsAgeConfirmation() const
{
    return m_ageConfirmedBy == 0 && std::any_of(m_lines.begin(), m_lines.end(), [](const CartLine& l) { return l.ageRestricted; });
}

void Cart::linesChanged()
{
    m_promotions = {};
    m_points = {};
}

void Cart::setCartDiscount(const Discount& discount)
{
    m_cartDiscount = discount;
    m_points = {};
}

void Cart::setMemberId(const QString& id)
{
    if (id != m_memberId)
        m_points = {};
    m_memberId = id;
}

namespace {
qint64 amountLeft(const QList<LineTotals>& lines)
{
    qint64 left = 0;
    for (const LineTotals& lt : lines)
        left += lt.voucher ? 0 : lt.extended - lt.discount;
    return left;
}

// Shares a discount out over the lines in proportion to what each has left, by the largest-
// remainder method so the shares add up exactly; `part` also records each line's share.
qint64 shareOut(QList<LineTotals>& lines, qint64 amount, qint64 LineTotals::*part)
{
    if (amount <= 0)
        return 0;
    QList<qint64> bases;
    for (const LineTotals& lt : lines)
        bases.append(lt.voucher ? 0 : lt.extended - lt.discount);
    const QList<qint64> shares = allocateProportionally(amount, bases);
    qint64 shared = 0;
    for (int i = 0; i < lines.size(); ++i) {
        lines[i].discount += shares[i];
        if (part)
            lines[i].*part = shares[i];
        shared += shares[i];
    }
    return shared;
}
} // namespace

CartTotals Cart::totals() const
{
    CartTotals t;
    t.subtotal = Money::zero(m_currency);
    t.discount = Money::zero(m_currency);
    t.tax = Money::zero(m_currency);
    t.total = Money::zero(m_currency);

    // Promotions and line discounts first.
    for (const CartLine& l : m_lines) {
        LineTotals lt;
        lt.lineId = l.lineId;
        lt.extended = l.extendedAmount();
        lt.voucher = !l.giftCard.isEmpty();
        lt.promotion = std::clamp<qint64>(m_promotions.lineDiscount(l.lineId), 0, lt.extended);
        lt.discount = lt.promotion + l.discount.on(lt.extended - lt.promotion);
        t.lines.append(lt);
    }
    // Then, each on what the one before left: the cart discount, the coupon, points as a discount.
    shareOut(t.lines, m_cartDiscount.on(amountLeft(t.lines)), nullptr);
    if (m_coupon)
        t.coupon = shareOut(t.lines, m_coupon->discountOn(amountLeft(t.lines)), &LineTotals::coupon);
    if (m_points.asDiscount && m_points.value > 0)
        shareOut(t.lines, std::min(m_points.value, amountLeft(t.lines)), &LineTotals::points);

    const TaxCalculator calculator(m_taxMode);
    TaxSummary summary;
    for (int i = 0; i < t.lines.size(); ++i) {
        LineTotals& lt = t.lines[i];
        const CartLine& l = m_lines[i];
        lt.tax = calculator.lineTax(Money(lt.extended - lt.discount, m_currency), l.taxBasisPoints);
        summary.add(TaxRate{l.taxRateId, l.taxCode, QString(), l.taxBasisPoints}, lt.tax);
        t.subtotal += Money(lt.extended, m_currency);
        t.discount += Money(lt.discount, m_currency);
        t.tax += lt.tax.tax;
        t.total += lt.tax.gross;
    }
    t.taxes = summary.buckets();
    return t;
}

QJsonObject Cart::toJson() const
{
    QJsonArray lines;
    for (const CartLine& l : m_lines)
        lines.append(l.toJson());
    return {{QStringLiteral("currency"), m_currency.code()},
            {QStringLiteral("tax_mode"), taxModeName(m_taxMode)},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("cart_discount"), m_cartDiscount.toJson()},
            {QStringLiteral("next_line_id"), m_nextLineId},
            {QStringLiteral("age_confirmed_by"), m_ageConfirmedBy},
            {QStringLiteral("member_id"), m_memberId},
            {QStringLiteral("kiosk_order"), m_kioskOrder},
            {QStringLiteral("started_at"), m_startedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("coupon"), m_coupon ? QJsonArray::fromStringList(m_coupon->toFields()) : QJsonArray()}};
}

QList<PromotionLine> Cart::promotionInput() const
{
    QList<PromotionLine> out;
    for (const CartLine& l : m_lines)
        out.append({l.lineId, l.productId, l.categoryId, l.unitPrice, l.quantity, l.extendedAmount(), l.unit == Unit::Weight,
                    l.promotionExcluded()});
    return out;
}

Cart Cart::fromJson(const QJsonObject& json)
{
    Cart cart(Currency::fromCode(json.value(QStringLiteral("currency")).toString()),
              taxModeFromName(json.value(QStringLiteral("tax_mode")).toString()));
    for (const QJsonValue& v : json.value(QStringLiteral("lines")).toArray())
        cart.m_lines.append(CartLine::fromJson(v.toObject()));
    cart.m_cartDiscount = Discount::fromJson(json.value(QStringLiteral("cart_discount")).toObject());
    cart.m_nextLineId = std::max(1, json.value(QStringLiteral("next_line_id")).toInt());
    cart.m_ageConfirmedBy = json.value(QStringLiteral("age_confirmed_by")).toInteger();
    cart.m_memberId = json.value(QStringLiteral("member_id")).toString();
    cart.m_kioskOrder = json.value(QStringLiteral("kiosk_order")).toString();
    cart.m_startedAt = QDateTime::fromString(json.value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs);
    QStringList couponFields;
    for (const QJsonValue& v : json.value(QStringLiteral("coupon")).toArray())
        couponFields.append(v.toString());
    cart.m_coupon = Coupon::fromFields(couponFields);
    return cart;
}

} // namespace omnitill
