#pragma once

#include <QJsonArray>

namespace omnitill {
class Clock;
}

namespace omnitill::hub {

class HubDatabase;
class HubFeeds;

// Every store's stock as the hub knows it: counted levels set by import, minus what the stores
// have sold since. Sales are folded in when the stock feed is read, not when they are pushed, so
// the push path stays as short as the exactly-once rules allow.
class HubStock
{
public:
    HubStock(HubDatabase& db, HubFeeds& feeds, const Clock& clock) : m_db(db), m_feeds(feeds), m_clock(clock) {}

    // Folds up to maxEvents sales not yet counted into the levels; returns how many it folded.
    qint64 fold(int maxEvents = 20000);
    // Absolute levels [{store_id, sku, on_hand}] from a count or an ERP; all or nothing, the last
    // of a repeated store and SKU counts.
    qint64 setLevels(const QJsonArray& levels);

private:
    HubDatabase& m_db;
    HubFeeds& m_feeds;
    const Clock& m_clock;
};

} // namespace omnitill::hub
