// What a code read at the till is decided below the screens: a member, a receipt, a product, a
// weighed product for the scale, a scanner typing in another keyboard layout.
#include "TestStore.h"
#include "common/DomainError.h"
#include "sale/ScanRouter.h"

#include <QTest>

using namespace omnitill;

class TestScanRouter : public QObject
{
    Q_OBJECT

    static QString errorOf(const std::function<void()>& f)
    {
        try {
            f();
        } catch (const DomainError& e) {
            return e.code();
        }
        return {};
    }

private slots:
    void eachKindOfCodeGoesWhereItBelongs()
    {
        test::TestStore store(50);
        const Session s = store.openShift();
        ScanRouter& router = store.till().scanRouter();
        Cart cart = store.till().sales().newCart();

        ScanResult r = router.route(cart, QStringLiteral("M0001"), ScanRouter::Source::Scanner, false);
        QCOMPARE(r.kind, ScanResult::Kind::Member);
        QCOMPARE(cart.memberId(), r.member.id);
        QVERIFY(cart.isEmpty());

        r = router.route(cart, QStringLiteral("4000000000013"), ScanRouter::Source::Scanner, false);
        QCOMPARE(r.kind, ScanResult::Kind::Product);
        QCOMPARE(cart.lines().size(), 1);
        QCOMPARE(cart.lines().first().lineId, r.lineId);
        QVERIFY(r.readAs.isEmpty());

        // A receipt's QR changes nothing on the cart: the screen opens the return.
        Payment payment(cart.totals().total.minor());
        payment.addExactCash();
        const CompletedSale done = store.till().sales().complete(s, cart, payment);
        const QString qr = store.till().receipts().byReceiptId(done.receiptId).qrText;
        QVERIFY(!qr.isEmpty());
        r = router.route(cart, qr, ScanRouter::Source::Scanner, false);
        QCOMPARE(r.kind, ScanResult::Kind::Return);
        QCOMPARE(r.receiptQr, qr);
        QVERIFY(cart.isEmpty());
    }

    void weighedGoodsGoToTheScaleWhenThereIsOne()
    {
        test::TestStore store(50);
        store.openShift();
        ScanRouter& router = store.till().scanRouter();
        Cart cart = store.till().sales().newCart();
        QCOMPARE(errorOf([&] { router.route(cart, QStringLiteral("2000001"), ScanRouter::Source::Scanner, false); }),
                 QStringLiteral("sale.needs_weight"));
        const ScanResult r = router.route(cart, QStringLiteral("2000001"), ScanRouter::Source::Scanner, true);
        QCOMPARE(r.kind, ScanResult::Kind::NeedsWeight);
        QVERIFY(cart.isEmpty());
    }

    void aScannerInARussianLayoutIsReadBackAPersonIsNot()
    {
        test::TestStore store(50);
        store.addBarcode(QStringLiteral("ABC12345"));
        store.openShift();
        ScanRouter& router = store.till().scanRouter();
        Cart cart = store.till().sales().newCart();
        QVERIFY(!errorOf([&] { router.route(cart, QStringLiteral("ФИС12345"), ScanRouter::Source::Keyboard, false); }).isEmpty());
        QVERIFY(cart.isEmpty());
        const ScanResult r = router.route(cart, QStringLiteral("ФИС12345"), ScanRouter::Source::Scanner, false);
        QCOMPARE(r.kind, ScanResult::Kind::Product);
        QCOMPARE(r.readAs, QStringLiteral("ABC12345"));
        QCOMPARE(cart.lines().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestScanRouter)
#include "tst_scan_router.moc"
