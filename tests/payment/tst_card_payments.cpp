// The till's card payments through the ZVT driver and the terminal stand-in (its own process):
// a sale paid by card, a forged tender, refusals, the recovery of each interrupted step, and the
// terminal's end of day reconciled with what the till recorded.
#include "CardTerminalFactory.h"
#include "DeviceConfig.h"
#include "TestStore.h"
#include "ZvtStandIn.h"
#include "ZvtTestTerminal.h"
#include "kiosk/KioskPaymentService.h"
#include "returns/ReturnService.h"

#include <QTest>

using namespace omnitill;
using omnitill::test::TestStore;
using omnitill::test::ZvtStandIn;

namespace {

Cart oneItem(Till& till)
{
    Cart cart = till.sales().newCart();
    const qint64 product = till.db()
                               .scalar(QStringLiteral("SELECT id FROM products WHERE unit = 'piece' AND active = 1"
                                                      " AND price > 0 ORDER BY id LIMIT 1"))
                               .toLongLong();
    till.sales().addProduct(cart, product, 1);
    return cart;
}

// One item paid in full on the terminal, the sale completed.
CompletedSale sellOneByCard(Till& till, CardTerminal& terminal, const Session& cashier)
{
    Cart cart = oneItem(till);
    const qint64 due = cart.totals().total.minor();
    const CardRequest request = till.cardPayments().begin(cashier, CardPayments::Kind::Payment, due);
    const CardResult result = terminal.authorize(request);
    till.cardPayments().record(request, result);
    Payment payment(due);
    payment.addTerminalCard(CardPayments::tenderFor(request, result));
    return till.sales().complete(cashier, cart, payment);
}

} // namespace

class TestCardPayments : public QObject
{
    Q_OBJECT
private slots:
    void aSalePaidByCardThroughTheTerminal()
    {
        ZvtStandIn standIn;
        QVERIFY(standIn.start());
        TestStore store(50);
        store.till().settings().setValue(QStringLiteral("printer.address"), QStringLiteral("tcp://127.0.0.1:9"));
        const Session cashier = store.openShift();
        auto terminal = test::quickZvtTerminal(standIn.address());
        Cart cart = oneItem(store.till());
        const qint64 due = cart.totals().total.minor();
        CardPayments& cards = store.till().cardPayments();
        const CardRequest request = cards.begin(cashier, CardPayments::Kind::Payment, due);
        QCOMPARE(cards.find(request.idempotencyKey).status, QStringLiteral("pending")); // written before the terminal is asked
        const CardResult result = terminal->authorize(request);
        QVERIFY2(result.approved(), qPrintable(result.message));
        cards.record(request, result);
        QCOMPARE(store.till()
                     .db()
                     .scalar(QStringLiteral("SELECT count(*) FROM print_jobs WHERE kind = 'card_slip' AND reference = ?"),
                             {request.idempotencyKey})
                     .toInt(),
                 1);
        Payment payment(due);
        payment.addTerminalCard(CardPayments::tenderFor(request, result));
        const CompletedSale sale = store.till().sales().complete(cashier, cart, payment);
        const CardPaymentRecord record = cards.find(request.idempotencyKey);
        QCOMPARE(record.status, QStringLiteral("completed"));
        QCOMPARE(record.saleId, sale.saleId);
        QCOMPARE(record.receiptNumber, result.receiptNumber);
        QVERIFY(record.slip.join(QLatin1Char('\n')).contains(QStringLiteral("Kartenzahlung")));
        QCOMPARE(store.till().db().scalar(QStringLiteral("SELECT reference FROM sale_tenders WHERE sale_id = ?"), {sale.saleId}).toString(),
                 request.idempotencyKey);
        QCOMPARE(store.till().receipts().cardSlip(request.idempotencyKey), record.slip);
        QVERIFY(cards.open().isEmpty());

        // A tender naming a payment the terminal declined, or one already used, is refused with the sale.
        QVERIFY(standIn.setBehaviour(QStringLiteral("decline")));
        Cart second = oneItem(store.till());
        const CardRequest declinedRequest = cards.begin(cashier, CardPayments::Kind::Payment, due);
        const CardResult declined = terminal->authorize(declinedRequest);
        QCOMPARE(declined.outcome, CardResult::Outcome::Declined);
        cards.record(declinedRequest, declined);
        for (const CardRequest& forged : {declinedRequest, request}) {
            Payment p(due);
            p.addTerminalCard(CardPayments::tenderFor(forged, result));
            QCOMPARE(test::errorCode([&] { store.till().sales().complete(cashier, second, p); }), QStringLiteral("card.not_approved"));
        }
        QCOMPARE(store.count(QStringLiteral("sales")), 1);
        QCOMPARE(standIn.log(QStringLiteral("payment")).size(), 1);

        // The sale comes back: the refund goes to the card that paid (its last digits as the terminal
        // reported them), with the refund's approval code from a stand-alone terminal.
        ReturnService& returns = store.till().returns();
        const OriginalSale original = *returns.findLocal(sale.receiptId);
        QList<RefundTender> refunds = returns.refundPlan(original, due);
        QCOMPARE(refunds.size(), 1);
        QVERIFY(refunds[0].reference.isEmpty()); // the payment's reference is not the refund's
        refunds[0].cardLast4 = result.cardLast4;
        refunds[0].approvalCode = QStringLiteral("R1");
        QCOMPARE(returns.complete(cashier, original, {{1, 1, Disposition::Restock}}, refunds).refund, due);
    }

