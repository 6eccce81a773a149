#include "HubOffers.h"

#include "HubDatabase.h"
#include "HubFeeds.h"
#include "common/Clock.h"

#include <QJsonArray>
#include <QSet>

namespace omnitill::hub {

void HubOffers::countSale(const QJsonObject& sale, Batch& batch)
{
    if (sale.value(QStringLiteral("training")).toBool())
        return;
    QStringList skus;
    QSet<qint64> categories;
    for (const QJsonValue& v : sale.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject line = v.toObject();
        const QString sku = line.value(QStringLiteral("sku")).toString();
        if (sku.isEmpty() || !line.value(QStringLiteral("gift_card")).toString().isEmpty() || skus.contains(sku))
            continue;
        if (skus.size() < kMaxLinesCounted)
            skus.append(sku);
        if (const qint64 category = line.value(QStringLiteral("category_id")).toInteger(); category > 0)
            categories.insert(category);
    }
    // Both directions, so a product's partners are one indexed read.
    for (const QString& a : skus) {
        for (const QString& b : skus) {
            if (a != b)
                ++batch.pairs[{a, b}];
        }
    }
    const QString member = sale.value(QStringLiteral("member_id")).toString();
    if (!member.isEmpty()) {
        for (qint64 category : categories)
            ++batch.memberCategories[{member, category}];
    }
}

void HubOffers::add(const Batch& batch)
{
    for (auto it = batch.pairs.cbegin(); it != batch.pairs.cend(); ++it)
        m_db.exec(QStringLiteral("INSERT INTO offer_pairs(sku, other, n, dirty) VALUES(?, ?, ?, 1)"
                                 " ON CONFLICT(sku, other) DO UPDATE SET n = offer_pairs.n + excluded.n, dirty = 1"),
                  {it.key().first, it.key().second, it.value()});
    for (auto it = batch.memberCategories.cbegin(); it != batch.memberCategories.cend(); ++it)
        m_db.exec(QStringLiteral("INSERT INTO offer_member_categories(member_id, category_id, n, dirty) VALUES(?, ?, ?, 1)"
                                 " ON CONFLICT(member_id, category_id) DO UPDATE SET n = offer_member_categories.n + excluded.n,"
                                 " dirty = 1"),
                  {it.key().first, it.key().second, it.value()});
}

QJsonObject HubOffers::compute()
{
    HubTransaction tx(m_db);
    QStringList products;
    QSqlQuery& p = m_db.exec(QStringLiteral("SELECT DISTINCT sku FROM offer_pairs WHERE dirty = 1 ORDER BY sku"));
    while (p.next())
        products.append(p.value(0).toString());
    p.finish();
    QList<FeedItem> items;
    for (const QString& sku : products) {
        QJsonArray with;
        QSqlQuery& q = m_db.exec(QStringLiteral("SELECT other, n FROM offer_pairs WHERE sku = ? ORDER BY n DESC, other LIMIT ?"),
                                 {sku, kSuggestions});
        while (q.next())
            with.append(QJsonObject{{QStringLiteral("sku"), q.value(0).toString()}, {QStringLiteral("count"), q.value(1).toLongLong()}});
        q.finish();
        items.append({QStringLiteral("*"), QStringLiteral("product:") + sku,
                      QJsonObject{{QStringLiteral("kind"), QStringLiteral("bought_together")},
                                  {QStringLiteral("sku"), sku},
                                  {QStringLiteral("with"), with}}});
    }
    QStringList members;
    QSqlQuery& m = m_db.exec(QStringLiteral("SELECT DISTINCT member_id FROM offer_member_categories WHERE dirty = 1 ORDER BY member_id"));
    while (m.next())
        members.append(m.value(0).toString());
    m.finish();
    for (const QString& member : members) {
        QJsonArray favourites;
        QSqlQuery& q = m_db.exec(QStringLiteral("SELECT category_id FROM offer_member_categories WHERE member_id = ?"
                                                " ORDER BY n DESC, category_id LIMIT ?"),
                                 {member, kSuggestions});
        while (q.next())
            favourites.append(q.value(0).toLongLong());
        q.finish();
        items.append({QStringLiteral("*"), QStringLiteral("member:") + member,
                      QJsonObject{{QStringLiteral("kind"), QStringLiteral("favourite_categories")},
                                  {QStringLiteral("member_id"), member},
                                  {QStringLiteral("categories"), favourites}}});
    }
    m_feeds.publish(QStringLiteral("offers"), items);
    m_db.exec(QStringLiteral("UPDATE offer_pairs SET dirty = 0 WHERE dirty = 1"));
    m_db.exec(QStringLiteral("UPDATE offer_member_categories SET dirty = 0 WHERE dirty = 1"));
    tx.commit();
    return {{QStringLiteral("products"), products.size()}, {QStringLiteral("members"), members.size()}};
}

} // namespace omnitill::hub
