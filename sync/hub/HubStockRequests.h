#pragma once

#include "HubDatabase.h"
#include "StockRequestEvents.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace omnitill {
class Clock;
}

namespace omnitill::hub {

class HubFeeds;

// Goods the stores ask for. A replenishment request goes to the warehouse, which works the queue
// through the integrator API: approve (possibly in part) or reject, then ship with batches, expiry
// and cost. A transfer goes to another store, whose till ships or refuses it. Either way the store
// that asked receives it, and the request is received. Every change is published on the `requests`
// feed of both stores concerned, so each till shows the current state.
class HubStockRequests
{
public:
    HubStockRequests(HubDatabase& db, HubFeeds& feeds, const Clock& clock) : m_db(db), m_feeds(feeds), m_clock(clock) {}

    // Inside the push's transaction: a replenishment.*, transfer.* or stock.received event from a
    // till of storeId. Returns the conflict reason (empty: none); the store's fact is kept either way.
    QString post(const QString& storeId, const QString& type, const QJsonObject& body);

    // The integrator API, each call its own transaction. status empty: any.
    QJsonObject list(const QString& kind, const QString& status, int limit);
    QJsonObject request(const QString& id);
    // {lines: [{sku, quantity}], note}; lines left out are approved as asked; all 0 rejects.
    QJsonObject approve(const QString& id, const QJsonObject& body);
    QJsonObject reject(const QString& id, const QJsonObject& body);
    // {shipment_id, lines: [{sku, quantity, batch, expiry, unit_cost}]}, up to what was approved.
    QJsonObject ship(const QString& id, const QJsonObject& body);

private:
    struct Stored
    {
        QString store;
        QString source;
        QString kind;
        QString status;
        protocol::StockRequestDocument doc;
    };
    std::optional<Stored> load(const QString& id, bool forUpdate);
    Stored loadForIntegrator(const QString& id);
    void save(const QString& id, const Stored& stored);
    // The warehouse's answer recorded, published and committed; the request as it now stands.
    QJsonObject record(HubTransaction& tx, const QString& id, const Stored& stored);
    QString create(const QString& storeId, const QString& type, const QJsonObject& body);
    QString now() const;

    HubDatabase& m_db;
    HubFeeds& m_feeds;
    const Clock& m_clock;
};

} // namespace omnitill::hub