    // A return refunded to the card through the terminal (06 31): checked before any money leaves,
    // claimed by the return in its transaction; another card presented than the one that paid is
    // refused and the refund reversed; an approved refund no return took is reversed at restart.
    void aReturnIsRefundedToTheCardThroughTheTerminal()
    {
        ZvtStandIn standIn;
        QVERIFY(standIn.start());
        TestStore store(50);
        const Session cashier = store.openShift();
        auto terminal = test::quickZvtTerminal(standIn.address());
        CardPayments& cards = store.till().cardPayments();
        ReturnService& returns = store.till().returns();
        const auto sellByCard = [&]() { return sellOneByCard(store.till(), *terminal, cashier); };
        const auto refundOnTerminal = [&](qint64 amount) {
            const CardRequest request = cards.begin(cashier, CardPayments::Kind::Refund, amount);
            const CardResult result = terminal->refund(request);
            cards.record(request, result);
            return std::make_pair(request, result);
        };
        const QList<ReturnRequestLine> all{{1, 1, Disposition::Restock}};

        const CompletedSale first = sellByCard();
        const OriginalSale sale = *returns.findLocal(first.receiptId);
        QList<RefundTender> refunds = returns.refundPlan(sale, first.total);
        returns.checkBeforeTerminal(cashier, sale, all, refunds); // no card to compare yet: passes
        const auto [request, result] = refundOnTerminal(first.total);
        QVERIFY2(result.approved(), qPrintable(result.message));
        refunds[0].reference = request.idempotencyKey;
        refunds[0].cardLast4 = result.cardLast4;
        const CompletedReturn done = returns.complete(cashier, sale, all, refunds);
        QCOMPARE(cards.find(request.idempotencyKey).status, QStringLiteral("completed"));
        QCOMPARE(cards.find(request.idempotencyKey).saleId, done.returnId);
        QCOMPARE(store.till()
                     .db()
                     .scalar(QStringLiteral("SELECT reference FROM return_tenders WHERE return_id = ?"), {done.returnId})
                     .toString(),
                 request.idempotencyKey);
        // The same terminal refund cannot be claimed twice, not even by a sale paid with the same card.
        const QHash<QString, QString> brands{{QStringLiteral("1234"), QStringLiteral("girocard")},
                                             {QStringLiteral("4444"), QStringLiteral("Mastercard")},
                                             {QStringLiteral("0119"), QStringLiteral("VISA")}};
        QVERIFY(standIn.presentCard(brands.value(result.cardLast4)));
        const OriginalSale sameCard = *returns.findLocal(sellByCard().receiptId);
        QVERIFY(standIn.presentCard({}));
        QCOMPARE(test::errorCode([&] { returns.complete(cashier, sameCard, all, refunds); }), QStringLiteral("card.not_approved"));

        // Another card is presented than the one that paid: refused, and the refund taken back.
        const CompletedSale second = sellByCard();
        const OriginalSale secondSale = *returns.findLocal(second.receiptId);
        const QString paidWith = secondSale.tenders.first().cardLast4;
        QVERIFY(standIn.presentCard(paidWith == QStringLiteral("1234") ? QStringLiteral("VISA") : QStringLiteral("girocard")));
        const auto [wrong, wrongResult] = refundOnTerminal(second.total);
        QVERIFY(wrongResult.approved());
        QList<RefundTender> wrongRefunds = returns.refundPlan(secondSale, second.total);
        wrongRefunds[0].reference = wrong.idempotencyKey;
        wrongRefunds[0].cardLast4 = wrongResult.cardLast4;
        QCOMPARE(test::errorCode([&] { returns.complete(cashier, secondSale, all, wrongRefunds); }),
                 QStringLiteral("return.card_mismatch"));
        QVERIFY(cards.reverse(wrong.idempotencyKey, *terminal));
        QCOMPARE(cards.find(wrong.idempotencyKey).status, QStringLiteral("reversed"));

        // A refund paid by the terminal whose return never happened (the till died) is reversed at restart.
        QVERIFY(standIn.presentCard({}));
        const auto [orphan, orphanResult] = refundOnTerminal(300);
        QVERIFY(orphanResult.approved());
        QCOMPARE(cards.recover(*test::quickZvtTerminal(standIn.address())), 1);
        QCOMPARE(cards.find(orphan.idempotencyKey).status, QStringLiteral("reversed"));

        // The terminal's log and the store agree: three refunds, two reversed, one claimed by the return.
        const QList<QJsonObject> refundsLogged = standIn.log(QStringLiteral("refund"));
        QCOMPARE(refundsLogged.size(), 3);
        QCOMPARE(standIn.log(QStringLiteral("reversal")).size(), 2);
        QCOMPARE(store.count(QStringLiteral("returns")), 1);
    }

