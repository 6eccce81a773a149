// Coupons at the till: signed codes checked offline, every refusal (forged, foreign, expired,
// someone else's, below the minimum, used, too valuable while the hub is out of reach), the
// discount shared over the lines, and what the sale records and prints.
#include "ReceiptEscPosRenderer.h"
#include "TestStore.h"
#include "coupons/CouponService.h"
#include "coupons/PersonalCouponPolicy.h"
#include "crypto/HubToken.h"
#include "crypto/Signer.h"
#include "receipt/ReceiptLayout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace omnitill;

class TestCoupons : public QObject
{
    Q_OBJECT

    std::unique_ptr<EcdsaP256Signer> m_hubKey = EcdsaP256Signer::generate();

    void trustHub(test::TestStore& store, bool synced)
    {
        Transaction tx(store.till().db());
        store.till().settings().setValue(QStringLiteral("sync.hub_public_key"), QString::fromLatin1(m_hubKey->publicKeyDer().toBase64()));
        store.till().settings().setValue(QStringLiteral("sync.last_success"),
                                         synced ? store.clock().nowUtc().addSecs(-300).toString(Qt::ISODateWithMs) : QString());
        tx.commit();
    }

    // Issued long before and good for long after the test clock: the coupon's own terms are under test.
    QString code(const Coupon& c, Signer* key = nullptr)
    {
        return HubToken::sign(key ? *key : *m_hubKey, HubToken::kCoupon, c.toFields(),
                              QDateTime(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc()),
                              QDateTime(QDate(2100, 1, 1), QTime(0, 0), QTimeZone::utc()));
    }

    static Coupon amountOff(const QString& id, qint64 value, qint64 minSpend = 0)
    {
        Coupon c;
        c.id = id;
        c.name = QStringLiteral("Welcome");
        c.value = value;
        c.minSpend = minSpend;
        return c;
    }

    static Cart tenMilk(test::TestStore& store)
    {
        Cart cart = store.till().sales().newCart();
        store.till().sales().scan(cart, QStringLiteral("4000000000013"));
        store.till().sales().scan(cart, QStringLiteral("4000000000020"));
        store.till().sales().addProduct(cart, cart.lines().first().productId, 8);
        return cart;
    }

private slots:
    void termsSurviveTheCodeAndDiscountsAreBounded()
    {
        Coupon c = amountOff(QStringLiteral("C1"), 500, 2000);
        c.name = QStringLiteral("A|B");
        c.validUntil = QDate(2026, 12, 31);
        c.memberId = QStringLiteral("M9");
        const std::optional<Coupon> back = Coupon::fromFields(c.toFields());
        QVERIFY(back);
        QCOMPARE(back->name, QStringLiteral("A/B"));
        QCOMPARE(back->validUntil, QDate(2026, 12, 31));
        QCOMPARE(back->memberId, QStringLiteral("M9"));
        QCOMPARE(c.discountOn(1999), 0);
        QCOMPARE(c.discountOn(2000), 500);
        Coupon p = amountOff(QStringLiteral("C2"), 1500);
        p.kind = Coupon::Kind::Percent;
        QCOMPARE(p.discountOn(999), 150); // 149.85 rounds half up
        QCOMPARE(amountOff(QStringLiteral("C3"), 900).discountOn(300), 300);
        QVERIFY(!Coupon::fromFields(
            {QStringLiteral("X"), QStringLiteral("percent"), QStringLiteral("20000"), QStringLiteral("0"), {}, {}, {}}));
        QVERIFY(!Coupon::fromFields({QStringLiteral("X"), QStringLiteral("gift"), QStringLiteral("1"), QStringLiteral("0"), {}, {}, {}}));
    }

