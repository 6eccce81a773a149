#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace omnitill {

class Database;
class StoreSettings;
struct ReportRow;

// The roll-up the manager's reports read (report_totals): what the store's own sales less its
// returns (training left out) added up to per business day and per month, under each hour of the
// day in the store's time zone, category, channel, cashier and product. The sale path does not
// write it: the receipts recorded since the last fold are folded in, set-based and in one
// transaction, before a report is read (report_totals_state keeps how far it got), so a report
// over a year reads a few thousand rows instead of every line sold. A receipt counts under the
// category its product had when it was folded.
class ReportTotals
{
public:
    enum class Dimension
    {
        Hour,
        Category,
        Channel,
        Cashier,
        Product
    };

    ReportTotals(Database& db, const StoreSettings& settings) : m_db(db), m_settings(settings) {}

    // Folds in the sales and returns recorded since the last fold (inside the caller's transaction
    // if there is one, else in its own). Returns how many receipts it folded.
    qint64 catchUp();
    // Drops the totals so that the next fold starts from the first receipt: after a recovery,
    // whose rows are numbered anew.
    static void reset(Database& db);

    // Rows of one dimension between two business days, summed, once caught up; keys as written (an
    // hour, a category or staff id, a channel, a SKU), labels resolved in `language`. Largest gross
    // first, then key; limit 0: all.
    QList<ReportRow> rows(Dimension dimension, const QDate& from, const QDate& to, const QString& language, int limit);
    // The SQL of a catalog row's name (a product or category aliased `table`) in `language`, English where not translated.
    static QString localizedName(const QString& table, const QString& language);

private:
    qint64 fold();

    Database& m_db;
    const StoreSettings& m_settings;
};

} // namespace omnitill
