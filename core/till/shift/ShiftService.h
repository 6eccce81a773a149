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
    qint64 gross = 0; // what the sales took, with tax
    qint64 discounts = 0;
    qint64 tax = 0;                // tax of the sales less the tax given back by returns
    QList<TaxLine> taxes;          // per rate, net of returns
    QMap<QString, qint64> tenders; // kind -> amount taken by sales
    int returnsCount = 0;
    qint64 refunds = 0;                  // what the returns gave back, with tax
    QMap<QString, qint64> refundTenders; // kind -> amount given back by returns
    qint64 openingFloat = 0;
    qint64 cashSales = 0;   // cash kept from sales (change already given back)
    qint64 cashRefunds = 0; // cash paid out for returns
    qint64 cashIn = 0;
    qint64 cashOut = 0;
    qint64 expectedCash = 0;   // float + cash sales - cash refunds + cash in - cash out
    qint64 countedCash = 0;    // Z only
    qint64 difference = 0;     // counted - expected, Z only
    QMap<qint64, int> counted; // denomination -> count, Z only
};

// The cash drawer's day: open with a counted float, cash in and out with reasons, X reports while
// open, and the Z close that compares the counted cash with what the ledger expects.
class ShiftService
{
public:
    ShiftService(Database& db, const Clock& clock, StoreSettings& settings, StaffService& staff, Journal& journal, Outbox& outbox,
                 PrintQueue& printQueue);

    std::optional<Shift> current();
    // Amounts people type for the drawer are bounded: more than cash.max_amount (minor units;
    // 1,000,000 major units by default) is refused as a slip or a barcode, and more than
    // cash.confirm_above (2,000 major units by default) is refused until confirmed
    // ("shift.amount_unconfirmed"), so the screen asks "is this right?" first.
    Shift open(const Session& session, qint64 openingFloat, bool amountConfirmed = false);
    void cashIn(const Session& session, qint64 amount, const QString& reason, const QString& approverPin = {},
                bool amountConfirmed = false);
    void cashOut(const Session& session, qint64 amount, const QString& reason, const QString& approverPin = {},
                 bool amountConfirmed = false);
    void noSale(const Session& session, const QString& approverPin = {});
    // The bounds above, for a screen to ask before it tries (throws as open and cash in/out do).
    void checkTypedAmount(qint64 amount, bool confirmed) const;
    // Both journal the report and queue its printout (in the language given, the store's default
    // when empty).
    ShiftReport xReport(const Session& session, const QString& language = {});
    ShiftReport close(const Session& session, const QMap<qint64, int>& counted, const QString& approverPin = {},
                      const QString& language = {});

    // Notes and coins of a currency, largest first, in minor units.
    static QList<qint64> denominations(const Currency& currency);

private:
    void cashMovement(const Session& session, const QString& kind, qint64 amount, const QString& reason, const QString& approverPin,
                      bool amountConfirmed);
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
