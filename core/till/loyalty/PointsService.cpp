#include "PointsService.h"

#include "common/Clock.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "outbox/Outbox.h"
#include "sale/Cart.h"
#include "sale/Tender.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

namespace omnitill {

protocol::SaleEventLoyalty SaleLoyalty::toEvent() const
{
    protocol::SaleEventLoyalty out{memberId, earned, redeemed, redeemedValue, asDiscount, tier, {}};
    for (int i = 0; i < earnedPerLine.size(); ++i) {
        if (earnedPerLine[i] != 0)
            out.lines.append({i + 1, earnedPerLine[i]});
    }
    return out;
}

namespace {
void requireWithin(const PointsCalculator::RedeemLimit& limit, qint64 points)
{
    if (points > limit.points)
        throw DomainError(QStringLiteral("points.limit"),
                          limit.points == 0 ? limit.reason
                                            : Tr::tr("At most %1 points can be redeemed now (%2)").arg(limit.points).arg(limit.reason));
}
} // namespace

LoyaltyRules PointsService::rules() const
{
    return LoyaltyRules::fromSettings([this](const QString& key) { return m_settings.value(key); });
}

QDate PointsService::today() const
{
    return m_settings.businessDay(m_clock.nowUtc());
}

PointsAccount PointsService::account(const QString& memberId)
{
    PointsAccount a;
    a.memberId = memberId;
    QSqlQuery& m = m_db.exec(QStringLiteral("SELECT points_balance, lifetime_points FROM members WHERE id = ? AND erased = 0"), {memberId});
    if (m.next()) {
        a.balance = m.value(QStringLiteral("points_balance")).toLongLong();
        a.lifetime = m.value(QStringLiteral("lifetime_points")).toLongLong();
    }
    m.finish();
    // Posted once the hub acknowledged the sale: its answer carried the new balance.
    a.pending = m_db.scalar(QStringLiteral("SELECT coalesce(sum(points), 0) FROM points_entries"
                                           " WHERE member_id = ? AND kind IN ('redeem', 'reverse') AND outbox_seq > ?"),
                            {memberId, Outbox::heldUpTo(m_db)})
                    .toLongLong();
    a.redeemedToday = m_db.scalar(QStringLiteral("SELECT coalesce(sum(points), 0) FROM points_entries"
                                                 " WHERE member_id = ? AND kind = 'redeem' AND business_day = ?"),
                                  {memberId, today().toString(Qt::ISODate)})
                          .toLongLong();
    a.available = a.balance - a.pending;
    a.tier = rules().tierFor(a.lifetime);
    return a;
}

PointsCalculator::RedeemLimit PointsService::limitFor(const Cart& cart)
{
    if (cart.memberId().isEmpty())
        return {0, Tr::tr("Identify the member first")};
    const LoyaltyRules r = rules();
    const PointsAccount a = account(cart.memberId());
    // What is due before any points already put on the cart as a discount.
    const qint64 due = cart.totals().total.minor() + (cart.pointsRedemption().asDiscount ? cart.pointsRedemption().value : 0);
    return PointsCalculator(r).maxRedeemable(a.available, a.redeemedToday, due);
}

void PointsService::redeem(Cart& cart, qint64 points)
{
    if (points < 0)
        throw DomainError(QStringLiteral("points.amount"), Tr::tr("The number of points cannot be negative"));
    if (points == 0) {
        cart.setPointsRedemption({});
        return;
    }
    const LoyaltyRules r = rules();
    requireWithin(limitFor(cart), points);
    cart.setPointsRedemption({points, PointsCalculator(r).valueOf(points), r.redeemAs == LoyaltyRules::RedeemAs::Discount});
}

SaleLoyalty PointsService::settle(const Cart& cart, const CartTotals& totals, const Payment& payment, bool training)
{
    const PointsRedemption& onCart = cart.pointsRedemption();
    const qint64 tendered = payment.pointsSpent();
    if (cart.memberId().isEmpty() || training) {
        if (tendered > 0 || onCart.points > 0)
            throw DomainError(QStringLiteral("points.no_member"),
                              training ? Tr::tr("Points cannot be redeemed in training mode") : Tr::tr("Identify the member first"));
        return {};
    }
    const LoyaltyRules r = rules();
    const PointsCalculator calculator(r);
    SaleLoyalty out;
    out.memberId = cart.memberId();
    out.asDiscount = onCart.asDiscount && onCart.points > 0;
    if (out.asDiscount && tendered > 0)
        throw DomainError(QStringLiteral("points.twice"), Tr::tr("Points are already taken off the price"));
    out.redeemed = out.asDiscount ? onCart.points : tendered;
    out.redeemedValue = out.asDiscount ? onCart.value : 0;
    qint64 pointsPaid = 0;
    for (const Tender& t : payment.tenders()) {
        if (t.kind == Tender::Kind::Points)
            pointsPaid += t.amount;
    }
    if (!out.asDiscount)
        out.redeemedValue = pointsPaid;
    const PointsAccount a = account(out.memberId);
    if (out.redeemed > 0) {
        if (out.redeemedValue != calculator.valueOf(out.redeemed))
            throw DomainError(QStringLiteral("points.value"), Tr::tr("The points' value does not match the programme"));
        const qint64 due = totals.total.minor() + (out.asDiscount ? out.redeemedValue : 0);
        requireWithin(calculator.maxRedeemable(a.available, a.redeemedToday, due), out.redeemed);
    }
    // Loading a gift card is not buying anything: the goods later paid with it earn instead.
    QList<EarnLine> lines;
    for (int i = 0; i < cart.lines().size(); ++i)
        lines.append(
            {cart.lines()[i].sku, cart.lines()[i].categoryId, cart.lines()[i].giftCard.isEmpty() ? totals.lines[i].tax.gross.minor() : 0});
    out.tier = a.tier.name;
    const Earning earning = calculator.earn(lines, pointsPaid, a.tier.earnPercent);
    out.earned = earning.points;
    out.earnedPerLine = earning.perLine;
    return out;
}

void PointsService::record(const QString& saleId, const SaleLoyalty& loyalty, qint64 outboxSeq)
{
    if (loyalty.isEmpty())
        return;
    const QDateTime now = m_clock.nowUtc();
    const QString day = m_settings.businessDay(now).toString(Qt::ISODate);
    for (const auto& [kind, points] :
         {std::pair{QStringLiteral("redeem"), loyalty.redeemed}, std::pair{QStringLiteral("earn"), loyalty.earned}}) {
        if (points > 0)
            m_db.exec(QStringLiteral("INSERT INTO points_entries(member_id, sale_id, kind, points, business_day, outbox_seq, created_at)"
                                     " VALUES(?, ?, ?, ?, ?, ?, ?)"),
                      {loyalty.memberId, saleId, kind, points, day, outboxSeq, now.toString(Qt::ISODateWithMs)});
    }
}

} // namespace omnitill
