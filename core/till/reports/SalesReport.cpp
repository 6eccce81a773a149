#include "SalesReport.h"

#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>

namespace omnitill {

namespace {
// A line's cost from its quantity and the thousandths-of-a-minor-unit average (per kilogram when
// weighed), rounded half up.
const QString kLineCost =
    QStringLiteral("CASE WHEN l.cost_milli IS NULL THEN 0 WHEN l.unit = 'weight' THEN (l.quantity * l.cost_milli + 500000) / 1000000"
                   " ELSE (l.quantity * l.cost_milli + 500) / 1000 END");

QString nameColumn(const QString& table, const QString& language)
{
    if (language.startsWith(QLatin1String("ru")))
        return QStringLiteral("coalesce(nullif(%1.name_ru, ''), %1.name_en)").arg(table);
    if (language.startsWith(QLatin1String("zh")))
        return QStringLiteral("coalesce(nullif(%1.name_zh, ''), %1.name_en)").arg(table);
    return table + QStringLiteral(".name_en");
}

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
    // Sales and returns as one list of signed facts: a return counts on the business day it was
    // taken, under the product, cashier and channel it gives back, at the cost of the line it
    // returns (no cost for goods returned without a receipt).
    const QString facts =
        QStringLiteral(
            "(SELECT 1 AS is_sale, s.id AS doc, s.created_at, s.channel, s.staff_id, l.product_id, l.sku, l.name, l.quantity,"
            " l.gross, l.net, %1 AS cost, l.cost_milli IS NOT NULL AS costed"
            " FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE s.training = 0 AND s.business_day >= ? AND s.business_day <= ?"
            " UNION ALL"
            " SELECT 0, r.id, r.created_at, coalesce(os.channel, 'till'), r.staff_id, l.product_id, l.sku, l.name, -l.quantity,"
            " -l.refund, -(l.refund - l.tax), -(%2), ol.cost_milli IS NOT NULL"
            " FROM return_lines l JOIN returns r ON r.id = l.return_id LEFT JOIN sales os ON os.id = r.original_sale_id"
            " LEFT JOIN sale_lines ol ON ol.sale_id = r.original_sale_id AND ol.line_no = l.original_line"
            " WHERE r.training = 0 AND r.business_day >= ? AND r.business_day <= ?) f")
            .arg(kLineCost, QString(kLineCost).replace(QStringLiteral("l.cost_milli"), QStringLiteral("ol.cost_milli")));
    const QVariantList bindings{from.toString(Qt::ISODate), to.toString(Qt::ISODate), from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
    const QString measures = QStringLiteral("count(DISTINCT CASE WHEN f.is_sale THEN f.doc END) AS sales,"
                                            " count(DISTINCT CASE WHEN f.is_sale THEN NULL ELSE f.doc END) AS returns,"
                                            " sum(f.quantity) AS quantity, sum(f.gross) AS gross, sum(f.net) AS net, sum(f.cost) AS cost,"
                                            " sum(CASE WHEN f.costed THEN f.net - f.cost ELSE 0 END) AS margin");
    QList<ReportRow> rows;
    const auto read = [](const QSqlQuery& q) {
        ReportRow r;
        r.sales = q.value(QStringLiteral("sales")).toLongLong();
        r.returns = q.value(QStringLiteral("returns")).toLongLong();
        r.quantity = q.value(QStringLiteral("quantity")).toLongLong();
        r.gross = q.value(QStringLiteral("gross")).toLongLong();
        r.net = q.value(QStringLiteral("net")).toLongLong();
        r.cost = q.value(QStringLiteral("cost")).toLongLong();
        r.margin = q.value(QStringLiteral("margin")).toLongLong();
        return r;
    };
    if (by == By::Hour) {
        // The hour is the store's local one, which SQLite does not know: lines are summed per
        // receipt, and the receipts folded into hours here.
        QHash<int, ReportRow> hours;
        QSqlQuery& q = m_db.exec(QStringLiteral("SELECT f.created_at, ") + measures + QStringLiteral(" FROM ") + facts +
                                     QStringLiteral(" GROUP BY f.doc"),
                                 bindings);
        while (q.next()) {
            const QDateTime at = QDateTime::fromString(q.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs)
                                     .toTimeZone(m_settings.timeZone());
            const ReportRow doc = read(q);
            ReportRow& h = hours[at.time().hour()];
            h.sales += doc.sales;
            h.returns += doc.returns;
            h.quantity += doc.quantity;
            h.gross += doc.gross;
            h.net += doc.net;
            h.cost += doc.cost;
            h.margin += doc.margin;
        }
        q.finish();
        for (int hour = 0; hour < 24; ++hour) {
            if (!hours.contains(hour))
                continue;
            ReportRow r = hours.value(hour);
            r.key = QString::number(hour);
            r.label = QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0'));
            rows.append(r);
        }
        return rows;
    }
    QString key;
    QString label;
    QString join;
    switch (by) {
    case By::Category:
        key = QStringLiteral("coalesce(p.category_id, 0)");
        label = QStringLiteral("coalesce(") + nameColumn(QStringLiteral("c"), language) + QStringLiteral(", '')");
        join = QStringLiteral(" LEFT JOIN products p ON p.id = f.product_id LEFT JOIN categories c ON c.id = p.category_id");
        break;
    case By::Channel:
        key = QStringLiteral("f.channel");
        label = QStringLiteral("f.channel");
        break;
    case By::Cashier:
        key = QStringLiteral("f.staff_id");
        label = QStringLiteral("coalesce(st.name, '')");
        join = QStringLiteral(" LEFT JOIN staff st ON st.id = f.staff_id");
        break;
    case By::Product:
        key = QStringLiteral("f.sku");
        label = QStringLiteral("coalesce(") + nameColumn(QStringLiteral("p"), language) + QStringLiteral(", f.name)");
        join = QStringLiteral(" LEFT JOIN products p ON p.id = f.product_id");
        break;
    case By::Hour:
        break;
    }
    QString sql = QStringLiteral("SELECT %1 AS row_key, %2 AS row_label, ").arg(key, label) + measures + QStringLiteral(" FROM ") + facts +
                  join + QStringLiteral(" GROUP BY 1, 2 ORDER BY 6 DESC, 1");
    QVariantList all = bindings;
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        all << limit;
    }
    QSqlQuery& q = m_db.exec(sql, all);
    while (q.next()) {
        ReportRow r = read(q);
        r.key = q.value(QStringLiteral("row_key")).toString();
        r.label = q.value(QStringLiteral("row_label")).toString();
        rows.append(r);
    }
    q.finish();
    return rows;
}

QList<ReportRow> SalesReport::stockValueByCategory(const QString& language)
{
    QList<ReportRow> rows;
    QSqlQuery& q = m_db.exec(
        QStringLiteral("SELECT coalesce(p.category_id, 0) AS row_key, coalesce(") + nameColumn(QStringLiteral("c"), language) +
        QStringLiteral(
            ", '') AS row_label, count(*) AS products, sum(m.on_hand) AS on_hand,"
            " sum(CASE WHEN m.on_hand <= 0 THEN 0 WHEN p.unit = 'weight' THEN (m.on_hand * coalesce(pc.average_milli, 0) + 500000) / 1000000"
            " ELSE (m.on_hand * coalesce(pc.average_milli, 0) + 500) / 1000 END) AS value"
            " FROM (SELECT product_id, sum(quantity_delta) AS on_hand FROM stock_movements GROUP BY product_id) m"
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
