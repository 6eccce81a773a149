// The store asking for goods, with a real hub process: a replenishment request made offline, synced,
// approved in part and shipped by the warehouse through the integrator API, received in store
// against the shipment with a discrepancy, and the stock right on both sides; a transfer requested
// by one store, shipped by the other's till and received; an approved count moving the hub's stock.
// SQLite by default, PostgreSQL through the wrapper.
#include "EnrolledTill.h"
#include "HubProcess.h"
#include "SyncClient.h"
#include "TestStore.h"
#include "stock/StockLedger.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace omnitill;

namespace {
const QString kMilk = QStringLiteral("4000000000013");
const QString kBread = QStringLiteral("4000000000020");
const QString kMilkSku = QStringLiteral("SKU0000001");
const QString kBreadSku = QStringLiteral("SKU0000002");

QJsonObject skuQuantity(const QString& sku, qint64 quantity)
{
    return {{QStringLiteral("sku"), sku}, {QStringLiteral("quantity"), quantity}};
}

qint64 line(const QJsonObject& request, const QString& sku, const char* field)
{
    for (const QJsonValue& v : request.value(QStringLiteral("lines")).toArray()) {
        if (v.toObject().value(QStringLiteral("sku")).toString() == sku)
            return v.toObject().value(QLatin1String(field)).toInteger();
    }
    return -1;
}
} // namespace

