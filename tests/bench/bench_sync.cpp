// Sync benchmarks (DESIGN.md §7): push a day offline (100,000 sales) to the hub, next to loading the
// same events with PostgreSQL COPY, and what counting the sold baskets for offers costs afterwards;
// first catalog sync of 1,000,000 products. Prints JSON.
// Run through tests/support/with-postgres.sh for PostgreSQL (OMNITILL_HUB_DB), else SQLite.
#include "DemoStore.h"
#include "HubCatalog.h"
#include "HubDatabase.h"
#include "HubFeeds.h"
#include "HubOffers.h"
#include "SaleSimulator.h"
#include "SyncClient.h"
#include "Till.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <cstdio>

using namespace omnitill;

namespace {
QString binDir()
{
    return QCoreApplication::applicationDirPath();
}

QByteArray hubAdmin(const QString& db, const QStringList& args)
{
    QProcess p;
    p.start(binDir() + QStringLiteral("/omnitill-hub"), QStringList{QStringLiteral("admin"), QStringLiteral("--db"), db} + args);
    p.waitForFinished(-1);
    return p.readAllStandardOutput().trimmed();
}

bool await(SyncClient& client, const std::function<void()>& start)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&client, &SyncClient::finished, &loop, [&] {
        ok = true;
        loop.quit();
    });
    QObject::connect(&client, &SyncClient::enrolled, &loop, [&] {
        ok = true;
        loop.quit();
    });
    QObject::connect(&client, &SyncClient::failed, &loop, [&](const QString& e) {
        std::fprintf(stderr, "sync failed: %s\n", qPrintable(e));
        loop.quit();
    });
    QTimer::singleShot(0, &loop, start);
    loop.exec();
    return ok;
}

