#pragma once

#include "staff/Role.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace omnitill {

class CatalogRepository;
class Clock;
class Database;
class Outbox;
class SaleService;
class StaffService;

struct ReceivedLine
{
    qint64 productId = 0;
    qint64 quantity = 0;  // pieces, or grams
    qint64 unitCost = 0;  // minor units per piece (per kilogram for weighed goods)
    QString batch;        // GS1 AI 10, or typed
    std::optional<QDate> expiry; // GS1 AI 17, or typed
};

struct CompletedReceipt
{
    QString id;
    qint64 value = 0; // at cost, minor units
};

// Goods coming into the store (a delivery nobody announced, for now: deliveries expected from the
// hub come with replenishment requests). One transaction per delivery: a `receipt` stock movement
// and the batch of every line, the moving average cost updated, and a `stock.received` event so the
// hub's stock follows. A manager's right.
class ReceivingService
{
public:
    ReceivingService(Database& db, const Clock& clock, CatalogRepository& catalog, StaffService& staff, Outbox& outbox, SaleService& sales)
        : m_db(db), m_clock(clock), m_catalog(catalog), m_staff(staff), m_outbox(outbox), m_sales(sales)
    {
    }

    // A line from a scanned code: the product, and batch and expiry when the code carries them
    // (GS1 AIs 10 and 17); quantity 1 (or a weight label's grams).
    ReceivedLine lineFromScan(const QString& code);
    // reason: why an unexpected delivery is taken in (required); reference: the supplier's note.
    CompletedReceipt receiveUnexpected(const Session& session, const QList<ReceivedLine>& lines, const QString& reason,
                                       const QString& reference, const QString& approverPin = {});
    // In thousandths of a minor unit per piece (per kilogram); 0 when never received.
    qint64 averageCost(qint64 productId);

private:
    Database& m_db;
    const Clock& m_clock;
    CatalogRepository& m_catalog;
    StaffService& m_staff;
    Outbox& m_outbox;
    SaleService& m_sales;
};

} // namespace omnitill
