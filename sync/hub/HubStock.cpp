#include "HubStock.h"
#include "EventType.h"
#include "PickupEvents.h"
#include "ReferenceFeedItems.h"
#include "StockAdjustmentEvents.h"
#include "StockRequestEvents.h"

#include "HubDatabase.h"
#include "HubError.h"
#include "HubFeeds.h"
#include "LastOfEachKey.h"
#include "common/Clock.h"

namespace omnitill::hub {

namespace {
struct Level
{
    QString store;
    QString sku;
    qint64 quantity;
};

// Applies deltas (or absolute values) in multi-row statements and publishes the resulting levels.
void writeLevels(HubDatabase& db, HubFeeds& feeds, const QList<Level>& levels, bool absolute, const QString& stamp)
{
    QList<FeedItem> published;
    QList<QVariantList> rows;
    for (const Level& level : levels)
        rows.append({level.store, level.sku, level.quantity, stamp});
    db.insertRows(QStringLiteral("INSERT INTO stock_levels(store_id, sku, on_hand, updated_at)"), rows,
                  (absolute
                       ? QStringLiteral(" ON CONFLICT(store_id, sku) DO UPDATE SET on_hand = excluded.on_hand,")
                       : QStringLiteral(" ON CONFLICT(store_id, sku) DO UPDATE SET on_hand = stock_levels.on_hand + excluded.on_hand,")) +
                      QStringLiteral(" updated_at = excluded.updated_at RETURNING store_id, sku, on_hand"),
                  [&](const QSqlQuery& q) {
                      const QString store = q.value(0).toString();
                      const QString sku = q.value(1).toString();
                      published.append({QStringLiteral("*"), store + QLatin1Char('|') + sku,
                                        protocol::StockLevelFeedItem{store, sku, q.value(2).toLongLong()}.toJson()});
                  });
    feeds.publish(protocol::StockLevelFeedItem::kFeed, published);
}

// One line of a stock delta.
QString line(const QString& sku, qint64 delta)
{
    return sku + QLatin1Char('\t') + QString::number(delta) + QLatin1Char('\n');
}
} // namespace

QString HubStock::stockDelta(const QJsonObject& event)
{
    const QString type = event.value(QStringLiteral("type")).toString();
    QString out = QStringLiteral(""); // never SQL NULL
    if (type == protocol::PickupCollectedEvent::kType) {
        // Paid at pickup, the desk's sale moved the stock; paid online, the hand-over does.
        const protocol::PickupCollectedEvent collected =
            protocol::PickupCollectedEvent::fromJson(event.value(QStringLiteral("body")).toObject());
        if (!collected.saleId.isEmpty())
            return out;
        for (const protocol::PickupEventLine& l : collected.lines) {
            if (l.refused)
                continue;
            if (l.picked)
                out += line(l.sku, -l.picked);
            if (l.substituteQuantity)
                out += line(l.substituteSku, -l.substituteQuantity);
        }
        return out;
    }
    // Goods received come in; a transfer shipped and goods written off leave; a count's approved
    // variances adjust.
    const QJsonObject body = event.value(QStringLiteral("body")).toObject();
    if (type == protocol::StockReceivedEvent::kType) {
        for (const protocol::ShipmentLine& l : protocol::StockReceivedEvent::fromJson(body).lines)
            out += line(l.sku, l.quantity);
    } else if (type == protocol::EventType::kTransferShipped) {
        for (const protocol::ShipmentLine& l : protocol::StockRequestAnswerEvent::fromJson(body).lines)
            out += line(l.sku, -l.quantity);
    } else if (type == protocol::StockCountedEvent::kType) {
        for (const protocol::StockCountedEvent::Line& l : protocol::StockCountedEvent::fromJson(body).lines)
            out += line(l.sku, l.delta);
    } else if (type == protocol::StockWrittenOffEvent::kType) {
        for (const protocol::StockWrittenOffEvent::Line& l : protocol::StockWrittenOffEvent::fromJson(body).lines)
            out += line(l.sku, -l.quantity);
    }
    return out;
}

QString HubStock::stockDelta(const protocol::SaleEvent& sale)
{
    QString out = QStringLiteral(""); // never SQL NULL
    for (const protocol::SaleEventLine& l : sale.lines)
        out += line(l.sku, -l.quantity);
    return out;
}

QString HubStock::stockDelta(const protocol::ReturnEvent& returned)
{
    QString out = QStringLiteral("");
    for (const protocol::ReturnEventLine& l : returned.lines) {
        // Returned goods count again only when they go back on the shelf.
        if (l.disposition == QLatin1String("restock"))
            out += line(l.sku, l.quantity);
    }
    return out;
}

qint64 HubStock::fold(int maxEvents)
{
    HubTransaction tx(m_db);
    // Locks the watermark: two hub processes never fold the same sales twice.
    m_db.exec(QStringLiteral("UPDATE counters SET value = value WHERE name = 'stock_folded'"));
    const qint64 folded = m_db.scalar(QStringLiteral("SELECT value FROM counters WHERE name = 'stock_folded'")).toLongLong();
    // Read the committed end first: a push committing meanwhile has numbers above it.
    const qint64 end = m_db.scalar(QStringLiteral("SELECT value FROM counters WHERE name = 'integrator'")).toLongLong();
    if (end <= folded)
        return 0;
    QHash<QString, qint64> deltas;
    QList<QPair<QString, QString>> order;
    qint64 last = folded;
    qint64 count = 0;
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT seq, store_id, stock_delta FROM integrator_feed"
                                            " WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?"),
                             {folded, end, maxEvents});
    while (q.next()) {
        last = q.value(QStringLiteral("seq")).toLongLong();
        ++count;
        const QString store = q.value(QStringLiteral("store_id")).toString();
        for (const QString& line : q.value(QStringLiteral("stock_delta")).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const qsizetype tab = line.lastIndexOf(QLatin1Char('\t'));
            const QString sku = line.left(tab);
            const QString key = store + QLatin1Char('\n') + sku;
            if (!deltas.contains(key))
                order.append({store, sku});
            deltas[key] += line.mid(tab + 1).toLongLong();
        }
    }
    q.finish();
    if (count < maxEvents)
        last = end; // numbers without a row belong to events that are not stock movements
    QList<Level> levels;
    for (const auto& [store, sku] : order)
        levels.append({store, sku, deltas.value(store + QLatin1Char('\n') + sku)});
    writeLevels(m_db, m_feeds, levels, false, m_clock.nowUtc().toString(Qt::ISODateWithMs));
    m_db.exec(QStringLiteral("UPDATE counters SET value = ? WHERE name = 'stock_folded'"), {last});
    tx.commit();
    return count;
}

qint64 HubStock::setLevels(const QJsonArray& levels)
{
    QList<Level> list;
    for (const QJsonValue& v : levels) {
        const QJsonObject o = v.toObject();
        const Level level{o.value(QStringLiteral("store_id")).toString(), o.value(QStringLiteral("sku")).toString(),
                          o.value(QStringLiteral("on_hand")).toInteger(std::numeric_limits<qint64>::min())};
        if (level.store.isEmpty() || level.sku.isEmpty() || level.quantity == std::numeric_limits<qint64>::min())
            throw HubError(400, QStringLiteral("stock.invalid"),
                           QStringLiteral("each stock level needs store_id, sku and a whole on_hand"));
        list.append(level);
    }
    const QList<Level> unique = lastOfEachKey(list, [](const Level& l) { return l.store + QLatin1Char('\n') + l.sku; });
    while (fold() > 0) {
        // sales made before the count are in the counted figure already; fold them first
    }
    HubTransaction tx(m_db);
    writeLevels(m_db, m_feeds, unique, true, m_clock.nowUtc().toString(Qt::ISODateWithMs));
    tx.commit();
    return unique.size();
}

} // namespace omnitill::hub
