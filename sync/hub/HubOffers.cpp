#include "HubOffers.h"
#include "OfferFeedItems.h"

#include "HubCoupons.h"
#include "HubDatabase.h"
#include "HubFeeds.h"
#include "common/Clock.h"
#include "common/DomainError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace omnitill::hub {

void HubOffers::countSale(const protocol::SaleEvent& sale, Batch& batch)
{
    if (sale.training)
        return;
    QStringList skus;
    QSet<qint64> categories;
    for (const protocol::SaleEventLine& line : sale.lines) {
        if (line.sku.isEmpty() || !line.giftCard.isEmpty() || skus.contains(line.sku))
            continue;
        if (skus.size() < kMaxLinesCounted)
            skus.append(line.sku);
        if (line.categoryId > 0)
            categories.insert(line.categoryId);
    }
    // Both directions, so a product's partners are one indexed read.
    for (const QString& a : skus) {
        for (const QString& b : skus) {
            if (a != b)
                ++batch.pairs[{a, b}];
        }
    }
    const QString& member = sale.memberId;
    if (!member.isEmpty()) {
        for (qint64 category : categories)
            ++batch.memberCategories[{member, category}];
    }
}

void HubOffers::add(const Batch& batch)
{
    // One statement a table, whatever the batch holds: a push of a thousand five-line sales has
    // some twenty thousand pairs.
    QList<QVariantList> pairs;
    pairs.reserve(batch.pairs.size());
    for (auto it = batch.pairs.cbegin(); it != batch.pairs.cend(); ++it)
        pairs.append({it.key().first, it.key().second, it.value(), 1});
    m_db.insertJsonRows(QStringLiteral("INSERT INTO offer_pairs(sku, other, n, dirty)"), {"text", "text", "bigint", "integer"}, pairs,
                        QStringLiteral(" ON CONFLICT(sku, other) DO UPDATE SET n = offer_pairs.n + excluded.n, dirty = 1"));
    QList<QVariantList> categories;
    categories.reserve(batch.memberCategories.size());
    for (auto it = batch.memberCategories.cbegin(); it != batch.memberCategories.cend(); ++it)
        categories.append({it.key().first, it.key().second, it.value(), 1});
    m_db.insertJsonRows(QStringLiteral("INSERT INTO offer_member_categories(member_id, category_id, n, dirty)"),
                        {"text", "bigint", "bigint", "integer"}, categories,
                        QStringLiteral(" ON CONFLICT(member_id, category_id) DO UPDATE SET n = offer_member_categories.n + excluded.n,"
                                       " dirty = 1"));
}

std::optional<PersonalCouponPolicy> HubOffers::personalCouponPolicy()
{
    const QString body = m_db.scalar(QStringLiteral("SELECT body FROM feed_items WHERE feed = 'settings' AND scope = '*'"
                                                    " AND item_key = ?"),
                                     {QLatin1String(PersonalCouponPolicy::kSettingKey)})
                             .toString();
    try {
        return PersonalCouponPolicy::parse(QJsonDocument::fromJson(body.toUtf8()).object().value(QStringLiteral("value")).toString());
    } catch (const DomainError&) {
        return std::nullopt; // checked when imported; a hub never stops offering over a setting
    }
}

QString HubOffers::personalCoupon(const QString& member, const PersonalCouponPolicy& policy, HubCoupons& coupons)
{
    if (!m_db.scalar(QStringLiteral("SELECT 1 FROM members WHERE id = ? AND erased = 0"), {member}).isValid())
        return {};
    const QDate today = m_clock.nowUtc().date();
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT p.coupon_id, p.valid_until, c.code FROM personal_coupons p"
                                            " JOIN coupons c ON c.id = p.coupon_id WHERE p.member_id = ?"),
                             {member});
    if (q.next()) {
        const QString couponId = q.value(QStringLiteral("coupon_id")).toString();
        const QDate until = QDate::fromString(q.value(QStringLiteral("valid_until")).toString(), Qt::ISODate);
        const QString code = q.value(QStringLiteral("code")).toString();
        q.finish();
        if (until >= today && !coupons.isUsed(couponId))
            return code; // the member still has one to use
    }
    q.finish();
    const Coupon coupon = policy.couponFor(QStringLiteral("personal-") + QUuid::createUuid().toString(QUuid::WithoutBraces), member, today);
    const QString code = coupons.issueWithin(coupon);
    m_db.exec(QStringLiteral("INSERT INTO personal_coupons(member_id, coupon_id, valid_until) VALUES(?, ?, ?)"
                             " ON CONFLICT(member_id) DO UPDATE SET coupon_id = excluded.coupon_id, valid_until = excluded.valid_until"),
              {member, coupon.id, coupon.validUntil.toString(Qt::ISODate)});
    return code;
}

QJsonObject HubOffers::compute(HubCoupons& coupons)
{
    HubTransaction tx(m_db);
    const std::optional<PersonalCouponPolicy> policy = personalCouponPolicy();
    QStringList products;
    QSqlQuery& p = m_db.exec(QStringLiteral("SELECT DISTINCT sku FROM offer_pairs WHERE dirty = 1 ORDER BY sku"));
    while (p.next())
        products.append(p.value(QStringLiteral("sku")).toString());
    p.finish();
    QList<FeedItem> items;
    for (const QString& sku : products) {
        protocol::BoughtTogetherOffer offer{sku, {}};
        QSqlQuery& q =
            m_db.exec(QStringLiteral("SELECT other, n FROM offer_pairs WHERE sku = ? ORDER BY n DESC, other LIMIT ?"), {sku, kSuggestions});
        while (q.next())
            offer.with.append({q.value(QStringLiteral("other")).toString(), q.value(QStringLiteral("n")).toLongLong()});
        q.finish();
        items.append({QStringLiteral("*"), protocol::BoughtTogetherOffer::key(sku), offer.toJson()});
    }
    QStringList members;
    QSqlQuery& m = m_db.exec(QStringLiteral("SELECT DISTINCT member_id FROM offer_member_categories WHERE dirty = 1 ORDER BY member_id"));
    while (m.next())
        members.append(m.value(QStringLiteral("member_id")).toString());
    m.finish();
    for (const QString& member : members) {
        protocol::MemberOffer offer{member, {}, {}};
        QSqlQuery& q = m_db.exec(QStringLiteral("SELECT category_id FROM offer_member_categories WHERE member_id = ?"
                                                " ORDER BY n DESC, category_id LIMIT ?"),
                                 {member, kSuggestions});
        while (q.next())
            offer.categories.append(q.value(QStringLiteral("category_id")).toLongLong());
        q.finish();
        if (policy)
            offer.coupon = personalCoupon(member, *policy, coupons);
        items.append({QStringLiteral("*"), protocol::MemberOffer::key(member), offer.toJson()});
    }
    m_feeds.publish(protocol::OffersFeed::kFeed, items);
    m_db.exec(QStringLiteral("UPDATE offer_pairs SET dirty = 0 WHERE dirty = 1"));
    m_db.exec(QStringLiteral("UPDATE offer_member_categories SET dirty = 0 WHERE dirty = 1"));
    tx.commit();
    return {{QStringLiteral("products"), products.size()}, {QStringLiteral("members"), members.size()}};
}

} // namespace omnitill::hub