    void aGenuineCouponIsChargedRecordedAndPrinted()
    {
        test::TestStore store(20);
        trustHub(store, true);
        const Session s = store.openShift();
        Cart cart = tenMilk(store);
        const qint64 before = cart.totals().total.minor();
        CouponService& coupons = store.till().coupons();
        QVERIFY(CouponService::isCouponCode(code(amountOff(QStringLiteral("W-1"), 500))));
        coupons.apply(cart, code(amountOff(QStringLiteral("W-1"), 500)));
        const CartTotals totals = cart.totals();
        QCOMPARE(totals.total.minor(), before - 500);
        qint64 shares = 0;
        for (const LineTotals& lt : totals.lines)
            shares += lt.coupon;
        QCOMPARE(shares, 500);
        QCOMPARE(test::errorCode([&] { coupons.apply(cart, code(amountOff(QStringLiteral("W-2"), 100))); }), QStringLiteral("coupon.one"));

        Payment p(totals.total.minor());
        p.addExactCash();
        const CompletedSale done = store.till().sales().complete(s, cart, p);
        const QJsonObject event =
            QJsonDocument::fromJson(
                store.till().db().scalar(QStringLiteral("SELECT payload FROM outbox WHERE event_type = 'sale'")).toString().toUtf8())
                .object()
                .value(QStringLiteral("body"))
                .toObject();
        QCOMPARE(event.value(QStringLiteral("coupons")).toArray().first().toObject().value(QStringLiteral("discount")).toInteger(), 500);
        qint64 lineShares = 0;
        for (const QJsonValue& l : event.value(QStringLiteral("lines")).toArray())
            lineShares += l.toObject().value(QStringLiteral("coupon_discount")).toInteger();
        QCOMPARE(lineShares, 500);
        const QString text = ReceiptLayout::plainText(store.till().receipts().byReceiptId(done.receiptId), 42, QLocale::c());
        QVERIFY2(text.contains(QStringLiteral("Coupon Welcome")), qPrintable(text));

        // Single use: the same code on the next sale is refused, before and at completion.
        Cart next = tenMilk(store);
        QCOMPARE(test::errorCode([&] { coupons.apply(next, code(amountOff(QStringLiteral("W-1"), 500))); }), QStringLiteral("coupon.used"));
        // A use the hub reported from elsewhere counts the same.
        store.till().db().exec(QStringLiteral("INSERT INTO coupons_used(id, source) VALUES('W-9', 'hub')"));
        QCOMPARE(test::errorCode([&] { coupons.apply(next, code(amountOff(QStringLiteral("W-9"), 500))); }), QStringLiteral("coupon.used"));
    }

