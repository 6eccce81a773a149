#pragma once

#include "ReturnEvent.h"
#include "SaleEvent.h"

#include <QJsonArray>
#include <QJsonObject>

namespace omnitill {
class Clock;
}

namespace omnitill::hub {

class HubDatabase;
class HubFeeds;

// Every store's stock as the hub knows it: counted levels set by import, minus what the stores
// have sold since. A push only notes each sale's compact stock delta; the levels are folded from
// those in the background and when the stock feed is read, so the push path stays short.
class HubStock
{
public:
    HubStock(HubDatabase& db, HubFeeds& feeds, const Clock& clock) : m_db(db), m_feeds(feeds), m_clock(clock) {}

    // What a pushed event does to its store's stock, compact for fold(): "SKU\tdelta" lines. Sales
    // and returns come decoded; other events as sent.
    static QString stockDelta(const QJsonObject& event);
    static QString stockDelta(const protocol::SaleEvent& sale);
    static QString stockDelta(const protocol::ReturnEvent& returned);
    // Folds up to maxEvents events not yet counted into the levels; returns how many it folded.
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
