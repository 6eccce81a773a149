// Points and coupons across tills and the hub, with real hub processes: offline redemption within
// the caps against the last synced balance minus what is not yet posted, two stores spending the
// same points offline (the hub posts both in order and opens an overdraft conflict), a sync whose
// answer was lost and is retried (nothing posted twice), the same coupon used in two stores, and
// the shop's own postings through the API.
// SQLite by default, PostgreSQL when OMNITILL_HUB_DB is set by the wrapper.
#include "DemoStore.h"
#include "EnrolledTill.h"
#include "HubProcess.h"
#include "SyncClient.h"
#include "TestStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace omnitill;

class TestLoyaltySync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::HubProcess> m_hub;
    QNetworkAccessManager m_network;
    SystemClock m_realClock;
    QString m_apiKey;

    int import(const QJsonObject& data) { return m_hub->importJson(data, m_dir.path()); }

    QJsonObject api(const QByteArray& verb, const QString& path, const QJsonObject& body = {}, int* status = nullptr)
    {
        const test::HubAnswer answer = m_hub->call(m_network, verb, path, body, m_apiKey);
        if (status)
            *status = answer.status;
        return answer.body;
    }

    qint64 hubBalance(const QString& member)
    {
        return api("GET", QStringLiteral("/v1/integrator/members/%1/points").arg(member))
            .value(QStringLiteral("points_balance"))
            .toInteger();
    }

    // Ten of the first product, the member identified, `points` redeemed as a tender, paid in cash.
    static CompletedSale sellWithPoints(test::TestStore& store, const Session& s, const QString& member, qint64 points)
    {
        SaleService& sales = store.till().sales();
        Cart cart = sales.newCart();
        sales.scan(cart, QStringLiteral("4000000000013"));
        sales.addProduct(cart, cart.lines().first().productId, 9);
        cart.setMemberId(member);
        store.till().points().redeem(cart, points);
        Payment payment(cart.totals().total.minor());
        if (points > 0)
            payment.addPoints(cart.pointsRedemption().points, cart.pointsRedemption().value);
        payment.addExactCash();
        return sales.complete(s, cart, payment);
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<SyncSummary>();
        m_hub = std::make_unique<test::HubProcess>(
            qEnvironmentVariable("OMNITILL_HUB_DB", QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("hub.db"))));
        QVERIFY(m_hub->startWithStores({QStringLiteral("S1"), QStringLiteral("S2")}));
        m_apiKey = m_hub->createApiKey(QStringLiteral("shop"));
        // A value the tills could not read is refused by the hub before any till sees it.
        QVERIFY(import({{QStringLiteral("settings"), QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("loyalty.redeem_as")},
                                                                            {QStringLiteral("value"), QStringLiteral("cash")}}}}}) != 0);
        QCOMPARE(
            import({{QStringLiteral("members"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("L1")},
                                                                       {QStringLiteral("card_code"), QStringLiteral("2900000000103")},
                                                                       {QStringLiteral("consent"), true},
                                                                       {QStringLiteral("points_balance"), 1000}}}},
                    {QStringLiteral("settings"), QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("loyalty.max_redeem_sale")},
                                                                        {QStringLiteral("value"), QStringLiteral("600")}}}}}),
            0);
    }

    void cleanupTestCase() { m_hub->terminate(); }

    void twoStoresSpendTheSamePointsOffline()
    {
        test::EnrolledTill tillA(*m_hub, m_network, m_realClock, QStringLiteral("S1"), QStringLiteral("T1"));
        test::EnrolledTill tillB(*m_hub, m_network, m_realClock, QStringLiteral("S2"), QStringLiteral("T1"));
        QVERIFY(tillA.isReady() && tillB.isReady());
        test::TestStore& a = tillA.store();
        test::TestStore& b = tillB.store();
        SyncClient& clientA = tillA.client();
        SyncClient& clientB = tillB.client();
        QCOMPARE(a.till().points().account(QStringLiteral("L1")).available, 1000);
        QCOMPARE(a.till().points().rules().maxRedeemPerSale, 600); // the hub's setting reached the till

        // Offline from here. Store A spends 600; what it may spend next counts that already.
        const Session sa = a.openShift();
        const CompletedSale first = sellWithPoints(a, sa, QStringLiteral("L1"), 600);
        QVERIFY(first.pointsEarned > 0);
        QCOMPARE(a.till().points().account(QStringLiteral("L1")).available, 400);
        QCOMPARE(test::errorCode([&] { sellWithPoints(a, sa, QStringLiteral("L1"), 500); }), QStringLiteral("points.limit"));
        QCOMPARE(a.count(QStringLiteral("sales")), 1);
        // Store B has not heard of it and spends 600 too.
        const Session sb = b.openShift();
        const CompletedSale second = sellWithPoints(b, sb, QStringLiteral("L1"), 600);

        // Back online: A first. Its answer carries the posted balance, nothing is pending any more.
        SyncSummary summary;
        QVERIFY(test::HubProcess::runSync(clientA, &summary));
        QCOMPARE(summary.conflicts, 0);
        const qint64 afterA = 1000 - 600 + first.pointsEarned;
        QCOMPARE(hubBalance(QStringLiteral("L1")), afterA);
        PointsAccount account = a.till().points().account(QStringLiteral("L1"));
        QCOMPARE(account.pending, 0);
        QCOMPARE(account.available, afterA);

        // Then B: its 600 overdraw what is left; posted anyway, with a conflict for the manager.
        QVERIFY(test::HubProcess::runSync(clientB, &summary));
        QCOMPARE(summary.conflicts, 1);
        QVERIFY(b.till().db().scalar(QStringLiteral("SELECT reason FROM sync_conflicts")).toString().contains(QLatin1String("overdrawn")));
        const qint64 afterB = afterA - 600 + second.pointsEarned;
        QCOMPARE(hubBalance(QStringLiteral("L1")), afterB);
        QCOMPARE(b.till().points().account(QStringLiteral("L1")).available, afterB);
        QVERIFY(QJsonDocument::fromJson(m_hub->admin({QStringLiteral("conflicts")})).array().size() >= 1);

        // A's answer "got lost": the till sends the same events again. The hub holds them once.
        a.till().db().exec(QStringLiteral("DELETE FROM outbox_acks"));
        QCOMPARE(a.till().points().account(QStringLiteral("L1")).pending, 600);
        QVERIFY(test::HubProcess::runSync(clientA, &summary));
        QVERIFY(summary.duplicates > 0);
        QCOMPARE(hubBalance(QStringLiteral("L1")), afterB);
        QVERIFY(test::HubProcess::runSync(clientA));
        QCOMPARE(a.till().points().account(QStringLiteral("L1")).available, afterB);
        QCOMPARE(a.till().points().account(QStringLiteral("L1")).pending, 0);
    }

    void aCouponUsedInTwoStoresOfflineIsAConflict()
    {
        int status = 0;
        const QJsonObject issued = api("POST", QStringLiteral("/v1/integrator/coupons"),
                                       {{QStringLiteral("id"), QStringLiteral("NEWS-42")},
                                        {QStringLiteral("name"), QStringLiteral("Newsletter")},
                                        {QStringLiteral("kind"), QStringLiteral("amount")},
                                        {QStringLiteral("value"), 300}},
                                       &status);
        QCOMPARE(status, 200);
        const QString code = issued.value(QStringLiteral("code")).toString();
        QVERIFY(code.startsWith(QLatin1String("OTC2.")));
        // Issued again: the same code; other terms under that id are refused.
        QCOMPARE(api("POST", QStringLiteral("/v1/integrator/coupons"),
                     {{QStringLiteral("id"), QStringLiteral("NEWS-42")},
                      {QStringLiteral("name"), QStringLiteral("Newsletter")},
                      {QStringLiteral("kind"), QStringLiteral("amount")},
                      {QStringLiteral("value"), 300}})
                     .value(QStringLiteral("code"))
                     .toString(),
                 code);
        api("POST", QStringLiteral("/v1/integrator/coupons"),
            {{QStringLiteral("id"), QStringLiteral("NEWS-42")},
             {QStringLiteral("kind"), QStringLiteral("amount")},
             {QStringLiteral("value"), 9000}},
            &status);
        QCOMPARE(status, 409);
        // #19: a name with a line break is cleaned before it is signed; a value past any till's range is refused.
        api("POST", QStringLiteral("/v1/integrator/coupons"),
            {{QStringLiteral("id"), QStringLiteral("NEWS-43")},
             {QStringLiteral("name"), QStringLiteral("Two\nlines")},
             {QStringLiteral("kind"), QStringLiteral("amount")},
             {QStringLiteral("value"), 300}},
            &status);
        QCOMPARE(status, 200);
        api("POST", QStringLiteral("/v1/integrator/coupons"),
            {{QStringLiteral("id"), QStringLiteral("NEWS-44")},
             {QStringLiteral("kind"), QStringLiteral("amount")},
             {QStringLiteral("value"), 9.2e18}},
            &status);
        QCOMPARE(status, 400);

        test::EnrolledTill tillA(*m_hub, m_network, m_realClock, QStringLiteral("S1"), QStringLiteral("T7"));
        test::EnrolledTill tillB(*m_hub, m_network, m_realClock, QStringLiteral("S2"), QStringLiteral("T7"));
        QVERIFY(tillA.isReady() && tillB.isReady());
        test::TestStore& a = tillA.store();
        test::TestStore& b = tillB.store();
        SyncClient& clientA = tillA.client();
        SyncClient& clientB = tillB.client();
        // Both offline, the customer shows the same coupon in both stores.
        const auto sellWithCoupon = [&](test::TestStore& store) {
            const Session s = store.openShift();
            Cart cart = store.till().sales().newCart();
            store.till().sales().scan(cart, QStringLiteral("4000000000013"));
            store.till().sales().addProduct(cart, cart.lines().first().productId, 4);
            store.till().coupons().apply(cart, code);
            Payment payment(cart.totals().total.minor());
            payment.addExactCash();
            return store.till().sales().complete(s, cart, payment);
        };
        sellWithCoupon(a);
        const CompletedSale second = sellWithCoupon(b);
        SyncSummary summary;
        QVERIFY(test::HubProcess::runSync(clientA, &summary));
        QCOMPARE(summary.conflicts, 0);
        QVERIFY(test::HubProcess::runSync(clientB, &summary));
        QCOMPARE(summary.conflicts, 1);
        const QString reason = b.till().db().scalar(QStringLiteral("SELECT reason FROM sync_conflicts")).toString();
        QVERIFY2(reason.contains(QLatin1String("already used")) && reason.contains(second.receiptId), qPrintable(reason));
        const QJsonObject state = api("GET", QStringLiteral("/v1/integrator/coupons/NEWS-42"));
        QCOMPARE(state.value(QStringLiteral("status")).toString(), QStringLiteral("used"));
        QCOMPARE(state.value(QStringLiteral("used_store")).toString(), QStringLiteral("S1"));
        // The online shop cannot use it any more, and a third till knows it is spent.
        api("POST", QStringLiteral("/v1/integrator/coupons/NEWS-42/redeem"), {{QStringLiteral("reference"), QStringLiteral("web-77")}},
            &status);
        QCOMPARE(status, 409);
        test::EnrolledTill tillC(*m_hub, m_network, m_realClock, QStringLiteral("S1"), QStringLiteral("T7"));
        QVERIFY(tillC.isReady());
        test::TestStore& c = tillC.store();
        c.openShift();
        Cart cart = c.till().sales().newCart();
        c.till().sales().scan(cart, QStringLiteral("4000000000013"));
        QCOMPARE(test::errorCode([&] { c.till().coupons().apply(cart, code); }), QStringLiteral("coupon.used"));
    }

    void suggestionsComeFromWhatStoresSold()
    {
        test::EnrolledTill tillA(*m_hub, m_network, m_realClock, QStringLiteral("S1"), QStringLiteral("T8"));
        QVERIFY(tillA.isReady());
        test::TestStore& a = tillA.store();
        SyncClient& clientA = tillA.client();
        // Customers buy milk with bread (twice) and milk with tea (once); L1 buys from category 3.
        const Session s = a.openShift();
        const QStringList milk{QStringLiteral("4000000000013")};
        const QString bread = QStringLiteral("4000000000020");
        const QString tea = QStringLiteral("4000000000037");
        const QString fromThree = DemoStore::eanFor(2); // category 3 in the demo catalog
        const auto sell = [&](const QStringList& codes, const QString& member) {
            Cart cart = a.till().sales().newCart();
            for (const QString& code : codes)
                a.till().sales().scan(cart, code);
            cart.setMemberId(member);
            Payment payment(cart.totals().total.minor());
            payment.addExactCash();
            a.till().sales().complete(s, cart, payment);
        };
        sell(milk + QStringList{bread}, {});
        sell(milk + QStringList{bread}, {});
        sell(milk + QStringList{tea}, {});
        sell({fromThree}, QStringLiteral("L1"));
        QVERIFY(test::HubProcess::runSync(clientA));
        // Members who shop get a personal coupon for the next visit: 3.00 off 10.00, for 14 days.
        const auto couponPolicy = [](const char* value, const char* store) {
            return QJsonObject{
                {QStringLiteral("settings"), QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("offers.personal_coupon")},
                                                                    {QStringLiteral("value"), QLatin1String(value)},
                                                                    {QStringLiteral("store_id"), QLatin1String(store)}}}}};
        };
        QVERIFY(import(couponPolicy("amount:300:1000:0", "")) != 0);
        QVERIFY(import(couponPolicy("amount:300:1000:14", "S1")) != 0); // members shop chain-wide
        QCOMPARE(import(couponPolicy("amount:300:1000:14", "")), 0);
        int exitCode = -1;
        const QJsonObject computed = QJsonDocument::fromJson(m_hub->admin({QStringLiteral("compute-offers")}, &exitCode)).object();
        QCOMPARE(exitCode, 0);
        QVERIFY(computed.value(QStringLiteral("products")).toInteger() >= 3);

        // Another store's till hears of it at its next sync and suggests, offline.
        test::EnrolledTill tillB(*m_hub, m_network, m_realClock, QStringLiteral("S2"), QStringLiteral("T8"));
        QVERIFY(tillB.isReady());
        test::TestStore& b = tillB.store();
        SyncClient& clientB = tillB.client();
        const Session sb = b.openShift();
        Cart cart = b.till().sales().newCart();
        b.till().sales().scan(cart, milk.first());
        QList<Suggestion> suggested = b.till().offers().suggestionsFor(cart);
        QCOMPARE(suggested.size(), 2);
        QCOMPARE(suggested[0].productId, b.till().catalog().findByCodes({QStringLiteral("0") + bread})->id); // bought with milk most
        QVERIFY(!suggested[0].forMember);
        b.till().sales().scan(cart, bread);
        cart.setMemberId(QStringLiteral("L1"));
        suggested = b.till().offers().suggestionsFor(cart);
        QVERIFY(std::any_of(suggested.begin(), suggested.end(), [](const Suggestion& x) { return x.forMember; }));
        for (const Suggestion& x : suggested)
            QVERIFY(x.productId != cart.lines().first().productId && x.productId != cart.lines().last().productId);

        // L1's receipt at the other store carries the personal coupon; the next visit uses it.
        Payment payment(cart.totals().total.minor());
        payment.addExactCash();
        const Receipt receipt = b.till().receipts().byReceiptId(b.till().sales().complete(sb, cart, payment).receiptId);
        QVERIFY(receipt.personalCoupon);
        QCOMPARE(receipt.personalCoupon->memberId, QStringLiteral("L1"));
        QCOMPARE(receipt.personalCoupon->value, 300);
        Cart next = b.till().sales().newCart();
        for (int i = 0; i < 5; ++i)
            b.till().sales().scan(next, bread);
        next.setMemberId(QStringLiteral("L1"));
        QCOMPARE(b.till().coupons().apply(next, receipt.personalCouponCode).id, receipt.personalCoupon->id);
        Payment paid(next.totals().total.minor());
        paid.addExactCash();
        b.till().sales().complete(sb, next, paid);
        SyncSummary summary;
        QVERIFY(test::HubProcess::runSync(clientB, &summary));
        QCOMPARE(summary.conflicts, 0);
        // Used: the member's next purchase earns a new one.
        m_hub->admin({QStringLiteral("compute-offers")}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY(test::HubProcess::runSync(clientB));
        const QJsonObject offer =
            QJsonDocument::fromJson(
                b.till().db().scalar(QStringLiteral("SELECT body FROM offers WHERE key = 'member:L1'")).toString().toUtf8())
                .object();
        QVERIFY(!offer.value(QStringLiteral("coupon")).toString().isEmpty());
        QVERIFY(offer.value(QStringLiteral("coupon")).toString() != receipt.personalCouponCode);
    }

    void theShopPostsThroughTheApiOnceAndTheTillsHearOfIt()
    {
        const qint64 before = hubBalance(QStringLiteral("L1"));
        const QJsonObject earn{{QStringLiteral("kind"), QStringLiteral("earn")},
                               {QStringLiteral("points"), 700},
                               {QStringLiteral("idempotency_key"), QStringLiteral("web-1001")},
                               {QStringLiteral("reference"), QStringLiteral("online order 1001")}};
        int status = 0;
        QCOMPARE(api("POST", QStringLiteral("/v1/integrator/members/L1/points"), earn, &status)
                     .value(QStringLiteral("points_balance"))
                     .toInteger(),
                 before + 700);
        QCOMPARE(status, 200);
        QVERIFY(api("POST", QStringLiteral("/v1/integrator/members/L1/points"), earn).value(QStringLiteral("replayed")).toBool());
        QCOMPARE(hubBalance(QStringLiteral("L1")), before + 700);
        // #19: the history's page size is bounded; -1 no longer means "everything".
        for (const QString& limit : {QStringLiteral("-1"), QStringLiteral("0"), QStringLiteral("100000"), QStringLiteral("ten")}) {
            api("GET", QStringLiteral("/v1/integrator/members/L1/points?limit=") + limit, {}, &status);
            QCOMPARE(status, 400);
        }
        api("GET", QStringLiteral("/v1/integrator/members/L1/points?limit=5"), {}, &status);
        QCOMPARE(status, 200);
        api("POST", QStringLiteral("/v1/integrator/members/L1/points"),
            {{QStringLiteral("kind"), QStringLiteral("redeem")},
             {QStringLiteral("points"), 100000},
             {QStringLiteral("idempotency_key"), QStringLiteral("web-1002")}},
            &status);
        QCOMPARE(status, 409);
        const QJsonObject reversed = api("POST", QStringLiteral("/v1/integrator/points/reverse"),
                                         {{QStringLiteral("original_key"), QStringLiteral("web-1001")},
                                          {QStringLiteral("points"), 200},
                                          {QStringLiteral("idempotency_key"), QStringLiteral("web-1001-return")}},
                                         &status);
        QVERIFY2(status == 200, QJsonDocument(reversed).toJson().constData());
        QCOMPARE(hubBalance(QStringLiteral("L1")), before + 500);

        // A till that syncs now sees the shop's points.
        test::TestStore c(20);
        SyncClient client(c.till().db(), c.till().settings(), m_realClock, m_network);
        QVERIFY(m_hub->enroll(client, QStringLiteral("S1"), QStringLiteral("T9")));
        QVERIFY(test::HubProcess::runSync(client));
        QCOMPARE(c.till().points().account(QStringLiteral("L1")).balance, before + 500);
    }
};

QTEST_GUILESS_MAIN(TestLoyaltySync)
#include "tst_loyalty_sync.moc"
