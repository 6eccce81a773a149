#pragma once

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
    void applyStaff(const QJsonObject& body);
    void applySetting(const QJsonObject& body);
    void applyMember(const QJsonObject& body);
    void applyOrder(const QJsonObject& body);
    void applyStock(const QJsonObject& body);
    void applyPromotion(const QJsonObject& body);
    void applyCoupon(const QJsonObject& body);
    void applyGiftCard(const QJsonObject& body);

    Database& m_db;
    StoreSettings& m_settings;
};

} // namespace omnitill
