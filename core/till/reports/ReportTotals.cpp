#include "ReportTotals.h"

#include "SalesReport.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QSqlQuery>

namespace omnitill {

namespace {
// A line's cost from its quantity and the thousandths-of-a-minor-unit average (per kilogram when
// weighed), rounded half up.
QString lineCost(const QString& line)
{
    return QStringLiteral(
               "CASE WHEN %1.cost_milli IS NULL THEN 0 WHEN %1.unit = 'weight' THEN (%1.quantity * %1.cost_milli + 500000) / 1000000"
               " ELSE (%1.quantity * %1.cost_milli + 500) / 1000 END")
        .arg(line);
}

QString dimensionName(ReportTotals::Dimension d)
{
    switch (d) {
    case ReportTotals::Dimension::Hour:
        return QStringLiteral("hour");
    case ReportTotals::Dimension::Category:
        return QStringLiteral("category");
    case ReportTotals::Dimension::Channel:
        return QStringLiteral("channel");
    case ReportTotals::Dimension::Cashier:
        return QStringLiteral("cashier");
    case ReportTotals::Dimension::Product:
        break;
    }
    return QStringLiteral("product");
}

// The business days and whole months a range is read from: the days before its first whole month,
// the whole months, the days after the last one. An empty part is a range nothing falls in.
struct Periods
{
    QString headFrom, headTo, monthsFrom, monthsTo, tailFrom, tailTo;
};

Periods periodsOf(const QDate& from, const QDate& to)
{
    static const QString never = QStringLiteral("1");
    static const QString nothing = QStringLiteral("0");
    const auto iso = [](const QDate& d) { return d.toString(Qt::ISODate); };
    const QDate firstWhole = from.day() == 1 ? from : QDate(from.year(), from.month(), 1).addMonths(1);
    const QDate lastWholeEnd = to.addDays(1).day() == 1 ? to : QDate(to.year(), to.month(), 1).addDays(-1);
    if (firstWhole > lastWholeEnd)
        return {iso(from), iso(to), never, nothing, never, nothing};
    return {iso(from),
            iso(firstWhole.addDays(-1)),
            iso(firstWhole),
            iso(QDate(lastWholeEnd.year(), lastWholeEnd.month(), 1)),
            iso(lastWholeEnd.addDays(1)),
            iso(to)};
}
} // namespace

qint64 ReportTotals::catchUp()
{
    if (m_db.inTransaction())
        return fold();
    // A read first: a report on a roll-up that is up to date takes no write lock (and works on a
    // store that refuses writes).
    if (!m_db.scalar(QStringLiteral("SELECT sales_through < (SELECT coalesce(max(rowid), 0) FROM sales)"
                                    " OR returns_through < (SELECT coalesce(max(rowid), 0) FROM returns)"
                                    " FROM report_totals_state WHERE id = 1"))
             .toBool())
        return 0;
    Transaction tx(m_db);
    const qint64 folded = fold();
    tx.commit();
    return folded;
}

void ReportTotals::reset(Database& db)
{
    db.exec(QStringLiteral("DELETE FROM report_totals"));
    db.exec(QStringLiteral("INSERT INTO report_totals_state(id, sales_through, returns_through) VALUES(1, 0, 0)"
                           " ON CONFLICT(id) DO UPDATE SET sales_through = 0, returns_through = 0"));
}

qint64 ReportTotals::fold()
{
    QSqlQuery& state = m_db.exec(QStringLiteral("SELECT sales_through, returns_through, (SELECT coalesce(max(rowid), 0) FROM sales),"
                                                " (SELECT coalesce(max(rowid), 0) FROM returns) FROM report_totals_state WHERE id = 1"));
    if (!state.next())
        return 0;
    const qint64 salesFrom = state.value(0).toLongLong();
    const qint64 returnsFrom = state.value(1).toLongLong();
    const qint64 salesTo = state.value(2).toLongLong();
    const qint64 returnsTo = state.value(3).toLongLong();
    state.finish();
    if (salesTo == salesFrom && returnsTo == returnsFrom)
        return 0;
    const QVariantList range{salesFrom, salesTo, returnsFrom, returnsTo};

    // The local hour needs the store's time zone, which SQLite does not know: each receipt's hour
    // is worked out here once.
    m_db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS report_hours (kind INTEGER NOT NULL, doc TEXT NOT NULL,"
                             " hour INTEGER NOT NULL, PRIMARY KEY (kind, doc)) WITHOUT ROWID"));
    m_db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS report_days (dim TEXT NOT NULL, period TEXT NOT NULL, key TEXT NOT NULL,"
                             " name TEXT NOT NULL, sales INTEGER NOT NULL, returns INTEGER NOT NULL, quantity INTEGER NOT NULL,"
                             " gross INTEGER NOT NULL, net INTEGER NOT NULL, cost INTEGER NOT NULL, margin INTEGER NOT NULL)"));
    m_db.exec(QStringLiteral("DELETE FROM temp.report_hours"));
    m_db.exec(QStringLiteral("DELETE FROM temp.report_days"));
    QList<QVariantList> hours;
    QSqlQuery& q =
        m_db.exec(QStringLiteral("SELECT 1, id, created_at FROM sales WHERE rowid > ? AND rowid <= ? AND training = 0"
                                 " UNION ALL SELECT 0, id, created_at FROM returns WHERE rowid > ? AND rowid <= ? AND training = 0"),
                  range);
    while (q.next())
        hours.append(
            {q.value(0), q.value(1), m_settings.localTime(QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs)).time().hour()});
    q.finish();
    for (const QVariantList& h : hours)
        m_db.exec(QStringLiteral("INSERT INTO temp.report_hours(kind, doc, hour) VALUES(?, ?, ?)"), h);

    // Sales and returns as one list of signed facts: a return counts on the business day and hour
    // it was taken, under the product, cashier and channel it gives back, at the cost of the line
    // it returns (no cost for goods returned without a receipt). Summed per day first, a receipt
    // counted once under each key it has lines under.
    const QString facts =
        QStringLiteral(
            "SELECT 1 AS is_sale, s.id AS doc, s.business_day AS day, h.hour AS hour, s.channel AS channel, s.staff_id AS staff,"
            " coalesce(p.category_id, 0) AS category, l.sku AS sku, l.name AS name, l.quantity AS quantity, l.gross AS gross, l.net AS net,"
            " %1 AS cost, l.cost_milli IS NOT NULL AS costed"
            " FROM sales s JOIN temp.report_hours h ON h.kind = 1 AND h.doc = s.id JOIN sale_lines l ON l.sale_id = s.id"
            " LEFT JOIN products p ON p.id = l.product_id WHERE s.rowid > ? AND s.rowid <= ?"
            " UNION ALL"
            " SELECT 0, r.id, r.business_day, h.hour, coalesce(os.channel, 'till'), r.staff_id, coalesce(p.category_id, 0), l.sku, l.name,"
            " -l.quantity, -l.refund, -(l.refund - l.tax), -(%2), ol.cost_milli IS NOT NULL"
            " FROM returns r JOIN temp.report_hours h ON h.kind = 0 AND h.doc = r.id JOIN return_lines l ON l.return_id = r.id"
            " LEFT JOIN sales os ON os.id = r.original_sale_id"
            " LEFT JOIN sale_lines ol ON ol.sale_id = r.original_sale_id AND ol.line_no = l.original_line"
            " LEFT JOIN products p ON p.id = l.product_id WHERE r.rowid > ? AND r.rowid <= ?")
            .arg(lineCost(QStringLiteral("l")), lineCost(QStringLiteral("ol")));
    m_db.exec(
        QStringLiteral("INSERT INTO temp.report_days(dim, period, key, name, sales, returns, quantity, gross, net, cost, margin)"
                       " SELECT d.dim, f.day, CASE d.dim WHEN 'hour' THEN f.hour WHEN 'category' THEN f.category"
                       " WHEN 'channel' THEN f.channel WHEN 'cashier' THEN f.staff ELSE f.sku END,"
                       " CASE WHEN d.dim = 'product' THEN max(f.name) ELSE '' END,"
                       " count(DISTINCT CASE WHEN f.is_sale THEN f.doc END), count(DISTINCT CASE WHEN f.is_sale THEN NULL ELSE f.doc END),"
                       " sum(f.quantity), sum(f.gross), sum(f.net), sum(f.cost), sum(CASE WHEN f.costed THEN f.net - f.cost ELSE 0 END)"
                       " FROM (") +
            facts +
            QStringLiteral(") f, (SELECT 'hour' AS dim UNION ALL SELECT 'category' UNION ALL SELECT 'channel' UNION ALL SELECT 'cashier'"
                           " UNION ALL SELECT 'product') d GROUP BY 1, 2, 3"),
        range);
    // A receipt belongs to one day, so a month's counts are the sum of its days'.
    const QString add = QStringLiteral(" ON CONFLICT(dim, grain, period, key) DO UPDATE SET name = max(name, excluded.name),"
                                       " sales = sales + excluded.sales, returns = returns + excluded.returns,"
                                       " quantity = quantity + excluded.quantity, gross = gross + excluded.gross, net = net + excluded.net,"
                                       " cost = cost + excluded.cost, margin = margin + excluded.margin");
    m_db.exec(QStringLiteral("INSERT INTO report_totals(dim, grain, period, key, name, sales, returns, quantity, gross, net, cost, margin)"
                             " SELECT dim, 'day', period, key, name, sales, returns, quantity, gross, net, cost, margin"
                             " FROM temp.report_days WHERE true") +
              add);
    m_db.exec(QStringLiteral("INSERT INTO report_totals(dim, grain, period, key, name, sales, returns, quantity, gross, net, cost, margin)"
                             " SELECT dim, 'month', substr(period, 1, 8) || '01', key, max(name), sum(sales), sum(returns), sum(quantity),"
                             " sum(gross), sum(net), sum(cost), sum(margin) FROM temp.report_days GROUP BY 1, 3, 4") +
              add);
    m_db.exec(QStringLiteral("DELETE FROM temp.report_hours"));
    m_db.exec(QStringLiteral("DELETE FROM temp.report_days"));
    m_db.exec(QStringLiteral("UPDATE report_totals_state SET sales_through = ?, returns_through = ? WHERE id = 1"), {salesTo, returnsTo});
    return hours.size();
}

