// Returns at the till: finding the sale (receipt QR, id, number, search), never more than was sold,
// promotions recalculated on what the customer keeps, points reversed in proportion, the refund
// following the original tenders (card only to its card), dispositions as stock movements, store
// credit, and what the return records, journals, sends and prints.
#include "DemoStore.h"
#include "TestStore.h"
#include "giftcards/GiftCardNumber.h"
#include "receipt/ReceiptLayout.h"
#include "returns/ReturnCalculator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace omnitill;

namespace {
const QString kMilk = QStringLiteral("4000000000013");
const QString kBread = QStringLiteral("4000000000020");
} // namespace

class TestReturns : public QObject
{
    Q_OBJECT

    // Milk three for two (the third free), as the hub would publish it.
    static void milkThreeForTwo(test::TestStore& store)
    {
        Promotion p;
        p.id = QStringLiteral("MILK-3FOR2");
        p.name = QStringLiteral("Milk 3 for 2");
        p.kind = Promotion::Kind::BuyXGetY;
        p.buyQuantity = 2;
        p.getQuantity = 1;
        p.percentBp = 10000;
        p.products = {store.till().catalog().findByCodes({QStringLiteral("0") + kMilk})->id};
        Transaction tx(store.till().db());
        store.till().promotions().put(p, store.clock().nowUtc());
        tx.commit();
    }

    static CompletedSale sell(test::TestStore& store, const Session& s, const QList<std::pair<QString, int>>& items,
                              const QString& member = {}, const QString& cardLast4 = {})
    {
        Cart cart = store.till().sales().newCart();
        for (const auto& [code, n] : items) {
            for (int i = 0; i < n; ++i)
                store.till().sales().scan(cart, code);
        }
        cart.setMemberId(member);
        store.till().sales().reprice(cart);
        Payment p(cart.totals().total.minor());
        if (!cardLast4.isEmpty())
            p.addCard(cart.totals().total.minor() / 2, QStringLiteral("A1"), QStringLiteral("VISA"), cardLast4);
        p.addExactCash();
        return store.till().sales().complete(s, cart, p);
    }

