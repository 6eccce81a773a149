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

    // The drawer counted at the end of the day holds the float, the cash sales kept, less the cash
    // given back by every kind of refund: summed here from the tenders themselves, not from the
    // cash ledger the report reads.
    void expectedCashFollowsEveryKindOfRefund()
    {
        test::TestStore store(20);
        Till& till = store.till();
        {
            Transaction tx(till.db());
            till.settings().setValue(QStringLiteral("printer.address"), QStringLiteral("file:///dev/null"));
            till.settings().setValue(QStringLiteral("returns.no_receipt_cash"), QStringLiteral("1"));
            tx.commit();
        }
        const Session cashier = store.openShift();
        SaleService& sales = till.sales();
        ReturnService& returns = till.returns();
        const QString milk = QStringLiteral("4000000000013");
        const QString bread = QStringLiteral("4000000000020");
        const auto sell = [&](const QList<QString>& codes, const QString& cardLast4) {
            Cart cart = sales.newCart();
            for (const QString& code : codes)
                sales.scan(cart, code);
            Payment p(cart.totals().total.minor());
            if (!cardLast4.isEmpty())
                p.addCard(cart.totals().total.minor() / 2, QStringLiteral("A1"), QStringLiteral("VISA"), cardLast4);
            p.addCash(cart.totals().total.minor() + 1000); // the customer hands over more; change is given
            return sales.complete(cashier, cart, p);
        };
        // 1. A partial cash refund: one of two milk back.
        const CompletedSale first = sell({milk, milk, bread}, {});
        OriginalSale sale = *returns.findLocal(first.receiptId);
        returns.complete(cashier, sale, {{1, 1, Disposition::Restock}},
                         returns.refundPlan(sale, returns.quote(sale, {{1, 1, Disposition::Restock}}).refund));
        // 2. A split card and cash sale given back the way it was paid.
        const CompletedSale split = sell({milk, bread}, QStringLiteral("4321"));
        sale = *returns.findLocal(split.receiptId);
        const QList<ReturnRequestLine> all{{1, 1, Disposition::Restock}, {2, 1, Disposition::Restock}};
        QList<RefundTender> plan = returns.refundPlan(sale, returns.quote(sale, all).refund);
        for (RefundTender& t : plan) {
            if (t.kind == Tender::Kind::Card) {
                t.cardLast4 = QStringLiteral("4321");
                t.approvalCode = QStringLiteral("R7");
            }
        }
        returns.complete(cashier, sale, all, plan);
        // 3. An exchange with money back: the bread of the first sale for nothing cheaper... two
        // milk back for one bread, the rest in cash.
        sale = *returns.findLocal(first.receiptId);
        const qint64 milkBack = returns.quote(sale, {{1, 1, Disposition::Restock}}).refund;
        Cart swap = sales.newCart();
        sales.scan(swap, bread);
        const qint64 breadPrice = swap.totals().total.minor();
        QVERIFY(milkBack > breadPrice);
        Payment credit(breadPrice);
        credit.addExchangeCredit(breadPrice);
        returns.exchange(cashier, sale, {{1, 1, Disposition::Restock}}, swap, credit,
                         {{Tender::Kind::Cash, milkBack - breadPrice, {}, {}, {}, 0}});
        // 4. Without a receipt, in cash (the store allows it), a manager approving.
        const qint64 milkId = till.catalog().findByCodes({QStringLiteral("0") + milk})->id;
        returns.completeWithoutReceipt(cashier, {{milkId, 1, Disposition::Damaged}}, Tender::Kind::Cash, QStringLiteral("3333"),
                                       QStringLiteral("gift"));
        // 5. To store credit: no cash leaves the drawer.
        const CompletedSale third = sell({bread}, {});
        sale = *returns.findLocal(third.receiptId);
        const qint64 creditBack = returns.quote(sale, {{1, 1, Disposition::Restock}}).refund;
        returns.complete(cashier, sale, {{1, 1, Disposition::Restock}}, {{Tender::Kind::GiftCard, creditBack, {}, {}, {}, 0}});

        Database& db = till.db();
        const qint64 cashSold =
            db.scalar(QStringLiteral("SELECT coalesce(sum(amount), 0) FROM sale_tenders WHERE kind = 'cash'")).toLongLong();
        const qint64 cashBack =
            db.scalar(QStringLiteral("SELECT coalesce(sum(amount), 0) FROM return_tenders WHERE kind = 'cash'")).toLongLong();
        const qint64 refunded = db.scalar(QStringLiteral("SELECT sum(refund) FROM returns")).toLongLong();
        const qint64 expected = 10000 + cashSold - cashBack;
        QCOMPARE(store.count(QStringLiteral("returns")), 5);

        ShiftService& shifts = till.shifts();
        const ShiftReport x = shifts.xReport(cashier);
        QCOMPARE(x.expectedCash, expected);
        QCOMPARE(x.cashSales, cashSold);
        QCOMPARE(x.cashRefunds, cashBack);
        QCOMPARE(x.returnsCount, 5);
        QCOMPARE(x.refunds, refunded);
        QCOMPARE(x.refundTenders.value(QStringLiteral("giftcard")), creditBack);
        QCOMPARE(x.refundTenders.value(QStringLiteral("card")) > 0, true);
        qint64 taxByRate = 0;
        for (const ShiftReport::TaxLine& t : x.taxes) {
            taxByRate += t.tax;
            QCOMPARE(t.net + t.tax, t.gross);
        }
        QCOMPARE(taxByRate, x.tax);
        const qint64 taxSold = db.scalar(QStringLiteral("SELECT sum(tax_total) FROM sales")).toLongLong();
        const qint64 taxBack = db.scalar(QStringLiteral("SELECT sum(tax) FROM return_lines")).toLongLong();
        QCOMPARE(x.tax, taxSold - taxBack);

        // The drawer counted in single cents and whole euros: no difference.
        const ShiftReport z = shifts.close(cashier, {{100, int(expected / 100)}, {1, int(expected % 100)}}, QStringLiteral("2222"));
        QCOMPARE(z.expectedCash, expected);
        QCOMPARE(z.difference, 0);
        // Both reports were queued for the printer, and print what was journaled.
        QList<PrintJob> reports;
        for (const PrintJob& job : till.printQueue().pending())
            if (job.kind == PrintJob::Kind::ShiftReport)
                reports.append(job);
        QCOMPARE(reports.size(), 2);
        const ShiftReport printed = till.receipts().shiftReport(reports[1].reference.toLongLong());
        QCOMPARE(printed.kind, QStringLiteral("Z"));
        QCOMPARE(printed.expectedCash, expected);
        QCOMPARE(printed.cashRefunds, cashBack);
        QCOMPARE(printed.refundTenders, z.refundTenders);
        QCOMPARE(printed.counted, z.counted);
        QCOMPARE(test::errorCode([&] { till.receipts().shiftReport(1); }), QStringLiteral("shift.unknown_report"));
    }

    void typedAmountsAreBoundedAndLargeOnesConfirmed()
    {
        test::TestStore store(10);
        const Session cashier = store.cashier();
        ShiftService& shifts = store.till().shifts();
        // A barcode read as euros.
        QCOMPARE(errorCode([&] { shifts.open(cashier, 400000000001300); }), QStringLiteral("shift.amount_limit"));
        QCOMPARE(errorCode([&] { shifts.open(cashier, 400000000001300, true); }), QStringLiteral("shift.amount_limit"));
        QCOMPARE(errorCode([&] { shifts.open(cashier, 250000); }), QStringLiteral("shift.amount_unconfirmed"));
        QVERIFY(!shifts.current());
        shifts.open(cashier, 250000, true);
        QCOMPARE(shifts.current()->openingFloat, 250000);
        QCOMPARE(errorCode([&] { shifts.cashIn(store.supervisor(), 500000, QStringLiteral("bank")); }),
                 QStringLiteral("shift.amount_unconfirmed"));
        shifts.cashIn(store.supervisor(), 500000, QStringLiteral("bank"), {}, true);
        // A store with its own bounds.
        {
            Transaction tx(store.till().db());
            store.till().settings().setValue(QStringLiteral("cash.confirm_above"), QStringLiteral("100"));
            store.till().settings().setValue(QStringLiteral("cash.max_amount"), QStringLiteral("1000000"));
            tx.commit();
        }
        QCOMPARE(errorCode([&] { shifts.checkTypedAmount(101, false); }), QStringLiteral("shift.amount_unconfirmed"));
        QCOMPARE(errorCode([&] { shifts.checkTypedAmount(100, false); }), QStringLiteral("ok"));
        QCOMPARE(errorCode([&] { shifts.checkTypedAmount(1000001, true); }), QStringLiteral("shift.amount_limit"));
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
        QCOMPARE(store.till()
                     .db()
                     .scalar(QStringLiteral("SELECT count(*) FROM journal WHERE event_type = 'training_sale' AND training = 1"))
                     .toInt(),
                 1);
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
