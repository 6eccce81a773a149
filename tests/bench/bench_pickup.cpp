// The pickup desk with a large group-buy batch: searching the order list by number, name and phone,
// the open-orders page, the status counts, opening an order and picking one item, as JSON.
//   build/ci/bin/bench_pickup [--orders N] [--runs N]
#include "BenchStats.h"
#include "DemoStore.h"
#include "Till.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace omnitill;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("orders"), QStringLiteral("Orders waiting at the desk."), QStringLiteral("N"), QStringLiteral("20000")});
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("Repetitions of each operation."), QStringLiteral("N"), QStringLiteral("200")});
    parser.process(app);
    const int orders = parser.value(QStringLiteral("orders")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();

    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    const QString path = dir.filePath(QStringLiteral("store.db"));
    DemoOptions options;
    options.products = 1000;
    DemoStore::create(path, clock, options);
    Till till(path, clock);
    {
        // As the orders feed stores them (FeedApplier::applyOrder), in one go.
        Transaction tx(till.db());
        for (int i = 0; i < orders; ++i) {
            const QString id = QStringLiteral("gb-%1").arg(i);
            const QString number = QStringLiteral("GB%1").arg(i, 6, 10, QLatin1Char('0'));
            const QString phone = QStringLiteral("+86 138 %1").arg(10000000 + i);
            const QJsonObject body{{QStringLiteral("id"), id},
                                   {QStringLiteral("number"), number},
                                   {QStringLiteral("created_at"), isoUtc(clock.nowUtc())},
                                   {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("SKU0000001")},
                                                                                    {QStringLiteral("name"), QStringLiteral("Milk")},
                                                                                    {QStringLiteral("quantity"), 1 + i % 3},
                                                                                    {QStringLiteral("unit_price"), 578},
                                                                                    {QStringLiteral("total"), 578 * (1 + i % 3)}}}}};
            till.db().exec(QStringLiteral("INSERT INTO online_orders(id, store_id, number, status, customer_name, phone, paid, currency,"
                                          " total, body, updated_at) VALUES(?, 'S1', ?, 'placed', ?, ?, 1, 'EUR', ?, ?, ?)"),
                           {id, number, QStringLiteral("Neighbour %1").arg(i), phone, 578 * (1 + i % 3),
                            QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)), isoUtc(clock.nowUtc())});
        }
        tx.commit();
    }
    PickupService& desk = till.pickups();
    const Session clerk = till.staff().login(QStringLiteral("1111"));
    const auto measure = [&](const std::function<void(int)>& op) { return measureRuns(runs, op); };
    const auto search = [&](const QString& text, bool openOnly) {
        PickupSearch s;
        s.text = text;
        s.openOnly = openOnly;
        return desk.list(s).size();
    };
    QJsonObject out{{QStringLiteral("orders"), orders}, {QStringLiteral("runs"), runs}};
    out.insert(QStringLiteral("search_by_number"),
               measure([&](int r) { search(QStringLiteral("GB%1").arg((r * 97) % orders, 6, 10, QLatin1Char('0')), false); }));
    out.insert(QStringLiteral("search_by_name"),
               measure([&](int r) { search(QStringLiteral("Neighbour %1").arg((r * 97) % orders), false); }));
    out.insert(QStringLiteral("search_by_phone_digits"),
               measure([&](int r) { search(QString::number(10000000 + (r * 97) % orders).right(6), false); }));
    out.insert(QStringLiteral("open_orders_page"), measure([&](int) { search(QString(), true); }));
    out.insert(QStringLiteral("status_counts"), measure([&](int) { desk.counts(); }));
    out.insert(QStringLiteral("open_order"), measure([&](int r) { desk.load(QStringLiteral("gb-%1").arg((r * 97) % orders)); }));
    out.insert(QStringLiteral("pick_item"), measure([&](int r) {
                   const QString id = QStringLiteral("gb-%1").arg(r * 3); // one milk ordered
                   desk.pick(clerk, id, QStringLiteral("4000000000013"));
               }));
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
