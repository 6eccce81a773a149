#pragma once

#include "ReferenceFeedItems.h"

#include <QJsonObject>

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
    qint64 apply(const QString& feed, const QJsonObject& page);

private:
    qint64 applyInTransaction(const QString& feed, const QJsonObject& page);
    qint64 applyCatalog(const QJsonObject& page);
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
