#pragma once

#include "staff/StaffService.h"

#include "StockRequestEvents.h"
#include <QDate>

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace omnitill {

class CatalogRepository;
class Clock;
class Database;
class Outbox;
class SaleService;
class StoreSettings;

struct ReceivedLine
{
    qint64 productId = 0;
    qint64 quantity = 0;         // pieces, or grams
    qint64 unitCost = 0;         // minor units per piece (per kilogram for weighed goods)
    QString batch;               // GS1 AI 10, or typed
    std::optional<QDate> expiry; // GS1 AI 17, or typed
};

struct CompletedReceipt
{
    QString id;
    qint64 value = 0; // at cost, minor units
};

// What arrived of a line against what was shipped.
// What arrived against what was shipped, per SKU; the hub hears it as it is.
using ReceivingDiscrepancy = protocol::ReceivingDifference;

// Goods coming into the store: a shipment the store asked for (replenishment from the warehouse, a
// transfer from another store), checked against what was shipped, or a delivery nobody announced.
// One transaction per delivery: a stock movement and the batch of every line, the moving average
// cost updated, and a `stock.received` event so the hub's stock and the request follow. A manager's
// right.
class ReceivingService
{
public:
    ReceivingService(Database& db, const Clock& clock, CatalogRepository& catalog, StaffService& staff, Outbox& outbox, SaleService& sales,
                     StoreSettings& settings)
        : m_db(db), m_clock(clock), m_catalog(catalog), m_staff(staff), m_outbox(outbox), m_sales(sales), m_settings(settings)
    {
    }

    // A line from a scanned code: the product, and batch and expiry when the code carries them
    // (GS1 AIs 10 and 17); quantity 1 (or a weight label's grams).
    ReceivedLine lineFromScan(const QString& code);
    // reason: why an unexpected delivery is taken in (required); reference: the supplier's note.
    CompletedReceipt receiveUnexpected(const Session& session, const QList<ReceivedLine>& lines, const QString& reason,
                                       const QString& reference, const QString& approverPin = {});
    // Against a shipped request: counted lines (a line per product and batch; quantity 0 for what
    // did not come; none at all for a shipment that never arrived). Cost, batch and expiry come from the shipment where the line has none.
    // Every difference from the shipment is recorded and returned.
    CompletedReceipt receiveExpected(const Session& session, const QString& requestId, const QList<ReceivedLine>& counted,
                                     QList<ReceivingDiscrepancy>* discrepancies = nullptr, const QString& approverPin = {});
    // In thousandths of a minor unit per piece (per kilogram); 0 when never received.
    qint64 averageCost(qint64 productId);

private:
    struct Booking
    {
        QString reason;    // movement reason: receipt, transfer_in
        QString reference; // supplier's note, or the request's number
        QString why;       // unexpected: why taken in
        QString requestId; // expected: the request
        QList<ReceivingDiscrepancy> discrepancies;
    };
    CompletedReceipt book(const Session& session, const std::optional<Approval>& approval, const QList<ReceivedLine>& lines,
                          Booking booking);

    Database& m_db;
    const Clock& m_clock;
    CatalogRepository& m_catalog;
    StaffService& m_staff;
    Outbox& m_outbox;
    SaleService& m_sales;
    StoreSettings& m_settings;
};

} // namespace omnitill
