#include "SalesReport.h"

#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QSqlQuery>

#include <algorithm>

namespace omnitill {

namespace {
QString csvField(QString text)
{
    // A name the hub sent must not turn into a formula in the manager's spreadsheet.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString major(qint64 minor, int digits)
{
    if (digits == 0)
        return QString::number(minor);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const qint64 whole = (minor < 0 ? -minor : minor) / scale;
    const qint64 part = (minor < 0 ? -minor : minor) % scale;
    return (minor < 0 ? QStringLiteral("-") : QString()) + QString::number(whole) + QLatin1Char('.') +
           QStringLiteral("%1").arg(part, digits, 10, QLatin1Char('0'));
}
} // namespace

QList<ReportRow> SalesReport::sales(By by, const QDate& from, const QDate& to, const QString& language, int limit)
{
    ReportTotals totals(m_db, m_settings);
    if (by != By::Hour)
        return totals.rows(by, from, to, language, limit);
    QList<ReportRow> hours = totals.rows(ReportTotals::Dimension::Hour, from, to, language, 0);
    std::sort(hours.begin(), hours.end(), [](const ReportRow& a, const ReportRow& b) { return a.key.toInt() < b.key.toInt(); });
    for (ReportRow& r : hours)
        r.label = QStringLiteral("%1:00").arg(r.key.toInt(), 2, 10, QLatin1Char('0'));
    return hours;
}

QList<ReportRow> SalesReport::stockValueByCategory(const QString& language)
{
    // From the cached levels StockLedger::book writes with every movement: a year of movements is
    // millions of rows to add up, the levels one row a product.
    QList<ReportRow> rows;
    QSqlQuery& q = m_db.exec(
        QStringLiteral("SELECT coalesce(p.category_id, 0) AS row_key, coalesce(") +
        ReportTotals::localizedName(QStringLiteral("c"), language) +
        QStringLiteral(
            ", '') AS row_label, count(*) AS products, sum(m.on_hand) AS on_hand,"
            " sum(CASE WHEN m.on_hand <= 0 THEN 0 WHEN p.unit = 'weight' THEN (m.on_hand * coalesce(pc.average_milli, 0) + 500000) / 1000000"
            " ELSE (m.on_hand * coalesce(pc.average_milli, 0) + 500) / 1000 END) AS value"
            " FROM (SELECT product_id, quantity AS on_hand FROM stock_levels) m"
            " JOIN products p ON p.id = m.product_id LEFT JOIN categories c ON c.id = p.category_id"
            " LEFT JOIN product_costs pc ON pc.product_id = m.product_id GROUP BY 1, 2 ORDER BY 5 DESC, 1"));
    while (q.next()) {
        ReportRow r;
        r.key = q.value(QStringLiteral("row_key")).toString();
        r.label = q.value(QStringLiteral("row_label")).toString();
        r.sales = q.value(QStringLiteral("products")).toLongLong();
        r.quantity = q.value(QStringLiteral("on_hand")).toLongLong();
        r.gross = q.value(QStringLiteral("value")).toLongLong();
        r.cost = r.gross;
        rows.append(r);
    }
    q.finish();
    return rows;
}

QString SalesReport::toCsv(const QList<ReportRow>& rows, const QStringList& headers, int minorDigits)
{
    QStringList lines;
    QStringList head;
    for (const QString& h : headers)
        head << csvField(h);
    lines << head.join(QLatin1Char(','));
    for (const ReportRow& r : rows)
        lines << QStringList{csvField(r.key),
                             csvField(r.label),
                             QString::number(r.sales),
                             QString::number(r.returns),
                             QString::number(r.quantity),
                             major(r.gross, minorDigits),
                             major(r.net, minorDigits),
                             major(r.cost, minorDigits),
                             major(r.margin, minorDigits)}
                     .join(QLatin1Char(','));
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

} // namespace omnitill
