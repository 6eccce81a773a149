#pragma once

#include "PickupOrder.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace omnitill {

class CatalogRepository;
class Database;

struct PickupSearch
{
    QString text; // order number (prefix), customer name (part) or phone (last digits)
    std::optional<PickupStatus> status;
    bool openOnly = false; // to pick, being picked, ready, overdue
    int limit = 200;
};

// The rows of the pickup desk: the online orders the hub sent (read), and what the desk did with
// them (`pickups`, `pickup_lines`, written only here). Runs inside the caller's transaction.
// overdueBefore: an order ready since before this time (ISO UTC) is overdue.
class PickupRepository
{
public:
    PickupRepository(Database& db, CatalogRepository& catalog) : m_db(db), m_catalog(catalog) {}

    QList<PickupSummary> list(const PickupSearch& search, const QString& overdueBefore);
    QHash<PickupStatus, int> counts(const QString& overdueBefore);
    std::optional<PickupOrder> find(const QString& orderId, const QString& overdueBefore);
    bool hasOrder(const QString& orderId);
    // The ids of the orders with this number and the phone each was placed with.
    QList<std::pair<QString, QString>> ordersNumbered(const QString& number);

    bool isStarted(const QString& orderId);
    // The desk takes the order over, with what it knows of it (picked at another device).
    void start(const PickupOrder& order, qint64 staffId, const QString& at);
    void setPicked(const QString& orderId, int line, qint64 picked);
    // The line back to nothing picked, and the order (if it was ready) being picked again.
    void resetLine(const QString& orderId, int line);
    void setShortConsent(const QString& orderId, int line, const QString& consent);
    void setSubstitute(const QString& orderId, int line, qint64 productId, qint64 quantity, qint64 unitPrice, const QString& consent);
    void setReady(const QString& orderId, const QString& at);
    void setRefused(const PickupOrder& order);
    // saleId empty: paid online.
    void setCollected(const QString& orderId, const QString& at, qint64 staffId, const QString& saleId, qint64 refundDue, qint64 outboxSeq);
    void setRestocked(const QString& orderId, const QString& at);

private:
    Database& m_db;
    CatalogRepository& m_catalog;
};

} // namespace omnitill
