#pragma once

#include "FeedPages.h"
#include "ReferenceFeedItems.h"

#include <QJsonObject>

#include <functional>

namespace omnitill {

class Database;
class StoreSettings;

// Applies a page of a hub feed to the till's store, together with the feed's new cursor, in one
// local transaction: an interrupted sync resumes exactly where it stopped. Reference data from the
// hub wins over the till's copy. Throws DomainError and changes nothing when a page cannot apply.
class FeedApplier
{
public:
    FeedApplier(Database& db, StoreSettings& settings) : m_db(db), m_settings(settings) {}

    static QString cursorKey(const QString& feed);
    // Returns the number of items (products for the catalog) applied.
    qint64 apply(const QString& feed, const protocol::FeedPage& page);
    qint64 apply(const protocol::CatalogPage& page);
    // A page as it came from the hub, decoded here.
    qint64 apply(const QString& feed, const QJsonObject& page);

private:
    // Runs the page's transaction; a page that fails leaves nothing of it, the cached settings included.
    qint64 guarded(const std::function<qint64()>& applyPage);
    void applyItem(const QString& feed, const protocol::FeedPageItem& item);
    qint64 applyCatalog(const protocol::CatalogPage& page);
    void applyStaff(const protocol::StaffFeedItem& staff);
    void applySetting(const protocol::SettingFeedItem& setting);
    void applyMember(const protocol::MemberFeedItem& member);
    void applyOrder(const QJsonObject& body);
    void applyStock(const protocol::StockLevelFeedItem& level);
    void applyPromotion(const QJsonObject& body);
    void applyCoupon(const protocol::CouponFeedItem& coupon);
    void applyGiftCard(const protocol::GiftCardFeedItem& card);

    Database& m_db;
    StoreSettings& m_settings;
};

} // namespace omnitill