    static qint64 stockOf(test::TestStore& store, const QString& code)
    {
        const qint64 id = store.till().catalog().findByCodes({QStringLiteral("0") + code})->id;
        return store.till()
            .db()
            .scalar(QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_levels WHERE product_id = ?"), {id})
            .toLongLong();
    }

private slots:
    void theSaleIsFoundByQrIdNumberOrSearch()
    {
        test::TestStore store(20);
        const Session s = store.openShift();
        const CompletedSale done = sell(store, s, {{kMilk, 2}, {kBread, 1}}, {}, QStringLiteral("4321"));
        ReturnService& returns = store.till().returns();
        const Receipt receipt = store.till().receipts().byReceiptId(done.receiptId);
        QCOMPARE(ReturnService::receiptIdOf(receipt.qrText), done.receiptId);
        QCOMPARE(returns.findLocal(receipt.qrText)->saleId, done.saleId);
        QCOMPARE(returns.findLocal(done.receiptId)->saleId, done.saleId);
        QCOMPARE(returns.findLocal(QString::number(done.receiptNumber))->saleId, done.saleId);
        QVERIFY(!returns.findLocal(QStringLiteral("S9-T9-000001")));
        QVERIFY(!returns.findLocal(QStringLiteral("OT1|broken")));
        QVERIFY(!returns.findLocal(QStringLiteral("'; DROP TABLE sales; --")));

        SaleSearch byCard;
        byCard.cardLast4 = QStringLiteral("4321");
        QCOMPARE(returns.search(byCard).size(), 1);
        SaleSearch byAmount;
        byAmount.total = done.total;
        byAmount.day = store.till().settings().businessDay(store.clock().nowUtc());
        QCOMPARE(returns.search(byAmount).first().receiptId, done.receiptId);
        byAmount.total = done.total + 1;
        QVERIFY(returns.search(byAmount).isEmpty());
    }

    void aBrokenThreeForTwoIsRecalculatedAndExplained()
    {
        test::TestStore store(20);
        milkThreeForTwo(store);
        const Session s = store.openShift();
        const CompletedSale done = sell(store, s, {{kMilk, 3}, {kBread, 1}});
        ReturnService& returns = store.till().returns();
        OriginalSale sale = *returns.findLocal(done.receiptId);
        const OriginalSale::Line milk = sale.lines[0];
        const OriginalSale::Line bread = sale.lines[1];
        QCOMPARE(milk.quantity, 3);
        QCOMPARE(milk.promotionDiscount, milk.unitPrice);

        // One milk back: the two kept cost full price now, so the customer gets nothing back for it.
        ReturnQuote q = returns.quote(sale, {{milk.line, 1, Disposition::Restock}});
        QCOMPARE(q.paid, milk.gross / 3);
        QCOMPARE(q.refund, 0);
        QCOMPARE(q.adjustments.size(), 1);
        QCOMPARE(q.adjustments.first().name, QStringLiteral("Milk 3 for 2"));
        // Two back: the one kept was never free; the refund is what two cost less nothing.
        q = returns.quote(sale, {{milk.line, 2, Disposition::Restock}});
        QCOMPARE(q.refund, milk.gross - milk.unitPrice);
        // All three and the bread: everything paid comes back.
        q = returns.quote(sale, {{milk.line, 3, Disposition::Restock}, {bread.line, 1, Disposition::Restock}});
        QCOMPARE(q.refund, done.total);
        QVERIFY(q.adjustments.isEmpty());

        // The bread alone: the promotion is untouched.
        const CompletedReturn r = returns.complete(s, sale, {{bread.line, 1, Disposition::Restock}}, returns.refundPlan(sale, bread.gross));
        QCOMPARE(r.refund, bread.gross);
        const QString text = ReceiptLayout::plainText(store.till().receipts().byReceiptId(r.receiptId), 42, QLocale::c());
        QVERIFY2(text.contains(QStringLiteral("REFUND")) && text.contains(done.receiptId), qPrintable(text));

        // Then one milk: refund 0, and the receipt says why.
        sale = *returns.findLocal(done.receiptId);
        QCOMPARE(sale.returned.value(bread.line), 1);
        QCOMPARE(test::errorCode([&] { returns.quote(sale, {{bread.line, 1, Disposition::Restock}}); }), QStringLiteral("return.too_many"));
        const CompletedReturn zero = returns.complete(s, sale, {{milk.line, 1, Disposition::Restock}}, {});
        QCOMPARE(zero.refund, 0);
        const QString why = ReceiptLayout::plainText(store.till().receipts().byReceiptId(zero.receiptId), 42, QLocale::c());
        QVERIFY2(why.contains(QStringLiteral("Promotions on what you keep")) && why.contains(QStringLiteral("Milk 3 for 2")),
                 qPrintable(why));
        // Later the other two: now they give back what the customer paid for them.
        sale = *returns.findLocal(done.receiptId);
        q = returns.quote(sale, {{milk.line, 2, Disposition::Restock}});
        QCOMPARE(q.refund, milk.gross);
        QCOMPARE(returns.complete(s, sale, {{milk.line, 2, Disposition::Restock}}, returns.refundPlan(sale, q.refund)).refund, milk.gross);
        QCOMPARE(store.till().db().scalar(QStringLiteral("SELECT sum(refund) FROM returns")).toLongLong(), done.total);
        QCOMPARE(test::errorCode([&] {
                     returns.quote(*returns.findLocal(done.receiptId), {{milk.line, 1, Disposition::Restock}});
                 }),
                 QStringLiteral("return.too_many"));
    }

    void calculatorTotalsNeverExceedWhatWasPaid()
    {
        // Property: returns split any way over time give back exactly what was paid, and at no step more
        // than the goods returned so far carried.
        test::TestStore store(20);
        milkThreeForTwo(store);
        const Session s = store.openShift();
        const CompletedSale done = sell(store, s, {{kMilk, 7}, {kBread, 3}});
        OriginalSale base = *store.till().returns().findLocal(done.receiptId);
        const QList<Promotion> promotions = store.till().promotions().all();
        for (int order = 0; order < 6; ++order) {
            OriginalSale sale = base;
            qint64 given = 0;
            qint64 carried = 0;
            // Orders of returning: milk first or bread first, one or two at a time, until all is back.
            for (int step = 0; sale.returnable(1) + sale.returnable(2) > 0; ++step) {
                const int line = (step + order) % 3 == 0 || sale.returnable(2) == 0 ? 1 : 2;
                const qint64 n = std::min<qint64>(sale.returnable(line), 1 + (step + order / 2) % 2);
                if (n == 0)
                    continue;
                const ReturnQuote q = ReturnCalculator::quote(sale, {{line, n, Disposition::Restock}}, promotions);
                carried += q.paid;
                QVERIFY(q.refund >= 0);
                qint64 lines = 0;
                for (const ReturnQuote::Line& l : q.lines)
                    lines += l.refund;
                QCOMPARE(lines, q.refund);
                sale.returned[line] += n;
                sale.refunded += q.refund;
                given += q.refund;
                QVERIFY(given <= carried); // never more than the goods back so far carried
            }
            QCOMPARE(given, done.total);
        }
    }

    void pointsAreReversedInProportion()
    {
        test::TestStore store(20);
        const Session s = store.openShift();
        const CompletedSale done = sell(store, s, {{kMilk, 3}}, QStringLiteral("M0001"));
        QVERIFY(done.pointsEarned > 0);
        ReturnService& returns = store.till().returns();
        OriginalSale sale = *returns.findLocal(done.receiptId);
        const ReturnQuote one = returns.quote(sale, {{1, 1, Disposition::Restock}});
        QCOMPARE(one.pointsReversed, done.pointsEarned / 3);
        const qint64 pendingBefore = store.till().points().account(QStringLiteral("M0001")).available;
        const CompletedReturn r = returns.complete(s, sale, {{1, 1, Disposition::Restock}}, returns.refundPlan(sale, one.refund));
        QCOMPARE(store.till().points().account(QStringLiteral("M0001")).available, pendingBefore - one.pointsReversed);
        const QJsonObject event =
            QJsonDocument::fromJson(
                store.till().db().scalar(QStringLiteral("SELECT payload FROM outbox WHERE event_type = 'return'")).toString().toUtf8())
                .object()
                .value(QStringLiteral("body"))
                .toObject();
        QCOMPARE(event.value(QStringLiteral("loyalty")).toObject().value(QStringLiteral("reversed")).toInteger(), one.pointsReversed);
        QCOMPARE(event.value(QStringLiteral("original")).toObject().value(QStringLiteral("sale_id")).toString(), done.saleId);
        QVERIFY(ReceiptLayout::plainText(store.till().receipts().byReceiptId(r.receiptId), 42, QLocale::c())
                    .contains(QStringLiteral("Points taken back")));
        // The rest: everything earned is taken back, not a point more.
        sale = *returns.findLocal(done.receiptId);
        const ReturnQuote rest = returns.quote(sale, {{1, 2, Disposition::Restock}});
        QCOMPARE(one.pointsReversed + rest.pointsReversed, done.pointsEarned);
    }

    void theRefundFollowsTheTenders()
    {
        test::TestStore store(20);
        const Session s = store.openShift();
        const CompletedSale done = sell(store, s, {{kMilk, 2}}, {}, QStringLiteral("4321"));
        ReturnService& returns = store.till().returns();
        const OriginalSale sale = *returns.findLocal(done.receiptId);
        const QList<RefundTender> plan = returns.refundPlan(sale, done.total);
        QCOMPARE(plan.size(), 2);
        QCOMPARE(plan[0].kind, Tender::Kind::Card);
        QCOMPARE(plan[0].amount + plan[1].amount, done.total);
        const QList<ReturnRequestLine> all{{1, 2, Disposition::Restock}};

        QList<RefundTender> refunds = plan;
        refunds[0].cardLast4 = QStringLiteral("9999");
        refunds[0].approvalCode = QStringLiteral("R1");
        QCOMPARE(test::errorCode([&] { returns.complete(s, sale, all, refunds); }), QStringLiteral("return.card_mismatch"));
        refunds[0].cardLast4 = QStringLiteral("4321");
        refunds[0].approvalCode.clear();
        QCOMPARE(test::errorCode([&] { returns.complete(s, sale, all, refunds); }), QStringLiteral("return.card_approval"));
        refunds[1].amount += 1;
        refunds[0].approvalCode = QStringLiteral("R1");
        QCOMPARE(test::errorCode([&] { returns.complete(s, sale, all, refunds); }), QStringLiteral("return.refund_mismatch"));
        // All in cash instead of the card: a supervisor approves it.
        const QList<RefundTender> cash{{Tender::Kind::Cash, done.total, {}, {}, {}, 0}};
        QCOMPARE(test::errorCode([&] { returns.complete(s, sale, all, cash); }), QStringLiteral("auth.approval_required"));
        QCOMPARE(test::errorCode([&] { returns.complete(s, sale, all, cash, QStringLiteral("1111")); }),
                 QStringLiteral("auth.not_allowed"));
        QVERIFY(store.count(QStringLiteral("returns")) == 0); // nothing written by a refusal
        const CompletedReturn r = returns.complete(s, sale, all, cash, QStringLiteral("2222"));
        QCOMPARE(store.till().db().scalar(QStringLiteral("SELECT approved_by FROM returns WHERE id = ?"), {r.returnId}).toLongLong(),
                 store.supervisor().staffId);
        QCOMPARE(store.till().db().scalar(QStringLiteral("SELECT sum(amount) FROM cash_movements WHERE kind = 'refund'")).toLongLong(),
                 -done.total);
        // The refund and the supervisor's approval of it, both journaled in the return's transaction.
        QCOMPARE(store.till()
                     .db()
                     .scalar(QStringLiteral(
                         "SELECT group_concat(event_type, ',') FROM (SELECT event_type FROM journal ORDER BY seq DESC LIMIT 2)"))
                     .toString(),
                 QStringLiteral("approval,refund"));
    }

    void dispositionsMoveStockAndStoreCreditIsSpendable()
    {
        test::TestStore store(20);
        const Session s = store.openShift();
        const qint64 milkBefore = stockOf(store, kMilk);
        const qint64 breadBefore = stockOf(store, kBread);
        const CompletedSale done = sell(store, s, {{kMilk, 2}, {kBread, 1}});
        ReturnService& returns = store.till().returns();
        const OriginalSale sale = *returns.findLocal(done.receiptId);
        const ReturnQuote q = returns.quote(sale, {{1, 1, Disposition::Restock}, {2, 1, Disposition::Damaged}});
        const CompletedReturn r = returns.complete(s, sale, {{1, 1, Disposition::Restock}, {2, 1, Disposition::Damaged}},
                                                   {{Tender::Kind::GiftCard, q.refund, {}, {}, {}, 0}});
        QCOMPARE(stockOf(store, kMilk), milkBefore - 1);   // one back on the shelf
        QCOMPARE(stockOf(store, kBread), breadBefore - 1); // damaged: back and written off
        QCOMPARE(
            store.till().db().scalar(QStringLiteral("SELECT count(*) FROM stock_movements WHERE reference = ?"), {r.receiptId}).toInt(), 3);
        QVERIFY(GiftCardNumber::isValid(r.storeCredit));
        QCOMPARE(GiftCardNumber::kindOf(r.storeCredit), GiftCardNumber::Kind::StoreCredit);
        const GiftCardAccount credit = store.till().giftCards().account(r.storeCredit);
        QVERIFY(credit.known);
        QCOMPARE(credit.available, q.refund);
        QVERIFY(ReceiptLayout::plainText(store.till().receipts().byReceiptId(r.receiptId), 42, QLocale::c())
                    .contains(QStringLiteral("Store credit")));
    }

    void anExchangeIsOneStepWithMoneyBackOrToPay()
    {
        test::TestStore store(20);
        const Session s = store.openShift();
        const CompletedSale done = sell(store, s, {{kMilk, 2}, {kBread, 1}});
        ReturnService& returns = store.till().returns();
        SaleService& sales = store.till().sales();
        const qint64 milkBefore = stockOf(store, kMilk);
        const qint64 breadBefore = stockOf(store, kBread);
        OriginalSale sale = *returns.findLocal(done.receiptId);
        const qint64 milk = sale.lines[0].gross;  // two
        const qint64 bread = sale.lines[1].gross; // one

        // Two milk back for one bread: the bread is paid with the milk, the rest comes back in cash.
        Cart cart = sales.newCart();
        sales.scan(cart, kBread);
        Payment credit(bread);
        credit.addExchangeCredit(bread);
        // Exchange credit never pays a sale on its own.
        Cart alone = sales.newCart();
        sales.scan(alone, kBread);
        QCOMPARE(test::errorCode([&] { sales.complete(s, alone, credit); }), QStringLiteral("sale.exchange"));
        QCOMPARE(test::errorCode([&] {
                     returns.complete(s, sale, {{1, 2, Disposition::Restock}}, {{Tender::Kind::Exchange, milk, {}, {}, {}, 0}});
                 }),
                 QStringLiteral("return.exchange"));
        Payment tooMuch(bread);
        tooMuch.addExchangeCredit(bread - 1);
        tooMuch.addExactCash();
        QCOMPARE(test::errorCode([&] {
                     returns.exchange(s, sale, {{1, 2, Disposition::Restock}}, cart, tooMuch,
                                      {{Tender::Kind::Cash, milk - bread, {}, {}, {}, 0}});
                 }),
                 QStringLiteral("return.exchange_credit"));
        // Checked before a card terminal pays money back: a card refund for its room only, then
        // once the terminal read the card, that card against the sale's (here paid in cash); a cart
        // still waiting for the customer's age is refused before anything.
        const QList<ReturnRequestLine> twoMilk{{1, 2, Disposition::Restock}};
        const auto check = [&](const Cart& c, Tender::Kind kind, bool beforeTerminal) {
            return test::errorCode([&] {
                returns.checkExchange(s, sale, twoMilk, c, {{kind, milk - bread, {}, QStringLiteral("1234"), {}, 0}}, {}, beforeTerminal);
            });
        };
        QCOMPARE(check(cart, Tender::Kind::Cash, true), QStringLiteral("ok"));
        QCOMPARE(check(cart, Tender::Kind::Card, true), QStringLiteral("return.card_too_much"));
        QCOMPARE(check(cart, Tender::Kind::Card, false), QStringLiteral("return.card_mismatch"));
        Cart restricted = sales.newCart();
        sales.scan(restricted, DemoStore::eanFor(3));
        QVERIFY(restricted.needsAgeConfirmation());
        QCOMPARE(check(restricted, Tender::Kind::Cash, true), QStringLiteral("sale.age_unconfirmed"));
        QCOMPARE(check(sales.newCart(), Tender::Kind::Cash, true), QStringLiteral("return.exchange_empty"));
        const CompletedExchange back =
            returns.exchange(s, sale, twoMilk, cart, credit, {{Tender::Kind::Cash, milk - bread, {}, {}, {}, 0}});
        QCOMPARE(back.credit, milk);
        QCOMPARE(back.back, milk - bread);
        QCOMPARE(back.toPay, 0);
        Database& db = store.till().db();
        QCOMPARE(db.scalar(QStringLiteral("SELECT exchange_sale_id FROM returns WHERE id = ?"), {back.returned.returnId}).toString(),
                 db.scalar(QStringLiteral("SELECT id FROM sales WHERE receipt_id = ?"), {back.sale.receiptId}).toString());
        QCOMPARE(db.scalar(QStringLiteral("SELECT amount FROM sale_tenders t JOIN sales s ON s.id = t.sale_id"
                                          " WHERE s.receipt_id = ? AND t.kind = 'exchange'"),
                           {back.sale.receiptId})
                     .toLongLong(),
                 bread);
        QCOMPARE(db.scalar(QStringLiteral("SELECT sum(amount) FROM cash_movements WHERE kind = 'refund'")).toLongLong(), -(milk - bread));
        QCOMPARE(stockOf(store, kMilk), milkBefore + 2);
        QCOMPARE(stockOf(store, kBread), breadBefore - 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE event_type IN ('sale', 'return')")).toInt(), 3);

        // The bread back for two milk: the customer pays the difference.
        sale = *returns.findLocal(done.receiptId);
        Cart more = sales.newCart();
        sales.scan(more, kMilk);
        sales.scan(more, kMilk);
        const qint64 total = more.totals().total.minor();
        Payment topUp(total);
        topUp.addExchangeCredit(bread);
        topUp.addExactCash();
        const CompletedExchange pay = returns.exchange(s, sale, {{2, 1, Disposition::Restock}}, more, topUp, {});
        QCOMPARE(pay.toPay, total - bread);
        QCOMPARE(pay.back, 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM return_tenders WHERE return_id = ?"), {pay.returned.returnId}).toInt(), 1);
        QVERIFY(sales.newCart().isEmpty());
    }

    void withoutAReceiptAManagerApprovesStoreCreditWithinADailyCap()
    {
        test::TestStore store(20);
        const Session s = store.openShift();
        ReturnService& returns = store.till().returns();
        const qint64 milkId = store.till().catalog().findByCodes({QStringLiteral("0") + kMilk})->id;
        const qint64 price = store.till().catalog().findById(milkId)->price;
        const QList<ReturnService::UnreceiptedLine> eight{{milkId, 8, Disposition::Restock}};
        const QString why = QStringLiteral("gift, no receipt");
        QCOMPARE(test::errorCode([&] { returns.completeWithoutReceipt(s, eight, Tender::Kind::GiftCard, {}, {}); }),
                 QStringLiteral("return.reason"));
        QCOMPARE(test::errorCode([&] { returns.completeWithoutReceipt(s, eight, Tender::Kind::Cash, QStringLiteral("3333"), why); }),
                 QStringLiteral("return.no_receipt_tender"));
        QCOMPARE(test::errorCode([&] { returns.completeWithoutReceipt(s, eight, Tender::Kind::GiftCard, {}, why); }),
                 QStringLiteral("auth.approval_required"));
        QCOMPARE(test::errorCode([&] { returns.completeWithoutReceipt(s, eight, Tender::Kind::GiftCard, QStringLiteral("2222"), why); }),
                 QStringLiteral("auth.not_allowed")); // a supervisor is not enough
        const CompletedReturn r = returns.completeWithoutReceipt(s, eight, Tender::Kind::GiftCard, QStringLiteral("3333"), why);
        QCOMPARE(r.refund, 8 * price);
        QCOMPARE(store.till().giftCards().account(r.storeCredit).available, 8 * price);
        const QString text = ReceiptLayout::plainText(store.till().receipts().byReceiptId(r.receiptId), 42, QLocale::c());
        QVERIFY2(text.contains(QStringLiteral("Returned without a receipt")), qPrintable(text));
        QCOMPARE(store.till().db().scalar(QStringLiteral("SELECT approved_by FROM returns WHERE id = ?"), {r.returnId}).toLongLong(),
                 store.manager().staffId);
        // 50.00 a day by default: one more milk is over it.
        QCOMPARE(
            test::errorCode([&] {
                returns.completeWithoutReceipt(s, {{milkId, 1, Disposition::Damaged}}, Tender::Kind::GiftCard, QStringLiteral("3333"), why);
            }),
            QStringLiteral("return.no_receipt_cap"));
        // A store that allows cash for them, and a higher cap.
        {
            Transaction tx(store.till().db());
            store.till().settings().setValue(QStringLiteral("returns.no_receipt_cash"), QStringLiteral("1"));
            store.till().settings().setValue(QStringLiteral("returns.no_receipt_daily_cap"), QStringLiteral("10000"));
            tx.commit();
        }
        const CompletedReturn cash =
            returns.completeWithoutReceipt(s, {{milkId, 1, Disposition::Damaged}}, Tender::Kind::Cash, QStringLiteral("3333"), why);
        QCOMPARE(store.till().db().scalar(QStringLiteral("SELECT amount FROM cash_movements WHERE kind = 'refund'")).toLongLong(), -price);
        const QJsonObject event =
            QJsonDocument::fromJson(
                store.till()
                    .db()
                    .scalar(QStringLiteral("SELECT payload FROM outbox WHERE event_type = 'return' ORDER BY device_seq DESC"))
                    .toString()
                    .toUtf8())
                .object()
                .value(QStringLiteral("body"))
                .toObject();
        QVERIFY(event.value(QStringLiteral("no_receipt")).toBool());
        QCOMPARE(event.value(QStringLiteral("receipt_id")).toString(), cash.receiptId);
    }

    void trainingReturnsOnlyTrainingSales()
    {
        test::TestStore store(20);
        const Session s = store.openShift();
        const CompletedSale done = sell(store, s, {{kMilk, 1}});
        Session training = s;
        training.training = true;
        const OriginalSale sale = *store.till().returns().findLocal(done.receiptId);
        QCOMPARE(test::errorCode([&] {
                     store.till().returns().complete(training, sale, {{1, 1, Disposition::Restock}}, {});
                 }),
                 QStringLiteral("return.training"));
    }
};

QTEST_GUILESS_MAIN(TestReturns)
#include "tst_returns.moc"
