// Loyalty points at the till: the programme's rules, what a sale earns (per line, so returns are
// exact), redemption as a tender or as a discount within the offline caps, and what is recorded.
#include "TestStore.h"
#include "loyalty/PointsCalculator.h"
#include "loyalty/PointsService.h"
#include "receipt/ReceiptLayout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <limits>

using namespace omnitill;

class TestLoyalty : public QObject
{
    Q_OBJECT

    static void set(test::TestStore& store, const QString& key, const QString& value)
    {
        Transaction tx(store.till().db());
        store.till().settings().setValue(key, value);
        tx.commit();
    }

    static void member(test::TestStore& store, const QString& id, qint64 balance, qint64 lifetime = 0)
    {
        store.till().db().exec(QStringLiteral("INSERT INTO members(id, card_code, consent, points_balance, lifetime_points)"
                                              " VALUES(?, ?, 1, ?, ?)"),
                               {id, QStringLiteral("CARD-") + id, balance, lifetime});
    }

    static Cart tenMilk(test::TestStore& store)
    {
        SaleService& sales = store.till().sales();
        Cart cart = sales.newCart();
        sales.scan(cart, QStringLiteral("4000000000013"));
        sales.addProduct(cart, cart.lines().first().productId, 9);
        return cart;
    }

    static QJsonObject lastSaleEvent(test::TestStore& store)
    {
        return QJsonDocument::fromJson(store.till()
                                           .db()
                                           .scalar(QStringLiteral("SELECT payload FROM outbox WHERE event_type = 'sale'"
                                                                  " ORDER BY device_seq DESC LIMIT 1"))
                                           .toString()
                                           .toUtf8())
            .object()
            .value(QStringLiteral("body"))
            .toObject();
    }

private slots:
    void rulesAreReadAndBadSettingsRefused()
    {
        test::TestStore store(5);
        LoyaltyRules r = store.till().points().rules();
        QCOMPARE(r.earnPoints, 1);
        QCOMPARE(r.earnPer, 100);
        QCOMPARE(r.redeemAs, LoyaltyRules::RedeemAs::Tender);
        QCOMPARE(r.tiers.size(), 2); // the demo's Silver and Gold
        set(store, QStringLiteral("loyalty.category_percent"), QStringLiteral("3:200, 7:0"));
        set(store, QStringLiteral("loyalty.redeem_as"), QStringLiteral("discount"));
        r = store.till().points().rules();
        QCOMPARE(r.percentFor(3, QStringLiteral("X")), 200);
        QCOMPARE(r.percentFor(7, QStringLiteral("X")), 0);
        QCOMPARE(r.percentFor(1, QStringLiteral("X")), 100);
        QCOMPARE(r.redeemAs, LoyaltyRules::RedeemAs::Discount);
        QCOMPARE(r.tierFor(999).name, QString());
        QCOMPARE(r.tierFor(1000).name, QStringLiteral("Silver"));
        QCOMPARE(r.tierFor(70000).earnPercent, 150);

        QVERIFY(!LoyaltyRules::checkSetting(QStringLiteral("loyalty.redeem_as"), QStringLiteral("cash")).isEmpty());
        QVERIFY(!LoyaltyRules::checkSetting(QStringLiteral("loyalty.earn_per"), QStringLiteral("0")).isEmpty());
        QVERIFY(!LoyaltyRules::checkSetting(QStringLiteral("loyalty.tiers"), QStringLiteral("Gold:5000:150;Silver:1000:125")).isEmpty());
        QVERIFY(!LoyaltyRules::checkSetting(QStringLiteral("loyalty.category_percent"), QStringLiteral("3=200")).isEmpty());
        QVERIFY(LoyaltyRules::checkSetting(QStringLiteral("loyalty.max_redeem_day"), QStringLiteral("5000")).isEmpty());
        set(store, QStringLiteral("loyalty.point_value"), QStringLiteral("ten"));
        QCOMPARE(test::errorCode([&] { store.till().points().rules(); }), QStringLiteral("loyalty.setting"));
    }