    // Every behaviour of the stand-in through the till's card payments and the kiosk's, each in a
    // fresh store: what the store ends with next to what the terminal logged.
    void everyTerminalBehaviourAtTheTillAndTheKiosk_data()
    {
        QTest::addColumn<QString>("behaviour");
        QTest::addColumn<bool>("kiosk");
        QTest::addColumn<int>("sales");
        QTest::addColumn<int>("charges");
        QTest::addColumn<int>("reversals");
        for (const bool kiosk : {false, true}) {
            const char* where = kiosk ? "kiosk" : "till";
            // A lost answer: the till asks for the last transaction and, its cart still there, sells;
            // so does the kiosk. Nothing is charged twice.
            QTest::addRow("%s approve", where) << "approve" << kiosk << 1 << 1 << 0;
            QTest::addRow("%s pin", where) << "pin" << kiosk << 1 << 1 << 0;
            QTest::addRow("%s decline", where) << "decline" << kiosk << 0 << 0 << 0;
            QTest::addRow("%s timeout", where) << "timeout" << kiosk << 0 << 0 << 0;
            QTest::addRow("%s drop-after-charge", where) << "drop-after-charge" << kiosk << 1 << 1 << 0;
            QTest::addRow("%s status-only", where) << "status-only" << kiosk << 1 << 1 << 0;
        }
    }

    void everyTerminalBehaviourAtTheTillAndTheKiosk()
    {
        QFETCH(QString, behaviour);
        QFETCH(bool, kiosk);
        QFETCH(int, sales);
        QFETCH(int, charges);
        QFETCH(int, reversals);
        ZvtStandIn standIn;
        QVERIFY(standIn.start(behaviour, false, 500));
        TestStore store(20);
        auto terminal = test::quickZvtTerminal(standIn.address());
        store.till().settings().setValue(QStringLiteral("printer.address"), QStringLiteral("tcp://127.0.0.1:9"));
        if (kiosk) {
            store.till().kioskOrders().kioskSession();
            Cart cart = oneItem(store.till());
            const KioskPaymentOutcome outcome = store.till().kioskPayments().payByCard(cart, *terminal);
            QCOMPARE(outcome.status == KioskPaymentOutcome::Status::Paid, sales == 1);
            QVERIFY(store.till().kioskPayments().openPayments().isEmpty());
        } else {
            const Session cashier = store.openShift();
            Cart cart = oneItem(store.till());
            const qint64 due = cart.totals().total.minor();
            CardPayments& cards = store.till().cardPayments();
            const CardRequest request = cards.begin(cashier, CardPayments::Kind::Payment, due);
            // As the payment dialog does: an unknown answer is followed by the status enquiry.
            CardResult result = terminal->authorize(request);
            if (result.outcome == CardResult::Outcome::Unknown)
                result = terminal->status(request);
            cards.record(request, result);
            if (result.approved()) {
                Payment payment(due);
                payment.addTerminalCard(CardPayments::tenderFor(request, result));
                store.till().sales().complete(cashier, cart, payment);
            }
            QVERIFY(cards.open().isEmpty());
        }
        QCOMPARE(store.count(QStringLiteral("sales")), qint64(sales));
        QCOMPARE(standIn.log(QStringLiteral("payment")).size(), charges);
        QCOMPARE(standIn.log(QStringLiteral("reversal")).size(), reversals);
        // The card slip prints with every sale the terminal paid (for the till: when the answer came).
        const QString slips = QStringLiteral("SELECT reference FROM print_jobs WHERE kind = 'card_slip'");
        QCOMPARE(store.till().db().scalar(QStringLiteral("SELECT count(*) FROM print_jobs WHERE kind = 'card_slip'")).toInt(), sales);
        if (sales == 1)
            QVERIFY(store.till()
                        .receipts()
                        .cardSlip(store.till().db().scalar(slips).toString())
                        .join(QLatin1Char(' '))
                        .contains(QStringLiteral("Kartenzahlung")));
        if (charges == 1) {
            const QString table = kiosk ? QStringLiteral("kiosk_payments") : QStringLiteral("card_payments");
            QCOMPARE(store.till().db().scalar(QStringLiteral("SELECT receipt_no FROM %1 WHERE status = 'completed'").arg(table)).toInt(),
                     standIn.log(QStringLiteral("payment")).at(0).value(QStringLiteral("receipt")).toInt());
        }
    }

