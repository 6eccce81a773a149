// The kiosk's core: the order QR a customer takes to the counter (and what a damaged one does),
// the counter order recorded and loaded at a till, and the card payment that commits the order
// with it — including a lost answer, a sale that cannot be recorded, a reversal that fails, and
// the recovery that settles what was left open.
#include "EscPosDecoder.h"
#include "PrintJobRenderer.h"
#include "PrinterSettings.h"
#include "TestStore.h"
#include "kiosk/CardPaymentRunner.h"
#include "kiosk/KioskOrderCode.h"
#include "kiosk/KioskVisit.h"
#include "payment/SimulatedCardTerminal.h"
#include "print/PrintQueue.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace omnitill;

namespace {
const QString kMilk = QStringLiteral("4000000000013");  // SKU0000001, 5.78
const QString kBread = QStringLiteral("4000000000020"); // SKU0000002, 3.05

QString saleChannel(test::TestStore& store, const QString& kioskOrder)
{
    return store.till().db().scalar(QStringLiteral("SELECT channel FROM sales WHERE kiosk_order_id = ?"), {kioskOrder}).toString();
}

QString ageLimitedBarcode(test::TestStore& store)
{
    return store.till()
        .db()
        .scalar(QStringLiteral("SELECT b.code FROM barcodes b JOIN products p ON p.id = b.product_id"
                               " WHERE p.age_restricted = 1 AND p.unit = 'piece' ORDER BY p.id LIMIT 1"))
        .toString();
}

Cart kioskCart(test::TestStore& store)
{
    store.till().kioskOrders().kioskSession();
    Cart cart = store.till().sales().newCart();
    store.till().sales().scan(cart, kMilk);
    store.till().sales().scan(cart, kMilk);
    store.till().sales().scan(cart, kBread);
    return cart;
}
} // namespace

class TestKiosk : public QObject
{
    Q_OBJECT

private slots:
    void anOrderCodeRoundTripsAndRefusesDamage()
    {
        KioskOrderCode code;
        code.store = QStringLiteral("S1");
        code.kiosk = QStringLiteral("K|1"); // separators inside fields are escaped
        code.sequence = 1042;
        code.memberId = QStringLiteral("m-7");
        code.lines = {{QStringLiteral("SKU*1;2"), 3}, {QStringLiteral("SKU0000002"), 1}};
        const QString text = code.encode({});
        const KioskOrderCode back = KioskOrderCode::decode(text, {});
        QCOMPARE(back.kiosk, code.kiosk);
        QCOMPARE(back.number(), QStringLiteral("042"));
        QCOMPARE(back.orderId(), QStringLiteral("S1-K|1-001042"));
        QCOMPARE(back.memberId, code.memberId);
        QCOMPARE(back.lines.size(), 2);
        QCOMPARE(back.lines[0].sku, QStringLiteral("SKU*1;2"));
        QCOMPARE(back.lines[0].quantity, 3);

        QString damaged = text;
        damaged[damaged.indexOf(QLatin1String("*3")) + 1] = QLatin1Char('9'); // 3 becomes 9
        QCOMPARE(test::errorCode([&] { KioskOrderCode::decode(damaged, {}); }), QStringLiteral("kiosk.bad_code"));
        QCOMPARE(test::errorCode([&] { KioskOrderCode::decode(QStringLiteral("OTK1|garbage"), {}); }), QStringLiteral("kiosk.bad_code"));
        QCOMPARE(test::errorCode([&] { KioskOrderCode::decode(QStringLiteral("4000000000013"), {}); }), QStringLiteral("kiosk.bad_code"));
        // A well-formed code with a hostile quantity is refused too.
        KioskOrderCode huge = code;
        huge.lines = {{QStringLiteral("SKU0000001"), KioskOrderCode::kMaxQuantity + 1}};
        QCOMPARE(test::errorCode([&] { KioskOrderCode::decode(huge.encode({}), {}); }), QStringLiteral("kiosk.bad_code"));
        KioskOrderCode none = code;
        none.lines.clear();
        QCOMPARE(test::errorCode([&] { KioskOrderCode::decode(none.encode({}), {}); }), QStringLiteral("kiosk.bad_code"));
    }