    void earningFollowsRatesCategoriesExclusionsAndTiers()
    {
        LoyaltyRules r;
        r.categoryPercent = {{2, 200}, {9, 0}};
        r.excludedSkus = {QStringLiteral("GIFT-50")};
        const PointsCalculator calc(r);
        // 12.99 + 2 x 5.00 (double) + a gift card + tobacco (category 9): 12.99 + 20.00 weighted.
        const QList<EarnLine> lines{{QStringLiteral("A"), 1, 1299},
                                    {QStringLiteral("B"), 2, 1000},
                                    {QStringLiteral("GIFT-50"), 1, 5000},
                                    {QStringLiteral("TOB"), 9, 900}};
        Earning e = calc.earn(lines, 0, 100);
        QCOMPARE(e.points, 32); // 32.99 rounds down, once for the sale
        QCOMPARE(e.perLine.size(), 4);
        QCOMPARE(e.perLine[2], 0);
        QCOMPARE(e.perLine[3], 0);
        QCOMPARE(e.perLine[0] + e.perLine[1], 32);
        QCOMPARE(calc.earn(lines, 0, 150).points, 49); // Gold: 32.99 x 1.5 = 49.48
        // Paid partly with points (10.00 of the 81.99): that part earns nothing.
        e = calc.earn(lines, 1000, 100);
        QVERIFY(e.points < 32 && e.points >= 28);
        qint64 sum = 0;
        for (qint64 p : e.perLine)
            sum += p;
        QCOMPARE(sum, e.points);
        r.enabled = false;
        QCOMPARE(PointsCalculator(r).earn(lines, 0, 100).points, 0);
    }

    void redemptionIsCappedPerSaleDayShareAndBalance()
    {
        LoyaltyRules r;
        r.minRedeem = 100;
        r.maxRedeemPerSale = 1500;
        r.maxRedeemPerDay = 2000;
        r.maxRedeemShareBp = 5000;
        const PointsCalculator calc(r);
        QCOMPARE(calc.maxRedeemable(10000, 0, 100000).points, 1500);    // per sale
        QCOMPARE(calc.maxRedeemable(10000, 1000, 100000).points, 1000); // per day
        QCOMPARE(calc.maxRedeemable(700, 0, 100000).points, 700);       // balance
        QCOMPARE(calc.maxRedeemable(10000, 0, 1000).points, 500);       // half of 10.00
        QCOMPARE(calc.maxRedeemable(99, 0, 100000).points, 0);          // below the minimum
        QVERIFY(!calc.maxRedeemable(99, 0, 100000).reason.isEmpty());
        QCOMPARE(calc.maxRedeemable(-50, 0, 100000).points, 0); // an overdrawn member
    }

