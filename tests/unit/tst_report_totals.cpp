// The reports' roll-up (ReportTotals): folded a piece at a time it holds exactly what one fold of
// every receipt gives; a range reads days and whole months alike; a recategorised product keeps
// what it sold under its old category; training stays out.
#include "TestStore.h"
#include "reports/ReportTotals.h"
#include "reports/SalesReport.h"
#include "returns/ReturnService.h"
#include "sale/SaleService.h"
#include "staff/TrainingMode.h"

#include <QSqlQuery>
#include <QTest>

#include <map>

using namespace omnitill;

namespace {
const QTimeZone kUtc = QTimeZone::utc();

// Every row of the roll-up, in key order.
QStringList dumpTotals(Database& db)
{
    QStringList rows;
    QSqlQuery& q = db.exec(QStringLiteral("SELECT dim, grain, period, key, name, sales, returns, quantity, gross, net, cost, margin"
                                          " FROM report_totals ORDER BY dim, grain, period, key"));
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 12; ++i)
            fields << q.value(i).toString();
        rows << fields.join(QLatin1Char('|'));
    }
    q.finish();
    return rows;
}

QString text(const ReportRow& r)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
        .arg(r.key, r.label)
        .arg(r.sales)
        .arg(r.returns)
        .arg(r.quantity)
        .arg(r.gross)
        .arg(r.net)
        .arg(r.cost)
        .arg(r.margin);
}

// The rows of each day of the range added up key by key, as the report should show the range.
QStringList summedByDay(SalesReport& report, SalesReport::By by, const QDate& from, const QDate& to)
{
    std::map<QString, ReportRow> sums;
    for (QDate day = from; day <= to; day = day.addDays(1))
        for (const ReportRow& r : report.sales(by, day, day)) {
            ReportRow& s = sums[r.key];
            s.key = r.key;
            s.label = r.label;
            s.sales += r.sales;
            s.returns += r.returns;
            s.quantity += r.quantity;
            s.gross += r.gross;
            s.net += r.net;
            s.cost += r.cost;
            s.margin += r.margin;
        }
    QStringList rows;
    for (const auto& [key, r] : sums)
        rows << text(r);
    rows.sort();
    return rows;
}

QStringList sorted(const QList<ReportRow>& rows)
{
    QStringList out;
    for (const ReportRow& r : rows)
        out << text(r);
    out.sort();
    return out;
}
} // namespace

class TestReportTotals : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestStore> m_store;
    Session m_cashier;

    qint64 product(int n)
    {
        return m_store->till()
            .db()
            .scalar(QStringLiteral("SELECT id FROM products WHERE unit = 'piece' AND price > 0 AND age_restricted = 0 AND active = 1"
                                   " ORDER BY id LIMIT 1 OFFSET ?"),
                    {n})
            .toLongLong();
    }

    CompletedSale sell(const Session& session, const QList<std::pair<int, qint64>>& lines)
    {
        Till& till = m_store->till();
        Cart cart = till.sales().newCart();
        for (const auto& [n, quantity] : lines)
            till.sales().addProduct(cart, product(n), quantity);
        Payment payment(cart.totals().total.minor());
        payment.addExactCash();
        return till.sales().complete(session, cart, payment);
    }

    void giveBack(const CompletedSale& sold, int line, qint64 quantity)
    {
        ReturnService& returns = m_store->till().returns();
        const OriginalSale sale = *returns.findLocal(sold.receiptId);
        const QList<ReturnRequestLine> back{{line, quantity, Disposition::Restock}};
        returns.complete(m_cashier, sale, back, returns.refundPlan(sale, returns.quote(sale, back).refund));
    }

    // Three weeks around a month's end: sales at several hours, one after local midnight (the
    // next business day while still the previous day in UTC), returns days later, a training sale.
    void sellAcrossTheMonthsEnd(const std::function<void()>& between)
    {
        FixedClock& clock = m_store->clock();
        QList<CompletedSale> sold;
        for (int day = 0; day < 21; ++day) {
            clock.set(QDateTime(QDate(2026, 11, 18).addDays(day), QTime(8, 15), kUtc));
            sold << sell(m_cashier, {{day % 7, 1 + day % 3}, {7 + day % 5, 2}});
            clock.advanceSeconds(5 * 3600 + 600);
            sold << sell(m_cashier, {{day % 7, 1}});
            if (day % 4 == 1)
                giveBack(sold[sold.size() - 4], 1, 1);
            if (day % 5 == 2)
                between();
        }
        clock.set(QDateTime(QDate(2026, 11, 30), QTime(23, 30), kUtc)); // 00:30 on 1 December in Berlin
        sold << sell(m_cashier, {{3, 1}, {4, 1}, {5, 2}});
        Session trainee = m_store->cashier();
        m_store->till().training().start(trainee, QStringLiteral("3333"));
        sell(trainee, {{5, 9}});
        m_store->till().training().end(trainee);
        clock.set(QDateTime(QDate(2026, 12, 9), QTime(10, 0), kUtc));
        giveBack(sold.last(), 3, 2);
    }

