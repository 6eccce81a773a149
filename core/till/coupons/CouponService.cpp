#include "CouponService.h"
#include "OfferFeedItems.h"

#include "common/Clock.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "crypto/HubTokenRefusal.h"
#include "sale/Cart.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace omnitill {

namespace {
}

bool CouponService::isCouponCode(const QString& code)
{
    return HubToken::looksLike(code.trimmed(), HubToken::kCoupon);
}

Coupon CouponService::verify(const QString& code) const
{
    const HubToken::Checked token =
        HubToken::check(code, HubToken::kCoupon, Coupon::kFieldCount, m_settings.hubPublicKey(), m_clock.nowUtc());
    const std::optional<Coupon> coupon = token.fields ? Coupon::fromFields(*token.fields) : std::nullopt;
    if (!coupon)
        throw DomainError(QStringLiteral("coupon.bad_token"), token.fields
                                                                  ? Tr::tr("This coupon is not genuine (or not from this retailer)")
                                                                  : HubTokenRefusal::message(token, HubToken::kCoupon));
    return *coupon;
}

bool CouponService::recordPersonalCoupon(const QString& memberId, const QString& saleId, bool training)
{
    if (training || memberId.isEmpty())
        return false;
    const QString offer =
        m_db.scalar(QStringLiteral("SELECT body FROM offers WHERE key = ?"), {protocol::MemberOffer::key(memberId)}).toString();
    const QString code = protocol::MemberOffer::fromJson(QJsonDocument::fromJson(offer.toUtf8()).object()).coupon;
    if (!isCouponCode(code))
        return false;
    Coupon coupon;
    try {
        coupon = verify(code);
    } catch (const DomainError&) {
        return false; // a broken offer prints nothing rather than a coupon no till accepts
    }
    if (coupon.memberId != memberId || isUsed(coupon.id) ||
        (coupon.validUntil.isValid() && m_settings.businessDay(m_clock.nowUtc()) > coupon.validUntil))
        return false;
    m_db.exec(QStringLiteral("INSERT INTO sale_personal_coupons(sale_id, coupon_id, terms, code) VALUES(?, ?, ?, ?)"),
              {saleId, coupon.id, coupon.toFields().join(QLatin1Char('|')), code});
    return true;
}

bool CouponService::isUsed(const QString& couponId)
{
    return m_db.scalar(QStringLiteral("SELECT 1 FROM coupons_used WHERE id = ?"), {couponId}).isValid();
}

void CouponService::check(const Coupon& coupon, const Cart& cart, qint64 discount) const
{
    const QDateTime now = m_clock.nowUtc();
    if (coupon.validUntil.isValid() && m_settings.businessDay(now) > coupon.validUntil)
        throw DomainError(QStringLiteral("coupon.expired"),
                          Tr::tr("This coupon expired on %1").arg(QLocale().toString(coupon.validUntil, QLocale::ShortFormat)));
    if (!coupon.memberId.isEmpty() && coupon.memberId != cart.memberId())
        throw DomainError(QStringLiteral("coupon.member"), cart.memberId().isEmpty()
                                                               ? Tr::tr("This is a personal coupon: identify the member first")
                                                               : Tr::tr("This coupon belongs to another member"));
    if (discount <= 0)
        throw DomainError(
            QStringLiteral("coupon.min_spend"),
            Tr::tr("This coupon needs a purchase of at least %1").arg(Money(coupon.minSpend, cart.currency()).format(QLocale())));
    const qint64 unsyncedMax = m_settings.value(QStringLiteral("coupons.max_value_unsynced"), QStringLiteral("2000")).toLongLong();
    if (!m_settings.hubReachedRecently(now) && discount > unsyncedMax)
        throw DomainError(QStringLiteral("coupon.offline"),
                          Tr::tr("The till has not reached the hub lately; coupons worth more than %1 are accepted only online")
                              .arg(Money(unsyncedMax, cart.currency()).format(QLocale())));
}

Coupon CouponService::apply(Cart& cart, const QString& code)
{
    const Coupon coupon = verify(code);
    if (cart.coupon() && cart.coupon()->id != coupon.id)
        throw DomainError(QStringLiteral("coupon.one"), Tr::tr("Only one coupon per sale"));
    if (isUsed(coupon.id))
        throw DomainError(QStringLiteral("coupon.used"), Tr::tr("This coupon has already been used"));
    Cart trial = cart;
    trial.setCoupon(coupon);
    check(coupon, cart, trial.totals().coupon);
    cart.setCoupon(coupon);
    return coupon;
}

void CouponService::remove(Cart& cart) const
{
    cart.setCoupon(std::nullopt);
}

QList<protocol::SaleEventCoupon> CouponService::settle(const Cart& cart, const CartTotals& totals, const QString& saleId, bool training)
{
    if (!cart.coupon())
        return {};
    const Coupon& coupon = *cart.coupon();
    if (training)
        throw DomainError(QStringLiteral("coupon.training"), Tr::tr("Coupons cannot be used in training mode"));
    check(coupon, cart, totals.coupon);
    // Inside the sale's write transaction, so nothing can use it between the check and the mark.
    if (isUsed(coupon.id))
        throw DomainError(QStringLiteral("coupon.used"), Tr::tr("This coupon has already been used"));
    m_db.exec(QStringLiteral("INSERT INTO coupons_used(id, sale_id, source, used_at) VALUES(?, ?, 'till', ?)"),
              {coupon.id, saleId, m_clock.nowUtc().toString(Qt::ISODateWithMs)});
    return {{coupon.id, coupon.name, totals.coupon}};
}

} // namespace omnitill
