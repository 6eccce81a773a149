#pragma once

#include "StockCount.h"
#include "staff/Role.h"

namespace omnitill {

class CatalogRepository;
class Clock;
class Database;
class Outbox;
class SaleService;
class StaffService;

// Stock counts, offline like everything in the store: any staff member counts by scanning (or
// types a quantity); the variance report shows once the count is closed, and a manager approves
// it into adjustment movements, sent to the hub as `stock.counted`.
class StockCountService
{
public:
    StockCountService(Database& db, const Clock& clock, CatalogRepository& catalog, StaffService& staff, Outbox& outbox, SaleService& sales)
        : m_db(db), m_clock(clock), m_catalog(catalog), m_staff(staff), m_outbox(outbox), m_sales(sales)
    {
    }

    // blind: counters do not see the expected quantities until the count is closed.
    QString start(const Session& session, bool blind, const QString& note);
    // The count in progress, open or closed and waiting for approval (one at a time per store).
    std::optional<QString> current();
    // One scan adds a piece (or a weight label's grams); returns the product's line.
    StockCountLine scan(const Session& session, const QString& countId, const QString& code);
    // A typed quantity replaces what was scanned for the product.
    StockCountLine setCounted(const Session& session, const QString& countId, qint64 productId, qint64 counted);
    void close(const Session& session, const QString& countId);
    // The manager's approval: every variance becomes a `count` movement. Returns how many.
    int approve(const Session& session, const QString& countId, const QString& approverPin = {});
    void cancel(const Session& session, const QString& countId);
    StockCount count(const QString& countId);

private:
    StockCount::Status statusOf(const QString& countId);
    void requireOpen(const Session& session, const QString& countId);
    StockCountLine line(const QString& countId, qint64 productId);
    StockCountLine addCounted(const QString& countId, qint64 productId, qint64 quantity, bool replace);

    Database& m_db;
    const Clock& m_clock;
    CatalogRepository& m_catalog;
    StaffService& m_staff;
    Outbox& m_outbox;
    SaleService& m_sales;
};

} // namespace omnitill