    void aMembersPersonalCouponPrintsOnTheirReceipt()
    {
        QVERIFY(!PersonalCouponPolicy::parse(QString()));
        const std::optional<PersonalCouponPolicy> policy = PersonalCouponPolicy::parse(QStringLiteral("percent:1000:2000:30"));
        QVERIFY(policy);
        for (const char* bad :
             {"percent:20000:0:30", "gift:100:0:30", "amount:0:0:30", "amount:100:-1:30", "amount:100:0:0", "amount:100:0"})
            QVERIFY2(!PersonalCouponPolicy::check(QLatin1String(bad)).isEmpty(), bad);

        test::TestStore store(20);
        trustHub(store, true);
        const Session s = store.openShift();
        const QDate today = store.till().settings().businessDay(store.clock().nowUtc());
        const Coupon personal = policy->couponFor(QStringLiteral("personal-1"), QStringLiteral("M0001"), today);
        QCOMPARE(personal.validUntil, today.addDays(29));
        const QString personalCode = code(personal);
        store.till().db().exec(QStringLiteral("INSERT INTO offers(key, body) VALUES('member:M0001', ?)"),
                               {QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("member_id"), QStringLiteral("M0001")},
                                                                            {QStringLiteral("coupon"), personalCode}})
                                                      .toJson(QJsonDocument::Compact))});
        const auto sell = [&](const QString& member, const Session& session) {
            Cart cart = tenMilk(store);
            cart.setMemberId(member);
            Payment p(cart.totals().total.minor());
            p.addExactCash();
            return store.till().receipts().byReceiptId(store.till().sales().complete(session, cart, p).receiptId);
        };
        QVERIFY(!sell({}, s).personalCoupon);                      // a guest
        QVERIFY(!sell(QStringLiteral("M0002"), s).personalCoupon); // nothing for this member
        Session training = s;
        training.training = true;
        QVERIFY(!sell(QStringLiteral("M0001"), training).personalCoupon);

        const Receipt receipt = sell(QStringLiteral("M0001"), s);
        QVERIFY(receipt.personalCoupon);
        const QString text = ReceiptLayout::plainText(receipt, 42, QLocale::c());
        QVERIFY2(text.contains(QStringLiteral("YOUR PERSONAL COUPON")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("10 % off your next purchase")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("On a purchase of at least 20.00")), qPrintable(text));
        QVERIFY2(text.contains(personalCode.left(42)), qPrintable(text));
        PrinterProfile printer;
        printer.nativeQr = true;
        const QByteArray escPos = ReceiptEscPosRenderer(printer).render(ReceiptLayout::rows(receipt, printer.columns), receipt.qrText);
        QVERIFY(escPos.contains(personalCode.toUtf8())); // as a QR the printer draws
        QVERIFY(escPos.contains(receipt.qrText.toUtf8()));
        // A copy prints it too.
        QVERIFY(store.till().receipts().byReceiptId(receipt.receiptId).personalCoupon);

        // Expired: not printed any more.
        store.clock().set(store.clock().nowUtc().addDays(31));
        QVERIFY(!sell(QStringLiteral("M0001"), s).personalCoupon);
        store.clock().set(store.clock().nowUtc().addDays(-31));
        // Used in this very sale: not printed as if it were still to come.
        Cart cart = tenMilk(store);
        cart.setMemberId(QStringLiteral("M0001"));
        store.till().coupons().apply(cart, personalCode);
        Payment p(cart.totals().total.minor());
        p.addExactCash();
        QVERIFY(!store.till().receipts().byReceiptId(store.till().sales().complete(s, cart, p).receiptId).personalCoupon);
    }

    void forgedExpiredForeignAndConditionalCouponsAreRefused()
    {
        test::TestStore store(20);
        trustHub(store, true);
        store.openShift();
        CouponService& coupons = store.till().coupons();
        Cart cart = tenMilk(store);
        const QString genuine = code(amountOff(QStringLiteral("F-1"), 500));
        QString altered = genuine;
        altered[10] = altered[10] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QCOMPARE(test::errorCode([&] { coupons.apply(cart, altered); }), QStringLiteral("coupon.bad_token"));
        auto stranger = EcdsaP256Signer::generate();
        QCOMPARE(test::errorCode([&] { coupons.apply(cart, code(amountOff(QStringLiteral("F-2"), 500), stranger.get())); }),
                 QStringLiteral("coupon.bad_token"));
        Coupon old = amountOff(QStringLiteral("F-3"), 500);
        old.validUntil = store.clock().nowUtc().date().addDays(-1);
        QCOMPARE(test::errorCode([&] { coupons.apply(cart, code(old)); }), QStringLiteral("coupon.expired"));
        Coupon personal = amountOff(QStringLiteral("F-4"), 500);
        personal.memberId = QStringLiteral("M-ANA");
        QCOMPARE(test::errorCode([&] { coupons.apply(cart, code(personal)); }), QStringLiteral("coupon.member"));
        cart.setMemberId(QStringLiteral("M-BOB"));
        QCOMPARE(test::errorCode([&] { coupons.apply(cart, code(personal)); }), QStringLiteral("coupon.member"));
        cart.setMemberId(QStringLiteral("M-ANA"));
        QCOMPARE(test::errorCode([&] { coupons.apply(cart, code(personal)); }), QStringLiteral("ok"));
        coupons.remove(cart);
        QCOMPARE(test::errorCode([&] { coupons.apply(cart, code(amountOff(QStringLiteral("F-5"), 500, 1000000))); }),
                 QStringLiteral("coupon.min_spend"));
        QVERIFY(!cart.coupon());
    }

    void offlineOnlySmallCouponsAreTrusted()
    {
        test::TestStore store(20);
        trustHub(store, false); // never reached the hub
        const Session s = store.openShift();
        CouponService& coupons = store.till().coupons();
        Cart cart = tenMilk(store);
        QCOMPARE(test::errorCode([&] { coupons.apply(cart, code(amountOff(QStringLiteral("O-1"), 2500))); }),
                 QStringLiteral("coupon.offline"));
        QCOMPARE(test::errorCode([&] { coupons.apply(cart, code(amountOff(QStringLiteral("O-2"), 2000))); }), QStringLiteral("ok"));
        // Checked again at completion: a sale that dropped below the minimum does not burn the coupon.
        Cart small = store.till().sales().newCart();
        store.till().sales().scan(small, QStringLiteral("4000000000020"));
        small.setCoupon(coupons.verify(code(amountOff(QStringLiteral("O-3"), 100, 100000))));
        Payment p(small.totals().total.minor());
        p.addExactCash();
        QCOMPARE(test::errorCode([&] { store.till().sales().complete(s, small, p); }), QStringLiteral("coupon.min_spend"));
        QCOMPARE(store.count(QStringLiteral("coupons_used")), 0);
        QCOMPARE(store.count(QStringLiteral("sales")), 0);
    }
};

QTEST_GUILESS_MAIN(TestCoupons)
#include "tst_coupons.moc"
