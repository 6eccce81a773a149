// The manager's console on a busy store: the stock list, the replenishment suggestions, the reports
// over four weeks of sales, a count scan, the expiring batches and a receipt against a shipment, as
// JSON. Sales are written straight into the tables (as SaleService leaves them) to build the
// history quickly, oldest first; the reports' roll-up is folded from them, once over the history and
// once over the last day (both timed). With --days beyond
// 28 the reports are also read over the whole history (a year of a busy store: --sales 1000000
// --days 365).
//   build/ci/bin/bench_stock [--products N] [--sales N] [--days N] [--runs N]
#include "BenchStats.h"
#include "DemoStore.h"
#include "Till.h"
#include "common/DomainError.h"
#include "reports/ReportTotals.h"
#include "reports/SalesReport.h"
#include "stock/StockLedger.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace omnitill;

int run(int argc, char** argv);

int main(int argc, char** argv)
{
    return runBenchmark("bench_stock", argc, argv, run);
}

int run(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("products"), QStringLiteral("Products in the catalog."), QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption(
        {QStringLiteral("sales"), QStringLiteral("Sales over the last `days` days."), QStringLiteral("N"), QStringLiteral("50000")});
    parser.addOption({QStringLiteral("days"), QStringLiteral("Days of sales history."), QStringLiteral("N"), QStringLiteral("28")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Repetitions of each operation."), QStringLiteral("N"), QStringLiteral("50")});
    parser.process(app);
    const int products = parser.value(QStringLiteral("products")).toInt();
    const int sales = parser.value(QStringLiteral("sales")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const int days = std::max(1, parser.value(QStringLiteral("days")).toInt());

    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(17, 0), Qt::UTC));
    const QString path = dir.filePath(QStringLiteral("store.db"));
    DemoOptions options;
    options.products = products;
    DemoStore::create(path, clock, options);
    Till till(path, clock);
    const Session manager = till.staff().login(QStringLiteral("3333"));
    const qint64 shift = till.shifts().open(manager, 10000).id;
    Database& db = till.db();
    // Three lines a sale, spread over the days and the opening hours; costs known for all.
    const auto writeSales = [&](bool today) {
        Transaction tx(db);
        for (int i = 0; i < sales; ++i) {
            // Oldest first, as a store writes them: the same number of sales each day.
            const qint64 daysAgo = qint64(sales - 1 - i) * days / sales;
            if ((daysAgo == 0) != today)
                continue;
            const QDateTime at = clock.nowUtc().addSecs(-daysAgo * 86400 - qint64(i % 11) * 3600);
            const QString id = QStringLiteral("s-%1").arg(i);
            qint64 products3[3];
            qint64 total = 0;
            for (int n = 0; n < 3; ++n) {
                products3[n] = 1 + (i * 7 + n * 13) % std::min(products, 2000);
                total += 100 + products3[n] % 900;
            }
            db.exec(
                QStringLiteral(
                    "INSERT INTO sales(id, receipt_number, receipt_id, shift_id, staff_id, currency, tax_mode, subtotal, discount_total,"
                    " tax_total, total, change_given, created_at, business_day, journal_seq)"
                    " VALUES(?, ?, ?, ?, ?, 'EUR', 'inclusive', ?, 0, 0, ?, 0, ?, ?, ?)"),
                {id, i + 1, QStringLiteral("R-%1").arg(i), shift, manager.staffId, total, total, isoUtc(at),
                 till.settings().businessDay(at).toString(Qt::ISODate), i + 1});
            for (int n = 0; n < 3; ++n) {
                const qint64 product = products3[n];
                const qint64 gross = 100 + product % 900;
                db.exec(QStringLiteral(
                            "INSERT INTO sale_lines(sale_id, line_no, product_id, sku, name, unit, quantity, unit_price, list_price,"
                            " discount, net, tax, gross, tax_code, tax_basis_points, cost_milli)"
                            " SELECT ?, ?, id, sku, name_en, unit, 1, ?, ?, 0, ?, ?, ?, 'A', 1900, price * 600 FROM products WHERE id = ?"),
                        {id, n + 1, gross, gross, gross * 100 / 119, gross - gross * 100 / 119, gross, product});
                StockLedger::book(db, product, -1, QStringLiteral("sale"), id, isoUtc(at));
            }
        }
        tx.commit();
    };
    {
        Transaction tx(db);
        db.exec(QStringLiteral(
            "INSERT INTO product_costs(product_id, average_milli, updated_at) SELECT id, price * 600, '2026-10-01' FROM products"));
        for (int p = 1; p <= 200; ++p)
            db.exec(QStringLiteral("INSERT INTO stock_rules(product_id, min_qty, max_qty, pack_size) VALUES(?, 120, 200, 6)"), {p});
        for (int p = 1; p <= 500; ++p)
            db.exec(QStringLiteral(
                        "INSERT INTO stock_batches(product_id, batch, expiry, quantity, received_at) VALUES(?, ?, ?, 10, '2026-11-01')"),
                    {p, QStringLiteral("L%1").arg(p), QDate(2026, 11, 23).addDays(p % 30).toString(Qt::ISODate)});
        tx.commit();
    }
    // The reports' roll-up is folded from the sales before a report is read: once over the whole
    // history (an upgraded store's first report), then over a day of sales (the first report of a day).
    ReportTotals totals(db, till.settings());
    QElapsedTimer timer;
    writeSales(false);
    timer.start();
    totals.catchUp();
    const double foldHistorySeconds = double(timer.elapsed()) / 1000.0;
    writeSales(true);
    timer.start();
    const qint64 foldedToday = totals.catchUp();
    const double foldTodaySeconds = double(timer.elapsed()) / 1000.0;

    const auto measure = [&](const std::function<void(int)>& op) { return measureRuns(runs, op); };
    StockLedger ledger(till.db(), clock);
    SalesReport report(till.db(), till.settings());
    const QDate today = till.settings().businessDay(clock.nowUtc());
    const QDate from = today.addDays(-27);
    QJsonObject out{{QStringLiteral("products"), products},
                    {QStringLiteral("sales"), sales},
                    {QStringLiteral("days"), days},
                    {QStringLiteral("runs"), runs},
                    {QStringLiteral("report_totals_fold_history_s"), foldHistorySeconds},
                    {QStringLiteral("report_totals_fold_one_day"),
                     QJsonObject{{QStringLiteral("sales"), foldedToday}, {QStringLiteral("seconds"), foldTodaySeconds}}}};
    out.insert(QStringLiteral("stock_list_page"), measure([&](int) { ledger.overview(QString()); }));
    out.insert(
        QStringLiteral("stock_search_by_name"), measure([&](int r) {
            static const QStringList words{QStringLiteral("milk"), QStringLiteral("bread"), QStringLiteral("tea"), QStringLiteral("rice")};
            ledger.overview(words.at(r % words.size()));
        }));
    out.insert(QStringLiteral("product_history"), measure([&](int r) { ledger.history(1 + r % 2000); }));
    out.insert(QStringLiteral("replenishment_suggestions_28d"), measure([&](int) { till.planner().suggestions(28); }));
    out.insert(QStringLiteral("report_by_hour_28d"), measure([&](int) { report.sales(SalesReport::By::Hour, from, today); }));
    out.insert(QStringLiteral("report_by_category_28d"), measure([&](int) { report.sales(SalesReport::By::Category, from, today); }));
    out.insert(QStringLiteral("report_top_products_28d"),
               measure([&](int) { report.sales(SalesReport::By::Product, from, today, QStringLiteral("en"), 20); }));
    if (days > 28) {
        const QDate first = today.addDays(1 - days);
        out.insert(QStringLiteral("report_by_hour_history"), measure([&](int) { report.sales(SalesReport::By::Hour, first, today); }));
        out.insert(QStringLiteral("report_by_category_history"),
                   measure([&](int) { report.sales(SalesReport::By::Category, first, today); }));
        out.insert(QStringLiteral("report_top_products_history"),
                   measure([&](int) { report.sales(SalesReport::By::Product, first, today, QStringLiteral("en"), 20); }));
    }
    out.insert(QStringLiteral("report_today_by_cashier"), measure([&](int) { report.sales(SalesReport::By::Cashier, today, today); }));
    out.insert(QStringLiteral("stock_value_by_category"), measure([&](int) { report.stockValueByCategory(); }));
    out.insert(QStringLiteral("expiring_batches_7d"), measure([&](int) { till.markdowns().expiringSoon(7); }));
    const QString count = till.stockCounts().start(manager, true, {});
    out.insert(QStringLiteral("count_scan"),
               measure([&](int r) { till.stockCounts().scan(manager, count, DemoStore::eanFor(1 + r % 2000)); }));
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