    // #19: the check of an order code was an unkeyed hash: anyone could print a code for any order.
    void aStoresCodesAreKeyedAndOthersAreRefused()
    {
        const QByteArray key = QByteArrayLiteral("store S1 key from the hub, 32 b");
        KioskOrderCode code;
        code.store = QStringLiteral("S1");
        code.kiosk = QStringLiteral("K1");
        code.sequence = 5;
        code.lines = {{QStringLiteral("SKU0000001"), 2}};
        const QString keyed = code.encode(key);
        QVERIFY(keyed.startsWith(QStringLiteral("OTK2|")));
        QCOMPARE(KioskOrderCode::decode(keyed, key).lines.first().quantity, 2);
        QCOMPARE(test::errorCode([&] { KioskOrderCode::decode(keyed, QByteArrayLiteral("another store's key")); }),
                 QStringLiteral("kiosk.bad_code"));
        QCOMPARE(test::errorCode([&] { KioskOrderCode::decode(keyed, {}); }), QStringLiteral("kiosk.bad_code"));
        // An unkeyed code (what anyone can compute) is refused by a till that holds the key…
        QCOMPARE(test::errorCode([&] { KioskOrderCode::decode(code.encode({}), key); }), QStringLiteral("kiosk.bad_code"));
        // …and so is a keyed-looking code whose check is the unkeyed hash.
        QString forged = code.encode({});
        forged.replace(0, 4, QStringLiteral("OTK2"));
        QCOMPARE(test::errorCode([&] { KioskOrderCode::decode(forged, key); }), QStringLiteral("kiosk.bad_code"));
        QString changed = keyed;
        changed.replace(QStringLiteral("*2"), QStringLiteral("*9"));
        QCOMPARE(test::errorCode([&] { KioskOrderCode::decode(changed, key); }), QStringLiteral("kiosk.bad_code"));
    }

    // The hub changes the store's kiosk-code key (its own key moved onto a token): a ticket the kiosk
    // printed with the old key still loads at a till that has synced since, until the next change.
    void aTicketOfThePreviousKioskKeyStillLoads()
    {
        test::TestStore kiosk(50);
        test::TestStore tillStore(50);
        const QString oldKey = QString::fromLatin1(QByteArrayLiteral("old kiosk key of store S1").toBase64());
        for (test::TestStore* store : {&kiosk, &tillStore}) {
            Transaction tx(store->till().db());
            store->till().settings().setKioskCodeKey(oldKey);
            tx.commit();
        }
        Cart cart = kioskCart(kiosk);
        const KioskOrder order = kiosk.till().kioskOrders().placeCounterOrder(cart, QStringLiteral("en"));
        const auto rotate = [&](const char* key) {
            Transaction tx(tillStore.till().db());
            tillStore.till().settings().setKioskCodeKey(QString::fromLatin1(QByteArray(key).toBase64()));
            tx.commit();
        };
        rotate("new kiosk key of store S1");
        QCOMPARE(tillStore.till().settings().previousKioskCodeKey(), QByteArrayLiteral("old kiosk key of store S1"));
        tillStore.openShift();
        Cart atTill = tillStore.till().sales().newCart();
        QCOMPARE(tillStore.till().kioskOrders().load(atTill, order.code).number, order.number);
        rotate("new kiosk key of store S1"); // the same key again changes nothing
        QCOMPARE(tillStore.till().settings().previousKioskCodeKey(), QByteArrayLiteral("old kiosk key of store S1"));
        rotate("third kiosk key of store S1");
        Cart later = tillStore.till().sales().newCart();
        QCOMPARE(test::errorCode([&] { tillStore.till().kioskOrders().load(later, order.code); }), QStringLiteral("kiosk.bad_code"));
    }

