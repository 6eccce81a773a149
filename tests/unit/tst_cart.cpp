#include "common/DomainError.h"
#include "sale/Cart.h"

#include <QTest>

using namespace omnitill;

namespace {
CartLine piece(qint64 productId, qint64 price, int taxBp = 1900, const QString& code = QStringLiteral("A"))
{
    CartLine l;
    l.productId = productId;
    l.sku = QStringLiteral("SKU%1").arg(productId);
    l.name = l.sku;
    l.unitPrice = price;
    l.listPrice = price;
    l.taxRateId = taxBp;
    l.taxCode = code;
    l.taxBasisPoints = taxBp;
    return l;
}
} // namespace

class TestCart : public QObject
{
    Q_OBJECT
    Currency eur = Currency::fromCode(QStringLiteral("EUR"));
private slots:
    void mergesIdenticalPieces()
    {
        Cart cart(eur, TaxMode::Inclusive);
        const int a = cart.add(piece(1, 199));
        QCOMPARE(cart.add(piece(1, 199)), a);
        QCOMPARE(cart.lines().size(), 1);
        QCOMPARE(cart.line(a).quantity, 2);
        cart.add(piece(2, 100));
        QCOMPARE(cart.totals().total.minor(), 498);
    }

    void weighedLinesRoundPerLine()
    {
        Cart cart(eur, TaxMode::Inclusive);
        CartLine w = piece(3, 199, 700, QStringLiteral("B"));
        w.unit = Unit::Weight;
        w.quantity = 512; // grams at 1.99/kg = 1.01888 -> 1.02
        const int id = cart.add(w);
        QCOMPARE(cart.totals().total.minor(), 102);
        // weighed lines never merge
        QVERIFY(cart.add(w) != id);
    }

    void labelAmountIsTheLineAmount()
    {
        Cart cart(eur, TaxMode::Inclusive);
        CartLine l = piece(4, 1000);
        l.labelAmount = 1234;
        const int id = cart.add(l);
        QCOMPARE(cart.totals().total.minor(), 1234);
        QVERIFY_THROWS_EXCEPTION(DomainError, cart.setQuantity(id, 2));
    }

    void lineAndCartDiscounts()
    {
        Cart cart(eur, TaxMode::Inclusive);
        const int a = cart.add(piece(1, 1000));
        const int b = cart.add(piece(2, 2000, 700, QStringLiteral("B")));
        cart.add(piece(3, 333));
        cart.setLineDiscount(a, Discount::percent(1000)); // 1.00 off
        cart.setCartDiscount(Discount::amount(100));      // shared over 9.00 + 20.00 + 3.33
        const CartTotals t = cart.totals();
        QCOMPARE(t.subtotal.minor(), 3333);
        QCOMPARE(t.discount.minor(), 200);
        QCOMPARE(t.total.minor(), 3133);
        qint64 sum = 0;
        for (const LineTotals& lt : t.lines)
            sum += lt.discount;
        QCOMPARE(sum, 200);                // the shares add up exactly
        QCOMPARE(t.lines[1].discount, 62); // 100 * 2000/3233 = 61.86 -> 62 by largest remainder
        QCOMPARE(t.taxes.size(), 2);
        Q_UNUSED(b);
    }

    void discountNeverExceedsAmount()
    {
        Cart cart(eur, TaxMode::Inclusive);
        const int a = cart.add(piece(1, 500));
        cart.setLineDiscount(a, Discount::amount(900));
        QCOMPARE(cart.totals().total.minor(), 0);
        QVERIFY_THROWS_EXCEPTION(DomainError, cart.setLineDiscount(a, Discount::percent(10001)));
    }

    void exclusiveTaxAddsOnTop()
    {
        Cart cart(Currency::fromCode(QStringLiteral("USD")), TaxMode::Exclusive);
        cart.add(piece(1, 999, 888));
        const CartTotals t = cart.totals();
        QCOMPARE(t.tax.minor(), 89);
        QCOMPARE(t.total.minor(), 1088);
    }

    void quantityChecks()
    {
        Cart cart(eur, TaxMode::Inclusive);
        const int a = cart.add(piece(1, 100));
        cart.setQuantity(a, 5);
        QCOMPARE(cart.totals().total.minor(), 500);
        QVERIFY_THROWS_EXCEPTION(DomainError, cart.setQuantity(a, 0));
        QVERIFY_THROWS_EXCEPTION(DomainError, cart.setQuantity(99, 1));
        CartLine huge = piece(2, 4000000000000000000LL);
        const int h = cart.add(huge);
        QVERIFY_THROWS_EXCEPTION(DomainError, cart.setQuantity(h, 3)); // overflow refused
        QCOMPARE(cart.line(h).quantity, 1);                            // and nothing changed
        cart.remove(a);
        QCOMPARE(cart.lines().size(), 1);
    }

    void ageRestriction()
    {
        Cart cart(eur, TaxMode::Inclusive);
        cart.add(piece(1, 100));
        QVERIFY(!cart.needsAgeConfirmation());
        CartLine wine = piece(2, 900);
        wine.ageRestricted = true;
        cart.add(wine);
        QVERIFY(cart.needsAgeConfirmation());
        cart.confirmAge(7);
        QVERIFY(!cart.needsAgeConfirmation());
        QCOMPARE(cart.ageConfirmedBy(), 7);
    }

    void jsonRoundTrip()
    {
        Cart cart(eur, TaxMode::Inclusive);
        CartLine w = piece(3, 199, 700, QStringLiteral("B"));
        w.unit = Unit::Weight;
        w.quantity = 750;
        w.batch = QStringLiteral("L1");
        w.expiry = QDate(2027, 1, 31);
        cart.add(w);
        const int a = cart.add(piece(1, 1000));
        cart.setLineDiscount(a, Discount::percent(500));
        cart.setCartDiscount(Discount::amount(50));
        cart.setMemberId(QStringLiteral("m-1"));
        const Cart copy = Cart::fromJson(cart.toJson());
        QCOMPARE(copy.totals().total, cart.totals().total);
        QCOMPARE(copy.lines().size(), 2);
        QCOMPARE(copy.lines()[0].expiry.value(), QDate(2027, 1, 31));
        QCOMPARE(copy.memberId(), QStringLiteral("m-1"));
        // line ids continue after a resume
        Cart resumed = Cart::fromJson(cart.toJson());
        QVERIFY(resumed.add(piece(9, 1)) > a);
    }
};

QTEST_APPLESS_MAIN(TestCart)
#include "tst_cart.moc"