class TestStockRequests : public QObject
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

    // The hub's stock of a store as the till last pulled it.
    static qint64 hubStock(test::TestStore& store, const QString& storeId, const QString& sku)
    {
        return store.till()
            .db()
            .scalar(QStringLiteral("SELECT on_hand FROM remote_stock WHERE store_id = ? AND sku = ?"), {storeId, sku})
            .toLongLong();
    }

    static qint64 onHand(test::TestStore& store, const QString& code)
    {
        const qint64 id = store.till().catalog().findByCodes({QStringLiteral("0") + code})->id;
        return StockLedger(store.till().db(), store.clock()).onHand(id);
    }

    static qint64 productId(test::TestStore& store, const QString& code)
    {
        return store.till().catalog().findByCodes({QStringLiteral("0") + code})->id;
    }

    static void sync(SyncClient& client, int expectedConflicts = 0)
    {
        SyncSummary summary;
        QString error;
        QVERIFY2(test::HubProcess::runSync(client, &summary, &error), qPrintable(error));
        QCOMPARE(summary.conflicts, expectedConflicts);
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<SyncSummary>();
        m_hub = std::make_unique<test::HubProcess>(
            qEnvironmentVariable("OMNITILL_HUB_DB", QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("hub.db"))));
        QVERIFY(m_hub->startWithStores({QStringLiteral("S1"), QStringLiteral("S2")}));
        QCOMPARE(
            m_hub->importJson({{QStringLiteral("tax_rates"), test::HubProcess::standardTaxRate()},
                               {QStringLiteral("products"), QJsonArray{test::HubProcess::product(kMilkSku, kMilkSku, 578, kMilk),
                                                                       test::HubProcess::product(kBreadSku, kBreadSku, 305, kBread)}},
                               {QStringLiteral("stock"), QJsonArray{test::HubProcess::stockLevel(QStringLiteral("S1"), kMilkSku, 50),
                                                                    test::HubProcess::stockLevel(QStringLiteral("S1"), kBreadSku, 20),
                                                                    test::HubProcess::stockLevel(QStringLiteral("S2"), kMilkSku, 70),
                                                                    test::HubProcess::stockLevel(QStringLiteral("S2"), kBreadSku, 40)}}},
                              m_dir.path()),
            0);
        m_apiKey = m_hub->createApiKey(QStringLiteral("warehouse"));
        QVERIFY(!m_apiKey.isEmpty());
    }

    void cleanupTestCase() { m_hub->terminate(); }

    void aReplenishmentRequestGoesRoundTheWholeCycle()
    {
        test::TestStore store(20);
        SyncClient client(store.till().db(), store.till().settings(), m_realClock, m_network);
        QVERIFY(m_hub->enroll(client, QStringLiteral("S1"), QStringLiteral("M1")));
        sync(client);
        Till& till = store.till();
        const Session manager = store.manager();
        const qint64 milk = productId(store, kMilk);
        const qint64 bread = productId(store, kBread);
        const qint64 milkBefore = onHand(store, kMilk);
        const qint64 breadBefore = onHand(store, kBread);

        // The planner suggests milk up to its max in packs of 6; the manager adds bread.
        ReorderRule rule;
        rule.min = milkBefore + 20;
        rule.max = milkBefore + 50;
        rule.packSize = 6;
        till.planner().setRule(manager, milk, rule);
        const QList<ReplenishmentLine> suggested = till.planner().suggestions();
        QCOMPARE(suggested.size(), 1);
        QCOMPARE(suggested[0].suggestion.quantity, 54);

        // Made while the hub is down: the sync fails, and the request waits in the outbox.
        m_hub->kill();
        const StockRequest made =
            till.stockRequests().submitReplenishment(manager, {{milk, 54}, {bread, 12}}, QStringLiteral("weekend promotion"));
        QVERIFY(!test::HubProcess::runSync(client));
        QVERIFY(till.stockRequests().request(made.id).waitingToSend);
        QVERIFY(m_hub->start());
        QCOMPARE(call("GET", QStringLiteral("/v1/integrator/replenishment?status=submitted"))
                     .body.value(QStringLiteral("requests"))
                     .toArray()
                     .size(),
                 0);
        // What is on its way is not suggested again.
        QVERIFY(till.planner().suggestions().isEmpty());
        QCOMPARE(test::errorCode([&] {
                     till.stockRequests().submitReplenishment(store.cashier(), {{milk, 1}}, {});
                 }),
                 QStringLiteral("auth.approval_required"));

        sync(client);
        const QJsonArray queue =
            call("GET", QStringLiteral("/v1/integrator/replenishment?status=submitted")).body.value(QStringLiteral("requests")).toArray();
        QCOMPARE(queue.size(), 1);
        const QString path = QStringLiteral("/v1/integrator/replenishment/") + made.id;
        QCOMPARE(queue[0].toObject().value(QStringLiteral("number")).toString(), made.number);
        QCOMPARE(line(queue[0].toObject(), kMilkSku, "requested"), 54);
        QCOMPARE(till.stockRequests().request(made.id).status, StockRequest::Status::Submitted);
        QVERIFY(!till.stockRequests().request(made.id).waitingToSend);

        // The warehouse approves 48 of the milk and all the bread; shipping before approval, or
        // more than approved, is refused.
        QCOMPARE(
            call("POST", path + QStringLiteral("/ship"),
                 {{QStringLiteral("shipment_id"), QStringLiteral("SH-1")}, {QStringLiteral("lines"), QJsonArray{skuQuantity(kMilkSku, 1)}}})
                .status,
            409);
        QCOMPARE(call("POST", path + QStringLiteral("/approve"), {{QStringLiteral("lines"), QJsonArray{skuQuantity(kMilkSku, 55)}}}).status,
                 400);
        const test::HubAnswer approved =
            call("POST", path + QStringLiteral("/approve"), {{QStringLiteral("lines"), QJsonArray{skuQuantity(kMilkSku, 48)}}});
        QCOMPARE(approved.status, 200);
        QCOMPARE(approved.body.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(line(approved.body, kBreadSku, "approved"), 12);
        // The same approval again (a lost answer) is answered; another is refused.
        QCOMPARE(call("POST", path + QStringLiteral("/approve"), {{QStringLiteral("lines"), QJsonArray{skuQuantity(kMilkSku, 48)}}}).status,
                 200);
        QCOMPARE(call("POST", path + QStringLiteral("/approve"), {{QStringLiteral("lines"), QJsonArray{skuQuantity(kMilkSku, 40)}}}).status,
                 409);
        sync(client);
        StockRequest seen = till.stockRequests().request(made.id);
        QCOMPARE(seen.status, StockRequest::Status::Approved);
        for (const StockRequestLine& l : seen.lines)
            QCOMPARE(*l.approved, l.sku == kMilkSku ? 48 : 12);
        QCOMPARE(test::errorCode([&] { till.receiving().receiveExpected(manager, made.id, {}); }), QStringLiteral("stock.not_shipped"));

        // Shipped in two milk batches and the bread.
        const auto shipLine = [](const QString& sku, qint64 quantity, const QString& batch, const QString& expiry, qint64 cost) {
            QJsonObject l = skuQuantity(sku, quantity);
            l.insert(QStringLiteral("unit_cost"), cost);
            if (!batch.isEmpty())
                l.insert(QStringLiteral("batch"), batch);
            if (!expiry.isEmpty())
                l.insert(QStringLiteral("expiry"), expiry);
            return l;
        };
        QCOMPARE(call("POST", path + QStringLiteral("/ship"),
                      {{QStringLiteral("shipment_id"), QStringLiteral("SH-1")},
                       {QStringLiteral("lines"), QJsonArray{shipLine(kMilkSku, 49, {}, {}, 40)}}})
                     .status,
                 400);
        const QJsonObject shipment{
            {QStringLiteral("shipment_id"), QStringLiteral("SH-1")},
            {QStringLiteral("lines"), QJsonArray{shipLine(kMilkSku, 30, QStringLiteral("LOT-A"), QStringLiteral("2027-01-31"), 40),
                                                 shipLine(kMilkSku, 18, QStringLiteral("LOT-B"), QStringLiteral("2027-02-28"), 40),
                                                 shipLine(kBreadSku, 12, {}, {}, 90)}}};
        QCOMPARE(call("POST", path + QStringLiteral("/ship"), shipment).status, 200);
        QCOMPARE(call("POST", path + QStringLiteral("/ship"), shipment).status, 200); // sent again
        sync(client);
        seen = till.stockRequests().request(made.id);
        QCOMPARE(seen.status, StockRequest::Status::Shipped);
        QCOMPARE(seen.shipment.size(), 3);

        // Received: batch A scanned from its GS1 label, one short of batch B, the bread.
        ReceivedLine a = till.receiving().lineFromScan(QStringLiteral("(01)04000000000013(17)270131(10)LOT-A"));
        a.quantity = 30;
        ReceivedLine b{milk, 17, 0, QStringLiteral("LOT-B"), QDate(2027, 2, 28)};
        ReceivedLine loaves{bread, 12, 0, {}, std::nullopt};
        QList<ReceivingDiscrepancy> differences;
        const CompletedReceipt receipt = till.receiving().receiveExpected(manager, made.id, {a, b, loaves}, &differences);
        QCOMPARE(receipt.value, 47 * 40 + 12 * 90); // at the shipment's cost
        QCOMPARE(differences.size(), 1);
        QCOMPARE(differences[0].sku, kMilkSku);
        QCOMPARE(differences[0].expected, 48);
        QCOMPARE(differences[0].received, 47);
        QCOMPARE(onHand(store, kMilk), milkBefore + 47);
        QCOMPARE(onHand(store, kBread), breadBefore + 12);
        QCOMPARE(till.receiving().averageCost(bread), 90000);
        QCOMPARE(till.stockRequests().request(made.id).status, StockRequest::Status::Received);
        QCOMPARE(test::errorCode([&] { till.receiving().receiveExpected(manager, made.id, {loaves}); }),
                 QStringLiteral("stock.already_received"));

        // The hub has it received, with the difference, and the store's stock followed.
        sync(client);
        const QJsonObject done = call("GET", path).body;
        QCOMPARE(done.value(QStringLiteral("status")).toString(), QStringLiteral("received"));
        QCOMPARE(line(done, kMilkSku, "received"), 47);
        QCOMPARE(done.value(QStringLiteral("received")).toObject().value(QStringLiteral("discrepancies")).toArray().size(), 1);
        sync(client); // the stock levels fold after the push
        QCOMPARE(hubStock(store, QStringLiteral("S1"), kMilkSku), 50 + 47);
        QCOMPARE(hubStock(store, QStringLiteral("S1"), kBreadSku), 20 + 12);
        QCOMPARE(till.stockRequests().request(made.id).status, StockRequest::Status::Received);

        // The ERP saw the request and the receipt in its feed.
        QStringList types;
        for (const QJsonValue& v :
             call("GET", QStringLiteral("/v1/integrator/feed?limit=1000")).body.value(QStringLiteral("items")).toArray())
            types << v.toObject().value(QStringLiteral("event")).toObject().value(QStringLiteral("type")).toString();
        QVERIFY(types.contains(QStringLiteral("replenishment.submitted")));
        QVERIFY(types.contains(QStringLiteral("stock.received")));

        // A rejected request: nothing inbound, nothing to receive.
        const StockRequest second = till.stockRequests().submitReplenishment(manager, {{bread, 6}}, {});
        sync(client);
        QCOMPARE(call("POST", QStringLiteral("/v1/integrator/replenishment/") + second.id + QStringLiteral("/reject"),
                      {{QStringLiteral("reason"), QStringLiteral("discontinued at the warehouse")}})
                     .status,
                 200);
        sync(client);
        const StockRequest rejected = till.stockRequests().request(second.id);
        QCOMPARE(rejected.status, StockRequest::Status::Rejected);
        QCOMPARE(rejected.problem, QStringLiteral("discontinued at the warehouse"));
        QVERIFY(till.stockRequests().inbound().isEmpty());
    }

    void aTransferIsRequestedShippedAndReceived()
    {
        test::EnrolledTill tillHere(*m_hub, m_network, m_realClock, QStringLiteral("S1"), QStringLiteral("M2"));
        test::EnrolledTill tillThere(*m_hub, m_network, m_realClock, QStringLiteral("S2"), QStringLiteral("M3"));
        QVERIFY(tillHere.isReady() && tillThere.isReady());
        test::TestStore& here = tillHere.store();
        test::TestStore& there = tillThere.store();
        SyncClient& clientHere = tillHere.client();
        SyncClient& clientThere = tillThere.client();
        const qint64 hubHere = hubStock(here, QStringLiteral("S1"), kBreadSku);
        const qint64 hubThere = hubStock(here, QStringLiteral("S2"), kBreadSku);
        const qint64 breadHere = onHand(here, kBread);
        const qint64 breadThere = onHand(there, kBread);

        StockRequestService& asking = here.till().stockRequests();
        QCOMPARE(test::errorCode([&] {
                     asking.requestTransfer(here.manager(), QStringLiteral("S1"), {{productId(here, kBread), 5}}, {});
                 }),
                 QStringLiteral("stock.transfer_source"));
        const StockRequest made =
            asking.requestTransfer(here.manager(), QStringLiteral("S2"), {{productId(here, kBread), 8}}, QStringLiteral("ran out"));
        sync(clientHere);
        sync(clientThere);

        // S2 sees what S1 asks of it, and ships 5 of the 8.
        StockRequestService& asked = there.till().stockRequests();
        const StockRequest incoming = asked.request(made.id);
        QCOMPARE(incoming.kind, StockRequest::Kind::Transfer);
        QCOMPARE(incoming.source, QStringLiteral("S2"));
        QCOMPARE(incoming.destination, QStringLiteral("S1"));
        QCOMPARE(incoming.status, StockRequest::Status::Submitted);
        QCOMPARE(test::errorCode([&] {
                     asking.shipTransfer(here.manager(), made.id, {{productId(here, kBread), 8}});
                 }),
                 QStringLiteral("stock.not_ours"));
        QCOMPARE(test::errorCode([&] {
                     asked.shipTransfer(there.manager(), made.id, {{productId(there, kBread), 9}});
                 }),
                 QStringLiteral("stock.too_many"));
        asked.shipTransfer(there.manager(), made.id, {{productId(there, kBread), 5}});
        QCOMPARE(onHand(there, kBread), breadThere - 5);
        // Too late to cancel once shipped.
        sync(clientThere);
        sync(clientHere);
        QCOMPARE(asking.request(made.id).status, StockRequest::Status::Shipped);
        QCOMPARE(test::errorCode([&] { asking.cancel(here.manager(), made.id); }), QStringLiteral("stock.too_late"));

        QList<ReceivingDiscrepancy> differences;
        here.till().receiving().receiveExpected(here.manager(), made.id, {{productId(here, kBread), 5, 0, {}, std::nullopt}}, &differences);
        QVERIFY(differences.isEmpty());
        QCOMPARE(onHand(here, kBread), breadHere + 5);
        sync(clientHere);
        sync(clientHere);
        QCOMPARE(call("GET", QStringLiteral("/v1/integrator/replenishment/") + made.id).body.value(QStringLiteral("status")).toString(),
                 QStringLiteral("received"));
        QCOMPARE(hubStock(here, QStringLiteral("S1"), kBreadSku), hubHere + 5);
        QCOMPARE(hubStock(here, QStringLiteral("S2"), kBreadSku), hubThere - 5);
        // The store that shipped sees it arrived.
        sync(clientThere);
        QCOMPARE(asked.request(made.id).status, StockRequest::Status::Received);
        // The warehouse cannot work a transfer.
        QCOMPARE(call("POST", QStringLiteral("/v1/integrator/replenishment/") + made.id + QStringLiteral("/approve"), {}).status, 409);

        // A transfer from a store the hub does not know is refused, with the reason.
        const StockRequest nowhere = asking.requestTransfer(here.manager(), QStringLiteral("S9"), {{productId(here, kBread), 1}}, {});
        sync(clientHere, 1);
        QCOMPARE(asking.request(nowhere.id).status, StockRequest::Status::Rejected);
        QVERIFY2(asking.request(nowhere.id).problem.contains(QLatin1String("S9")), qPrintable(asking.request(nowhere.id).problem));
    }

    void anApprovedCountMovesTheHubsStock()
    {
        test::TestStore store(20);
        SyncClient client(store.till().db(), store.till().settings(), m_realClock, m_network);
        QVERIFY(m_hub->enroll(client, QStringLiteral("S2"), QStringLiteral("M4")));
        sync(client);
        const qint64 hubBefore = hubStock(store, QStringLiteral("S2"), kMilkSku);
        StockCountService& counts = store.till().stockCounts();
        const Session cashier = store.cashier();
        const QString id = counts.start(cashier, true, QStringLiteral("dairy aisle"));
        const qint64 milk = productId(store, kMilk);
        counts.scan(cashier, id, kMilk);
        counts.setCounted(cashier, id, milk, onHand(store, kMilk) - 3);
        counts.close(cashier, id);
        QCOMPARE(counts.approve(cashier, id, QStringLiteral("3333")), 1);
        sync(client);
        sync(client);
        QCOMPARE(hubStock(store, QStringLiteral("S2"), kMilkSku), hubBefore - 3);
    }
};

QTEST_GUILESS_MAIN(TestStockRequests)
#include "tst_stock_requests.moc"
