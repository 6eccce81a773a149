// Click and collect with a real hub process: the shop places orders through the integrator API,
// the store's desk receives them, picks, marks them ready (the shop reads it back), hands them over
// by the hub-signed QR, paid online or at the desk, and the hub's orders and stock follow. An order
// the shop cancels while the desk is offline, then handed over, becomes a conflict. SQLite by
// default, PostgreSQL through the wrapper.
#include "EnrolledTill.h"
#include "HubProcess.h"
#include "SyncClient.h"
#include "TestStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace omnitill;

namespace {
const QString kMilk = QStringLiteral("4000000000013");
const QString kBread = QStringLiteral("4000000000020");

} // namespace

class TestPickupSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::HubProcess> m_hub;
    QNetworkAccessManager m_network;
    SystemClock m_realClock;
    QString m_apiKey;

    test::HubAnswer call(const QByteArray& verb, const QString& path, const QJsonObject& body = {})
    {
        return m_hub->call(m_network, verb, path, body, m_apiKey);
    }

    QJsonObject placeOrder(const QString& id, const QString& store, const QString& number, bool paid, qint64 milk, qint64 bread)
    {
        QJsonArray lines;
        if (milk > 0)
            lines.append(QJsonObject{{QStringLiteral("sku"), QStringLiteral("SKU0000001")},
                                     {QStringLiteral("quantity"), milk},
                                     {QStringLiteral("unit_price"), 578}});
        if (bread > 0)
            lines.append(QJsonObject{{QStringLiteral("sku"), QStringLiteral("SKU0000002")},
                                     {QStringLiteral("quantity"), bread},
                                     {QStringLiteral("unit_price"), 305}});
        const test::HubAnswer placed =
            call("POST", QStringLiteral("/v1/integrator/orders"),
                 {{QStringLiteral("id"), id},
                  {QStringLiteral("store_id"), store},
                  {QStringLiteral("number"), number},
                  {QStringLiteral("customer"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Olga Petrova")},
                                                           {QStringLiteral("phone"), QStringLiteral("+7 999 000 4321")}}},
                  {QStringLiteral("paid"), paid},
                  {QStringLiteral("currency"), QStringLiteral("EUR")},
                  {QStringLiteral("lines"), lines}});
        return placed.status == 200 ? placed.body : QJsonObject{};
    }

    QString hubStatus(const QString& orderId)
    {
        return call("GET", QStringLiteral("/v1/integrator/orders/") + orderId).body.value(QStringLiteral("status")).toString();
    }

    static qint64 hubStock(test::TestStore& store, const QString& sku)
    {
        return store.till()
            .db()
            .scalar(QStringLiteral("SELECT on_hand FROM remote_stock WHERE store_id = 'S1' AND sku = ?"), {sku})
            .toLongLong();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<SyncSummary>();
        m_hub = std::make_unique<test::HubProcess>(
            qEnvironmentVariable("OMNITILL_HUB_DB", QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("hub.db"))));
        QVERIFY(m_hub->startWithStores({QStringLiteral("S1"), QStringLiteral("S2")}));
        QCOMPARE(m_hub->importJson(
                     {{QStringLiteral("tax_rates"), test::HubProcess::standardTaxRate()},
                      {QStringLiteral("products"),
                       QJsonArray{test::HubProcess::product(QStringLiteral("SKU0000001"), QStringLiteral("SKU0000001"), 578, kMilk),
                                  test::HubProcess::product(QStringLiteral("SKU0000002"), QStringLiteral("SKU0000002"), 305, kBread)}},
                      {QStringLiteral("stock"),
                       QJsonArray{test::HubProcess::stockLevel(QStringLiteral("S1"), QStringLiteral("SKU0000001"), 50),
                                  test::HubProcess::stockLevel(QStringLiteral("S1"), QStringLiteral("SKU0000002"), 20)}}},
                     m_dir.path()),
                 0);
        m_apiKey = m_hub->createApiKey(QStringLiteral("web shop"));
        QVERIFY(!m_apiKey.isEmpty());
    }

    void cleanupTestCase() { m_hub->terminate(); }

    void anOrderIsPickedReadiedAndCollectedAndTheShopSeesEachStep()
    {
        const QJsonObject placed = placeOrder(QStringLiteral("web-1"), QStringLiteral("S1"), QStringLiteral("1001"), true, 2, 1);
        QVERIFY(!placed.isEmpty());
        const QJsonObject elsewhere = placeOrder(QStringLiteral("web-9"), QStringLiteral("S2"), QStringLiteral("9001"), true, 1, 0);
        QVERIFY(!elsewhere.isEmpty());

        test::TestStore store(20);
        store.clock().set(m_realClock.nowUtc()); // the hub dates its pickup codes by the real clock
        SyncClient client(store.till().db(), store.till().settings(), m_realClock, m_network);
        QVERIFY(m_hub->enroll(client, QStringLiteral("S1"), QStringLiteral("P1")));
        QString error;
        QVERIFY2(test::HubProcess::runSync(client, nullptr, &error), qPrintable(error));
        PickupService& desk = store.till().pickups();
        QCOMPARE(hubStock(store, QStringLiteral("SKU0000001")), 50);

        // The customer's QR from the shop, checked with the key the hub gave at enrolment.
        const QString orderId = desk.orderForToken(placed.value(QStringLiteral("pickup_token")).toString());
        QCOMPARE(orderId, QStringLiteral("web-1"));
        QCOMPARE(test::errorCode([&] { desk.orderForToken(elsewhere.value(QStringLiteral("pickup_token")).toString()); }),
                 QStringLiteral("pickup.other_store"));

        const Session clerk = store.cashier();
        desk.pick(clerk, orderId, kMilk);
        desk.pick(clerk, orderId, kMilk);
        desk.pick(clerk, orderId, kBread);
        desk.markReady(clerk, orderId);
        QCOMPARE(hubStatus(orderId), QStringLiteral("placed"));
        SyncSummary summary;
        QVERIFY(test::HubProcess::runSync(client, &summary));
        QCOMPARE(summary.conflicts, 0);
        const QJsonObject ready = call("GET", QStringLiteral("/v1/integrator/orders/web-1")).body;
        QCOMPARE(ready.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
        QCOMPARE(ready.value(QStringLiteral("picked")).toArray().size(), 2);
        // The shop reads "ready" from its feed to tell the customer.
        const QJsonArray feed = call("GET", QStringLiteral("/v1/integrator/feed?limit=100")).body.value(QStringLiteral("items")).toArray();
        bool readyInFeed = false;
        for (const QJsonValue& v : feed) {
            const QJsonObject item = v.toObject();
            readyInFeed = readyInFeed || (item.value(QStringLiteral("kind")).toString() == QLatin1String("pickup") &&
                                          item.value(QStringLiteral("event")).toObject().value(QStringLiteral("type")).toString() ==
                                              QLatin1String("pickup.ready"));
        }
        QVERIFY(readyInFeed);

        const CompletedPickup done = desk.handOver(clerk, orderId, {});
        QCOMPARE(done.delivered, 2 * 578 + 305);
        QVERIFY(test::HubProcess::runSync(client, &summary));
        QCOMPARE(summary.conflicts, 0);
        const QJsonObject collected = call("GET", QStringLiteral("/v1/integrator/orders/web-1")).body;
        QCOMPARE(collected.value(QStringLiteral("status")).toString(), QStringLiteral("collected"));
        QCOMPARE(collected.value(QStringLiteral("collected")).toObject().value(QStringLiteral("refund_due")).toInteger(), 0);
        // The goods left the store: the hub's stock follows, and the till hears of it.
        QVERIFY(test::HubProcess::runSync(client));
        QCOMPARE(hubStock(store, QStringLiteral("SKU0000001")), 48);
        QCOMPARE(hubStock(store, QStringLiteral("SKU0000002")), 19);
        // Too late to cancel; the shop sending the order again (a lost answer) still gets it.
        QCOMPARE(call("POST", QStringLiteral("/v1/integrator/orders/web-1/cancel")).status, 409);
        QCOMPARE(placeOrder(QStringLiteral("web-1"), QStringLiteral("S1"), QStringLiteral("1001"), true, 2, 1)
                     .value(QStringLiteral("pickup_token")),
                 placed.value(QStringLiteral("pickup_token")));

        // The customer brings a milk back to another store: the hub knows the order as a sale under
        // its number, and the refund goes back to the online payment.
        test::TestStore other(20);
        SyncClient otherClient(other.till().db(), other.till().settings(), m_realClock, m_network);
        QVERIFY(m_hub->enroll(otherClient, QStringLiteral("S2"), QStringLiteral("T9")));
        QSignalSpy found(&otherClient, &SyncClient::saleFound);
        otherClient.lookupSale(QStringLiteral("1001"));
        QVERIFY(found.wait(15000));
        const OriginalSale sale = other.till().returns().fromHub(found.first().first().toJsonObject());
        QCOMPARE(sale.total, 2 * 578 + 305);
        QCOMPARE(sale.tenders.value(0).kind, Tender::Kind::Online);
        const Session otherClerk = other.openShift();
        const QList<ReturnRequestLine> lines{{1, 1, Disposition::Restock}};
        const ReturnQuote quote = other.till().returns().quote(sale, lines);
        other.till().returns().complete(otherClerk, sale, lines, other.till().returns().refundPlan(sale, quote.refund));
        QVERIFY(test::HubProcess::runSync(otherClient, &summary));
        QCOMPARE(summary.conflicts, 0);
        found.clear();
        otherClient.lookupSale(QStringLiteral("1001"));
        QVERIFY(found.wait(15000));
        const QJsonArray returned = found.first().first().toJsonObject().value(QStringLiteral("returned")).toArray();
        QCOMPARE(returned.size(), 1);
        QCOMPARE(returned[0].toObject().value(QStringLiteral("quantity")).toInteger(), 1);
    }

    void anOrderCancelledWhileTheDeskWasOfflineAndHandedOverIsAConflict()
    {
        const QJsonObject placed = placeOrder(QStringLiteral("web-2"), QStringLiteral("S1"), QStringLiteral("1002"), false, 1, 1);
        QVERIFY(!placed.isEmpty());
        QVERIFY(!placeOrder(QStringLiteral("web-3"), QStringLiteral("S1"), QStringLiteral("1003"), true, 1, 0).isEmpty());
        test::TestStore store(20);
        SyncClient client(store.till().db(), store.till().settings(), m_realClock, m_network);
        QVERIFY(m_hub->enroll(client, QStringLiteral("S1"), QStringLiteral("P2")));
        QVERIFY(test::HubProcess::runSync(client));
        const qint64 breadBefore = hubStock(store, QStringLiteral("SKU0000002"));
        PickupService& desk = store.till().pickups();
        const Session clerk = store.openShift();
        desk.pick(clerk, QStringLiteral("web-2"), kMilk);
        desk.pick(clerk, QStringLiteral("web-2"), kBread);
        desk.markReady(clerk, QStringLiteral("web-2"));

        // The desk loses its connection; meanwhile the shop cancels. The customer turns up with
        // the number and phone digits, pays at the desk, and leaves with the goods.
        QCOMPARE(call("POST", QStringLiteral("/v1/integrator/orders/web-2/cancel")).status, 200);
        const QString orderId = desk.orderForNumberAndPhone(QStringLiteral("1002"), QStringLiteral("4321"));
        const Cart cart = desk.cartForHandOver(orderId, {});
        Payment payment(cart.totals().total.minor());
        payment.addExactCash();
        const CompletedPickup done = desk.handOver(clerk, orderId, {}, payment);
        QCOMPARE(done.sale.total, 578 + 305);

        // Back online: the hand-over is kept, and the manager has a conflict to settle.
        SyncSummary summary;
        QVERIFY(test::HubProcess::runSync(client, &summary));
        QCOMPARE(summary.conflicts, 1);
        const QString reason = store.till().db().scalar(QStringLiteral("SELECT reason FROM sync_conflicts")).toString();
        QVERIFY2(reason.contains(QLatin1String("1002 was cancelled online")), qPrintable(reason));
        const QJsonObject order = call("GET", QStringLiteral("/v1/integrator/orders/web-2")).body;
        QCOMPARE(order.value(QStringLiteral("status")).toString(), QStringLiteral("collected"));
        QCOMPARE(order.value(QStringLiteral("collected")).toObject().value(QStringLiteral("receipt_id")).toString(), done.sale.receiptId);
        // The desk's sale moved the stock once (the hand-over itself does not, paid at pickup).
        QVERIFY(test::HubProcess::runSync(client));
        QCOMPARE(hubStock(store, QStringLiteral("SKU0000002")), breadBefore - 1);

        // web-3 is never collected: returned to stock with a supervisor, and the shop sees it.
        desk.pick(clerk, QStringLiteral("web-3"), kMilk);
        desk.markReady(clerk, QStringLiteral("web-3"));
        desk.returnToStock(clerk, QStringLiteral("web-3"), QStringLiteral("2222"));
        QVERIFY(test::HubProcess::runSync(client, &summary));
        QCOMPARE(summary.conflicts, 0);
        QCOMPARE(hubStatus(QStringLiteral("web-3")), QStringLiteral("returned"));
        QCOMPARE(desk.load(QStringLiteral("web-3")).status, PickupStatus::Restocked);
    }

    void anItemOrderedInOneStoreIsCollectedAtAnother()
    {
        QCOMPARE(m_hub->importJson({{QStringLiteral("stock"),
                                     QJsonArray{test::HubProcess::stockLevel(QStringLiteral("S2"), QStringLiteral("SKU0000001"), 6)}}},
                                   m_dir.path()),
                 0);
        test::EnrolledTill tillHere(*m_hub, m_network, m_realClock, QStringLiteral("S1"), QStringLiteral("T7"));
        test::EnrolledTill tillThere(*m_hub, m_network, m_realClock, QStringLiteral("S2"), QStringLiteral("P1"));
        QVERIFY(tillHere.isReady() && tillThere.isReady());
        test::TestStore& here = tillHere.store();
        test::TestStore& there = tillThere.store();
        SyncClient& clientHere = tillHere.client();
        SyncClient& clientThere = tillThere.client();

        // S1 has run out of milk; the snapshot shows S2 has six.
        const qint64 milk = here.till().catalog().findByCodes({QStringLiteral("0") + kMilk})->id;
        const QList<StoreStock> stores = here.till().aisle().otherStores(milk);
        QCOMPARE(stores.size(), 1);
        QCOMPARE(stores[0].storeId, QStringLiteral("S2"));
        QCOMPARE(stores[0].onHand, 6);
        const Session clerk = here.cashier();
        AisleOrderRequest request;
        request.storeId = QStringLiteral("S2");
        request.customerName = QStringLiteral("Ivan Petrov");
        request.phone = QStringLiteral("+7 912 345 6789");
        request.lines = {{milk, 2}};
        const AisleOrder placed = here.till().aisle().place(clerk, request);
        AisleOrderRequest delivery = request;
        delivery.fulfilment = AisleOrderRequest::Fulfilment::Delivery;
        delivery.address = QStringLiteral("Lenina 1, apt 5, Kazan");
        delivery.lines = {{milk, 1}};
        const AisleOrder shipped = here.till().aisle().place(clerk, delivery);
        // Not synced yet: both wait, pending.
        QCOMPARE(here.till().aisle().recent().size(), 2);
        QCOMPARE(here.till().aisle().recent()[0].state, AisleOrder::State::Pending);

        SyncSummary summary;
        QVERIFY(test::HubProcess::runSync(clientHere, &summary));
        QCOMPARE(summary.conflicts, 0);
        for (const AisleOrder& o : here.till().aisle().recent())
            QCOMPARE(o.state, AisleOrder::State::Placed);
        const QJsonObject order = call("GET", QStringLiteral("/v1/integrator/orders/") + placed.id).body;
        QCOMPARE(order.value(QStringLiteral("store_id")).toString(), QStringLiteral("S2"));
        QCOMPARE(order.value(QStringLiteral("origin_store")).toString(), QStringLiteral("S1"));
        QCOMPARE(order.value(QStringLiteral("total")).toInteger(), 2 * 578);
        QCOMPARE(call("GET", QStringLiteral("/v1/integrator/orders/") + shipped.id).body.value(QStringLiteral("fulfilment")).toString(),
                 QStringLiteral("delivery"));

        // S2's desk gets the pickup order (not the delivery), picks it, and the customer pays there.
        QVERIFY(test::HubProcess::runSync(clientThere));
        PickupService& desk = there.till().pickups();
        PickupSearch all;
        QStringList ids;
        for (const PickupSummary& o : desk.list(all))
            ids << o.id;
        QVERIFY(ids.contains(placed.id));
        QVERIFY(!ids.contains(shipped.id));
        const Session deskClerk = there.openShift();
        desk.pick(deskClerk, placed.id, kMilk);
        desk.pick(deskClerk, placed.id, kMilk);
        desk.markReady(deskClerk, placed.id);
        const QString orderId = desk.orderForNumberAndPhone(placed.number, QStringLiteral("6789"));
        const Cart cart = desk.cartForHandOver(orderId, {});
        Payment payment(cart.totals().total.minor());
        payment.addExactCash();
        QCOMPARE(desk.handOver(deskClerk, orderId, {}, payment).sale.total, 2 * 578);
        QVERIFY(test::HubProcess::runSync(clientThere, &summary));
        QCOMPARE(summary.conflicts, 0);
        QCOMPARE(hubStatus(placed.id), QStringLiteral("collected"));

        // An order the hub cannot place (the snapshot was stale and the SKU is gone from the hub's
        // catalog) comes back refused, with the reason.
        here.till().db().exec(QStringLiteral("UPDATE products SET sku = 'LOCAL-ONLY' WHERE id = ?"), {milk});
        here.till().db().exec(QStringLiteral("INSERT INTO remote_stock(store_id, sku, on_hand) VALUES('S2', 'LOCAL-ONLY', 3)"));
        here.till().aisle().place(clerk, request);
        QVERIFY(test::HubProcess::runSync(clientHere, &summary));
        QCOMPARE(summary.conflicts, 1);
        const AisleOrder refused = here.till().aisle().recent().value(0);
        QCOMPARE(refused.state, AisleOrder::State::Refused);
        QVERIFY2(refused.problem.contains(QLatin1String("LOCAL-ONLY")), qPrintable(refused.problem));
    }

    void aGroupBuyBatchIsImportedWholeOrNotAtAll()
    {
        QJsonArray batch;
        for (int i = 0; i < 200; ++i)
            batch.append(
                QJsonObject{{QStringLiteral("id"), QStringLiteral("gb-%1").arg(i)},
                            {QStringLiteral("store_id"), QStringLiteral("S1")},
                            {QStringLiteral("number"), QStringLiteral("GB%1").arg(i, 4, 10, QLatin1Char('0'))},
                            {QStringLiteral("customer"),
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("Neighbour %1").arg(i)},
                                         {QStringLiteral("phone"), QStringLiteral("+86 138 0000 %1").arg(i, 4, 10, QLatin1Char('0'))}}},
                            {QStringLiteral("paid"), true},
                            {QStringLiteral("currency"), QStringLiteral("EUR")},
                            {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("SKU0000002")},
                                                                             {QStringLiteral("quantity"), 1 + i % 4},
                                                                             {QStringLiteral("unit_price"), 305}}}}});
        QJsonArray broken = batch;
        QJsonObject bad = broken[150].toObject();
        bad.insert(QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("NOPE")},
                                                                   {QStringLiteral("quantity"), 1},
                                                                   {QStringLiteral("unit_price"), 1}}});
        broken[150] = bad;
        QVERIFY(m_hub->importJson({{QStringLiteral("orders"), broken}}, m_dir.path()) != 0);
        QCOMPARE(call("GET", QStringLiteral("/v1/integrator/orders/gb-0")).status, 404); // none of it
        QCOMPARE(m_hub->importJson({{QStringLiteral("orders"), batch}}, m_dir.path()), 0);
        QCOMPARE(m_hub->importJson({{QStringLiteral("orders"), batch}}, m_dir.path()), 0); // again: the same orders

        test::TestStore store(20);
        SyncClient client(store.till().db(), store.till().settings(), m_realClock, m_network);
        QVERIFY(m_hub->enroll(client, QStringLiteral("S1"), QStringLiteral("P3")));
        QVERIFY(test::HubProcess::runSync(client));
        PickupSearch search;
        search.text = QStringLiteral("GB01");
        QCOMPARE(store.till().pickups().list(search).size(), 100);
        search.text = QStringLiteral("0000 0042");
        QCOMPARE(store.till().pickups().list(search).value(0).number, QStringLiteral("GB0042"));
    }
};

QTEST_GUILESS_MAIN(TestPickupSync)
#include "tst_pickup_sync.moc"