    void refusals()
    {
        TestStore store(20);
        const Session cashier = store.openShift();
        CardPayments& cards = store.till().cardPayments();
        QCOMPARE(test::errorCode([&] { cards.begin(Session{}, CardPayments::Kind::Payment, 100); }), QStringLiteral("auth.no_session"));
        QCOMPARE(test::errorCode([&] { cards.begin(cashier, CardPayments::Kind::Payment, 0); }), QStringLiteral("card.amount"));
        Session training = cashier;
        training.training = true;
        QCOMPARE(test::errorCode([&] { cards.begin(training, CardPayments::Kind::Payment, 100); }), QStringLiteral("card.training"));
        QCOMPARE(store.count(QStringLiteral("card_payments")), 0);
        // Settling open payments is for someone logged in (the terminal is not even asked).
        auto unreachable = test::quickZvtTerminal(QStringLiteral("zvt://127.0.0.1:9"));
        QCOMPARE(test::errorCode([&] { cards.settle(Session{}, *unreachable); }), QStringLiteral("auth.no_session"));
        QCOMPARE(test::errorCode([&] { cards.settle(cashier, *unreachable); }), QStringLiteral("ok"));
        // payment.terminal values are checked before they are stored.
        QCOMPARE(test::errorCode([&] { CardTerminalFactory::check(QStringLiteral("zvt://")); }), QStringLiteral("settings.invalid"));
        QCOMPARE(test::errorCode([&] { CardTerminalFactory::check(QStringLiteral("ingenico")); }), QStringLiteral("settings.invalid"));
        QCOMPARE(test::errorCode([&] { CardTerminalFactory::check(QStringLiteral("zvt://10.0.0.5:20007")); }), QStringLiteral("ok"));
        // The terminal's password: six digits, as the device settings take it and as the driver reads it.
        QCOMPARE(test::errorCode([&] {
                     DeviceConfig::apply(store.till().db(), store.till().settings(),
                                         {{QStringLiteral("payment.password"), QStringLiteral("12a456")}});
                 }),
                 QStringLiteral("settings.invalid"));
        QCOMPARE(test::errorCode([&] {
                     DeviceConfig::apply(store.till().db(), store.till().settings(),
                                         {{QStringLiteral("payment.password"), QStringLiteral("123456")}});
                 }),
                 QStringLiteral("ok"));
    }

