#include "TestStore.h"
#include "common/DomainError.h"

#include <QTest>

using namespace omnitill;

namespace {
using test::errorCode;

// 2.00 cash sale of the first demo product (price varies; pay exact)
CompletedSale cashSale(test::TestStore& store, const Session& s)
{
    SaleService& sales = store.till().sales();
    Cart cart = sales.newCart();
    sales.scan(cart, QStringLiteral("4000000000013"));
    Payment p(cart.totals().total.minor());
    p.addExactCash();
    return sales.complete(s, cart, p);
}
} // namespace

class TestShift : public QObject
{
    Q_OBJECT
private slots:
    void sellingNeedsAnOpenShift()
    {
        test::TestStore store(10);
        Cart cart = store.till().sales().newCart();
        QCOMPARE(errorCode([&] { store.till().sales().scan(cart, QStringLiteral("4000000000013")); }), QStringLiteral("shift.closed"));
        const Session s = store.openShift();
        QCOMPARE(errorCode([&] { store.till().shifts().open(s, 0); }), QStringLiteral("shift.already_open"));
        store.till().sales().scan(cart, QStringLiteral("4000000000013"));
        QCOMPARE(cart.lines().size(), 1);
    }

    void cashInOutNeedRightsAndReasons()
    {
        test::TestStore store(10);
        const Session cashier = store.openShift();
        ShiftService& shifts = store.till().shifts();
        QCOMPARE(errorCode([&] { shifts.cashIn(cashier, 500, QStringLiteral("change")); }), QStringLiteral("auth.approval_required"));
        QCOMPARE(errorCode([&] { shifts.cashIn(cashier, 500, QString(), QStringLiteral("2222")); }), QStringLiteral("shift.reason"));
        shifts.cashIn(cashier, 500, QStringLiteral("coins from the bank"), QStringLiteral("2222"));
        QCOMPARE(store.count(QStringLiteral("approvals")), 1);
        QCOMPARE(errorCode([&] { shifts.cashOut(store.supervisor(), 100000, QStringLiteral("too much")); }),
                 QStringLiteral("shift.drawer_short"));
        shifts.cashOut(store.supervisor(), 2000, QStringLiteral("safe drop"));
        const ShiftReport x = shifts.xReport(cashier);
        QCOMPARE(x.openingFloat, 10000);
        QCOMPARE(x.cashIn, 500);
        QCOMPARE(x.cashOut, 2000);
        QCOMPARE(x.expectedCash, 8500);
    }

    void zCloseComparesCountedCash()
    {
        test::TestStore store(10);
        const Session cashier = store.openShift();
        const CompletedSale sale = cashSale(store, cashier);
        ShiftService& shifts = store.till().shifts();
        const qint64 expected = 10000 + sale.total;
        // count: one 100 note plus the sale's exact amount in cents, minus 5 cents short
        QMap<qint64, int> counted{{10000, 1}, {1, int(sale.total - 5)}};
        QCOMPARE(errorCode([&] { shifts.close(cashier, counted); }), QStringLiteral("auth.approval_required"));
        QCOMPARE(errorCode([&] { shifts.close(cashier, {{3, 1}}, QStringLiteral("2222")); }), QStringLiteral("shift.denomination"));
        const ShiftReport z = shifts.close(cashier, counted, QStringLiteral("2222"));
        QCOMPARE(z.kind, QStringLiteral("Z"));
        QCOMPARE(z.salesCount, 1);
        QCOMPARE(z.expectedCash, expected);
        QCOMPARE(z.countedCash, expected - 5);
        QCOMPARE(z.difference, -5);
        QCOMPARE(z.tenders.value(QStringLiteral("cash")), sale.total);
        QVERIFY(!shifts.current());
        QCOMPARE(store.till().db().scalar(QStringLiteral("SELECT difference FROM shifts")).toLongLong(), -5);
        QCOMPARE(store.till().db().scalar(QStringLiteral("SELECT count(*) FROM journal WHERE event_type = 'z_report'")).toInt(), 1);
    }

    void noSaleIsJournaled()
    {
        test::TestStore store(10);
        const Session cashier = store.openShift();
        QCOMPARE(errorCode([&] { store.till().shifts().noSale(cashier); }), QStringLiteral("auth.approval_required"));
        store.till().shifts().noSale(cashier, QStringLiteral("3333"));
        QCOMPARE(store.till().db().scalar(QStringLiteral("SELECT count(*) FROM journal WHERE event_type = 'no_sale'")).toInt(), 1);
    }

    void trainingSalesStayOutOfTotals()
    {
        test::TestStore store(10);
        Session cashier = store.openShift();
        cashSale(store, cashier);
        Session training = cashier;
        training.training = true;
        const CompletedSale t = cashSale(store, training);
        QVERIFY(t.receiptId.contains(QStringLiteral("TR")));
        QCOMPARE(t.receiptNumber, 1); // its own numbering
        const ShiftReport x = store.till().shifts().xReport(cashier);
        QCOMPARE(x.salesCount, 1);
        QCOMPARE(x.trainingSalesCount, 1);
        QCOMPARE(store.count(QStringLiteral("outbox WHERE event_type = 'sale'")), 1);
        QCOMPARE(store.till().db().scalar(QStringLiteral("SELECT count(*) FROM journal WHERE event_type = 'training_sale' AND training = 1")).toInt(), 1);
    }

    void denominations()
    {
        QCOMPARE(ShiftService::denominations(Currency::fromCode(QStringLiteral("EUR"))).first(), 50000);
        QCOMPARE(ShiftService::denominations(Currency::fromCode(QStringLiteral("JPY"))).last(), 1);
        QCOMPARE(ShiftService::denominations(Currency::fromCode(QStringLiteral("KWD"))), (QList<qint64>{1000, 1}));
    }
};

QTEST_GUILESS_MAIN(TestShift)
#include "tst_shift.moc"