    void aCounterOrderIsRecordedAndTheTillLoadsIt()
    {
        test::TestStore kiosk(50);
        Cart cart = kioskCart(kiosk);
        kiosk.till().members().identify(cart, QStringLiteral("M0001"));
        // Another till of the same store (its own database; members come from the hub to both).
        test::TestStore tillStore(50);
        const qint64 outboxBefore = kiosk.count(QStringLiteral("outbox"));
        const KioskOrder order = kiosk.till().kioskOrders().placeCounterOrder(cart, QStringLiteral("en"));
        QCOMPARE(order.number, QStringLiteral("001"));
        QCOMPARE(order.total, 578 * 2 + 305);
        QCOMPARE(kiosk.count(QStringLiteral("kiosk_orders")), 1);
        QCOMPARE(kiosk.count(QStringLiteral("outbox")), outboxBefore + 1);
        QCOMPARE(kiosk.till().db().scalar(QStringLiteral("SELECT event_type FROM outbox ORDER BY device_seq DESC LIMIT 1")).toString(),
                 QStringLiteral("kiosk.order_placed"));
        // Journaled as an order, with no money in it; nothing is sold yet.
        QCOMPARE(kiosk.till()
                     .db()
                     .scalar(QStringLiteral("SELECT count(*) FROM journal WHERE event_type = 'kiosk_order'"
                                            " AND reference = ?"),
                             {order.id})
                     .toInt(),
                 1);
        QCOMPARE(kiosk.count(QStringLiteral("sales")), 0);

        // It loads the QR.
        Till& till = tillStore.till();
        const Session cashier = tillStore.openShift();
        Cart atTill = till.sales().newCart();
        const LoadedKioskOrder loaded = till.kioskOrders().load(atTill, order.code);
        QCOMPARE(loaded.number, QStringLiteral("001"));
        QCOMPARE(loaded.lines, 2);
        QVERIFY(loaded.missing.isEmpty());
        QVERIFY(loaded.memberFound);
        QCOMPARE(atTill.memberId(), cart.memberId());
        QCOMPARE(atTill.totals().total.minor(), order.total);
        QCOMPARE(test::errorCode([&] { till.kioskOrders().load(atTill, order.code); }), QStringLiteral("kiosk.loaded"));
        Payment payment(atTill.totals().total.minor());
        payment.addExactCash();
        till.sales().complete(cashier, atTill, payment);
        QCOMPARE(saleChannel(tillStore, order.id), QStringLiteral("kiosk"));
        // Paid once: the same ticket again is refused, with the receipt that paid it.
        Cart again = till.sales().newCart();
        QCOMPARE(test::errorCode([&] { till.kioskOrders().load(again, order.code); }), QStringLiteral("kiosk.order_paid"));
        QVERIFY(again.isEmpty());

        // An order of another store is not this till's to sell.
        KioskOrderCode foreign = KioskOrderCode::decode(order.code, {});
        foreign.store = QStringLiteral("S9");
        QCOMPARE(test::errorCode([&] { till.kioskOrders().load(again, foreign.encode({})); }), QStringLiteral("kiosk.other_store"));
        // A product this till does not sell is left out and named.
        KioskOrderCode unknown = KioskOrderCode::decode(order.code, {});
        unknown.sequence = 77;
        unknown.lines.append({QStringLiteral("NO-SUCH-SKU"), 1});
        const LoadedKioskOrder partial = till.kioskOrders().load(again, unknown.encode({}));
        QCOMPARE(partial.lines, 2);
        QCOMPARE(partial.missing, QStringList{QStringLiteral("NO-SUCH-SKU")});
        // Nothing at all this till sells: refused, and the sale is left as it was.
        KioskOrderCode nothing = KioskOrderCode::decode(order.code, {});
        nothing.sequence = 78;
        nothing.lines = {{QStringLiteral("NO-SUCH-SKU"), 2}};
        Cart empty = till.sales().newCart();
        QCOMPARE(test::errorCode([&] { till.kioskOrders().load(empty, nothing.encode({})); }), QStringLiteral("kiosk.nothing_to_sell"));
        QVERIFY(empty.kioskOrder().isEmpty());
    }

