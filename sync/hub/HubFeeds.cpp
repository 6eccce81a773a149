#include "HubFeeds.h"
#include "FeedPages.h"

#include "HubDatabase.h"
#include "HubError.h"
#include "LastOfEachKey.h"
#include "SyncFeeds.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace omnitill::hub {

QString HubFeeds::encodeCursor(const QString& feed, qint64 seq)
{
    return QString::fromLatin1((feed.toLatin1() + ':' + QByteArray::number(seq)).toBase64(QByteArray::Base64UrlEncoding));
}

qint64 HubFeeds::decodeCursor(const QString& feed, const QString& cursor)
{
    if (cursor.isEmpty())
        return 0;
    const QByteArray raw = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
    const QByteArray prefix = feed.toLatin1() + ':';
    bool ok = false;
    const qint64 seq = raw.startsWith(prefix) ? raw.mid(prefix.size()).toLongLong(&ok) : 0;
    if (!ok || seq < 0)
        throw HubError(400, QStringLiteral("feed.cursor"), QStringLiteral("the cursor is not one this hub gave out for %1").arg(feed));
    return seq;
}

void HubFeeds::publish(const QString& feed, const QList<FeedItem>& items)
{
    const QList<FeedItem> unique = lastOfEachKey(items, [](const FeedItem& item) { return item.scope + QLatin1Char('\n') + item.key; });
    if (unique.isEmpty())
        return;
    qint64 seq = m_db.reserveSequence(QStringLiteral("feed"), unique.size());
    QList<QVariantList> rows;
    for (const FeedItem& item : unique)
        rows.append({feed, item.scope, item.key, QString::fromUtf8(QJsonDocument(item.body).toJson(QJsonDocument::Compact)), seq++});
    m_db.insertRows(QStringLiteral("INSERT INTO feed_items(feed, scope, item_key, body, change_seq)"), rows,
                    QStringLiteral(" ON CONFLICT(feed, scope, item_key) DO UPDATE SET body = excluded.body,"
                                   " change_seq = excluded.change_seq"));
}

QJsonObject HubFeeds::page(const QString& feed, const QString& storeId, const QString& cursor, int limit)
{
    if (!protocol::referenceFeeds().contains(feed))
        throw HubError(404, QStringLiteral("feed.unknown"), QStringLiteral("there is no feed %1").arg(feed));
    qint64 last = decodeCursor(feed, cursor);
    limit = std::clamp(limit, 1, 5000);
    protocol::FeedPage page;
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT item_key, scope, body, change_seq FROM feed_items WHERE feed = ?"
                                            " AND scope IN (?, '*') AND change_seq > ? ORDER BY change_seq LIMIT ?"),
                             {feed, storeId, last, limit});
    while (q.next()) {
        page.items.append({q.value(QStringLiteral("item_key")).toString(), q.value(QStringLiteral("scope")).toString(),
                           QJsonDocument::fromJson(q.value(QStringLiteral("body")).toString().toUtf8()).object()});
        last = q.value(QStringLiteral("change_seq")).toLongLong();
    }
    q.finish();
    // Bounded so a progress figure never costs a scan of a huge feed.
    page.remaining = m_db.scalar(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM feed_items WHERE feed = ?"
                                                " AND scope IN (?, '*') AND change_seq > ? LIMIT 1000000) AS r"),
                                 {feed, storeId, last})
                         .toLongLong();
    page.cursor = encodeCursor(feed, last);
    return page.toJson();
}

} // namespace omnitill::hub