    void pointsPayAsATenderAndEarnOnTheRest()
    {
        test::TestStore store(20);
        set(store, QStringLiteral("loyalty.max_redeem_sale"), QStringLiteral("300"));
        set(store, QStringLiteral("loyalty.max_redeem_day"), QStringLiteral("500"));
        member(store, QStringLiteral("M1"), 1000);
        const Session s = store.openShift();
        SaleService& sales = store.till().sales();
        PointsService& points = store.till().points();
        Cart cart = tenMilk(store);
        const qint64 total = cart.totals().total.minor();
        QVERIFY(total > 1000);

        QCOMPARE(test::errorCode([&] { points.redeem(cart, 100); }), QStringLiteral("points.limit")); // nobody identified
        cart.setMemberId(QStringLiteral("M1"));
        QCOMPARE(points.limitFor(cart).points, 300);
        QCOMPARE(test::errorCode([&] { points.redeem(cart, 301); }), QStringLiteral("points.limit"));
        points.redeem(cart, 250);
        QCOMPARE(cart.totals().total.minor(), total); // a tender: the price stays
        Payment payment(total);
        payment.addPoints(cart.pointsRedemption().points, cart.pointsRedemption().value);
        payment.addExactCash();
        const CompletedSale done = sales.complete(s, cart, payment);
        QCOMPARE(done.pointsRedeemed, 250);
        QCOMPARE(done.pointsEarned, (total - 250) / 100); // earned on the money part only

        const QJsonObject event = lastSaleEvent(store);
        const QJsonObject loyalty = event.value(QStringLiteral("loyalty")).toObject();
        QCOMPARE(loyalty.value(QStringLiteral("member_id")).toString(), QStringLiteral("M1"));
        QCOMPARE(loyalty.value(QStringLiteral("redeemed")).toInteger(), 250);
        QCOMPARE(loyalty.value(QStringLiteral("earned")).toInteger(), done.pointsEarned);
        QCOMPARE(event.value(QStringLiteral("tenders")).toArray().first().toObject().value(QStringLiteral("points")).toInteger(), 250);

        // Not yet posted by the hub: the balance the till shows already counts it.
        PointsAccount account = points.account(QStringLiteral("M1"));
        QCOMPARE(account.balance, 1000);
        QCOMPARE(account.pending, 250);
        QCOMPARE(account.available, 750);
        QCOMPARE(account.redeemedToday, 250);

        // The day's cap: 500 - 250 left.
        Cart next = tenMilk(store);
        next.setMemberId(QStringLiteral("M1"));
        QCOMPARE(points.limitFor(next).points, 250);

        // Acknowledged by the hub with the new balance: no longer pending, the day cap stays.
        store.till().outbox().acknowledgeUpTo(std::numeric_limits<qint64>::max());
        store.till().db().exec(QStringLiteral("UPDATE members SET points_balance = 750 + ? WHERE id = 'M1'"), {done.pointsEarned});
        account = points.account(QStringLiteral("M1"));
        QCOMPARE(account.pending, 0);
        QCOMPARE(account.available, 750 + done.pointsEarned);
        QCOMPARE(points.limitFor(next).points, 250);

        // The receipt says what was spent and earned.
        const QString text = ReceiptLayout::plainText(store.till().receipts().byReceiptId(done.receiptId), 42, QLocale::c());
        QVERIFY2(text.contains(QStringLiteral("Points (250)")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Points earned")));
    }

    void completionChecksTheLimitsAgain()
    {
        test::TestStore store(20);
        set(store, QStringLiteral("loyalty.max_redeem_sale"), QStringLiteral("300"));
        member(store, QStringLiteral("M2"), 1000);
        const Session s = store.openShift();
        SaleService& sales = store.till().sales();
        Cart cart = tenMilk(store);
        const qint64 total = cart.totals().total.minor();
        // A payment that claims more points than the member may spend is refused; nothing is written.
        Payment greedy(total);
        greedy.addPoints(400, 400);
        greedy.addExactCash();
        QCOMPARE(test::errorCode([&] { sales.complete(s, cart, greedy); }), QStringLiteral("points.no_member"));
        cart.setMemberId(QStringLiteral("M2"));
        QCOMPARE(test::errorCode([&] { sales.complete(s, cart, greedy); }), QStringLiteral("points.limit"));
        Payment wrongValue(total);
        wrongValue.addPoints(200, 300);
        wrongValue.addExactCash();
        QCOMPARE(test::errorCode([&] { sales.complete(s, cart, wrongValue); }), QStringLiteral("points.value"));
        QCOMPARE(store.count(QStringLiteral("sales")), 0);
        QCOMPARE(store.count(QStringLiteral("points_entries")), 0);

        // Training sales neither earn nor spend.
        Session training = s;
        training.training = true;
        Payment cash(total);
        cash.addExactCash();
        QCOMPARE(sales.complete(training, cart, cash).pointsEarned, 0);
        QCOMPARE(store.count(QStringLiteral("points_entries")), 0);
    }

    void pointsAsADiscountLowerPriceAndTax()
    {
        test::TestStore store(20);
        set(store, QStringLiteral("loyalty.redeem_as"), QStringLiteral("discount"));
        member(store, QStringLiteral("M3"), 5000);
        const Session s = store.openShift();
        SaleService& sales = store.till().sales();
        Cart cart = sales.newCart();
        sales.scan(cart, QStringLiteral("4000000000013"));
        sales.scan(cart, QStringLiteral("4000000000020"));
        sales.addProduct(cart, cart.lines().first().productId, 4);
        cart.setMemberId(QStringLiteral("M3"));
        const CartTotals before = cart.totals();
        store.till().points().redeem(cart, 500);
        const CartTotals after = cart.totals();
        QCOMPARE(after.total.minor(), before.total.minor() - 500);
        QVERIFY(after.tax.minor() < before.tax.minor()); // the tax in the price went down with it
        qint64 shares = 0;
        for (const LineTotals& lt : after.lines)
            shares += lt.points;
        QCOMPARE(shares, 500);

        // Any change to the lines takes the points off again; the cashier redeems anew.
        sales.addProduct(cart, cart.lines().first().productId, 1);
        QCOMPARE(cart.pointsRedemption().points, 0);
        store.till().points().redeem(cart, 500);
        const qint64 due = cart.totals().total.minor();
        Payment p(due);
        p.addExactCash();
        const CompletedSale done = sales.complete(s, cart, p);
        QCOMPARE(done.pointsRedeemed, 500);
        QCOMPARE(store.till()
                     .db()
                     .scalar(QStringLiteral("SELECT sum(points_discount) FROM sale_lines WHERE sale_id = ?"), {done.saleId})
                     .toLongLong(),
                 500);
        const QJsonObject event = lastSaleEvent(store);
        QCOMPARE(event.value(QStringLiteral("loyalty")).toObject().value(QStringLiteral("redeemed_as")).toString(),
                 QStringLiteral("discount"));
        qint64 earnedLines = 0;
        for (const QJsonValue& l : event.value(QStringLiteral("lines")).toArray())
            earnedLines += l.toObject().value(QStringLiteral("points_earned")).toInteger();
        QCOMPARE(earnedLines, done.pointsEarned);
        const QString text = ReceiptLayout::plainText(store.till().receipts().byReceiptId(done.receiptId), 42, QLocale::c());
        QVERIFY2(text.contains(QStringLiteral("Points (500)")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestLoyalty)
#include "tst_loyalty.moc"