    void nobodyLogsInAsTheKiosk()
    {
        test::TestStore kiosk(20);
        const Session session = kiosk.till().kioskOrders().kioskSession();
        QVERIFY(session.isValid());
        QVERIFY(kiosk.till().shifts().current().has_value());
        for (const QString& pin : {QStringLiteral(""), QStringLiteral("0000"), QStringLiteral("1234")})
            QVERIFY(test::errorCode([&] {
                        kiosk.till().staff().login(QString::fromLatin1(KioskOrderService::kAccountCode), pin);
                    }).startsWith(QLatin1String("auth.")));
        // The same account on the next start, not a second one.
        QCOMPARE(kiosk.till().kioskOrders().kioskSession().staffId, session.staffId);
    }

    void theCounterTicketPrintsWithItsQr()
    {
        test::TestStore kiosk(20);
        Transaction tx(kiosk.till().db());
        kiosk.till().settings().setValue(QStringLiteral("printer.address"), QStringLiteral("file:///dev/null"));
        tx.commit();
        Cart cart = kioskCart(kiosk);
        const KioskOrder order = kiosk.till().kioskOrders().placeCounterOrder(cart, QStringLiteral("en"));
        const QList<PrintJob> jobs = kiosk.till().printQueue().pending();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs[0].kind, PrintJob::Kind::KioskTicket);
        QCOMPARE(jobs[0].reference, order.id);
        const KioskTicket ticket = kiosk.till().receipts().kioskTicket(order.id);
        QCOMPARE(ticket.number, order.number);
        QCOMPARE(ticket.code, order.code);
        QCOMPARE(ticket.total, order.total);
        // What the printer makes of it: the number, large, the total, and the QR the till scans.
        const PrinterSettings printer = PrinterSettings::from(kiosk.till().settings());
        const QList<EscPosElement> printed =
            EscPosDecoder::decodeAll(PrintJobRenderer(kiosk.till().receipts(), printer).render(jobs[0]), printer.profile);
        const auto found = [&](EscPosElement::Kind kind, const QString& text) {
            return std::any_of(printed.begin(), printed.end(),
                               [&](const EscPosElement& e) { return e.kind == kind && e.text.trimmed() == text; });
        };
        QVERIFY(found(EscPosElement::Kind::Qr, order.code));
        QVERIFY(found(EscPosElement::Kind::Text, order.number));
        QVERIFY(EscPosDecoder::textLines(printed).join(QLatin1Char('\n')).contains(QLatin1String("14,61")));
        // An order the kiosk does not have cannot print, and says so.
        PrintJob unknown = jobs[0];
        unknown.reference = QStringLiteral("S1-T1-999999");
        QCOMPARE(test::errorCode([&] { PrintJobRenderer(kiosk.till().receipts(), printer).render(unknown); }),
                 QStringLiteral("kiosk.unknown_order"));
    }

    // The visit's rules hold without a screen: what a scan does at each stage, what staff must
    // approve at self-checkout, and that nothing ends a visit whose card is at the terminal.
    void aVisitMovesThroughItsStagesByTheRules()
    {
        test::TestStore kiosk(20);
        KioskVisit visit(kiosk.till(), nullptr);
        QCOMPARE(visit.stage(), KioskVisit::Stage::Attract);
        QVERIFY(!visit.checkout()); // nothing to pay
        QCOMPARE(visit.scan(kMilk), KioskVisit::ScanOutcome::Item);
        QCOMPARE(visit.stage(), KioskVisit::Stage::Shop);
        QVERIFY(visit.mayTimeOut());
        QVERIFY(visit.checkout());
        QCOMPARE(visit.scan(kBread), KioskVisit::ScanOutcome::Ignored); // the order is being paid
        QCOMPARE(visit.cart().lines().size(), 1);
        QCOMPARE(test::errorCode([&] { visit.payByCard(); }), QStringLiteral("kiosk.no_terminal"));
        visit.backToShop();
        // Without self-checkout the customer changes their own order; nobody approves it.
        QVERIFY(visit.changeQuantity(visit.cart().lines().first().lineId, 3));
        QVERIFY(visit.removeLine(visit.cart().lines().first().lineId));
        QVERIFY(visit.cart().isEmpty());
        QCOMPARE(kiosk.count(QStringLiteral("approvals")), 0);

        visit.askStaff(KioskVisit::StaffTask::OpenMenu);
        QCOMPARE(test::errorCode([&] { visit.staffArrived(QStringLiteral("0000")); }), QStringLiteral("auth.bad_pin"));
        QCOMPARE(visit.staffTask(), KioskVisit::StaffTask::OpenMenu); // still waiting
        visit.staffArrived(QStringLiteral("1111"));
        QCOMPARE(visit.stage(), KioskVisit::Stage::StaffMenu);
        QVERIFY2(!visit.staffMayExit(), "a cashier cannot let the kiosk go");
        QCOMPARE(visit.scan(kMilk), KioskVisit::ScanOutcome::Ignored);
        visit.leaveStaffMenu(); // the order was empty: the next customer starts afresh
        QCOMPARE(visit.stage(), KioskVisit::Stage::Attract);
        visit.askStaff(KioskVisit::StaffTask::OpenMenu);
        visit.staffArrived(QStringLiteral("2222"));
        QVERIFY(visit.staffMayExit());
    }

    void selfCheckoutWaitsForStaffAndRecordsWhoApproved()
    {
        test::TestStore kiosk(20);
        KioskVisit visit(kiosk.till(), nullptr);
        visit.setSelfCheckout(true);
        QCOMPARE(kiosk.till().settings().value(QStringLiteral("kiosk.self_checkout")), QStringLiteral("1"));
        visit.scan(kMilk);
        visit.scan(kMilk);
        const int line = visit.cart().lines().first().lineId;
        QVERIFY(visit.changeQuantity(line, 3)); // more is the customer's business
        QVERIFY(!visit.changeQuantity(line, 1));
        QCOMPARE(visit.staffTask(), KioskVisit::StaffTask::ApproveChange);
        QVERIFY2(!visit.mayTimeOut(), "a customer waiting for staff is not idle");
        QCOMPARE(visit.scan(kBread), KioskVisit::ScanOutcome::Ignored);
        QCOMPARE(visit.cart().lines().first().quantity, 3);
        const Session supervisor = visit.staffArrived(QStringLiteral("2222"));
        QCOMPARE(visit.cart().lines().first().quantity, 1);
        QCOMPARE(kiosk.till().db().scalar(QStringLiteral("SELECT approved_by FROM approvals")).toLongLong(), supervisor.staffId);

        // Cancelled: the line stays as it was.
        QVERIFY(!visit.removeLine(line));
        visit.cancelStaff();
        QCOMPARE(visit.cart().lines().size(), 1);

        // An item with an age limit calls staff at once; paying waits for them.
        const QString wine = ageLimitedBarcode(kiosk);
        QVERIFY(!wine.isEmpty());
        visit.scan(wine);
        QCOMPARE(visit.staffTask(), KioskVisit::StaffTask::CheckAge);
        visit.staffArrived(QStringLiteral("1111"));
        QVERIFY(!visit.cart().needsAgeConfirmation());
        QCOMPARE(kiosk.count(QStringLiteral("approvals")), 1);
    }

    void aCardAtTheTerminalKeepsTheVisitAndTheCounterWaits()
    {
        test::TestStore kiosk(20);
        struct Terminal : SimulatedCardTerminal
        {
            bool answers = true;
            CardResult status(const CardRequest& request) override
            {
                return answers ? SimulatedCardTerminal::status(request) : CardResult::of(CardResult::Outcome::Unknown);
            }
        } terminal;
        KioskVisit visit(kiosk.till(), &terminal);
        const QString wine = ageLimitedBarcode(kiosk);
        visit.scan(kMilk);
        visit.scan(wine); // no self-checkout: the age is checked when paying
        QCOMPARE(visit.staffTask(), KioskVisit::StaffTask::None);
        QVERIFY(visit.checkout());
        QVERIFY(!visit.payByCard());
        QCOMPARE(visit.staffTask(), KioskVisit::StaffTask::CheckAge);
        QVERIFY(!visit.isPaying());
        QSignalSpy finished(&visit, &KioskVisit::paymentFinished);
        visit.staffArrived(QStringLiteral("1111")); // the payment starts once they have
        QVERIFY(visit.isPaying());
        QCOMPARE(visit.payingAmount(), visit.cart().totals().total.minor());
        QVERIFY(!visit.reset());
        QCOMPARE(visit.stage(), KioskVisit::Stage::Checkout);
        visit.backToShop();
        QCOMPARE(visit.stage(), KioskVisit::Stage::Checkout);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).value<KioskPaymentOutcome>().status, KioskPaymentOutcome::Status::Paid);
        QVERIFY(visit.cart().isEmpty());
        QVERIFY(visit.reset());

        // A payment the terminal never answered keeps the counter closed until staff settle it.
        terminal.setFault(SimulatedCardTerminal::Fault::LoseAnswer);
        terminal.answers = false;
        visit.scan(kBread);
        visit.checkout();
        QVERIFY(visit.payByCard());
        QVERIFY(QSignalSpy(&visit, &KioskVisit::paymentFinished).wait(10000));
        QCOMPARE(visit.openPayments(), 1);
        visit.reset();
        visit.scan(kBread);
        QCOMPARE(test::errorCode([&] { visit.payAtCounter(QStringLiteral("en")); }), QStringLiteral("kiosk.payment_open"));
        terminal.answers = true;
        QCOMPARE(visit.settlePayments(), 1);
        QCOMPARE(visit.payAtCounter(QStringLiteral("en")).number.isEmpty(), false);
        QVERIFY(visit.cart().isEmpty());
    }

    void aCardPaymentRunsBesideTheScreenAndIsRecordedOnItsThread()
    {
        test::TestStore kiosk(20);
        SimulatedCardTerminal terminal;
        Cart cart = kioskCart(kiosk);
        CardPaymentRunner runner(kiosk.till().kioskPayments());
        QSignalSpy finished(&runner, &CardPaymentRunner::finished);
        QCOMPARE(runner.start(cart, terminal), 578 * 2 + 305);
        QVERIFY(runner.isRunning());
        // A second tap while the terminal is asked starts nothing.
        QCOMPARE(test::errorCode([&] { runner.start(cart, terminal); }), QStringLiteral("kiosk.payment_open"));
        QVERIFY(finished.wait(10000));
        QVERIFY(!runner.isRunning());
        QCOMPARE(finished.at(0).at(0).value<KioskPaymentOutcome>().status, KioskPaymentOutcome::Status::Paid);
        QVERIFY(cart.isEmpty());
        QCOMPARE(terminal.authorizations(), 1);
        QCOMPARE(kiosk.count(QStringLiteral("kiosk_payments WHERE status = 'completed'")), 1);
    }

    void aCardPaymentCommitsTheOrderWithIt()
    {
        test::TestStore kiosk(20);
        SimulatedCardTerminal terminal;
        Cart cart = kioskCart(kiosk);
        const KioskPaymentOutcome paid = kiosk.till().kioskPayments().payByCard(cart, terminal);
        QCOMPARE(paid.status, KioskPaymentOutcome::Status::Paid);
        QVERIFY(cart.isEmpty());
        QCOMPARE(paid.sale.total, 578 * 2 + 305);
        QCOMPARE(terminal.authorizations(), 1);
        Database& db = kiosk.till().db();
        QCOMPARE(db.scalar(QStringLiteral("SELECT channel FROM sales WHERE id = ?"), {paid.sale.saleId}).toString(),
                 QStringLiteral("kiosk"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT kind || ':' || approval_code FROM sale_tenders WHERE sale_id = ?"), {paid.sale.saleId})
                     .toString(),
                 QStringLiteral("card:A00001"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT status FROM kiosk_payments")).toString(), QStringLiteral("completed"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT status FROM kiosk_orders WHERE sale_id = ?"), {paid.sale.saleId}).toString(),
                 QStringLiteral("paid"));
        // Journaled and queued for the hub like any sale.
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT count(*) FROM journal WHERE event_type = 'sale' AND reference = ?"), {paid.sale.receiptId})
                .toInt(),
            1);
        const QJsonObject body =
            QJsonDocument::fromJson(db.scalar(QStringLiteral("SELECT payload FROM outbox WHERE event_type = 'sale'")).toString().toUtf8())
                .object()
                .value(QStringLiteral("body"))
                .toObject();
        QCOMPARE(body.value(QStringLiteral("channel")).toString(), QStringLiteral("kiosk"));
        QVERIFY(!body.value(QStringLiteral("kiosk_order")).toString().isEmpty());

        // A declined card leaves no sale and the cart as it was.
        Cart declined = kiosk.till().sales().newCart();
        kiosk.till().sales().scan(declined, kMilk);
        kiosk.till().sales().overridePrice(kiosk.supervisor(), declined, declined.lines().first().lineId, 251);
        const KioskPaymentOutcome no = kiosk.till().kioskPayments().payByCard(declined, terminal);
        QCOMPARE(no.status, KioskPaymentOutcome::Status::Declined);
        QCOMPARE(declined.lines().size(), 1);
        QVERIFY(declined.kioskOrder().isEmpty());
        QCOMPARE(kiosk.count(QStringLiteral("sales")), 1);

        // No terminal: nothing is attempted.
        terminal.setFault(SimulatedCardTerminal::Fault::Offline);
        QCOMPARE(kiosk.till().kioskPayments().payByCard(declined, terminal).status, KioskPaymentOutcome::Status::Unavailable);
    }

    void aLostAnswerIsAskedAgainNotChargedTwice()
    {
        test::TestStore kiosk(20);
        SimulatedCardTerminal terminal;
        terminal.setFault(SimulatedCardTerminal::Fault::LoseAnswer);
        Cart cart = kioskCart(kiosk);
        const KioskPaymentOutcome paid = kiosk.till().kioskPayments().payByCard(cart, terminal);
        QCOMPARE(paid.status, KioskPaymentOutcome::Status::Paid);
        QCOMPARE(terminal.authorizations(), 1);
        QCOMPARE(kiosk.count(QStringLiteral("sales")), 1);
    }

    void aSaleThatCannotBeRecordedReversesThePayment()
    {
        test::TestStore kiosk(20);
        SimulatedCardTerminal terminal;
        Database& db = kiosk.till().db();
        Cart cart = kioskCart(kiosk);
        const qint64 total = cart.totals().total.minor();
        // The disk is full the moment the sale is written.
        db.exec(QStringLiteral(
            "CREATE TEMP TRIGGER full_disk BEFORE INSERT ON sales BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"));
        const KioskPaymentOutcome reversed = kiosk.till().kioskPayments().payByCard(cart, terminal);
        QCOMPARE(reversed.status, KioskPaymentOutcome::Status::Reversed);
        const QString key = db.scalar(QStringLiteral("SELECT idempotency_key FROM kiosk_payments")).toString();
        QVERIFY(terminal.wasReversed(key));
        QCOMPARE(db.scalar(QStringLiteral("SELECT status FROM kiosk_payments")).toString(), QStringLiteral("reversed"));
        QCOMPARE(kiosk.count(QStringLiteral("sales")), 0);
        QCOMPARE(cart.totals().total.minor(), total); // the customer's order is still there

        // Worse: the reversal cannot get through either. The payment stays on record, in doubt,
        // and the kiosk takes no other card payment until it is settled.
        terminal.setFault(SimulatedCardTerminal::Fault::RefuseReversal);
        const KioskPaymentOutcome doubt = kiosk.till().kioskPayments().payByCard(cart, terminal);
        QCOMPARE(doubt.status, KioskPaymentOutcome::Status::InDoubt);
        QCOMPARE(kiosk.till().kioskPayments().openPayments().size(), 1);
        QCOMPARE(kiosk.till().kioskPayments().openPayments().first().status, QStringLiteral("approved"));
        QCOMPARE(test::errorCode([&] { kiosk.till().kioskPayments().payByCard(cart, terminal); }), QStringLiteral("kiosk.payment_open"));

        // The disk has room again (and the kiosk restarted): recovery records the paid order.
        db.exec(QStringLiteral("DROP TRIGGER full_disk"));
        kiosk.reopen();
        QCOMPARE(kiosk.till().kioskPayments().recover(terminal), 1);
        QVERIFY(kiosk.till().kioskPayments().openPayments().isEmpty());
        QCOMPARE(kiosk.count(QStringLiteral("sales")), 1);
        QCOMPARE(kiosk.till().db().scalar(QStringLiteral("SELECT total FROM sales")).toLongLong(), total);
        QCOMPARE(kiosk.till().db().scalar(QStringLiteral("SELECT status FROM kiosk_payments WHERE status = 'completed'")).toString(),
                 QStringLiteral("completed"));
    }

    void anUnansweredPaymentIsSettledByRecovery()
    {
        test::TestStore kiosk(20);
        Cart cart = kioskCart(kiosk);
        // The kiosk writes the attempt down and the terminal charges the card, but its answer
        // never arrives and it cannot be asked.
        struct Silent : SimulatedCardTerminal
        {
            CardResult status(const CardRequest&) override { return CardResult::of(CardResult::Outcome::Unknown); }
        } silent;
        silent.setFault(SimulatedCardTerminal::Fault::LoseAnswer);
        QCOMPARE(kiosk.till().kioskPayments().payByCard(cart, silent).status, KioskPaymentOutcome::Status::InDoubt);
        QCOMPARE(kiosk.till().kioskPayments().openPayments().first().status, QStringLiteral("pending"));
        // Still no answer: recovery leaves it open rather than guess.
        QCOMPARE(kiosk.till().kioskPayments().recover(silent), 0);
        QCOMPARE(kiosk.till().kioskPayments().openPayments().size(), 1);
        // The terminal answers at last: approved, so the order is recorded.
        struct Answering : SimulatedCardTerminal
        {
            CardResult status(const CardRequest&) override
            {
                CardResult r = CardResult::of(CardResult::Outcome::Approved);
                r.approvalCode = QStringLiteral("A77777");
                r.cardBrand = QStringLiteral("VISA");
                r.cardLast4 = QStringLiteral("0119");
                return r;
            }
        } answering;
        QCOMPARE(kiosk.till().kioskPayments().recover(answering), 1);
        QCOMPARE(kiosk.count(QStringLiteral("sales")), 1);
        QCOMPARE(kiosk.till().db().scalar(QStringLiteral("SELECT approval_code FROM sale_tenders")).toString(), QStringLiteral("A77777"));
        // A payment the terminal never took is closed without a sale.
        Cart second = kioskCart(kiosk);
        silent.setFault(SimulatedCardTerminal::Fault::LoseAnswer);
        QCOMPARE(kiosk.till().kioskPayments().payByCard(second, silent).status, KioskPaymentOutcome::Status::InDoubt);
        SimulatedCardTerminal forgetful; // never saw the key
        QCOMPARE(kiosk.till().kioskPayments().recover(forgetful), 1);
        QCOMPARE(kiosk.count(QStringLiteral("sales")), 1);
        QCOMPARE(kiosk.till().db().scalar(QStringLiteral("SELECT count(*) FROM kiosk_payments WHERE status = 'failed'")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestKiosk)
#include "tst_kiosk.moc"
