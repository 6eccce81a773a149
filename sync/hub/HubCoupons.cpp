#include "HubCoupons.h"
#include "ReferenceFeedItems.h"

#include "HubAmounts.h"
#include "HubDatabase.h"
#include "HubError.h"
#include "HubFeeds.h"
#include "common/Clock.h"
#include "coupons/Coupon.h"
#include "crypto/HubToken.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUuid>

namespace omnitill::hub {

namespace {
[[noreturn]] void invalid(const QString& what)
{
    throw HubError(400, QStringLiteral("coupon.invalid"), what);
}
} // namespace

QJsonObject HubCoupons::issue(const QJsonObject& r)
{
    Coupon c;
    c.id = r.value(QStringLiteral("id")).toString().trimmed();
    if (c.id.isEmpty())
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (c.id.size() > 64 || c.id.contains(QLatin1Char('|')))
        invalid(QStringLiteral("a coupon id has up to 64 characters and no '|'"));
    // The name goes into the signed code: printable text only.
    c.name = r.value(QStringLiteral("name")).toString().trimmed().left(40);
    c.name.removeIf([](QChar ch) { return ch.category() == QChar::Other_Control; });
    const QString kind = r.value(QStringLiteral("kind")).toString();
    if (kind != QLatin1String("amount") && kind != QLatin1String("percent"))
        invalid(QStringLiteral("kind is amount or percent"));
    c.kind = kind == QLatin1String("percent") ? Coupon::Kind::Percent : Coupon::Kind::Amount;
    c.value = r.value(QStringLiteral("value")).toInteger();
    c.minSpend = r.value(QStringLiteral("min_spend")).toInteger();
    if (c.value <= 0 || c.minSpend < 0 || c.value > HubAmounts::kMaxMoney || c.minSpend > HubAmounts::kMaxMoney ||
        (c.kind == Coupon::Kind::Percent && c.value > 10000))
        invalid(QStringLiteral("value is positive (minor units, or basis points up to 10000) and min_spend not negative"));
    const QString until = r.value(QStringLiteral("valid_until")).toString();
    if (!until.isEmpty()) {
        c.validUntil = QDate::fromString(until, Qt::ISODate);
        if (!c.validUntil.isValid())
            invalid(QStringLiteral("valid_until is a date, YYYY-MM-DD"));
    }
    c.memberId = r.value(QStringLiteral("member_id")).toString();
    if (c.memberId.contains(QLatin1Char('|')) || c.memberId.size() > 64)
        invalid(QStringLiteral("member_id names a member"));
    if (!c.memberId.isEmpty() && !m_db.scalar(QStringLiteral("SELECT 1 FROM members WHERE id = ? AND erased = 0"), {c.memberId}).isValid())
        throw HubError(404, QStringLiteral("member.unknown"), QStringLiteral("no member %1").arg(c.memberId));
    const QString terms = c.toFields().join(QLatin1Char('|'));
    HubTransaction tx(m_db);
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT terms, code FROM coupons WHERE id = ?"), {c.id});
    if (q.next()) {
        const QString stored = q.value(QStringLiteral("terms")).toString();
        const QString code = q.value(QStringLiteral("code")).toString();
        q.finish();
        if (stored != terms)
            throw HubError(409, QStringLiteral("coupon.exists"), QStringLiteral("coupon %1 was issued with other terms").arg(c.id));
        return {{QStringLiteral("id"), c.id}, {QStringLiteral("code"), code}};
    }
    q.finish();
    const QString code = issueWithin(c);
    tx.commit();
    return {{QStringLiteral("id"), c.id}, {QStringLiteral("code"), code}};
}

QString HubCoupons::issueWithin(const Coupon& coupon)
{
    // The token outlives the coupon's last day by a day (time zones); the till checks that day itself.
    const QDateTime now = m_clock.nowUtc();
    const QDateTime expires = coupon.validUntil.isValid() ? QDateTime(coupon.validUntil.addDays(2), QTime(0, 0), QTimeZone::utc())
                                                          : now.addYears(kOpenCouponTokenYears);
    const QString code = HubToken::sign(m_hubKey, HubToken::kCoupon, coupon.toFields(), now, std::max(expires, now.addDays(1)));
    m_db.exec(QStringLiteral("INSERT INTO coupons(id, terms, code, created_at) VALUES(?, ?, ?, ?)"),
              {coupon.id, coupon.toFields().join(QLatin1Char('|')), code, m_clock.nowUtc().toString(Qt::ISODateWithMs)});
    return code;
}

bool HubCoupons::isUsed(const QString& couponId)
{
    return !m_db.scalar(QStringLiteral("SELECT used_at FROM coupons WHERE id = ?"), {couponId}).toString().isEmpty();
}

QJsonObject HubCoupons::status(const QString& couponId)
{
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT code, used_at, used_store, used_receipt FROM coupons WHERE id = ?"), {couponId});
    if (!q.next()) {
        q.finish();
        throw HubError(404, QStringLiteral("coupon.unknown"), QStringLiteral("no coupon %1").arg(couponId));
    }
    const bool used = !q.value(QStringLiteral("used_at")).isNull();
    QJsonObject out{{QStringLiteral("id"), couponId},
                    {QStringLiteral("code"), q.value(QStringLiteral("code")).toString()},
                    {QStringLiteral("status"), used ? QStringLiteral("used") : QStringLiteral("unused")},
                    {QStringLiteral("used_at"), q.value(QStringLiteral("used_at")).toString()},
                    {QStringLiteral("used_store"), q.value(QStringLiteral("used_store")).toString()},
                    {QStringLiteral("used_receipt"), q.value(QStringLiteral("used_receipt")).toString()}};
    q.finish();
    return out;
}

QString HubCoupons::markUsed(const QString& couponId, const QString& use, const QString& storeId, const QString& receipt)
{
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    if (m_db.execAffected(QStringLiteral("UPDATE coupons SET used_by = ?, used_at = ?, used_store = ?, used_receipt = ?"
                                         " WHERE id = ? AND used_by IS NULL"),
                          {use, now, storeId, receipt, couponId}) == 1) {
        m_feeds.publish(protocol::CouponFeedItem::kFeed,
                        {{QStringLiteral("*"), couponId, protocol::CouponFeedItem{couponId, true, now}.toJson()}});
        return {};
    }
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT used_by, used_store, used_receipt FROM coupons WHERE id = ?"), {couponId});
    if (!q.next()) {
        q.finish();
        return QStringLiteral("coupon %1 is not one the hub issued").arg(couponId);
    }
    const QString usedBy = q.value(QStringLiteral("used_by")).toString();
    const QString where = QStringLiteral("receipt %1 at store %2")
                              .arg(q.value(QStringLiteral("used_receipt")).toString(), q.value(QStringLiteral("used_store")).toString());
    q.finish();
    if (usedBy == use)
        return {};
    return QStringLiteral("coupon %1 was already used (%2); used again with receipt %3 at store %4").arg(couponId, where, receipt, storeId);
}

QJsonObject HubCoupons::redeemOnline(const QString& couponId, const QString& reference)
{
    if (reference.trimmed().isEmpty())
        invalid(QStringLiteral("say which order uses the coupon (reference)"));
    status(couponId); // 404 for an unknown coupon
    HubTransaction tx(m_db);
    const QString problem = markUsed(couponId, QStringLiteral("online:") + reference, QStringLiteral("online"), reference);
    if (!problem.isEmpty())
        throw HubError(409, QStringLiteral("coupon.used"), problem);
    tx.commit();
    return status(couponId);
}

QString HubCoupons::recordSale(const QString& storeId, const protocol::SaleEvent& sale)
{
    QStringList problems;
    for (const protocol::SaleEventCoupon& coupon : sale.coupons) {
        const QString problem = markUsed(coupon.id, QStringLiteral("sale:") + sale.saleId, storeId, sale.receiptId);
        if (!problem.isEmpty())
            problems.append(problem);
    }
    return problems.join(QStringLiteral("; "));
}

} // namespace omnitill::hub
