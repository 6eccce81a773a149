#include "ReturnCalculator.h"

#include "common/DomainError.h"
#include "common/Tr.h"
#include "money/Money.h"
#include "promotions/PromotionEngine.h"
#include "tax/TaxCalculator.h"

#include <QSet>

namespace omnitill {

namespace {
qint64 share(qint64 amount, qint64 part, qint64 whole)
{
    return whole == 0 ? 0 : TaxCalculator::divideRoundHalfAway(amount * part, whole);
}

// Points are whole and never reversed twice: each return takes the difference of the rounded-down
// cumulative shares.
qint64 floorShare(qint64 amount, qint64 part, qint64 whole)
{
    return whole == 0 ? 0 : amount * part / whole;
}

// Splits `total` over `weights` in proportion, largest remainder first (ties: first line).
QList<qint64> allocate(qint64 total, const QList<qint64>& weights)
{
    QList<qint64> out(weights.size(), 0);
    qint64 sum = 0;
    for (qint64 w : weights)
        sum += w;
    if (sum <= 0 || total == 0)
        return out;
    qint64 given = 0;
    QList<std::pair<qint64, int>> remainders;
    for (int i = 0; i < weights.size(); ++i) {
        out[i] = total * weights[i] / sum;
        given += out[i];
        remainders.append({total * weights[i] % sum, i});
    }
    std::stable_sort(remainders.begin(), remainders.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (int k = 0; given < total && k < remainders.size(); ++k, ++given)
        ++out[remainders[k].second];
    return out;
}
} // namespace

QString dispositionName(Disposition d)
{
    switch (d) {
    case Disposition::Restock:
        return QStringLiteral("restock");
    case Disposition::Damaged:
        return QStringLiteral("damaged");
    case Disposition::ReturnToVendor:
        return QStringLiteral("vendor");
    }
    return {};
}

Disposition dispositionFromName(const QString& name)
{
    for (Disposition d : {Disposition::Restock, Disposition::Damaged, Disposition::ReturnToVendor}) {
        if (dispositionName(d) == name)
            return d;
    }
    throw DomainError(QStringLiteral("return.disposition"), Tr::tr("Unknown disposition \"%1\"").arg(name));
}

ReturnQuote ReturnCalculator::quote(const OriginalSale& sale, const QList<ReturnRequestLine>& request, const QList<Promotion>& promotions)
{
    QHash<int, ReturnRequestLine> asked;
    for (const ReturnRequestLine& r : request) {
        const OriginalSale::Line* l = sale.line(r.line);
        if (!l)
            throw DomainError(QStringLiteral("return.no_line"), Tr::tr("The sale has no line %1").arg(r.line));
        if (l->giftCard)
            throw DomainError(QStringLiteral("return.gift_card"),
                              Tr::tr("A gift card load is not returned as goods: refund it from the card"));
        if (r.quantity <= 0 || asked.contains(r.line))
            throw DomainError(QStringLiteral("return.quantity"), Tr::tr("Say once how many of line %1 come back").arg(r.line));
        if (r.quantity > sale.returnable(r.line))
            throw DomainError(QStringLiteral("return.too_many"), Tr::tr("Only %1 of %2 can still be returned (%3 sold, %4 returned before)")
                                                                     .arg(sale.returnable(r.line))
                                                                     .arg(l->name)
                                                                     .arg(l->quantity)
                                                                     .arg(sale.returned.value(r.line)));
        asked.insert(r.line, r);
    }
    if (asked.isEmpty())
        throw DomainError(QStringLiteral("return.nothing"), Tr::tr("Choose what comes back"));

    // What the customer keeps, priced again with the sale's own promotions.
    QSet<QString> applied;
    for (const OriginalSale::AppliedPromotion& p : sale.promotions)
        applied.insert(p.id);
    QList<Promotion> known;
    for (const Promotion& p : promotions) {
        if (applied.contains(p.id))
            known.append(p);
    }
    QSet<QString> knownIds;
    for (const Promotion& p : known)
        knownIds.insert(p.id);
    QList<PromotionLine> keptLines;
    QHash<int, qint64> kept;
    for (const OriginalSale::Line& l : sale.lines) {
        const qint64 k = l.quantity - sale.returned.value(l.line) - asked.value(l.line).quantity;
        kept.insert(l.line, k);
        if (k > 0 && !l.giftCard)
            keptLines.append({l.line, l.productId != 0 ? l.productId : -qint64(l.line), l.categoryId, l.unitPrice, k,
                              share(l.amount, k, l.quantity), l.weighed, l.promotionExcluded});
    }
    const PromotionResult again =
        PromotionEngine(known).evaluate(keptLines, {sale.pricedAt, sale.pricedLocalTime, !sale.memberId.isEmpty()});

    const Currency currency = Currency::fromCode(sale.currency);
    const TaxCalculator exclusive(TaxMode::Exclusive);
    qint64 goodsPaid = 0;
    qint64 keptValue = 0;
    for (const OriginalSale::Line& l : sale.lines) {
        if (l.giftCard)
            continue;
        goodsPaid += l.gross;
        const qint64 k = kept.value(l.line);
        if (k <= 0)
            continue;
        qint64 promotion = again.lineDiscount(l.line);
        for (const OriginalSale::AppliedPromotion& p : sale.promotions) {
            if (!knownIds.contains(p.id))
                promotion += share(p.lines.value(l.line), k, l.quantity);
        }
        const qint64 other = share(l.discount - l.promotionDiscount, k, l.quantity);
        const qint64 net = std::max<qint64>(0, share(l.amount, k, l.quantity) - promotion - other);
        keptValue += sale.taxMode == TaxMode::Inclusive ? net : exclusive.lineTax(Money(net, currency), l.taxBasisPoints).gross.minor();
    }

    ReturnQuote quote;
    QList<qint64> weights;
    for (const OriginalSale::Line& l : sale.lines) {
        if (!asked.contains(l.line))
            continue;
        const ReturnRequestLine& r = asked[l.line];
        const qint64 before = sale.returned.value(l.line);
        ReturnQuote::Line q;
        q.line = l.line;
        q.sku = l.sku;
        q.name = l.name;
        q.weighed = l.weighed;
        q.quantity = r.quantity;
        q.disposition = r.disposition;
        q.paid = share(l.gross, before + r.quantity, l.quantity) - share(l.gross, before, l.quantity);
        q.taxCode = l.taxCode;
        q.taxBasisPoints = l.taxBasisPoints;
        q.pointsReversed = floorShare(l.pointsEarned, before + r.quantity, l.quantity) - floorShare(l.pointsEarned, before, l.quantity);
        quote.paid += q.paid;
        quote.pointsReversed += q.pointsReversed;
        weights.append(q.paid);
        quote.lines.append(q);
    }
    // Never more than the returned units carried in all, less what earlier returns gave back: what
    // an earlier return kept back for a broken promotion comes back with the rest of the goods.
    qint64 carried = 0;
    for (const OriginalSale::Line& l : sale.lines) {
        if (!l.giftCard)
            carried += share(l.gross, sale.returned.value(l.line) + asked.value(l.line).quantity, l.quantity);
    }
    quote.refund = std::clamp<qint64>(goodsPaid - keptValue - sale.refunded, 0, std::max<qint64>(0, carried - sale.refunded));
    const QList<qint64> refunds = allocate(quote.refund, weights);
    const TaxCalculator inclusive(TaxMode::Inclusive);
    for (int i = 0; i < quote.lines.size(); ++i) {
        quote.lines[i].refund = refunds[i];
        quote.lines[i].tax = inclusive.lineTax(Money(refunds[i], currency), quote.lines[i].taxBasisPoints).tax.minor();
    }

    // Why the refund is less than what the returned goods carried: promotion by promotion.
    qint64 explained = 0;
    for (const OriginalSale::AppliedPromotion& p : sale.promotions) {
        qint64 before = 0;
        qint64 now = 0;
        for (auto it = p.lines.cbegin(); it != p.lines.cend(); ++it) {
            const OriginalSale::Line* l = sale.line(it.key());
            if (!l)
                continue;
            before += share(it.value(), kept.value(it.key()), l->quantity);
        }
        if (knownIds.contains(p.id)) {
            for (const omnitill::AppliedPromotion& a : again.applied) {
                if (a.promotionId == p.id)
                    now += a.discount;
            }
        } else {
            now = before;
        }
        if (before != now) {
            quote.adjustments.append({p.name, before - now});
            explained += before - now;
        }
    }
    if (const qint64 rest = quote.paid - quote.refund - explained; rest != 0)
        quote.adjustments.append({rest < 0 ? Tr::tr("Kept back on an earlier return") : QString(), rest});
    return quote;
}

} // namespace omnitill
