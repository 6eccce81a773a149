// Returns across stores with a real hub process: a sale of one store returned at another (found
// through the hub, with what came back of it so far), the points earned on it taken back on the
// hub, store credit issued at a return posted to the hub's ledger, and two stores refunding the
// same line (the second becomes a conflict). SQLite by default, PostgreSQL through the wrapper.
#include "EnrolledTill.h"
#include "HubProcess.h"
#include "SyncClient.h"
#include "TestStore.h"
#include "giftcards/GiftCardNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace omnitill;

class TestReturnsSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::HubProcess> m_hub;
    QNetworkAccessManager m_network;
    SystemClock m_realClock;
    QString m_apiKey;

    QJsonObject api(const QByteArray& verb, const QString& path) { return m_hub->call(m_network, verb, path, {}, m_apiKey).body; }

    // The hub's answer for a receipt, through the till's own client.
    static std::optional<QJsonObject> lookup(SyncClient& client, const QString& receiptId, bool* unknown = nullptr)
    {
        QSignalSpy found(&client, &SyncClient::saleFound);
        QSignalSpy failed(&client, &SyncClient::saleLookupFailed);
        client.lookupSale(receiptId);
        if (!found.wait(15000) && failed.isEmpty() && !failed.wait(1000))
            return std::nullopt;
        if (!failed.isEmpty()) {
            if (unknown)
                *unknown = failed.first().at(2).toBool();
            return std::nullopt;
        }
        return found.first().first().toJsonObject();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<SyncSummary>();
        m_hub = std::make_unique<test::HubProcess>(
            qEnvironmentVariable("OMNITILL_HUB_DB", QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("hub.db"))));
        QVERIFY(m_hub->startWithStores({QStringLiteral("S1"), QStringLiteral("S2")}));
        m_apiKey = m_hub->createApiKey(QStringLiteral("shop"));
        QCOMPARE(m_hub->importJson(
                     {{QStringLiteral("members"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("R1")},
                                                                         {QStringLiteral("card_code"), QStringLiteral("2900000000202")},
                                                                         {QStringLiteral("consent"), true},
                                                                         {QStringLiteral("points_balance"), 0}}}}},
                     m_dir.path()),
                 0);
    }

    void cleanupTestCase() { m_hub->terminate(); }

    void anotherStoresSaleIsReturnedOnceAndTwiceIsAConflict()
    {
        test::EnrolledTill tillA(*m_hub, m_network, m_realClock, QStringLiteral("S1"), QStringLiteral("T1"));
        test::EnrolledTill tillB(*m_hub, m_network, m_realClock, QStringLiteral("S2"), QStringLiteral("T1"));
        QVERIFY(tillA.isReady() && tillB.isReady());
        test::TestStore& a = tillA.store();
        test::TestStore& b = tillB.store();
        SyncClient& clientA = tillA.client();
        SyncClient& clientB = tillB.client();

        // Store A sells three milk to member R1, who earns points; the hub hears of it.
        const Session sa = a.openShift();
        Cart cart = a.till().sales().newCart();
        for (int i = 0; i < 3; ++i)
            a.till().sales().scan(cart, QStringLiteral("4000000000013"));
        cart.setMemberId(QStringLiteral("R1"));
        Payment payment(cart.totals().total.minor());
        payment.addExactCash();
        const CompletedSale sold = a.till().sales().complete(sa, cart, payment);
        QVERIFY(sold.pointsEarned >= 3);
        QVERIFY(test::HubProcess::runSync(clientA));
        const qint64 earned =
            api("GET", QStringLiteral("/v1/integrator/members/R1/points")).value(QStringLiteral("points_balance")).toInteger();
        QCOMPARE(earned, sold.pointsEarned);

        // Store B never saw the sale: the hub has it. An unknown receipt says so.
        bool unknown = false;
        QVERIFY(!lookup(clientB, QStringLiteral("S1-T1-999999"), &unknown));
        QVERIFY(unknown);
        const std::optional<QJsonObject> answer = lookup(clientB, sold.receiptId);
        QVERIFY(answer);
        const Session sb = b.openShift();
        ReturnService& returnsB = b.till().returns();
        OriginalSale atB = returnsB.fromHub(*answer);
        QCOMPARE(atB.storeCode, QStringLiteral("S1"));
        QCOMPARE(atB.returnable(1), 3);
        // One milk back at B, as store credit: the hub activates the credit and takes back a third
        // of the points.
        const ReturnQuote q = returnsB.quote(atB, {{1, 1, Disposition::Restock}});
        const CompletedReturn atBDone =
            returnsB.complete(sb, atB, {{1, 1, Disposition::Restock}}, {{Tender::Kind::GiftCard, q.refund, {}, {}, {}, 0}});
        QVERIFY(GiftCardNumber::isValid(atBDone.storeCredit));
        // Until B syncs, B counts its own return: no second one of the same milk beyond the rest.
        atB = returnsB.fromHub(*lookup(clientB, sold.receiptId));
        QCOMPARE(atB.returnable(1), 2);
        SyncSummary summary;
        QVERIFY(test::HubProcess::runSync(clientB, &summary));
        QCOMPARE(summary.conflicts, 0);
        QCOMPARE(api("GET", QStringLiteral("/v1/integrator/members/R1/points")).value(QStringLiteral("points_balance")).toInteger(),
                 earned - q.pointsReversed);
        QCOMPARE(
            api("GET", QStringLiteral("/v1/integrator/gift-cards/") + atBDone.storeCredit).value(QStringLiteral("balance")).toInteger(),
            q.refund);
        // Synced: the hub's count now includes B's return, and B's own is not counted twice.
        atB = returnsB.fromHub(*lookup(clientB, sold.receiptId));
        QCOMPARE(atB.returned.value(1), 1);
        QCOMPARE(atB.returnable(1), 2);

        // Store A, offline all along, knows nothing of B's return and takes all three back.
        const OriginalSale atA = *a.till().returns().findLocal(sold.receiptId);
        QCOMPARE(atA.returnable(1), 3);
        const ReturnQuote all = a.till().returns().quote(atA, {{1, 3, Disposition::Restock}});
        a.till().returns().complete(sa, atA, {{1, 3, Disposition::Restock}}, a.till().returns().refundPlan(atA, all.refund));
        QVERIFY(test::HubProcess::runSync(clientA, &summary));
        QCOMPARE(summary.conflicts, 1);
        const QString reason = a.till().db().scalar(QStringLiteral("SELECT reason FROM sync_conflicts")).toString();
        QVERIFY2(reason.contains(QStringLiteral("refunded twice: 3 sold, 4 returned (S1, S2")), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("points not reversed")), qPrintable(reason)); // only two thirds were left
        // Goods without a receipt at B: store credit, posted without any sale to count against.
        const qint64 milkId = b.till().catalog().findByCodes({QStringLiteral("04000000000013")})->id;
        const CompletedReturn unreceipted = b.till().returns().completeWithoutReceipt(
            sb, {{milkId, 1, Disposition::Restock}}, Tender::Kind::GiftCard, QStringLiteral("3333"), QStringLiteral("gift"));
        QVERIFY(test::HubProcess::runSync(clientB, &summary));
        QCOMPARE(summary.conflicts, 0);
        QCOMPARE(
            api("GET", QStringLiteral("/v1/integrator/gift-cards/") + unreceipted.storeCredit).value(QStringLiteral("balance")).toInteger(),
            unreceipted.refund);
        // Whatever the tills did, the hub's figures say it: four returned.
        QCOMPARE(lookup(clientB, sold.receiptId)
                     ->value(QStringLiteral("returned"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("quantity"))
                     .toInteger(),
                 4);
    }

    void anOfflineReturnOfAnotherStoresSaleIsFlagged()
    {
        test::TestStore a(20);
        test::TestStore b(20);
        SyncClient clientA(a.till().db(), a.till().settings(), m_realClock, m_network);
        SyncClient clientB(b.till().db(), b.till().settings(), m_realClock, m_network);
        QVERIFY(m_hub->enroll(clientA, QStringLiteral("S1"), QStringLiteral("T2")));
        QVERIFY(m_hub->enroll(clientB, QStringLiteral("S2"), QStringLiteral("T2")));
        const Session sa = a.openShift();
        Cart cart = a.till().sales().newCart();
        a.till().sales().scan(cart, QStringLiteral("4000000000013"));
        a.till().sales().scan(cart, QStringLiteral("4000000000013"));
        Payment payment(cart.totals().total.minor());
        payment.addExactCash();
        const CompletedSale sold = a.till().sales().complete(sa, cart, payment);
        QVERIFY(test::HubProcess::runSync(clientA));
        const QString qr = a.till().receipts().byReceiptId(sold.receiptId).qrText;

        // Store B cannot reach the hub; the customer shows A's receipt. By default: store credit only,
        // never more than the receipt, and a supervisor approves.
        const Session sb = b.openShift();
        ReturnService& returns = b.till().returns();
        QVERIFY(!returns.findLocal(qr));
        const qint64 milkId = b.till().catalog().findByCodes({QStringLiteral("04000000000013")})->id;
        const QList<ReturnService::UnreceiptedLine> one{{milkId, 1, Disposition::Restock}};
        QCOMPARE(test::errorCode([&] { returns.completeOfflineOtherStore(sb, qr, one, Tender::Kind::Cash, QStringLiteral("2222"), {}); }),
                 QStringLiteral("return.offline_tender"));
        QCOMPARE(test::errorCode([&] {
                     returns.completeOfflineOtherStore(sb, qr, {{milkId, 3, Disposition::Restock}}, Tender::Kind::GiftCard,
                                                       QStringLiteral("2222"), {});
                 }),
                 QStringLiteral("return.over_receipt"));
        QCOMPARE(test::errorCode([&] { returns.completeOfflineOtherStore(sb, qr, one, Tender::Kind::GiftCard, {}, {}); }),
                 QStringLiteral("auth.approval_required"));
        QCOMPARE(test::errorCode(
                     [&] { returns.completeOfflineOtherStore(sb, QStringLiteral("OT1|sale|x"), one, Tender::Kind::GiftCard, {}, {}); }),
                 QStringLiteral("return.bad_receipt"));
        const CompletedReturn r = returns.completeOfflineOtherStore(sb, qr, one, Tender::Kind::GiftCard, QStringLiteral("2222"), {});
        QVERIFY(!b.till().db().scalar(QStringLiteral("SELECT flagged FROM returns WHERE id = ?"), {r.returnId}).toString().isEmpty());
        // A store that refuses them.
        {
            Transaction tx(b.till().db());
            b.till().settings().setValue(QStringLiteral("returns.offline_other_store"), QStringLiteral("deny"));
            tx.commit();
        }
        QCOMPARE(
            test::errorCode([&] { returns.completeOfflineOtherStore(sb, qr, one, Tender::Kind::GiftCard, QStringLiteral("2222"), {}); }),
            QStringLiteral("return.offline_denied"));

        // Back online: not silently accepted — a conflict to reconcile, the milk counted against A's line.
        SyncSummary summary;
        QVERIFY(test::HubProcess::runSync(clientB, &summary));
        QCOMPARE(summary.conflicts, 1);
        const QString reason = b.till().db().scalar(QStringLiteral("SELECT reason FROM sync_conflicts")).toString();
        QVERIFY2(reason.contains(sold.receiptId) && reason.contains(QStringLiteral("reconcile")), qPrintable(reason));
        QCOMPARE(api("GET", QStringLiteral("/v1/integrator/gift-cards/") + r.storeCredit).value(QStringLiteral("balance")).toInteger(),
                 r.refund);
        const QJsonObject answer = *lookup(clientB, sold.receiptId);
        QCOMPARE(answer.value(QStringLiteral("returned")).toArray().first().toObject().value(QStringLiteral("quantity")).toInteger(), 1);
        QCOMPARE(returns.fromHub(answer).returnable(1), 1);
    }
};

QTEST_GUILESS_MAIN(TestReturnsSync)
#include "tst_returns_sync.moc"
