#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace omnitill {

struct StockRequestLine
{
    qint64 productId = 0; // 0: a product this store's catalog lacks
    QString sku;
    QString name;
    qint64 requested = 0;
    std::optional<qint64> approved; // none until the warehouse (or the other store) answered
    qint64 shipped = 0;
    qint64 received = 0;
};

// One line of what was shipped: a product's batch with its expiry and cost.
struct ShippedItem
{
    QString sku;
    qint64 quantity = 0;
    QString batch;
    std::optional<QDate> expiry;
    qint64 unitCost = 0; // minor units per piece (per kilogram)
};

// Goods a store asked for: from the warehouse (replenishment) or from another store (transfer).
// The hub moves it through submitted → approved (possibly in part) or rejected → shipped →
// received; a request not yet shipped can be cancelled.
struct StockRequest
{
    enum class Kind
    {
        Replenishment,
        Transfer
    };
    enum class Status
    {
        Submitted,
        Approved,
        Rejected,
        Shipped,
        Received,
        Cancelled
    };

    QString id;
    QString number;
    Kind kind = Kind::Replenishment;
    QString source;      // "warehouse", or the store the goods come from
    QString destination; // the store asking
    Status status = Status::Submitted;
    QString note;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool waitingToSend = false; // still in the outbox
    QString problem;            // the hub's conflict about it, if any
    QList<StockRequestLine> lines;
    QList<ShippedItem> shipment;

    static QString kindName(Kind kind);
    static QString statusName(Status status);
    static std::optional<Status> statusFromName(const QString& name);
    // Statuses only move forward; a hub's older view of a request does not undo what the till did.
    static int rank(Status status);
    bool open() const { return status == Status::Submitted || status == Status::Approved || status == Status::Shipped; }
};

} // namespace omnitill