    void everyInterruptedStepIsSettled()
    {
        ZvtStandIn standIn;
        QVERIFY(standIn.start());
        TestStore store(20);
        const Session cashier = store.openShift();
        CardPayments& cards = store.till().cardPayments();

        // 1. Written down, never asked (the till died before the request).
        const CardRequest never = cards.begin(cashier, CardPayments::Kind::Payment, 1100);
        // 2. The terminal charged and the line dropped before the answer.
        QVERIFY(standIn.setBehaviour(QStringLiteral("drop-after-charge")));
        const CardRequest dropped = cards.begin(cashier, CardPayments::Kind::Payment, 1200);
        const CardResult lost = test::quickZvtTerminal(standIn.address())->authorize(dropped);
        QCOMPARE(lost.outcome, CardResult::Outcome::Unknown);
        cards.record(dropped, lost);
        QCOMPARE(cards.find(dropped.idempotencyKey).status, QStringLiteral("pending"));
        QVERIFY(standIn.setBehaviour(QStringLiteral("approve")));
        // Recovery now: the terminal's last transaction is the dropped one (not the never-asked one).
        auto fresh = test::quickZvtTerminal(standIn.address());
        QCOMPARE(cards.recover(*fresh), 2);
        QCOMPARE(cards.find(never.idempotencyKey).status, QStringLiteral("declined"));
        QCOMPARE(cards.find(dropped.idempotencyKey).status, QStringLiteral("reversed"));
        // 3. Approved and stored, but the sale never completed.
        const CardRequest stored = cards.begin(cashier, CardPayments::Kind::Payment, 1300);
        const CardResult approved = fresh->authorize(stored);
        cards.record(stored, approved);
        QCOMPARE(cards.open().size(), 1);
        QCOMPARE(cards.recover(*test::quickZvtTerminal(standIn.address())), 1);
        QCOMPARE(cards.find(stored.idempotencyKey).status, QStringLiteral("reversed"));
        QVERIFY(cards.open().isEmpty());

        // The terminal's log and the till agree: every charge was reversed, none twice.
        const QList<QJsonObject> charges = standIn.log(QStringLiteral("payment"));
        const QList<QJsonObject> reversals = standIn.log(QStringLiteral("reversal"));
        QCOMPARE(charges.size(), 2);
        QCOMPARE(reversals.size(), 2);
        for (int i = 0; i < charges.size(); ++i)
            QCOMPARE(reversals.at(i).value(QStringLiteral("original_receipt")), charges.at(i).value(QStringLiteral("receipt")));
        QCOMPARE(store.count(QStringLiteral("sales")), 0);

        // A terminal that cannot be reached leaves the payment open rather than guessing.
        const CardRequest unreachable = cards.begin(cashier, CardPayments::Kind::Payment, 1400);
        standIn.stop();
        QCOMPARE(cards.recover(*test::quickZvtTerminal(standIn.address())), 0);
        QCOMPARE(cards.find(unreachable.idempotencyKey).status, QStringLiteral("pending"));
    }

    void endOfDayIsReconciled()
    {
        ZvtStandIn standIn;
        QVERIFY(standIn.start());
        TestStore store(20);
        store.till().settings().setValue(QStringLiteral("printer.address"), QStringLiteral("tcp://127.0.0.1:9"));
        const Session cashier = store.openShift();
        auto terminal = test::quickZvtTerminal(standIn.address());
        CardPayments& cards = store.till().cardPayments();
        qint64 sold = 0;
        for (int i = 0; i < 2; ++i)
            sold += sellOneByCard(store.till(), *terminal, cashier).total;
        CardReconciliation rec = cards.endOfDay(cashier, *terminal);
        QVERIFY2(rec.ok, qPrintable(rec.message));
        QCOMPARE(rec.terminalTotal, sold);
        QCOMPARE(rec.recordedTotal, sold);
        QCOMPARE(rec.difference(), 0);
        QCOMPARE(rec.recordedCount, 2);
        QCOMPARE(store.till().db().scalar(QStringLiteral("SELECT count(*) FROM print_jobs WHERE kind = 'card_slip'")).toInt(), 3);
        // Someone charged 5.00 on the terminal by hand, outside the till: the next end of day shows it.
        QVERIFY(
            test::quickZvtTerminal(standIn.address())->authorize({QStringLiteral("by-hand"), 500, QStringLiteral("EUR"), {}}).approved());
        rec = cards.endOfDay(cashier, *terminal);
        QCOMPARE(rec.terminalTotal, 500);
        QCOMPARE(rec.recordedTotal, 0);
        QCOMPARE(rec.difference(), 500);
        Session training = cashier;
        training.training = true;
        QCOMPARE(test::errorCode([&] { cards.endOfDay(training, *terminal); }), QStringLiteral("card.training"));
    }
};

QTEST_GUILESS_MAIN(TestCardPayments)
#include "tst_card_payments.moc"
