#include "HubPromotionCheck.h"

#include "HubDatabase.h"
#include "common/DomainError.h"
#include "promotions/PromotionJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

namespace omnitill::hub {

namespace {
QDateTime utc(const QString& iso)
{
    QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(iso, Qt::ISODate);
    return at.toUTC();
}
} // namespace

qint64 HubPromotionCheck::productKey(const QString& sku)
{
    auto it = m_productKeys.find(sku);
    if (it == m_productKeys.end())
        it = m_productKeys.insert(sku, m_productKeys.size() + 1);
    return it.value();
}

void HubPromotionCheck::readCategories(const QStringList& skus)
{
    QList<QVariantList> missing;
    QSet<QString> asked;
    for (const QString& sku : skus) {
        if (!m_categories.contains(sku) && !asked.contains(sku)) {
            asked.insert(sku);
            missing.append({sku});
        }
    }
    if (missing.isEmpty())
        return;
    for (const QString& sku : asked)
        m_categories.insert(sku, 0); // not in the hub's catalog
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT p.sku, p.category_id FROM ") + m_db.jsonRowsSource() +
                                 QStringLiteral(" JOIN products p ON p.sku = ") + HubDatabase::jsonRowColumn(0, "text"),
                             {HubDatabase::jsonRows(missing)});
    while (q.next())
        m_categories.insert(q.value(0).toString(), q.value(1).toLongLong());
    q.finish();
}

qint64 HubPromotionCheck::categoryOf(const QString& sku, qint64 tillCategory) const
{
    // A product the hub has no category for keeps the till's: the chain may manage categories in the stores.
    const qint64 hub = m_categories.value(sku);
    return hub != 0 ? hub : tillCategory;
}

const HubPromotionCheck::StorePromotions& HubPromotionCheck::promotionsOf(const QString& storeId)
{
    auto it = m_stores.find(storeId);
    if (it != m_stores.end())
        return it.value();
    StorePromotions store;
    QList<Promotion> promotions;
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT body FROM feed_items WHERE feed = 'promotions' AND scope IN ('*', ?)"), {storeId});
    QList<QJsonObject> bodies;
    while (q.next())
        bodies.append(QJsonDocument::fromJson(q.value(QStringLiteral("body")).toString().toUtf8()).object());
    q.finish();
    for (const QJsonObject& body : bodies) {
        const QDateTime changed = utc(body.value(QStringLiteral("updated_at")).toString());
        if (!store.lastChange.isValid() || changed > store.lastChange)
            store.lastChange = changed;
        if (!body.value(QStringLiteral("active")).toBool(true))
            continue;
        Promotion p;
        try {
            p = promotionFromJson(body);
        } catch (const DomainError&) {
            continue; // published only after the same validation; an unreadable one applies nowhere
        }
        for (const QJsonValue& sku : body.value(QStringLiteral("skus")).toArray())
            p.products.insert(productKey(sku.toString()));
        if (p.products.isEmpty() && p.categories.isEmpty() && !body.value(QStringLiteral("skus")).toArray().isEmpty())
            continue;
        promotions.append(p);
    }
    store.engine.emplace(std::move(promotions));
    return m_stores.insert(storeId, std::move(store)).value();
}

QString HubPromotionCheck::check(const QString& storeId, const protocol::SaleEvent& sale)
{
    const QDateTime pricedAt = utc(sale.pricedAt);
    const QTime localTime = QTime::fromString(sale.pricedLocalTime, Qt::ISODate);
    if (!pricedAt.isValid() || !localTime.isValid())
        return {};
    const StorePromotions& store = promotionsOf(storeId);
    if (store.lastChange.isValid() && store.lastChange > pricedAt)
        return {}; // the hub keeps only today's form of a promotion
    QStringList skus;
    for (const protocol::SaleEventLine& l : sale.lines)
        skus.append(l.sku);
    readCategories(skus);
    QList<PromotionLine> lines;
    QMap<int, qint64> tillByLine;
    for (const protocol::SaleEventLine& l : sale.lines) {
        tillByLine.insert(l.line, l.promotionDiscount);
        lines.append({l.line, productKey(l.sku), categoryOf(l.sku, l.categoryId), l.unitPrice, l.quantity, l.amount,
                      l.unit == QLatin1String("weight"), l.promotionExcluded});
    }
    const PromotionContext context{pricedAt, localTime, !sale.memberId.isEmpty()};
    const PromotionResult hub = store.engine->evaluate(lines, context);

    QMap<QString, qint64> hubByPromotion;
    for (const AppliedPromotion& a : hub.applied)
        hubByPromotion[a.promotionId] += a.discount;
    QMap<QString, qint64> tillByPromotion;
    qint64 tillTotal = 0;
    for (const protocol::SaleEventPromotion& p : sale.promotions) {
        tillByPromotion[p.id] += p.discount;
        tillTotal += p.discount;
    }
    if (hubByPromotion == tillByPromotion) {
        for (auto it = tillByLine.cbegin(); it != tillByLine.cend(); ++it) {
            if (it.value() != hub.lineDiscount(it.key()))
                return QStringLiteral("promotions: line %1 gets %2 on the hub, the till gave %3")
                    .arg(it.key())
                    .arg(hub.lineDiscount(it.key()))
                    .arg(it.value());
        }
        return {};
    }
    QStringList differences;
    QStringList ids = hubByPromotion.keys() + tillByPromotion.keys();
    ids.removeDuplicates();
    ids.sort();
    for (const QString& id : ids) {
        if (hubByPromotion.value(id) != tillByPromotion.value(id))
            differences.append(QStringLiteral("%1: hub %2, till %3")
                                   .arg(id, QString::number(hubByPromotion.value(id)), QString::number(tillByPromotion.value(id))));
    }
    return QStringLiteral("promotions recompute to %1 on the hub, the till gave %2 (%3)")
        .arg(hub.discount)
        .arg(tillTotal)
        .arg(differences.join(QStringLiteral("; ")));
}

} // namespace omnitill::hub
