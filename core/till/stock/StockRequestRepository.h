#pragma once

#include "StockRequest.h"

#include <QHash>
#include <QJsonObject>

namespace omnitill {

class Database;

// The store's stock requests as stored: those it made, and those another store asked of it
// (transfers it is to ship). The hub's view of each arrives by the `requests` feed.
class StockRequestRepository
{
public:
    explicit StockRequestRepository(Database& db) : m_db(db) {}

    // Inside the caller's transaction.
    void insert(const StockRequest& request, qint64 staffId, qint64 outboxSeq);
    // The hub's current form of a request; the status only moves forward, and goods received here
    // are never taken back by an older view. Inside the caller's transaction.
    void applyHubView(const QJsonObject& body);
    void setStatus(const QString& id, StockRequest::Status status, const QString& at);

    std::optional<StockRequest> find(const QString& id);
    // Newest first. openOnly: submitted, approved or shipped.
    QList<StockRequest> list(bool openOnly, int limit = 200);
    // What this store has asked for and not yet received, per product: shipped, else approved,
    // else requested, less what arrived.
    QHash<qint64, qint64> inbound(const QString& storeCode);

private:
    void loadLines(StockRequest& request);

    Database& m_db;
};

} // namespace omnitill
