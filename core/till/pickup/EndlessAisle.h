#pragma once

#include "staff/Role.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace omnitill {

class CatalogRepository;
class Clock;
class Counters;
class Database;
class Outbox;
class StoreSettings;

struct StoreStock
{
    QString storeId;
    qint64 onHand = 0; // as the hub last told this till
};

struct AisleOrderLine
{
    qint64 productId = 0;
    qint64 quantity = 0; // pieces, or grams
};

struct AisleOrderRequest
{
    enum class Fulfilment
    {
        Pickup,
        Delivery
    };
    Fulfilment fulfilment = Fulfilment::Pickup;
    QString storeId; // pickup: where the customer collects; delivery: the store that ships
    QString address; // delivery only
    QString customerName;
    QString phone;
    QList<AisleOrderLine> lines;
};

struct AisleOrder
{
    enum class State
    {
        Pending,
        Placed,
        Refused
    };
    QString id;
    QString number;
    QString fulfilment; // pickup or delivery
    QString storeId;
    QString customerName;
    qint64 total = 0;
    QDateTime createdAt;
    State state = State::Pending;
    QString problem; // the hub's reason, when refused
};

// Order in store ("endless aisle"): when this store lacks an item, shows what the other stores had
// at the last sync and places an online order for pickup there or home delivery, paid on pickup or
// delivery. The order travels in the outbox, so it is queued (and shown pending) while the till is
// offline; the hub turns it into an online order like the shop's, or refuses it as a conflict.
class EndlessAisle
{
public:
    EndlessAisle(Database& db, const Clock& clock, StoreSettings& settings, CatalogRepository& catalog, Outbox& outbox)
        : m_db(db), m_clock(clock), m_settings(settings), m_catalog(catalog), m_outbox(outbox)
    {
    }

    qint64 localStock(qint64 productId);
    // Other stores holding the product, most first.
    QList<StoreStock> otherStores(qint64 productId);
    AisleOrder place(const Session& session, const AisleOrderRequest& request);
    QList<AisleOrder> recent(int limit = 50);

private:
    Database& m_db;
    const Clock& m_clock;
    StoreSettings& m_settings;
    CatalogRepository& m_catalog;
    Outbox& m_outbox;
};

} // namespace omnitill