private slots:
    void init()
    {
        m_store = std::make_unique<test::TestStore>();
        m_cashier = m_store->openShift();
    }
    void cleanup() { m_store.reset(); }

    void foldedInPiecesItHoldsWhatOneFoldOfEveryReceiptGives()
    {
        Till& till = m_store->till();
        ReportTotals totals(till.db(), till.settings());
        int folds = 0;
        sellAcrossTheMonthsEnd([&] {
            if (totals.catchUp() > 0)
                ++folds;
        });
        QVERIFY(folds >= 3);
        QVERIFY(totals.catchUp() > 0);
        QCOMPARE(totals.catchUp(), 0); // nothing new, nothing folded
        const QStringList piecewise = dumpTotals(till.db());

        ReportTotals::reset(till.db());
        QVERIFY(dumpTotals(till.db()).isEmpty());
        QCOMPARE(totals.catchUp(), till.db()
                                       .scalar(QStringLiteral("SELECT (SELECT count(*) FROM sales WHERE training = 0)"
                                                              " + (SELECT count(*) FROM returns WHERE training = 0)"))
                                       .toLongLong());
        QCOMPARE(dumpTotals(till.db()), piecewise);

        // Each dimension and grain is there, the training sale is not, and the sale after local
        // midnight counts on 1 December at 00:00.
        for (const QString& dim : {QStringLiteral("hour"), QStringLiteral("category"), QStringLiteral("channel"), QStringLiteral("cashier"),
                                   QStringLiteral("product")})
            for (const QString& grain : {QStringLiteral("day"), QStringLiteral("month")})
                QVERIFY2(!piecewise.filter(dim + QLatin1Char('|') + grain + QLatin1Char('|')).isEmpty(), qPrintable(dim + grain));
        QVERIFY(!piecewise.filter(QStringLiteral("hour|day|2026-12-01|0|")).isEmpty());
        QVERIFY(piecewise.filter(QStringLiteral("|2026-11-30|0|")).isEmpty());
        qint64 quantityFolded = 0;
        for (const QString& row : piecewise.filter(QStringLiteral("channel|month|")))
            quantityFolded += row.section(QLatin1Char('|'), 7, 7).toLongLong();
        QCOMPARE(quantityFolded,
                 till.db()
                     .scalar(QStringLiteral("SELECT (SELECT sum(l.quantity) FROM sale_lines l JOIN sales s ON s.id = l.sale_id"
                                            " WHERE s.training = 0) - (SELECT sum(quantity) FROM return_lines)"))
                     .toLongLong());
    }

    // A range is read from the days before its first whole month, the whole months and the days
    // after: whatever the range, it shows what its days add up to.
    void aRangeShowsWhatItsDaysAddUpTo()
    {
        sellAcrossTheMonthsEnd([] {});
        Till& till = m_store->till();
        SalesReport report(till.db(), till.settings());
        const QList<std::pair<QDate, QDate>> ranges{{QDate(2026, 11, 18), QDate(2026, 12, 9)}, {QDate(2026, 11, 1), QDate(2026, 11, 30)},
                                                    {QDate(2026, 11, 1), QDate(2026, 12, 31)}, {QDate(2026, 11, 20), QDate(2026, 11, 20)},
                                                    {QDate(2026, 11, 25), QDate(2026, 12, 3)}, {QDate(2026, 12, 1), QDate(2026, 12, 31)},
                                                    {QDate(2026, 11, 1), QDate(2026, 12, 3)},  {QDate(2026, 10, 25), QDate(2026, 11, 30)},
                                                    {QDate(2026, 10, 25), QDate(2026, 12, 9)}, {QDate(2026, 11, 20), QDate(2026, 12, 31)}};
        for (const auto& [from, to] : ranges)
            for (const SalesReport::By by : {SalesReport::By::Hour, SalesReport::By::Category, SalesReport::By::Channel,
                                             SalesReport::By::Cashier, SalesReport::By::Product}) {
                const QList<ReportRow> all = report.sales(by, from, to);
                const QStringList whole = sorted(all);
                QVERIFY2(!whole.isEmpty(), qPrintable(from.toString(Qt::ISODate)));
                QCOMPARE(whole, summedByDay(report, by, from, to));
                if (by == SalesReport::By::Hour)
                    continue; // hours come all, in order
                // The top rows are the first rows of the whole report, in its order.
                QStringList first;
                for (const ReportRow& r : all.mid(0, 3))
                    first << text(r);
                QStringList top;
                for (const ReportRow& r : report.sales(by, from, to, QStringLiteral("en"), 3))
                    top << text(r);
                QCOMPARE(top, first);
            }
        // A year holding them reads them all, through its months.
        qint64 gross = 0;
        for (const ReportRow& r : report.sales(SalesReport::By::Channel, QDate(2026, 1, 1), QDate(2026, 12, 31)))
            gross += r.gross;
        QCOMPARE(gross, till.db()
                            .scalar(QStringLiteral("SELECT (SELECT sum(total) FROM sales WHERE training = 0)"
                                                   " - (SELECT sum(refund) FROM returns WHERE training = 0)"))
                            .toLongLong());
        QVERIFY(report.sales(SalesReport::By::Product, QDate(2026, 10, 1), QDate(2026, 10, 31)).isEmpty());
    }

    void aProductMovedToAnotherCategoryKeepsWhatItSoldUnderTheOld()
    {
        Till& till = m_store->till();
        SalesReport report(till.db(), till.settings());
        const QDate today(2026, 11, 23);
        sell(m_cashier, {{0, 2}});
        const QList<ReportRow> before = report.sales(SalesReport::By::Category, today, today);
        QCOMPARE(before.size(), 1);
        const qint64 other =
            till.db().scalar(QStringLiteral("SELECT min(id) FROM categories WHERE id <> ?"), {before[0].key.toLongLong()}).toLongLong();
        QVERIFY(other > 0);
        till.db().exec(QStringLiteral("UPDATE products SET category_id = ? WHERE id = ?"), {other, product(0)});
        sell(m_cashier, {{0, 1}});
        const QList<ReportRow> after = report.sales(SalesReport::By::Category, today, today);
        QCOMPARE(after.size(), 2);
        std::map<QString, qint64> quantities;
        for (const ReportRow& r : after)
            quantities[r.key] = r.quantity;
        QCOMPARE(quantities[before[0].key], 2);
        QCOMPARE(quantities[QString::number(other)], 1);
    }
};

QTEST_GUILESS_MAIN(TestReportTotals)
#include "tst_report_totals.moc"
