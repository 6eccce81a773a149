// Kiosk orders reach the hub like any sale, with a real hub process: a kiosk (till K1) takes a
// card payment with its order and places an order to pay at the counter while the hub is down; a
// till (T1) of the same store sells that order from its QR. Everything arrives without a conflict,
// and the retailer's feed shows both sales as channel "kiosk" and the order placed. A second till
// taking the same ticket offline is a conflict.
// SQLite by default, PostgreSQL through the wrapper.
#include "EnrolledTill.h"
#include "payment/SimulatedCardTerminal.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace omnitill;

class TestKioskSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::HubProcess> m_hub;
    QNetworkAccessManager m_network;
    SystemClock m_realClock;
    QString m_apiKey;

private slots:
    void initTestCase()
    {
        qRegisterMetaType<SyncSummary>();
        m_hub = std::make_unique<test::HubProcess>(
            qEnvironmentVariable("OMNITILL_HUB_DB", QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("hub.db"))));
        QVERIFY(m_hub->startWithStores({QStringLiteral("S1")}));
        m_apiKey = m_hub->createApiKey(QStringLiteral("erp"));
    }

    void cleanupTestCase() { m_hub->terminate(); }

    void kioskOrdersArriveLikeAnySale()
    {
        test::EnrolledTill kioskDevice(*m_hub, m_network, m_realClock, QStringLiteral("S1"), QStringLiteral("K1"), 30);
        test::EnrolledTill tillDevice(*m_hub, m_network, m_realClock, QStringLiteral("S1"), QStringLiteral("T1"), 30);
        QVERIFY(kioskDevice.isReady() && tillDevice.isReady());
        test::TestStore& kiosk = kioskDevice.store();
        test::TestStore& till = tillDevice.store();
        SyncClient& kioskClient = kioskDevice.client();
        SyncClient& tillClient = tillDevice.client();
        QCOMPARE(kiosk.till().settings().tillCode(), QStringLiteral("K1"));

        // The hub is down: the kiosk still sells by card and takes a counter order.
        m_hub->terminate();
        SimulatedCardTerminal terminal;
        kiosk.till().kioskOrders().kioskSession();
        Cart paid = kiosk.till().sales().newCart();
        kiosk.till().sales().scan(paid, QStringLiteral("4000000000013"));
        const KioskPaymentOutcome card = kiosk.till().kioskPayments().payByCard(paid, terminal);
        QCOMPARE(card.status, KioskPaymentOutcome::Status::Paid);
        Cart counter = kiosk.till().sales().newCart();
        kiosk.till().sales().scan(counter, QStringLiteral("4000000000020"));
        kiosk.till().sales().scan(counter, QStringLiteral("4000000000020"));
        const KioskOrder order = kiosk.till().kioskOrders().placeCounterOrder(counter, QStringLiteral("en"));
        QVERIFY(order.id.startsWith(QLatin1String("S1-K1-")));
        QVERIFY(!test::HubProcess::runSync(kioskClient)); // nothing lost: it waits in the outbox

        // The customer pays at the till, which has never heard from the kiosk.
        const Session cashier = till.openShift();
        Cart atTill = till.till().sales().newCart();
        QCOMPARE(till.till().kioskOrders().load(atTill, order.code).lines, 1);
        QCOMPARE(atTill.totals().total.minor(), order.total);
        Payment cash(atTill.totals().total.minor());
        cash.addExactCash();
        const CompletedSale counterSale = till.till().sales().complete(cashier, atTill, cash);

        QVERIFY(m_hub->start());
        SyncSummary kioskSummary;
        SyncSummary tillSummary;
        QVERIFY(test::HubProcess::runSync(kioskClient, &kioskSummary));
        QVERIFY(test::HubProcess::runSync(tillClient, &tillSummary));
        QCOMPARE(kioskSummary.conflicts, 0);
        QCOMPARE(tillSummary.conflicts, 0);

        // The retailer sees the card sale and the counter sale as kiosk sales, and the order placed.
        const QJsonArray items = m_hub->call(m_network, "GET", QStringLiteral("/v1/integrator/feed?limit=500"), {}, m_apiKey)
                                     .body.value(QStringLiteral("items"))
                                     .toArray();
        QStringList kioskSales;
        QString placed;
        for (const QJsonValue& v : items) {
            const QJsonObject item = v.toObject();
            const QJsonObject body = item.value(QStringLiteral("event")).toObject().value(QStringLiteral("body")).toObject();
            if (item.value(QStringLiteral("kind")) == QLatin1String("sale") &&
                body.value(QStringLiteral("channel")) == QLatin1String("kiosk"))
                kioskSales.append(body.value(QStringLiteral("receipt_id")).toString() + QLatin1Char('/') +
                                  body.value(QStringLiteral("kiosk_order")).toString());
            if (item.value(QStringLiteral("kind")) == QLatin1String("kiosk"))
                placed =
                    body.value(QStringLiteral("order_id")).toString() + QLatin1Char('/') + body.value(QStringLiteral("number")).toString();
        }
        const QString cardOrder = kiosk.till().db().scalar(QStringLiteral("SELECT id FROM kiosk_orders WHERE kind = 'card'")).toString();
        QStringList expected{card.sale.receiptId + QLatin1Char('/') + cardOrder, counterSale.receiptId + QLatin1Char('/') + order.id};
        kioskSales.sort();
        expected.sort();
        QCOMPARE(kioskSales, expected);
        QCOMPARE(placed, order.id + QLatin1Char('/') + order.number);

        // A second till, offline, takes the same ticket (it cannot know the first was paid): the hub
        // makes that a conflict naming both receipts, so the customer is refunded one.
        test::EnrolledTill secondDevice(*m_hub, m_network, m_realClock, QStringLiteral("S1"), QStringLiteral("T2"), 30);
        QVERIFY(secondDevice.isReady());
        test::TestStore& second = secondDevice.store();
        const Session other = second.openShift();
        Cart again = second.till().sales().newCart();
        second.till().kioskOrders().load(again, order.code);
        Payment twice(again.totals().total.minor());
        twice.addExactCash();
        const CompletedSale secondSale = second.till().sales().complete(other, again, twice);
        SyncSummary secondSummary;
        QVERIFY(test::HubProcess::runSync(secondDevice.client(), &secondSummary));
        QCOMPARE(secondSummary.conflicts, 1);
        QCOMPARE(second.till().db().scalar(QStringLiteral("SELECT reason FROM sync_conflicts")).toString(),
                 QStringLiteral("kiosk order %1 paid twice: receipt %2 and receipt %3")
                     .arg(order.id, counterSale.receiptId, secondSale.receiptId));
        // The first till pushing its sale again (a lost acknowledgement) is not a second payment.
        QVERIFY(test::HubProcess::runSync(tillClient, &tillSummary));
        QCOMPARE(tillSummary.conflicts, 0);
    }
};

QTEST_GUILESS_MAIN(TestKioskSync)
#include "tst_kiosk_sync.moc"
