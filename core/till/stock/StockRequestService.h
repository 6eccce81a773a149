#pragma once

#include "StockRequest.h"
#include "staff/Role.h"

#include <QHash>

namespace omnitill {

class CatalogRepository;
class Clock;
class Database;
class Outbox;
class StaffService;
class StoreSettings;

struct RequestedQuantity
{
    qint64 productId = 0;
    qint64 quantity = 0; // pieces, or grams
};

// The store asking for goods: a replenishment request to the warehouse (usually the planner's
// suggestions, edited by the manager), or a transfer from another store; and the other side of a
// transfer, shipped (or refused) by the store asked. Every step is an outbox event, so it is queued
// while offline; the hub's answers come back by the `requests` feed. A manager's right.
class StockRequestService
{
public:
    StockRequestService(Database& db, const Clock& clock, CatalogRepository& catalog, StaffService& staff, Outbox& outbox,
                        StoreSettings& settings)
        : m_db(db), m_clock(clock), m_catalog(catalog), m_staff(staff), m_outbox(outbox), m_settings(settings)
    {
    }

    StockRequest submitReplenishment(const Session& session, const QList<RequestedQuantity>& lines, const QString& note,
                                     const QString& approverPin = {});
    StockRequest requestTransfer(const Session& session, const QString& fromStore, const QList<RequestedQuantity>& lines,
                                 const QString& note, const QString& approverPin = {});
    // Only while nothing has been shipped.
    void cancel(const Session& session, const QString& id, const QString& approverPin = {});
    // The store asked for a transfer ships it: the goods leave its stock now (batches first to
    // expire first), at their average cost. Quantities up to those asked; 0 ships none of a line.
    void shipTransfer(const Session& session, const QString& id, const QList<RequestedQuantity>& lines, const QString& approverPin = {});
    void refuseTransfer(const Session& session, const QString& id, const QString& reason, const QString& approverPin = {});

    StockRequest request(const QString& id); // throws when unknown
    QList<StockRequest> requests(bool openOnly = false);
    QHash<qint64, qint64> inbound();
    // The other stores a transfer can be asked of (those in the hub's last stock snapshot).
    QStringList otherStores();

private:
    StockRequest create(const Session& session, StockRequest::Kind kind, const QString& source, const QList<RequestedQuantity>& lines,
                        const QString& note, const QString& approverPin);
    // A transfer asked of this store, not yet shipped or refused.
    StockRequest openTransferFromHere(const QString& id);

    Database& m_db;
    const Clock& m_clock;
    CatalogRepository& m_catalog;
    StaffService& m_staff;
    Outbox& m_outbox;
    StoreSettings& m_settings;
};

} // namespace omnitill