// psql's \copy of the same event rows into a table shaped and stored like the hub's events table.
double copyComparison(const QString& url, const QString& tillPath, const QString& dir)
{
    const QUrl u(url);
    QFile tsv(dir + QStringLiteral("/events.tsv"));
    tsv.open(QIODevice::WriteOnly);
    {
        Database db;
        db.open(tillPath);
        QSqlQuery& q = db.exec(QStringLiteral("SELECT device_seq, event_id, event_type, payload FROM outbox ORDER BY device_seq"));
        while (q.next()) {
            QByteArray payload = q.value(3).toString().toUtf8();
            payload.replace('\\', "\\\\").replace('\t', "\\t").replace('\n', "\\n");
            tsv.write("bench\t" + q.value(0).toByteArray() + '\t' + q.value(1).toByteArray() + '\t' + q.value(2).toByteArray() + '\t' +
                      payload + "\t2026-01-01\n");
        }
        q.finish();
    }
    tsv.close();
    const QStringList base{
        QStringLiteral("-h"), u.host(),        QStringLiteral("-p"), QString::number(u.port(5432)), QStringLiteral("-U"), u.userName(),
        QStringLiteral("-d"), u.path().mid(1), QStringLiteral("-q"), QStringLiteral("-c")};
    QProcess::execute(
        QStringLiteral("psql"),
        base + QStringList{QStringLiteral(
                   "DROP TABLE IF EXISTS copy_events; CREATE TABLE copy_events (device_id TEXT NOT NULL, device_seq BIGINT NOT NULL,"
                   " event_id TEXT NOT NULL UNIQUE, event_type TEXT NOT NULL, payload TEXT NOT NULL, received_at TEXT NOT NULL,"
                   " PRIMARY KEY (device_id, device_seq));"
                   // Compressed as the hub's own events table (hub schema 16).
                   " ALTER TABLE copy_events ALTER COLUMN payload SET COMPRESSION lz4")});
    QElapsedTimer timer;
    timer.start();
    QProcess::execute(QStringLiteral("psql"), base + QStringList{QStringLiteral("\\copy copy_events FROM '%1'").arg(tsv.fileName())});
    return double(timer.elapsed()) / 1000.0;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("sales"), QStringLiteral("Sales to push."), QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("products"), QStringLiteral("Products in the first catalog sync."), QStringLiteral("N"),
                      QStringLiteral("1000000")});
    parser.process(app);
    const int sales = parser.value(QStringLiteral("sales")).toInt();
    const qint64 products = parser.value(QStringLiteral("products")).toLongLong();
    QTemporaryDir dir;
    const QString hubDb = qEnvironmentVariable("OMNITILL_HUB_DB", QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("hub.db")));
    SystemClock clock;
    QJsonObject out{{QStringLiteral("hub_storage"),
                     hubDb.startsWith(QLatin1String("postgres")) ? QStringLiteral("postgresql") : QStringLiteral("sqlite")}};

    QProcess hub;
    hub.start(binDir() + QStringLiteral("/omnitill-hub"),
              {QStringLiteral("serve"), QStringLiteral("--db"), hubDb, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    if (!hub.waitForReadyRead(30000))
        return 1;
    const QString port = QRegularExpression(QStringLiteral(":(\\d+)\\s*$")).match(QString::fromUtf8(hub.readLine())).captured(1);
    hubAdmin(hubDb, {QStringLiteral("create-store"), QStringLiteral("--id"), QStringLiteral("S1"), QStringLiteral("--name"),
                     QStringLiteral("Bench")});

    // A day offline: the sales wait in the outbox.
    const QString tillPath = dir.filePath(QStringLiteral("till.db"));
    DemoOptions options;
    options.products = 2000;
    DemoStore::create(tillPath, clock, options);
    {
        Till till(tillPath, clock);
        QElapsedTimer ring;
        ring.start();
        const Session cashier = till.staff().login(QStringLiteral("1111"));
        SaleSimulator(till, 1).run(cashier, sales);
        out.insert(QStringLiteral("ring_sales_s"), double(ring.elapsed()) / 1000.0);
    }
    Till till(tillPath, clock);
    QNetworkAccessManager network;
    SyncClient client(till.db(), till.settings(), clock, network);
    const QString token =
        QString::fromUtf8(hubAdmin(hubDb, {QStringLiteral("enroll-token"), QStringLiteral("--store"), QStringLiteral("S1")}));
    if (!await(client, [&] { client.enroll(QUrl(QStringLiteral("http://127.0.0.1:") + port), token); }))
        return 1;
    const qint64 events = client.pendingCount();
    QElapsedTimer push;
    push.start();
    double eventsSeconds = 0;
    SyncSummary summary;
    QObject::connect(&client, &SyncClient::eventsPushed, [&] { eventsSeconds = double(push.elapsed()) / 1000.0; });
    QObject::connect(&client, &SyncClient::finished, [&](const SyncSummary& s) { summary = s; });
    if (!await(client, [&] { client.syncNow(); }))
        return 1;
    const double pushSeconds = double(push.elapsed()) / 1000.0;
    // The events first (the sales are at the hub), then the journal anchored, then the feeds.
    out.insert(QStringLiteral("push"), QJsonObject{{QStringLiteral("sales"), sales},
                                                   {QStringLiteral("events"), events},
                                                   {QStringLiteral("events_seconds"), eventsSeconds},
                                                   {QStringLiteral("events_per_s"), double(events) / eventsSeconds},
                                                   {QStringLiteral("journal_entries"), summary.journalHeld},
                                                   {QStringLiteral("seconds"), pushSeconds}});
    // The pushes kept each sale's basket; the hub's timer counted some of them meanwhile, and
    // working out the offers counts the rest (`admin compute-offers`, a process of its own).
    {
        hub::HubDatabase db;
        db.open(hubDb);
        const qint64 waiting = db.scalar(QStringLiteral("SELECT count(*) FROM offer_baskets")).toLongLong();
        hub::HubFeeds feeds(db);
        hub::HubOffers offers(db, feeds, clock);
        QElapsedTimer fold;
        fold.start();
        while (offers.fold() > 0) {
        }
        const double foldSeconds = double(fold.elapsed()) / 1000.0;
        QElapsedTimer compute;
        compute.start();
        hubAdmin(hubDb, {QStringLiteral("compute-offers")});
        out.insert(QStringLiteral("offers_after_push"),
                   QJsonObject{{QStringLiteral("baskets_waiting"), waiting},
                               {QStringLiteral("fold_s"), foldSeconds},
                               {QStringLiteral("compute_offers_s"), double(compute.elapsed()) / 1000.0}});
    }
    if (hubDb.startsWith(QLatin1String("postgres")))
        out.insert(QStringLiteral("postgres_copy_same_events_s"), copyComparison(hubDb, tillPath, dir.path()));

    // First catalog sync: the hub holds `products` products; a fresh till pulls them all.
    {
        hub::HubDatabase db;
        db.open(hubDb);
        QJsonArray list;
        for (qint64 i = 0; i < products; ++i)
            list.append(QJsonObject{{QStringLiteral("sku"), QStringLiteral("P%1").arg(i)},
                                    {QStringLiteral("name_en"), QStringLiteral("Catalog item %1").arg(i)},
                                    {QStringLiteral("name_ru"), QStringLiteral("Товар %1").arg(i)},
                                    {QStringLiteral("name_zh"), QStringLiteral("商品 %1").arg(i)},
                                    {QStringLiteral("price"), 100 + i % 5000},
                                    {QStringLiteral("tax_code"), QStringLiteral("A")},
                                    {QStringLiteral("barcodes"), QJsonArray{DemoStore::eanFor(i)}}});
        QElapsedTimer import;
        import.start();
        hub::HubCatalog(db).import({{QStringLiteral("tax_rates"), QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("A")},
                                                                                         {QStringLiteral("name"), QStringLiteral("A")},
                                                                                         {QStringLiteral("basis_points"), 1900}}}},
                                    {QStringLiteral("products"), list}});
        out.insert(QStringLiteral("hub_import_products_s"), double(import.elapsed()) / 1000.0);
    }
    const QString freshPath = dir.filePath(QStringLiteral("fresh.db"));
    DemoOptions empty;
    empty.products = 0;
    DemoStore::create(freshPath, clock, empty);
    Till fresh(freshPath, clock);
    SyncClient freshClient(fresh.db(), fresh.settings(), clock, network);
    const QString token2 = QString::fromUtf8(hubAdmin(hubDb, {QStringLiteral("enroll-token"), QStringLiteral("--store"),
                                                              QStringLiteral("S1"), QStringLiteral("--till"), QStringLiteral("T2")}));
    if (!await(freshClient, [&] { freshClient.enroll(QUrl(QStringLiteral("http://127.0.0.1:") + port), token2); }))
        return 1;
    QElapsedTimer pull;
    pull.start();
    if (!await(freshClient, [&] { freshClient.syncNow(); }))
        return 1;
    out.insert(QStringLiteral("first_catalog_sync"), QJsonObject{{QStringLiteral("products"), fresh.catalog().productCount()},
                                                                 {QStringLiteral("seconds"), double(pull.elapsed()) / 1000.0}});
    hub.kill();
    hub.waitForFinished();
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