QString ReportTotals::localizedName(const QString& table, const QString& language)
{
    if (language.startsWith(QLatin1String("ru")))
        return QStringLiteral("coalesce(nullif(%1.name_ru, ''), %1.name_en)").arg(table);
    if (language.startsWith(QLatin1String("zh")))
        return QStringLiteral("coalesce(nullif(%1.name_zh, ''), %1.name_en)").arg(table);
    return table + QStringLiteral(".name_en");
}

QList<ReportRow> ReportTotals::rows(Dimension dimension, const QDate& from, const QDate& to, const QString& language, int limit)
{
    catchUp();
    // Summed first, then named: the catalog is looked up once a row, not once a day.
    QString key = QStringLiteral("g.key");
    QString label = QStringLiteral("g.key");
    QString join;
    switch (dimension) {
    case Dimension::Hour:
        key = QStringLiteral("CAST(g.key AS INTEGER)");
        break;
    case Dimension::Category:
        key = QStringLiteral("CAST(g.key AS INTEGER)");
        label = QStringLiteral("coalesce(") + localizedName(QStringLiteral("c"), language) + QStringLiteral(", '')");
        join = QStringLiteral(" LEFT JOIN categories c ON c.id = CAST(g.key AS INTEGER)");
        break;
    case Dimension::Channel:
        break;
    case Dimension::Cashier:
        key = QStringLiteral("CAST(g.key AS INTEGER)");
        label = QStringLiteral("coalesce(st.name, '')");
        join = QStringLiteral(" LEFT JOIN staff st ON st.id = CAST(g.key AS INTEGER)");
        break;
    case Dimension::Product:
        label = QStringLiteral("coalesce(") + localizedName(QStringLiteral("p"), language) + QStringLiteral(", g.name)");
        join = QStringLiteral(" LEFT JOIN products p ON p.sku = g.key");
        break;
    }
    // Numeric keys sort as numbers among equal amounts, as the report shows them.
    const QString order = dimension == Dimension::Channel || dimension == Dimension::Product
                              ? QStringLiteral("gross DESC, key")
                              : QStringLiteral("gross DESC, CAST(key AS INTEGER)");
    const QString dim = dimensionName(dimension);
    const Periods p = periodsOf(from, to);
    const QVariantList range{dim, p.headFrom, p.headTo, dim, p.monthsFrom, p.monthsTo, dim, p.tailFrom, p.tailTo};
    // The days before the first whole month, the whole months, the days after the last.
    const auto periods = [](const QString& columns, const QString& filter) {
        const QString part =
            QStringLiteral("SELECT %1 FROM report_totals WHERE dim = ? AND grain = '%2' AND period >= ? AND period <= ?%3");
        return part.arg(columns, QStringLiteral("day"), filter) + QStringLiteral(" UNION ALL ") +
               part.arg(columns, QStringLiteral("month"), filter) + QStringLiteral(" UNION ALL ") +
               part.arg(columns, QStringLiteral("day"), filter);
    };
    QString sql;
    QVariantList bindings;
    QString onlyTop;
    if (limit > 0) {
        // The top keys ranked on their gross alone, then only theirs summed in full: a month of
        // products is tens of thousands of rows, and all but `limit` keys are read just once, narrow.
        sql = QStringLiteral("WITH top(key) AS (SELECT k.key FROM (") + periods(QStringLiteral("key, gross"), {}) +
              QStringLiteral(") k GROUP BY k.key ORDER BY ") +
              QString(order)
                  .replace(QStringLiteral("gross"), QStringLiteral("sum(k.gross)"))
                  .replace(QStringLiteral("key"), QStringLiteral("k.key")) +
              QStringLiteral(" LIMIT ?) ");
        bindings = range;
        bindings << limit;
        onlyTop = QStringLiteral(" AND key IN top");
    }
    sql += QStringLiteral("SELECT %1 AS row_key, %2 AS row_label, g.sales, g.returns, g.quantity, g.gross, g.net, g.cost, g.margin"
                          " FROM (SELECT t.key AS key, max(t.name) AS name, sum(t.sales) AS sales, sum(t.returns) AS returns,"
                          " sum(t.quantity) AS quantity, sum(t.gross) AS gross, sum(t.net) AS net, sum(t.cost) AS cost,"
                          " sum(t.margin) AS margin FROM (")
               .arg(key, label) +
           periods(QStringLiteral("key, name, sales, returns, quantity, gross, net, cost, margin"), onlyTop) +
           QStringLiteral(") t GROUP BY t.key) g") + join + QStringLiteral(" ORDER BY g.") + order;
    bindings += range;
    QList<ReportRow> rows;
    QSqlQuery& q = m_db.exec(sql, bindings);
    while (q.next()) {
        ReportRow r;
        r.key = q.value(QStringLiteral("row_key")).toString();
        r.label = q.value(QStringLiteral("row_label")).toString();
        r.sales = q.value(QStringLiteral("sales")).toLongLong();
        r.returns = q.value(QStringLiteral("returns")).toLongLong();
        r.quantity = q.value(QStringLiteral("quantity")).toLongLong();
        r.gross = q.value(QStringLiteral("gross")).toLongLong();
        r.net = q.value(QStringLiteral("net")).toLongLong();
        r.cost = q.value(QStringLiteral("cost")).toLongLong();
        r.margin = q.value(QStringLiteral("margin")).toLongLong();
        rows.append(r);
    }
    q.finish();
    return rows;
}

} // namespace omnitill
