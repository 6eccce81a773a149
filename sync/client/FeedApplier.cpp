#include "FeedApplier.h"
#include "OfferFeedItems.h"

#include "OnlineOrder.h"
#include "ReferenceFeedItems.h"
#include "StockRequestEvents.h"
#include "SyncFeeds.h"
#include "catalog/CatalogRepository.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "giftcards/GiftCardService.h"
#include "member/MemberService.h"
#include "promotions/PromotionJson.h"
#include "promotions/PromotionRepository.h"
#include "stock/StockRequestRepository.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace omnitill {

namespace {
QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString(QStringLiteral(""));
}

// A field the hub left out is stored as empty text, not as NULL (Qt binds a null QString as NULL).
QString notNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

QString FeedApplier::cursorKey(const QString& feed)
{
    return QStringLiteral("sync.cursor.") + feed;
}

qint64 FeedApplier::apply(const QString& feed, const QJsonObject& page)
{
    if (feed == protocol::CatalogPage::kFeed)
        return apply(protocol::CatalogPage::fromJson(page));
    return apply(feed, protocol::FeedPage::fromJson(page));
}

qint64 FeedApplier::apply(const protocol::CatalogPage& page)
{
    return guarded([&] {
        Transaction tx(m_db);
        const qint64 applied = applyCatalog(page);
        m_settings.setValue(cursorKey(protocol::CatalogPage::kFeed), notNull(page.cursor.value_or(QString())));
        tx.commit();
        return applied;
    });
}

qint64 FeedApplier::apply(const QString& feed, const protocol::FeedPage& page)
{
    return guarded([&] {
        Transaction tx(m_db);
        for (const protocol::FeedPageItem& item : page.items)
            applyItem(feed, item);
        m_settings.setValue(cursorKey(feed), notNull(page.cursor.value_or(QString())));
        tx.commit();
        return qint64(page.items.size());
    });
}

qint64 FeedApplier::guarded(const std::function<qint64()>& applyPage)
{
    try {
        return applyPage();
    } catch (const DomainError&) {
        // The transaction rolled back; settings cached during it (the cursor, hub settings) must
        // not outlive it, or the next page would start after one that was never stored.
        m_settings.reload();
        throw;
    }
}

void FeedApplier::applyItem(const QString& feed, const protocol::FeedPageItem& item)
{
    const QJsonObject& body = item.body;
    if (feed == protocol::StaffFeedItem::kFeed)
        applyStaff(protocol::StaffFeedItem::fromJson(body));
    else if (feed == protocol::SettingFeedItem::kFeed)
        applySetting(protocol::SettingFeedItem::fromJson(body));
    else if (feed == protocol::MemberFeedItem::kFeed)
        applyMember(protocol::MemberFeedItem::fromJson(body));
    else if (feed == protocol::OnlineOrder::kFeed)
        applyOrder(body);
    else if (feed == protocol::StockLevelFeedItem::kFeed)
        applyStock(protocol::StockLevelFeedItem::fromJson(body));
    else if (feed == QLatin1String("promotions"))
        applyPromotion(body);
    else if (feed == protocol::CouponFeedItem::kFeed)
        applyCoupon(protocol::CouponFeedItem::fromJson(body));
    else if (feed == protocol::GiftCardFeedItem::kFeed)
        applyGiftCard(protocol::GiftCardFeedItem::fromJson(body));
    else if (feed == protocol::StockRequestDocument::kFeed)
        StockRequestRepository(m_db).applyHubView(body);
    else if (feed == protocol::OffersFeed::kFeed)
        m_db.exec(QStringLiteral("INSERT INTO offers(key, body) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET body = excluded.body"),
                  {notNull(item.key), QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact))});
    else
        throw DomainError(QStringLiteral("sync.feed"), Tr::tr("The till does not know the hub's feed %1").arg(feed));
}

qint64 FeedApplier::applyCatalog(const protocol::CatalogPage& page)
{
    CatalogRepository catalog(m_db);
    for (const protocol::CatalogTaxRate& r : page.taxRates)
        catalog.upsertTaxRate({0, notNull(r.code), notNull(r.name), r.basisPoints});
    for (const protocol::CatalogCategory& c : page.categories)
        catalog.upsertCategory(c.id, notNull(c.nameEn), notNull(c.nameRu), notNull(c.nameZh));
    QHash<QString, qint64> taxIds;
    for (const TaxRate& rate : catalog.taxRates())
        taxIds.insert(rate.code, rate.id);
    // New products are written together (see insertNewProducts); a SKU met again in the page
    // writes those before it.
    QList<CatalogRepository::NewProduct> fresh;
    QSet<QString> freshSkus;
    for (const protocol::CatalogProduct& j : page.products) {
        Product p;
        p.sku = notNull(j.sku);
        p.nameEn = notNull(j.nameEn);
        p.nameRu = notNull(j.nameRu);
        p.nameZh = notNull(j.nameZh);
        p.unit = unitFromName(j.unit);
        p.price = j.price;
        p.categoryId = j.categoryId;
        // A hub that has no categories leaves the store's own in place.
        if (p.categoryId == 0)
            p.categoryId = catalog.categoryOf(p.sku);
        else if (!catalog.hasCategory(p.categoryId))
            throw DomainError(QStringLiteral("sync.category"), Tr::tr("The hub sent %1 with an unknown category").arg(p.sku));
        p.taxRateId = taxIds.value(j.taxCode);
        if (p.taxRateId == 0)
            throw DomainError(QStringLiteral("sync.tax_code"), Tr::tr("The hub sent %1 with an unknown tax rate").arg(p.sku));
        p.ageRestricted = j.ageRestricted;
        p.active = j.active;
        const QStringList& barcodes = j.barcodes;
        // A first sync is almost all new products: inserting them skips clearing old barcodes and index rows.
        if (!freshSkus.contains(p.sku) && catalog.idForSku(p.sku) == 0) {
            freshSkus.insert(p.sku);
            fresh.append({p, barcodes});
            continue;
        }
        catalog.insertNewProducts(fresh);
        fresh.clear();
        freshSkus.clear();
        catalog.upsertProduct(p, barcodes);
    }
    catalog.insertNewProducts(fresh);
    return page.products.size();
}

