#include "DemoStore.h"
#include "QueryRows.h"
#include "SaleEvent.h"
#include "TestStore.h"
#include "common/DomainError.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace omnitill;

using test::errorCode;

class TestCheckout : public QObject
{
    Q_OBJECT
private slots:
    void completeWritesEverythingInOneGo()
    {
        test::TestStore store(20);
        const Session s = store.openShift();
        SaleService& sales = store.till().sales();
        Cart cart = sales.newCart();
        sales.scan(cart, QStringLiteral("4000000000013"));
        sales.scan(cart, QStringLiteral("4000000000020"));
        sales.scan(cart, QStringLiteral("4000000000020"));
        sales.scan(cart, DemoStore::weightLabel(1, 750)); // bananas 0.750 kg
        QCOMPARE(cart.lines().size(), 3);
        const qint64 total = cart.totals().total.minor();
        Payment payment(total);
        payment.addCard(total / 2, QStringLiteral("A1B2"), QStringLiteral("VISA"), QStringLiteral("1234"));
        payment.addCash(total);
        const qint64 journalBefore = store.count(QStringLiteral("journal"));
        const CompletedSale done = sales.complete(s, cart, payment);
        QVERIFY(cart.isEmpty());
        QCOMPARE(done.receiptNumber, 1);
        QCOMPARE(done.receiptId, QStringLiteral("S1-T1-000001"));
        QCOMPARE(done.change, total / 2);
        QCOMPARE(store.count(QStringLiteral("sales")), 1);
        QCOMPARE(store.count(QStringLiteral("sale_lines")), 3);
        QCOMPARE(store.count(QStringLiteral("sale_tenders")), 2);
        QCOMPARE(store.count(QStringLiteral("stock_movements WHERE reason = 'sale'")), 3);
        QCOMPARE(store.count(QStringLiteral("journal")), journalBefore + 1);
        QCOMPARE(store.count(QStringLiteral("outbox WHERE event_type = 'sale'")), 1);
        // the bananas left 750 g of stock, the cash drawer took only what stayed in it
        Database& db = store.till().db();
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT quantity_delta FROM stock_movements WHERE product_id = 1 AND reason = 'sale'")).toLongLong(),
            -750);
        QCOMPARE(db.scalar(QStringLiteral("SELECT amount FROM cash_movements WHERE kind = 'sale'")).toLongLong(), total - total / 2);
        QCOMPARE(db.scalar(QStringLiteral("SELECT card_last4 FROM sale_tenders WHERE kind = 'card'")).toString(), QStringLiteral("1234"));
        // stock cache equals the ledger
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM stock_levels l WHERE quantity != (SELECT sum(quantity_delta)"
                                          " FROM stock_movements m WHERE m.product_id = l.product_id)"))
                     .toInt(),
                 0);
        // the outbox event carries the device sequence and the whole sale
        const QJsonObject event =
            QJsonDocument::fromJson(db.scalar(QStringLiteral("SELECT payload FROM outbox WHERE event_type = 'sale'")).toString().toUtf8())
                .object();
        QVERIFY(event.value(QStringLiteral("device_seq")).toInteger() > 0);
        // ... in the protocol's form: every line and tender as the store recorded it, nothing lost in decoding
        const QJsonObject body = event.value(QStringLiteral("body")).toObject();
        QCOMPARE(protocol::SaleEvent::problem(body), QString());
        const protocol::SaleEvent sale = protocol::SaleEvent::fromJson(body);
        QCOMPARE(sale.toJson(), body);
        QCOMPARE(sale.total, total);
        QCOMPARE(sale.receiptId, done.receiptId);
        QCOMPARE(sale.lines.size(), 3);
        QStringList sent;
        for (const protocol::SaleEventLine& l : sale.lines)
            sent.append(
                QStringList{l.sku, QString::number(l.quantity), l.unit, QString::number(l.gross), QString::number(l.tax)}.join(u'\t'));
        QCOMPARE(sent, test::rows(db.exec(QStringLiteral("SELECT sku, quantity, unit, gross, tax FROM sale_lines ORDER BY line_no"))));
        QCOMPARE(sale.tenders.size(), 2);
        QCOMPARE(sale.tenders[0].cardLast4, QStringLiteral("1234"));
        QCOMPARE(sale.tenders[1].tendered, total);
    }

    void taxExclusiveStoreAddsTaxAtTheTill()
    {
        QTemporaryDir dir;
        FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(15, 0), QTimeZone::utc()));
        DemoOptions options;
        options.products = 20;
        options.currency = QStringLiteral("USD");
        options.taxMode = QStringLiteral("exclusive");
        options.timeZone = QStringLiteral("America/New_York");
        const QString path = dir.filePath(QStringLiteral("us.db"));
        DemoStore::create(path, clock, options);
        Till till(path, clock);
        const Session s = till.staff().login(QStringLiteral("1111"));
        till.shifts().open(s, 0);
        Cart cart = till.sales().newCart();
        till.sales().scan(cart, QStringLiteral("4000000000013")); // 5.78 before tax, 7 %
        const CartTotals totals = cart.totals();
        QCOMPARE(totals.subtotal.minor(), 578);
        QCOMPARE(totals.tax.minor(), 40); // 40.46 cents rounds to 40
        QCOMPARE(totals.total.minor(), 618);
        Payment p(totals.total.minor());
        p.addExactCash();
        till.sales().complete(s, cart, p);
        const Receipt r = till.receipts().byNumber(1);
        QCOMPARE(r.currency.code(), QStringLiteral("USD"));
        QCOMPARE(r.taxMode, TaxMode::Exclusive);
        QCOMPARE(r.localTime.time(), QTime(10, 0)); // 15:00 UTC is 10:00 in New York
        QCOMPARE(till.db().scalar(QStringLiteral("SELECT business_day FROM sales")).toString(), QStringLiteral("2026-11-23"));
    }

    void receiptNumbersAreGapless()
    {
        test::TestStore store(20);
        const Session s = store.openShift();
        SaleService& sales = store.till().sales();
        for (int i = 0; i < 3; ++i) {
            Cart cart = sales.newCart();
            sales.scan(cart, QStringLiteral("4000000000013"));
            Payment p(cart.totals().total.minor());
            // the second attempt fails (payment does not match) and must not use a number
            if (i == 1) {
                Payment wrong(1);
                wrong.addExactCash();
                QCOMPARE(errorCode([&] { sales.complete(s, cart, wrong); }), QStringLiteral("sale.payment_mismatch"));
            }
            p.addExactCash();
            QCOMPARE(sales.complete(s, cart, p).receiptNumber, i + 1);
        }
    }

    void refusals()
    {
        test::TestStore store(20);
        const Session s = store.openShift();
        SaleService& sales = store.till().sales();
        Cart cart = sales.newCart();
        QCOMPARE(errorCode([&] { sales.complete(s, cart, Payment(0)); }), QStringLiteral("sale.empty"));
        QCOMPARE(errorCode([&] { sales.scan(cart, DemoStore::eanFor(500000)); }), QStringLiteral("catalog.unknown_product"));
        QCOMPARE(errorCode([&] { sales.scan(cart, QStringLiteral("4000000000014")); }), QStringLiteral("barcode.check_digit"));
        QCOMPARE(errorCode([&] { sales.scan(cart, QStringLiteral("2000001")); }), QStringLiteral("sale.needs_weight"));
        sales.scan(cart, QStringLiteral("4000000000013"));
        Payment partial(cart.totals().total.minor());
        partial.addCash(1);
        QCOMPARE(errorCode([&] { sales.complete(s, cart, partial); }), QStringLiteral("sale.unpaid"));
        QCOMPARE(store.count(QStringLiteral("sales")), 0);
    }

    void fullDiskLosesNothingAndKeepsTheSale()
    {
        test::TestStore store(20);
        const Session s = store.openShift();
        SaleService& sales = store.till().sales();
        Database& db = store.till().db();
        // SQLite reports SQLITE_FULL once the file may not grow, the same path as a full disk.
        // Cap the file a few pages above its size and sell until a sale no longer fits.
        db.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(db.scalar(QStringLiteral("PRAGMA page_count")).toLongLong() + 3));
        for (int i = 0; i < 2000; ++i) {
            Cart cart = sales.newCart();
            sales.scan(cart, QStringLiteral("4000000000013"));
            Payment p(cart.totals().total.minor());
            p.addExactCash();
            const qint64 salesBefore = store.count(QStringLiteral("sales"));
            const qint64 journalBefore = store.count(QStringLiteral("journal"));
            const qint64 outboxBefore = store.count(QStringLiteral("outbox"));
            const QString code = errorCode([&] { sales.complete(s, cart, p); });
            if (code == QLatin1String("ok"))
                continue;
            QCOMPARE(code, QStringLiteral("db.full"));
            QCOMPARE(cart.lines().size(), 1); // the sale is still on screen to retry
            QCOMPARE(store.count(QStringLiteral("sales")), salesBefore);
            QCOMPARE(store.count(QStringLiteral("journal")), journalBefore);
            QCOMPARE(store.count(QStringLiteral("outbox")), outboxBefore);
            db.exec(QStringLiteral("PRAGMA max_page_count = 1073741823"));       // space freed
            QCOMPARE(sales.complete(s, cart, p).receiptNumber, salesBefore + 1); // no number was burnt
            return;
        }
        QFAIL("the capped store never filled up");
    }

    void ageRestrictedItemsNeedConfirmation()
    {
        test::TestStore store(40);
        const Session s = store.openShift();
        SaleService& sales = store.till().sales();
        Cart cart = sales.newCart();
        sales.scan(cart, DemoStore::eanFor(3)); // index 3 is in "Wine & Spirits"
        QVERIFY(cart.needsAgeConfirmation());
        Payment p(cart.totals().total.minor());
        p.addExactCash();
        QCOMPARE(errorCode([&] { sales.complete(s, cart, p); }), QStringLiteral("sale.age_unconfirmed"));
        sales.confirmAge(s, cart);
        sales.complete(s, cart, p);
        QCOMPARE(store.till().db().scalar(QStringLiteral("SELECT age_confirmed_by FROM sales")).toLongLong(), s.staffId);
    }

    void discountsAndOverridesNeedRights()
    {
        test::TestStore store(20);
        const Session s = store.openShift();
        SaleService& sales = store.till().sales();
        Cart cart = sales.newCart();
        const int line = sales.scan(cart, QStringLiteral("4000000000013"));
        sales.applyLineDiscount(s, cart, line, Discount::percent(1000)); // 10 % is within the limit
        QCOMPARE(errorCode([&] { sales.applyLineDiscount(s, cart, line, Discount::percent(2500)); }),
                 QStringLiteral("auth.approval_required"));
        sales.applyLineDiscount(s, cart, line, Discount::percent(2500), QStringLiteral("2222"));
        QCOMPARE(cart.line(line).discount.approvedBy, store.supervisor().staffId);
        QCOMPARE(errorCode([&] { sales.overridePrice(s, cart, line, 1); }), QStringLiteral("auth.approval_required"));
        sales.overridePrice(s, cart, line, 1, QStringLiteral("3333"));
        QCOMPARE(cart.line(line).unitPrice, 1);
        QCOMPARE(store.count(QStringLiteral("approvals")), 2);
    }

    void voidAfterSubtotalIsJournaled()
    {
        test::TestStore store(20);
        const Session s = store.openShift();
        SaleService& sales = store.till().sales();
        Cart cart = sales.newCart();
        const int a = sales.scan(cart, QStringLiteral("4000000000013"));
        const int b = sales.scan(cart, QStringLiteral("4000000000020"));
        sales.voidLine(s, cart, a); // before subtotal: a plain correction
        cart.markSubtotal();
        QCOMPARE(errorCode([&] { sales.voidLine(s, cart, b); }), QStringLiteral("auth.approval_required"));
        sales.voidLine(s, cart, b, QStringLiteral("2222"));
        QVERIFY(cart.isEmpty());
        QCOMPARE(store.till().db().scalar(QStringLiteral("SELECT count(*) FROM journal WHERE event_type = 'line_void'")).toInt(), 1);
    }

    void suspendAndResumeAcrossRestart()
    {
        test::TestStore store(20);
        const Session s = store.openShift();
        Cart cart = store.till().sales().newCart();
        store.till().sales().scan(cart, QStringLiteral("4000000000013"));
        store.till().sales().scan(cart, DemoStore::priceLabel(2, 345));
        const qint64 total = cart.totals().total.minor();
        const qint64 id = store.till().sales().suspend(s, cart, QStringLiteral("customer forgot wallet"));
        QVERIFY(cart.isEmpty());
        store.reopen();
        const QList<SuspendedSale> parked = store.till().sales().suspendedSales();
        QCOMPARE(parked.size(), 1);
        QCOMPARE(parked.first().total, total);
        Cart resumed = store.till().sales().resume(id);
        QCOMPARE(resumed.totals().total.minor(), total);
        QVERIFY(store.till().sales().suspendedSales().isEmpty());
        QCOMPARE(errorCode([&] { store.till().sales().resume(id); }), QStringLiteral("sale.no_suspended"));
    }
};

QTEST_GUILESS_MAIN(TestCheckout)
#include "tst_checkout.moc"
