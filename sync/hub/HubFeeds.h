#pragma once

#include <QJsonObject>
#include <QList>

namespace omnitill::hub {

class HubDatabase;

struct FeedItem
{
    QString scope; // a store id, or "*" for every store
    QString key;
    QJsonObject body;
};

// The reference feeds a till pulls besides the catalog: staff, store settings, members and
// balances, online orders for its store, and every store's stock. Each item is kept as its current
// document under the next feed sequence number, so a cursor is simply the last number applied.
class HubFeeds
{
public:
    explicit HubFeeds(HubDatabase& db) : m_db(db) {}

    // Within the caller's transaction. A later item with the same scope and key replaces the earlier.
    void publish(const QString& feed, const QList<FeedItem>& items);
    // {"items": [{key, scope, body}], "cursor", "remaining"} for a till of storeId.
    QJsonObject page(const QString& feed, const QString& storeId, const QString& cursor, int limit);

    static QString encodeCursor(const QString& feed, qint64 seq);
    static qint64 decodeCursor(const QString& feed, const QString& cursor); // throws HubError 400

private:
    HubDatabase& m_db;
};

} // namespace omnitill::hub
