#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace omnitill {

class Clock;
class Database;

struct StockMovement
{
    qint64 id = 0;
    qint64 quantity = 0; // + in, - out
    QString reason;      // opening, sale, return, pickup, write_off_damaged, return_to_vendor, …
    QString reference;   // receipt, order number, …
    QDateTime at;
};

// A product's line of the stock list: on hand from the ledger, valued at its moving average cost.
struct StockOverviewLine
{
    qint64 productId = 0;
    QString sku;
    QString name;
    bool weighed = false;
    qint64 onHand = 0;       // pieces, or grams
    qint64 averageMilli = 0; // thousandths of a minor unit per piece (per kilogram)
    qint64 value = 0;        // minor units
};

// The store's stock as its ledger of movements says: on hand is the sum of a product's movements,
// never a number kept on its own; the cached level each sale updates is checked against it.
class StockLedger
{
public:
    StockLedger(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // A movement and the cached level it changes, inside the caller's transaction: the one way
    // stock changes.
    static void book(Database& db, qint64 productId, qint64 delta, const QString& reason, const QString& reference, const QString& at);

    qint64 onHand(qint64 productId);
    // Newest first.
    QList<StockMovement> history(qint64 productId, int limit = 100);
    // Sold (at the till or handed over at the pickup desk) less returned, over the last days.
    qint64 soldOver(qint64 productId, int days);
    // The movement reasons that measure demand (goods sold or handed over, less those brought
    // back), as an SQL list.
    static QString demandReasons() { return QStringLiteral("('sale', 'pickup', 'return')"); }
    // Products matching the text (SKU or barcode from its start, name anywhere; empty: all), by SKU.
    QList<StockOverviewLine> overview(const QString& search, int limit = 200);
    // How many products the same search matches, listed or not.
    qint64 overviewCount(const QString& search);
    // Products whose cached level differs from their ledger (empty: none).
    QList<qint64> inconsistent();

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace omnitill
