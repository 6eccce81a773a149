#pragma once

#include "money/Currency.h"
#include "staff/Role.h"
#include "tax/TaxRate.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>

#include <optional>

namespace omnitill {

class Clock;
class Database;
class Journal;
class Outbox;
class PrintQueue;
class StaffService;
class StoreSettings;

struct Shift
{
    qint64 id = 0;
    qint64 openedBy = 0;
    QDateTime openedAt;
    QDate businessDay;
    qint64 openingFloat = 0;
};

struct ShiftReport
{
    using TaxLine = TaxTotal;

    QString kind; // "X" or "Z"
    qint64 shiftId = 0;
    QDateTime at;
    int salesCount = 0;
    int trainingSalesCount = 0;
    int voids = 0;
    qint64 gross = 0;
    qint64 discounts = 0;
    qint64 tax = 0;
    QList<TaxLine> taxes;
    QMap<QString, qint64> tenders; // kind -> amount
    qint64 openingFloat = 0;
    qint64 cashIn = 0;
    qint64 cashOut = 0;
    qint64 expectedCash = 0;
    qint64 countedCash = 0; // Z only
    qint64 difference = 0;  // counted - expected, Z only
    QMap<qint64, int> counted; // denomination -> count, Z only
};

// The cash drawer's day: open with a counted float, cash in and out with reasons, X reports while
// open, and the Z close that compares the counted cash with what the ledger expects.
class ShiftService
{
public:
    ShiftService(Database& db, const Clock& clock, StoreSettings& settings, StaffService& staff, Journal& journal,
                 Outbox& outbox, PrintQueue& printQueue);

    std::optional<Shift> current();
    Shift open(const Session& session, qint64 openingFloat);
    void cashIn(const Session& session, qint64 amount, const QString& reason, const QString& approverPin = {});
    void cashOut(const Session& session, qint64 amount, const QString& reason, const QString& approverPin = {});
    void noSale(const Session& session, const QString& approverPin = {});
    ShiftReport xReport(const Session& session);
    ShiftReport close(const Session& session, const QMap<qint64, int>& counted, const QString& approverPin = {});

    // Notes and coins of a currency, largest first, in minor units.
    static QList<qint64> denominations(const Currency& currency);

private:
    void cashMovement(const Session& session, const QString& kind, qint64 amount, const QString& reason,
                      const QString& approverPin);
    ShiftReport report(qint64 shiftId, const QString& kind);
    Shift requireOpen();

    Database& m_db;
    const Clock& m_clock;
    StoreSettings& m_settings;
    StaffService& m_staff;
    Journal& m_journal;
    Outbox& m_outbox;
    PrintQueue& m_printQueue;
};

} // namespace omnitill
