// Promotions in a real sale: decided as the cart changes, charged, stored per line, printed and
// sent to the hub; a price set by hand is left alone.
#include "TestStore.h"
#include "receipt/ReceiptLayout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace omnitill;

class TestPromotionCheckout : public QObject
{
    Q_OBJECT

    static qint64 productOf(test::TestStore& store, const QString& ean)
    {
        const ScanCode code = store.till().sales().parser().parse(ean, QDate(2026, 11, 23));
        return store.till().catalog().findByCodes(code.lookupCodes)->id;
    }

    static void put(test::TestStore& store, const Promotion& p)
    {
        Transaction tx(store.till().db());
        store.till().promotions().put(p, store.clock().nowUtc());
        tx.commit();
    }

private slots:
    void promotionsAreChargedStoredAndPrinted()
    {
        test::TestStore store(20);
        const Session s = store.openShift();
        const qint64 milk = productOf(store, QStringLiteral("4000000000013"));
        Promotion b2g1;
        b2g1.id = QStringLiteral("MILK-B2G1");
        b2g1.name = QStringLiteral("Milk: 3 for 2");
        b2g1.kind = Promotion::Kind::BuyXGetY;
        b2g1.products = {milk};
        b2g1.buyQuantity = 2;
        b2g1.getQuantity = 1;
        b2g1.percentBp = 10000;
        put(store, b2g1);

        SaleService& sales = store.till().sales();
        Cart cart = sales.newCart();
        const int line = sales.scan(cart, QStringLiteral("4000000000013"));
        sales.scan(cart, QStringLiteral("4000000000013"));
        QCOMPARE(cart.totals().discount.minor(), 0); // two: nothing free yet
        sales.scan(cart, QStringLiteral("4000000000013"));
        const qint64 unit = cart.line(line).unitPrice;
        QCOMPARE(cart.totals().lines.first().promotion, unit);
        QCOMPARE(cart.totals().total.minor(), 2 * unit);
        sales.setQuantity(s, cart, line, 2); // the promotion breaks, and the cart knows at once
        QCOMPARE(cart.totals().discount.minor(), 0);
        sales.setQuantity(s, cart, line, 3);

        Payment p(cart.totals().total.minor());
        p.addExactCash();
        const CompletedSale done = sales.complete(s, cart, p);
        Database& db = store.till().db();
        QCOMPARE(db.scalar(QStringLiteral("SELECT promotion_discount FROM sale_lines WHERE sale_id = ?"), {done.saleId}).toLongLong(),
                 unit);
        QCOMPARE(db.scalar(QStringLiteral("SELECT promotion_id || ':' || discount FROM sale_promotions WHERE sale_id = ?"), {done.saleId})
                     .toString(),
                 QStringLiteral("MILK-B2G1:%1").arg(unit));
        const QString receipt = ReceiptLayout::plainText(store.till().receipts().byReceiptId(done.receiptId), 48, QLocale::c());
        QVERIFY2(receipt.contains(QStringLiteral("Milk: 3 for 2")), qPrintable(receipt));
        const QJsonObject event =
            QJsonDocument::fromJson(
                db.scalar(QStringLiteral("SELECT payload FROM outbox ORDER BY device_seq DESC LIMIT 1")).toString().toUtf8())
                .object();
        const QJsonArray promotions = event.value(QStringLiteral("body")).toObject().value(QStringLiteral("promotions")).toArray();
        QCOMPARE(promotions.size(), 1);
        QCOMPARE(promotions.first().toObject().value(QStringLiteral("discount")).toInteger(), unit);
        QCOMPARE(
            promotions.first().toObject().value(QStringLiteral("lines")).toArray().first().toObject().value(QStringLiteral("line")).toInt(),
            1);
    }

    void handPricesParkedSalesAndNewPromotions()
    {
        test::TestStore store(20);
        const Session s = store.openShift();
        Promotion all;
        all.id = QStringLiteral("ALL10");
        all.name = QStringLiteral("10 % off everything");
        all.percentBp = 1000;
        put(store, all);
        SaleService& sales = store.till().sales();
        Cart cart = sales.newCart();
        const int line = sales.scan(cart, QStringLiteral("4000000000020"));
        QVERIFY(cart.totals().discount.minor() > 0);
        sales.overridePrice(s, cart, line, 100, QStringLiteral("2222"));
        QCOMPARE(cart.totals().discount.minor(), 0); // a price set by hand is final

        sales.scan(cart, QStringLiteral("4000000000013"));
        const qint64 parkedWith = cart.totals().discount.minor();
        QVERIFY(parkedWith > 0);
        const qint64 id = sales.suspend(s, cart, QStringLiteral("later"));
        // The promotion ends while the sale is parked: resumed, it pays today's price.
        {
            Transaction tx(store.till().db());
            store.till().promotions().remove(QStringLiteral("ALL10"));
            tx.commit();
        }
        Cart resumed = sales.resume(id);
        QCOMPARE(resumed.totals().discount.minor(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPromotionCheckout)
#include "tst_promotion_checkout.moc"
