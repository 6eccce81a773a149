#pragma once

#include "PrintJob.h"

#include <QList>

#include <functional>
#include <optional>

namespace omnitill {

class Clock;
class Database;
class StoreSettings;

// The till's persistent print queue (table print_jobs). Jobs are added inside the business
// transaction that causes them (a sale queues its receipt and, for cash, a drawer kick), so a
// crash can never leave a sale without its receipt. Nothing is deleted: printed and dropped
// jobs stay as the printing history.
class PrintQueue
{
public:
    PrintQueue(Database& db, const Clock& clock, const StoreSettings& settings) : m_db(db), m_clock(clock), m_settings(settings) {}

    // Whether a receipt printer is set up (printer.address); without one nothing is queued.
    bool hasPrinter() const;
    bool drawerEnabled() const;

    // Adds a job within the caller's transaction; returns the job id, or 0 without a printer. The
    // spooler is woken when the transaction commits.
    qint64 enqueue(PrintJob::Kind kind, const QString& reference = {}, const QString& language = {});
    // A test page with the store's name; throws DomainError "printer.none" without a printer.
    qint64 printTestPage();
    // What wakes the spooler (the print service's thread) after a job was committed; none by default.
    void setWakeUp(std::function<void()> wake) { m_wake = std::move(wake); }

    // Queued jobs, oldest first.
    QList<PrintJob> pending(int limit = 100);
    // The job to send next: a drawer kick is real-time and goes before waiting receipts.
    std::optional<PrintJob> next();
    int pendingCount();

    void markPrinted(qint64 id);
    void markFailed(qint64 id, const QString& error); // stays queued; counts the attempt
    void drop(qint64 id, const QString& reason);      // will not print

private:
    QList<PrintJob> select(const QString& order, int limit);

private:
    Database& m_db;
    const Clock& m_clock;
    const StoreSettings& m_settings;
    std::function<void()> m_wake;
};

} // namespace omnitill