void FeedApplier::applyStaff(const protocol::StaffFeedItem& s)
{
    const QByteArray salt = QByteArray::fromBase64(s.pinSalt.toLatin1());
    const QByteArray hash = QByteArray::fromBase64(s.pinHash.toLatin1());
    const int iterations = s.pinIterations;
    if (s.code.isEmpty() || salt.size() < 16 || hash.size() < 32 || iterations < 10000)
        throw DomainError(QStringLiteral("sync.staff"), Tr::tr("The hub sent a staff record the till cannot use"));
    // Lock-out counters are the till's own and survive a change of name or PIN.
    m_db.exec(QStringLiteral("INSERT INTO staff(code, name, role, pin_salt, pin_hash, pin_iterations, active)"
                             " VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET name = excluded.name,"
                             " role = excluded.role, pin_salt = excluded.pin_salt, pin_hash = excluded.pin_hash,"
                             " pin_iterations = excluded.pin_iterations, active = excluded.active"),
              {s.code, notNull(s.name), notNull(s.role), salt, hash, iterations, s.active ? 1 : 0});
}

void FeedApplier::applySetting(const protocol::SettingFeedItem& s)
{
    // The till decides what a hub may change, whatever the hub sends.
    if (protocol::hubManagedSettings().contains(s.key))
        m_settings.setValue(s.key, notNull(s.value));
}

void FeedApplier::applyMember(const protocol::MemberFeedItem& m)
{
    MemberService::applyHubMember(m_db, {notNull(m.id), notNull(m.cardCode), notNull(m.name), notNull(m.phone), notNull(m.email), m.consent,
                                         m.pointsBalance, m.lifetimePoints, m.erased});
}

void FeedApplier::applyOrder(const QJsonObject& body)
{
    const protocol::OnlineOrder o = protocol::OnlineOrder::fromJson(body);
    m_db.exec(QStringLiteral("INSERT INTO online_orders(id, store_id, number, status, customer_name, phone, paid, currency, total,"
                             " body, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
                             " status = excluded.status, customer_name = excluded.customer_name, phone = excluded.phone,"
                             " paid = excluded.paid, total = excluded.total, body = excluded.body, updated_at = excluded.updated_at"),
              {notNull(o.id), notNull(o.storeId), notNull(o.number), notNull(o.status), notNull(o.customerName), notNull(o.phone),
               o.paid ? 1 : 0, notNull(o.currency), o.total, QString::fromUtf8(QJsonDocument(o.toJson()).toJson(QJsonDocument::Compact)),
               notNull(o.updatedAt)});
}

void FeedApplier::applyPromotion(const QJsonObject& body)
{
    PromotionRepository promotions(m_db);
    const QString id = text(body, "id");
    if (!body.value(QStringLiteral("active")).toBool(true)) {
        promotions.remove(id);
        return;
    }
    Promotion p;
    try {
        p = promotionFromJson(body);
    } catch (const DomainError&) {
        promotions.remove(id); // a form this till cannot read is not applied, and not half-applied
        return;
    }
    CatalogRepository catalog(m_db);
    for (const QJsonValue& sku : body.value(QStringLiteral("skus")).toArray()) {
        if (const qint64 productId = catalog.idForSku(sku.toString()))
            p.products.insert(productId);
    }
    if (p.products.isEmpty() && p.categories.isEmpty() && !body.value(QStringLiteral("skus")).toArray().isEmpty()) {
        promotions.remove(id); // only for products this store does not sell
        return;
    }
    promotions.put(p, QDateTime::fromString(body.value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs));
}

void FeedApplier::applyCoupon(const protocol::CouponFeedItem& c)
{
    // Used somewhere (another store, the online shop): no longer accepted here.
    if (c.used)
        m_db.exec(QStringLiteral("INSERT INTO coupons_used(id, sale_id, source, used_at) VALUES(?, NULL, 'hub', ?)"
                                 " ON CONFLICT(id) DO NOTHING"),
                  {notNull(c.id), notNull(c.usedAt)});
}

void FeedApplier::applyGiftCard(const protocol::GiftCardFeedItem& g)
{
    GiftCardService::applyHubBalance(m_db, notNull(g.number), notNull(g.kind), notNull(g.currency), g.balance, notNull(g.status));
}

void FeedApplier::applyStock(const protocol::StockLevelFeedItem& s)
{
    m_db.exec(QStringLiteral("INSERT INTO remote_stock(store_id, sku, on_hand) VALUES(?, ?, ?)"
                             " ON CONFLICT(store_id, sku) DO UPDATE SET on_hand = excluded.on_hand"),
              {notNull(s.storeId), notNull(s.sku), s.onHand});
}

} // namespace omnitill
