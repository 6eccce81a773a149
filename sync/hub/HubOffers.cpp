#include "HubOffers.h"
#include "OfferFeedItems.h"

#include "HubCoupons.h"
#include "HubDatabase.h"
#include "HubFeeds.h"
#include "common/Clock.h"
#include "common/DomainError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QUuid>

namespace omnitill::hub {

void HubOffers::keepBasket(const QString& deviceId, qint64 seq, const protocol::SaleEvent& sale, Baskets& baskets)
{
    if (sale.training)
        return;
    QStringList skus;
    QStringList categories;
    for (const protocol::SaleEventLine& line : sale.lines) {
        if (line.sku.isEmpty() || !line.giftCard.isEmpty() || skus.contains(line.sku))
            continue;
        if (skus.size() < kMaxLinesCounted)
            skus.append(line.sku);
        if (line.categoryId > 0 && !categories.contains(QString::number(line.categoryId)))
            categories.append(QString::number(line.categoryId));
    }
    if (skus.size() < 2 && (sale.memberId.isEmpty() || categories.isEmpty()))
        return; // nothing to count
    baskets.append({deviceId, seq, sale.memberId,
                    QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(skus)).toJson(QJsonDocument::Compact)),
                    categories.join(QLatin1Char(','))});
}

void HubOffers::keep(const Baskets& baskets)
{
    m_db.copyRows(QStringLiteral("offer_baskets"),
                  {QStringLiteral("device_id"), QStringLiteral("device_seq"), QStringLiteral("member_id"), QStringLiteral("skus"),
                   QStringLiteral("categories")},
                  baskets);
}

qint64 HubOffers::fold(int maxBaskets)
{
    HubTransaction tx(m_db);
    QMap<std::pair<QString, QString>, qint64> pairs;
    QMap<std::pair<QString, qint64>, qint64> memberCategories;
    qint64 count = 0;
    QSqlQuery& q = m_db.exec(QStringLiteral("DELETE FROM offer_baskets WHERE (device_id, device_seq) IN (SELECT device_id, device_seq"
                                            " FROM offer_baskets ORDER BY device_id, device_seq LIMIT ?)"
                                            " RETURNING member_id, skus, categories"),
                             {maxBaskets});
    while (q.next()) {
        ++count;
        QStringList skus;
        for (const QJsonValue& sku : QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array())
            skus.append(sku.toString());
        // Both directions, so a product's partners are one indexed read.
        for (const QString& a : skus) {
            for (const QString& b : skus) {
                if (a != b)
                    ++pairs[{a, b}];
            }
        }
        const QString member = q.value(0).toString();
        if (!member.isEmpty()) {
            for (const QString& category : q.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
                ++memberCategories[{member, category.toLongLong()}];
        }
    }
    q.finish();
    if (count == 0)
        return 0;
    // Written in key order, so two hubs folding at once wait for each other instead of deadlocking.
    QList<QVariantList> rows;
    rows.reserve(pairs.size());
    QList<QVariantList> changed;
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        rows.append({it.key().first, it.key().second, it.value()});
        if (changed.isEmpty() || changed.last().first() != it.key().first)
            changed.append({it.key().first});
    }
    m_db.copyRows(QStringLiteral("offer_pairs"), {QStringLiteral("sku"), QStringLiteral("other"), QStringLiteral("n")}, rows,
                  QStringLiteral(" ON CONFLICT(sku, other) DO UPDATE SET n = offer_pairs.n + excluded.n"));
    m_db.copyRows(QStringLiteral("offer_changed_products"), {QStringLiteral("sku")}, changed, QStringLiteral(" ON CONFLICT DO NOTHING"));
    rows.clear();
    changed.clear();
    for (auto it = memberCategories.cbegin(); it != memberCategories.cend(); ++it) {
        rows.append({it.key().first, it.key().second, it.value()});
        if (changed.isEmpty() || changed.last().first() != it.key().first)
            changed.append({it.key().first});
    }
    m_db.copyRows(QStringLiteral("offer_member_categories"),
                  {QStringLiteral("member_id"), QStringLiteral("category_id"), QStringLiteral("n")}, rows,
                  QStringLiteral(" ON CONFLICT(member_id, category_id) DO UPDATE SET n = offer_member_categories.n + excluded.n"));
    m_db.copyRows(QStringLiteral("offer_changed_members"), {QStringLiteral("member_id")}, changed,
                  QStringLiteral(" ON CONFLICT DO NOTHING"));
    tx.commit();
    return count;
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
    while (fold() > 0) {
        // every sale kept so far counts in the suggestions
    }
    HubTransaction tx(m_db);
    const std::optional<PersonalCouponPolicy> policy = personalCouponPolicy();
    QStringList products;
    // Taken, not read: a fold committing meanwhile marks its products again for the next run.
    QSqlQuery& p = m_db.exec(QStringLiteral("DELETE FROM offer_changed_products RETURNING sku"));
    while (p.next())
        products.append(p.value(0).toString());
    p.finish();
    products.sort();
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
    QSqlQuery& m = m_db.exec(QStringLiteral("DELETE FROM offer_changed_members RETURNING member_id"));
    while (m.next())
        members.append(m.value(0).toString());
    m.finish();
    members.sort();
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
    tx.commit();
    return {{QStringLiteral("products"), products.size()}, {QStringLiteral("members"), members.size()}};
}

} // namespace omnitill::hub
