#pragma once

#include "ReportTotals.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace omnitill {

class Database;
class StoreSettings;

// One row of a report: what sold under one key (an hour, a category, a channel, a cashier, a
// product), or a category's stock.
struct ReportRow
{
    QString key;
    QString label;
    qint64 sales = 0;    // sale receipts (stock report: products)
    qint64 returns = 0;  // return receipts
    qint64 quantity = 0; // pieces, or grams, sold less returned
    qint64 gross = 0;    // minor units, with tax, sold less refunded (stock report: value at cost)
    qint64 net = 0;      // without tax, sold less refunded
    qint64 cost = 0;     // at the moving average cost when sold; lines sold before any cost was known count 0
    qint64 margin = 0;   // net - cost, over the lines whose cost is known
};

// The manager's reports over the store's own sales less its returns (training left out) between
// two business days, read from their roll-up (ReportTotals): by hour of the day in the store's time
// zone, by category, by channel (till, kiosk, pickup), by cashier, and the top products; the
// stock's value at cost by category. Exported as CSV.
class SalesReport
{
public:
    using By = ReportTotals::Dimension;

    SalesReport(Database& db, StoreSettings& settings) : m_db(db), m_settings(settings) {}

    // limit: the top rows by gross (0: all). Hours come in order, the rest largest first.
    QList<ReportRow> sales(By by, const QDate& from, const QDate& to, const QString& language = QStringLiteral("en"), int limit = 0);
    QList<ReportRow> stockValueByCategory(const QString& language = QStringLiteral("en"));
    // RFC 4180: a header line, then a line per row; amounts in major units with a dot.
    static QString toCsv(const QList<ReportRow>& rows, const QStringList& headers, int minorDigits);

private:
    Database& m_db;
    StoreSettings& m_settings;
};

} // namespace omnitill
