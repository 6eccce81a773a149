// The stock ledger (on hand is the sum of movements; the cached level is checked against it; what
// sold over a window) and suggested replenishment quantities under each rule.
#include "TestStore.h"
#include "reports/SalesReport.h"
#include "stock/ExpiryMarkdowns.h"
#include "stock/FefoAllocator.h"
#include "stock/MovingAverageCost.h"
#include "stock/ReceivingService.h"
#include "stock/ReplenishmentPlanner.h"
#include "stock/StockBatches.h"
#include "stock/StockCountService.h"
#include "stock/StockRequestRepository.h"

#include "stock/ReplenishmentPolicy.h"
#include "stock/StockLedger.h"
#include <QJsonArray>
#include <QJsonDocument>

#include <QTest>

#include <limits>

using namespace omnitill;

namespace {
const QString kMilk = QStringLiteral("4000000000013");

// Milk received at 3.00 a unit; bread never costed. Returns their product ids.
std::pair<qint64, qint64> milkCostedBreadNot(test::TestStore& store)
{
    Till& till = store.till();
    const qint64 milk = till.catalog().findByCodes({QStringLiteral("0") + kMilk})->id;
    const qint64 bread = till.catalog().findByCodes({QStringLiteral("04000000000020")})->id;
    till.receiving().receiveUnexpected(store.manager(), {{milk, 10, 300, {}, std::nullopt}}, QStringLiteral("direct"), {});
    return {milk, bread};
}
} // namespace

class TestStock : public QObject
{
    Q_OBJECT

    static StockLedger ledgerOf(test::TestStore& store) { return StockLedger(store.till().db(), store.clock()); }

private slots:
    void minMaxOrdersUpToMaxInWholePacks()
    {
        ReorderRule rule;
        rule.min = 10;
        rule.max = 40;
        rule.packSize = 6;
        // 8 on hand, 0 inbound: up to 40 is 32, as packs of 6: 36.
        ReplenishmentSuggestion s = ReplenishmentPolicy::suggest(rule, {8, 0, 0, 28});
        QCOMPARE(s.basis, ReplenishmentSuggestion::Basis::MinMax);
        QCOMPARE(s.quantity, 36);
        // What is on its way counts: 8 + 6 inbound is above min.
        QCOMPARE(ReplenishmentPolicy::suggest(rule, {8, 6, 0, 28}).quantity, 0);
        // Exactly at min orders.
        QCOMPARE(ReplenishmentPolicy::suggest(rule, {10, 0, 0, 28}).quantity, 30);
        // Sold more than was booked in: the shortfall is ordered too.
        QCOMPARE(ReplenishmentPolicy::suggest(rule, {-4, 0, 0, 28}).quantity, 48);
    }

    void aReorderPointOrdersTheCoverPeriodsDemand()
    {
        ReorderRule rule;
        rule.reorderPoint = 12;
        rule.leadTimeDays = 3;
        rule.reviewDays = 4;
        // 56 sold in 28 days: 2 a day, 14 over the 7 days of cover.
        QCOMPARE(ReplenishmentPolicy::demand(56, 28, 7), 14);
        QCOMPARE(ReplenishmentPolicy::demand(1, 28, 7), 1); // a part of a piece is a piece
        QCOMPARE(ReplenishmentPolicy::demand(0, 28, 7), 0);
        ReplenishmentSuggestion s = ReplenishmentPolicy::suggest(rule, {10, 0, 56, 28});
        QCOMPARE(s.basis, ReplenishmentSuggestion::Basis::ReorderPoint);
        QCOMPARE(s.expectedDemand, 14);
        QCOMPARE(s.quantity, 12 + 14 - 10);
        QCOMPARE(ReplenishmentPolicy::suggest(rule, {13, 0, 56, 28}).quantity, 0); // above the point
    }

    void withoutRulesSalesVelocityDecides()
    {
        ReorderRule rule; // lead time 2 + review 7 days
        QCOMPARE(ReplenishmentPolicy::suggest(rule, {5, 0, 28, 28}).quantity, 9 - 5);
        QCOMPARE(ReplenishmentPolicy::suggest(rule, {5, 10, 28, 28}).quantity, 0);
        QCOMPARE(ReplenishmentPolicy::suggest(rule, {0, 0, 0, 28}).quantity, 0); // nothing sells: nothing ordered
        rule.packSize = 0;                                                       // a bad pack size counts as 1
        QCOMPARE(ReplenishmentPolicy::suggest(rule, {0, 0, 28, 28}).quantity, 9);
    }

    void theMovingAverageCostFollowsEveryReceipt()
    {
        // 10 at 1.20 into an empty store, then 30 at 1.00: (12.00 + 30.00) / 40 = 1.05.
        const qint64 first = MovingAverageCost::afterReceipt(0, 0, 10, 120);
        QCOMPARE(first, 120000);
        const qint64 second = MovingAverageCost::afterReceipt(10, first, 30, 100);
        QCOMPARE(second, 105000);
        QCOMPARE(MovingAverageCost::value(40, second), 4200);
        // Thousandths keep what minor units would round away: 3 at 1.00 and 1 at 1.01.
        const qint64 fine = MovingAverageCost::afterReceipt(3, 100000, 1, 101);
        QCOMPARE(fine, 100250);
        QCOMPARE(MovingAverageCost::value(4, fine), 401);
        // Nothing valued on hand (or sold before booked in): the receipt's cost is the average.
        QCOMPARE(MovingAverageCost::afterReceipt(-5, 90000, 10, 110), 110000);
        // Weighed goods: grams at a cost per kilogram; 500 g at 12.90/kg.
        QCOMPARE(MovingAverageCost::value(500, 1290000, true), 645);
        QCOMPARE(test::errorCode([] { MovingAverageCost::afterReceipt(1, 1000, 0, 100); }), QStringLiteral("cost.receipt"));
        QCOMPARE(test::errorCode([] { MovingAverageCost::afterReceipt(1, 1000, 5, -1); }), QStringLiteral("cost.receipt"));
        QCOMPARE(test::errorCode([] { MovingAverageCost::value(std::numeric_limits<qint64>::max() / 2, 1000); }),
                 QStringLiteral("money.overflow"));
    }

    void goodsLeaveFirstExpiryFirstOut()
    {
        const QDate today(2026, 11, 23);
        const QList<StockBatch> batches{{QStringLiteral("A"), QDate(2026, 12, 1), 5, 1},
                                        {QStringLiteral("B"), QDate(2026, 11, 28), 3, 2},
                                        {QStringLiteral("C"), std::nullopt, 10, 3},
                                        {QStringLiteral("D"), QDate(2026, 11, 20), 4, 4},
                                        {QStringLiteral("E"), QDate(2026, 11, 28), 2, 5}};
        const auto names = [](const FefoResult& r) {
            QStringList out;
            for (const BatchTake& t : r.takes)
                out << t.batch + QLatin1Char(':') + QString::number(t.quantity);
            return out.join(QLatin1Char(' '));
        };
        // The two expiring on the 28th (in the order they came in), then A; the expired D is skipped.
        FefoResult nine = FefoAllocator::allocate(batches, 9, today);
        QCOMPARE(names(nine), QStringLiteral("B:3 E:2 A:4"));
        QCOMPARE(nine.shortfall, 0);
        // Undated goods go last; what no batch holds is a shortfall.
        FefoResult thirty = FefoAllocator::allocate(batches, 30, today);
        QCOMPARE(names(thirty), QStringLiteral("B:3 E:2 A:5 C:10"));
        QCOMPARE(thirty.shortfall, 10);
        QCOMPARE(names(FefoAllocator::allocate(batches, 2, today, true)), QStringLiteral("D:2"));
        QVERIFY(FefoAllocator::allocate(batches, 0, today).takes.isEmpty());

        QList<StockBatch> soon = FefoAllocator::expiringSoon(batches, today, 5);
        QCOMPARE(soon.size(), 2);
        QCOMPARE(soon[0].batch, QStringLiteral("B"));
        QCOMPARE(soon[1].batch, QStringLiteral("E"));
        QCOMPARE(FefoAllocator::expiringSoon(batches, today, 8).size(), 3);
    }

    void onHandIsTheSumOfTheLedger()
    {
        test::TestStore store;
        Till& till = store.till();
        StockLedger ledger(till.db(), store.clock());
        const qint64 milk = till.catalog().findByCodes({QStringLiteral("0") + kMilk})->id;
        const qint64 opening = ledger.onHand(milk);
        QVERIFY(ledger.inconsistent().isEmpty());

        const Session cashier = store.openShift();
        Cart cart = till.sales().newCart();
        till.sales().addProduct(cart, milk, 3);
        Payment payment(cart.totals().total.minor());
        payment.addExactCash();
        const CompletedSale sale = till.sales().complete(cashier, cart, payment);
        store.clock().advanceSeconds(3600);
        const std::optional<OriginalSale> original = till.returns().findLocal(sale.receiptId);
        QVERIFY(original);
        const QList<ReturnRequestLine> back{{1, 1, Disposition::Restock}};
        till.returns().complete(cashier, *original, back,
                                till.returns().refundPlan(*original, till.returns().quote(*original, back).refund));
        const std::optional<OriginalSale> again = till.returns().findLocal(sale.receiptId);
        const QList<ReturnRequestLine> damaged{{1, 1, Disposition::Damaged}};
        till.returns().complete(cashier, *again, damaged, till.returns().refundPlan(*again, till.returns().quote(*again, damaged).refund));

        QCOMPARE(ledger.onHand(milk), opening - 3 + 1);
        const QList<StockMovement> history = ledger.history(milk);
        QCOMPARE(history.size(), 5); // opening, sale, return, return, write-off
        QCOMPARE(history[0].reason, QStringLiteral("write_off_damaged"));
        QCOMPARE(history[3].reason, QStringLiteral("sale"));
        QCOMPARE(history[3].quantity, -3);
        QCOMPARE(history[3].reference, sale.receiptId);
        // Three sold, two came back: the customer kept one.
        QCOMPARE(ledger.soldOver(milk, 28), 1);
        store.clock().advanceSeconds(30 * 86400);
        QCOMPARE(ledger.soldOver(milk, 28), 0); // outside the window
        QVERIFY(ledger.inconsistent().isEmpty());
        // The stock list shows what the ledger adds up to, product by product.
        const QList<StockOverviewLine> listed = ledger.overview(QString(), 5000);
        QCOMPARE(listed.size(), ledger.overviewCount(QString()));
        for (const StockOverviewLine& line : listed)
            QCOMPARE(line.onHand, ledger.onHand(line.productId));

        // A level changed behind the ledger's back is found.
        till.db().exec(QStringLiteral("UPDATE stock_levels SET quantity = quantity + 1 WHERE product_id = ?"), {milk});
        QCOMPARE(ledger.inconsistent(), QList<qint64>{milk});
    }

    void aDeliveryIsReceivedWithBatchExpiryAndCost()
    {
        test::TestStore store;
        Till& till = store.till();
        ReceivingService& receiving = till.receiving();
        StockLedger ledger(till.db(), store.clock());
        const qint64 milk = till.catalog().findByCodes({QStringLiteral("0") + kMilk})->id;
        const qint64 before = ledger.onHand(milk);

        // Scanned from the case's GS1 label: product, batch and expiry.
        ReceivedLine line = receiving.lineFromScan(QStringLiteral("(01)04000000000013(17)271231(10)LOT7"));
        QCOMPARE(line.productId, milk);
        QCOMPARE(line.batch, QStringLiteral("LOT7"));
        QCOMPARE(line.expiry, std::optional<QDate>(QDate(2027, 12, 31)));
        line.quantity = 12;
        line.unitCost = 300;

        const Session cashier = store.cashier();
        QCOMPARE(test::errorCode([&] { receiving.receiveUnexpected(cashier, {line}, QStringLiteral("extra case"), {}); }),
                 QStringLiteral("auth.approval_required"));
        QCOMPARE(test::errorCode([&] { receiving.receiveUnexpected(cashier, {line}, QStringLiteral(" "), {}, QStringLiteral("3333")); }),
                 QStringLiteral("stock.reason"));
        const CompletedReceipt first =
            receiving.receiveUnexpected(cashier, {line}, QStringLiteral("extra case"), QStringLiteral("DN-1"), QStringLiteral("3333"));
        QCOMPARE(first.value, 12 * 300);
        QCOMPARE(ledger.onHand(milk), before + 12);
        QVERIFY(ledger.inconsistent().isEmpty());
        // The opening stock had no cost: the first delivery's is the average; the next one averages.
        QCOMPARE(receiving.averageCost(milk), 300000);
        line.unitCost = 330;
        const Session manager = store.manager();
        receiving.receiveUnexpected(manager, {line}, QStringLiteral("second case"), {});
        const qint64 onHandBefore = before + 12;
        QCOMPARE(receiving.averageCost(milk), (onHandBefore * 300000 + 12 * 330000 + (onHandBefore + 12) / 2) / (onHandBefore + 12));
        QCOMPARE(till.db()
                     .scalar(QStringLiteral("SELECT sum(quantity) FROM stock_batches WHERE product_id = ? AND batch = 'LOT7'"
                                            " AND expiry = '2027-12-31'"),
                             {milk})
                     .toLongLong(),
                 24);
        const QString payload = till.db()
                                    .scalar(QStringLiteral("SELECT payload FROM outbox WHERE event_type = 'stock.received'"
                                                           " ORDER BY device_seq LIMIT 1"))
                                    .toString();
        const QJsonObject body = QJsonDocument::fromJson(payload.toUtf8()).object().value(QStringLiteral("body")).toObject();
        QCOMPARE(body.value(QStringLiteral("reference")).toString(), QStringLiteral("DN-1"));
        QCOMPARE(body.value(QStringLiteral("lines")).toArray()[0].toObject().value(QStringLiteral("batch")).toString(),
                 QStringLiteral("LOT7"));
    }

    void theStoreIsToldWhatToOrder()
    {
        test::TestStore store;
        Till& till = store.till();
        ReplenishmentPlanner& planner = till.planner();
        StockLedger ledger(till.db(), store.clock());
        const qint64 milk = till.catalog().findByCodes({QStringLiteral("0") + kMilk})->id;
        const qint64 bread = till.catalog().findByCodes({QStringLiteral("04000000000020")})->id;
        const qint64 milkOnHand = ledger.onHand(milk);
        ReorderRule rule;
        rule.min = milkOnHand;
        rule.max = milkOnHand + 50;
        rule.packSize = 12;
        QCOMPARE(test::errorCode([&] { planner.setRule(store.cashier(), milk, rule); }), QStringLiteral("auth.approval_required"));
        ReorderRule bad = rule;
        bad.max = rule.min - 1;
        QCOMPARE(test::errorCode([&] { planner.setRule(store.manager(), milk, bad); }), QStringLiteral("stock.rule"));
        planner.setRule(store.manager(), milk, rule);
        QCOMPARE(planner.rule(milk).packSize, 12);

        // Bread sells 280 in the window with no rule: 10 a day over 9 days of cover, less what is left.
        const Session cashier = store.openShift();
        Cart cart = till.sales().newCart();
        till.sales().addProduct(cart, bread, 280);
        Payment payment(cart.totals().total.minor());
        payment.addExactCash();
        till.sales().complete(cashier, cart, payment);
        const QList<ReplenishmentLine> lines = planner.suggestions(28);
        const auto find = [&](qint64 id) {
            for (const ReplenishmentLine& l : lines)
                if (l.productId == id)
                    return l;
            return ReplenishmentLine{};
        };
        QCOMPARE(find(milk).suggestion.basis, ReplenishmentSuggestion::Basis::MinMax);
        QCOMPARE(find(milk).suggestion.quantity, 60); // 50 up to max, in packs of 12
        const ReplenishmentLine breadLine = find(bread);
        QCOMPARE(breadLine.position.soldInWindow, 280);
        QCOMPARE(breadLine.suggestion.basis, ReplenishmentSuggestion::Basis::Velocity);
        QCOMPARE(breadLine.suggestion.expectedDemand, 90);
        QCOMPARE(breadLine.suggestion.quantity, 90 - ledger.onHand(bread));
        // Products that neither have a rule nor sold are not listed.
        QCOMPARE(lines.size(), 2);
    }

    void aCountSeesWhatWasOnTheShelfWhenCounted()
    {
        test::TestStore store;
        Till& till = store.till();
        StockCountService& counts = till.stockCounts();
        StockLedger ledger(till.db(), store.clock());
        const qint64 milk = till.catalog().findByCodes({QStringLiteral("0") + kMilk})->id;
        const qint64 onHand = ledger.onHand(milk);
        const Session cashier = store.openShift();
        QCOMPARE(test::errorCode([&] { counts.start(Session{}, false, {}); }), QStringLiteral("auth.no_session"));
        const QString id = counts.start(cashier, true, QStringLiteral("dairy"));
        QCOMPARE(test::errorCode([&] { counts.start(cashier, false, {}); }), QStringLiteral("stock.count_open"));
        QCOMPARE(counts.scan(cashier, id, kMilk).counted, 1);
        // Blind: the service itself does not tell what the ledger expects while counting.
        const StockCountLine blind = counts.scan(cashier, id, kMilk);
        QCOMPARE(blind.counted, 2);
        QVERIFY(!blind.expected);
        QCOMPARE(test::errorCode([&] { counts.setCounted(cashier, id, milk, -1); }), QStringLiteral("stock.quantity"));

        // Two sell after they were counted: not a loss, the count saw the shelf before the sale.
        Cart cart = till.sales().newCart();
        till.sales().addProduct(cart, milk, 2);
        Payment payment(cart.totals().total.minor());
        payment.addExactCash();
        till.sales().complete(cashier, cart, payment);
        counts.setCounted(cashier, id, milk, onHand - 5);
        QCOMPARE(test::errorCode([&] { counts.approve(store.manager(), id); }), QStringLiteral("stock.count_not_closed"));
        counts.close(cashier, id);
        QCOMPARE(test::errorCode([&] { counts.scan(cashier, id, kMilk); }), QStringLiteral("stock.count_closed"));
        const StockCount closed = counts.count(id);
        QCOMPARE(closed.lines.size(), 1);
        QCOMPARE(*closed.lines[0].expected, onHand);
        QCOMPARE(closed.lines[0].variance, -5);
        QCOMPARE(test::errorCode([&] { counts.approve(cashier, id); }), QStringLiteral("auth.approval_required"));
        QCOMPARE(counts.approve(cashier, id, QStringLiteral("3333")), 1);
        QCOMPARE(ledger.onHand(milk), onHand - 2 - 5);
        QVERIFY(ledger.inconsistent().isEmpty());
        QCOMPARE(ledger.history(milk, 1).value(0).reason, QStringLiteral("count"));
        QCOMPARE(test::errorCode([&] { counts.cancel(cashier, id); }), QStringLiteral("stock.count_approved"));
        QVERIFY(!counts.current());
    }

    void goodsLeaveByFirstExpiryAndArriveAsShipped()
    {
        test::TestStore store;
        Till& till = store.till();
        const qint64 milk = till.catalog().findByCodes({QStringLiteral("0") + kMilk})->id;
        for (const auto& [batch, expiry, quantity] : {std::tuple{"LATE", QDate(2027, 3, 1), 5}, std::tuple{"SOON", QDate(2027, 1, 1), 4},
                                                      std::tuple{"GONE", QDate(2026, 11, 1), 9}})
            till.db().exec(
                QStringLiteral(
                    "INSERT INTO stock_batches(product_id, batch, expiry, quantity, received_at) VALUES(?, ?, ?, ?, '2026-10-01')"),
                {milk, QString::fromLatin1(batch), expiry.toString(Qt::ISODate), quantity});
        StockBatches batches(till.db());
        Transaction tx(till.db());
        const FefoResult taken = batches.take(milk, 7, QDate(2026, 11, 23));
        tx.commit();
        QCOMPARE(taken.takes.size(), 2);
        QCOMPARE(taken.takes[0].batch, QStringLiteral("SOON"));
        QCOMPARE(taken.takes[0].quantity, 4);
        QCOMPARE(taken.takes[1].batch, QStringLiteral("LATE"));
        QCOMPARE(taken.takes[1].quantity, 3);
        QCOMPARE(taken.shortfall, 0);
        QStringList left;
        for (const StockBatch& b : batches.of(milk))
            left << QStringLiteral("%1:%2").arg(b.batch).arg(b.quantity);
        QCOMPARE(left, (QStringList{QStringLiteral("LATE:2"), QStringLiteral("GONE:9")}));
    }

    void aBatchNearExpiryIsMarkedDownSoldFirstAndWrittenOffOnceExpired()
    {
        test::TestStore store;
        Till& till = store.till();
        const qint64 milk = till.catalog().findByCodes({QStringLiteral("0") + kMilk})->id;
        StockLedger ledger(till.db(), store.clock());
        till.receiving().receiveUnexpected(
            store.manager(),
            {{milk, 10, 300, QStringLiteral("OLD"), QDate(2026, 11, 25)}, {milk, 10, 300, QStringLiteral("NEW"), QDate(2027, 1, 10)}},
            QStringLiteral("direct delivery"), {});
        ExpiryMarkdowns& markdowns = till.markdowns();
        const QList<ExpiringBatch> soon = markdowns.expiringSoon(3);
        QCOMPARE(soon.size(), 1);
        QCOMPARE(soon[0].batch, QStringLiteral("OLD"));
        QCOMPARE(soon[0].quantity, 10);
        QVERIFY(!soon[0].expired);
        const Session cashier = store.openShift();
        QCOMPARE(test::errorCode([&] { markdowns.markDown(cashier, milk, QStringLiteral("OLD"), 30); }),
                 QStringLiteral("auth.approval_required"));
        QCOMPARE(test::errorCode([&] { markdowns.markDown(store.manager(), milk, QStringLiteral("OLD"), 95); }),
                 QStringLiteral("stock.markdown"));
        QCOMPARE(test::errorCode([&] { markdowns.markDown(store.manager(), milk, QStringLiteral("NOPE"), 30); }),
                 QStringLiteral("stock.unknown_batch"));
        QCOMPARE(markdowns.markDown(store.manager(), milk, QStringLiteral("OLD"), 30), 404); // 5.78 less 30 %, rounded down
        QCOMPARE(*markdowns.expiringSoon(3)[0].markdown, 404);

        // The marked-down batch's label sells at its price; the other batch and a plain barcode do not.
        Cart cart = till.sales().newCart();
        const int reduced = till.sales().scan(cart, QStringLiteral("(01)04000000000013(17)261125(10)OLD"));
        const int regular = till.sales().scan(cart, QStringLiteral("(01)04000000000013(17)270110(10)NEW"));
        till.sales().scan(cart, kMilk);
        QCOMPARE(cart.line(reduced).unitPrice, 404);
        QCOMPARE(cart.line(regular).unitPrice, 578);
        Payment payment(cart.totals().total.minor());
        payment.addExactCash();
        till.sales().complete(cashier, cart, payment);
        // The labelled goods left their batches; the plain barcode took the first to expire.
        QHash<QString, qint64> left;
        for (const StockBatch& b : StockBatches(till.db()).of(milk))
            left.insert(b.batch, b.quantity);
        QCOMPARE(left.value(QStringLiteral("OLD")), 8);
        QCOMPARE(left.value(QStringLiteral("NEW")), 9);
        QCOMPARE(till.db().scalar(QStringLiteral("SELECT min(cost_milli) FROM sale_lines")).toLongLong(), 300000);

        QCOMPARE(test::errorCode([&] { markdowns.writeOffExpired(store.manager(), milk, QStringLiteral("OLD")); }),
                 QStringLiteral("stock.not_expired"));
        store.clock().set(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
        QVERIFY(markdowns.expiringSoon(0).value(0).expired);
        const qint64 before = ledger.onHand(milk);
        QCOMPARE(markdowns.writeOffExpired(store.manager(), milk, QStringLiteral("OLD")), 8);
        QCOMPARE(ledger.onHand(milk), before - 8);
        QVERIFY(ledger.inconsistent().isEmpty());
        QVERIFY(markdowns.expiringSoon(0).isEmpty());
        QCOMPARE(till.db().scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE event_type = 'stock.written_off'")).toInt(), 1);
    }

    void reportsShowSalesByHourCategoryChannelAndCashierWithMargins()
    {
        test::TestStore store;
        Till& till = store.till();
        const auto [milk, bread] = milkCostedBreadNot(store);
        const Session cashier = store.openShift();
        const auto sell = [&](qint64 product, qint64 quantity) {
            Cart cart = till.sales().newCart();
            till.sales().addProduct(cart, product, quantity);
            Payment payment(cart.totals().total.minor());
            payment.addExactCash();
            till.sales().complete(cashier, cart, payment);
        };
        sell(milk, 2); // 10:00 in Berlin
        store.clock().advanceSeconds(3 * 3600);
        sell(bread, 1); // 13:00
        sell(milk, 1);
        const QDate today(2026, 11, 23);
        SalesReport report(till.db(), till.settings());

        const QList<ReportRow> hours = report.sales(SalesReport::By::Hour, today, today);
        QCOMPARE(hours.size(), 2);
        QCOMPARE(hours[0].label, QStringLiteral("10:00"));
        QCOMPARE(hours[0].sales, 1);
        QCOMPARE(hours[0].gross, 2 * 578);
        QCOMPARE(hours[1].label, QStringLiteral("13:00"));
        QCOMPARE(hours[1].sales, 2);
        QCOMPARE(hours[1].gross, 305 + 578);

        const QList<ReportRow> products = report.sales(SalesReport::By::Product, today, today, QStringLiteral("en"), 1);
        QCOMPARE(products.size(), 1);
        QCOMPARE(products[0].key, QStringLiteral("SKU0000001"));
        QCOMPARE(products[0].quantity, 3);
        QCOMPARE(products[0].cost, 3 * 300);
        QCOMPARE(products[0].margin, products[0].net - 3 * 300);
        // Bread was never costed: no cost, and no margin claimed for it.
        const QList<ReportRow> all = report.sales(SalesReport::By::Product, today, today);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[1].cost, 0);
        QCOMPARE(all[1].margin, 0);

        const QList<ReportRow> channels = report.sales(SalesReport::By::Channel, today, today);
        QCOMPARE(channels.size(), 1);
        QCOMPARE(channels[0].label, QStringLiteral("till"));
        QCOMPARE(channels[0].sales, 3);
        const QList<ReportRow> cashiers = report.sales(SalesReport::By::Cashier, today, today);
        QCOMPARE(cashiers.size(), 1);
        QCOMPARE(cashiers[0].sales, 3);
        QCOMPARE(cashiers[0].label, cashier.name);
        QVERIFY(!report.sales(SalesReport::By::Category, today, today).isEmpty());
        QVERIFY(report.sales(SalesReport::By::Product, today.addDays(1), today.addDays(7)).isEmpty());
        qint64 stockValue = 0;
        for (const ReportRow& r : report.stockValueByCategory())
            stockValue += r.gross;
        QVERIFY(stockValue >= (ledgerOf(store).onHand(milk)) * 300);

        ReportRow hostile;
        hostile.key = QStringLiteral("X1");
        hostile.label = QStringLiteral("=HYPERLINK(\"http://x\"), \"cheap\"");
        hostile.gross = -1250;
        const QString csv = SalesReport::toCsv({hostile}, {QStringLiteral("Key"), QStringLiteral("Item")}, 2);
        QCOMPARE(csv, QStringLiteral("Key,Item\r\nX1,\"'=HYPERLINK(\"\"http://x\"\"), \"\"cheap\"\"\",0,0,0,-12.50,0.00,0.00,0.00\r\n"));
    }

    // A sale given back is no sale: every report counts returns against what was sold, on the day
    // and hour they were taken, at the cost of the lines they give back.
    void reportsCountReturnsAgainstSales()
    {
        test::TestStore store;
        Till& till = store.till();
        const auto [milk, bread] = milkCostedBreadNot(store);
        const Session cashier = store.openShift();
        Cart cart = till.sales().newCart();
        till.sales().addProduct(cart, milk, 2);
        till.sales().addProduct(cart, bread, 1);
        Payment payment(cart.totals().total.minor());
        payment.addExactCash();
        const CompletedSale sold = till.sales().complete(cashier, cart, payment); // 10:00
        store.clock().advanceSeconds(3 * 3600);
        // 13:00: all the milk back, in cash.
        ReturnService& returns = till.returns();
        const OriginalSale sale = *returns.findLocal(sold.receiptId);
        const QList<ReturnRequestLine> milkBack{{1, 2, Disposition::Restock}};
        returns.complete(cashier, sale, milkBack, returns.refundPlan(sale, returns.quote(sale, milkBack).refund));
        const qint64 breadGross = sale.lines[1].gross;
        const qint64 breadNet = till.db().scalar(QStringLiteral("SELECT net FROM sale_lines WHERE line_no = 2")).toLongLong();
        const QDate today(2026, 11, 23);
        SalesReport report(till.db(), till.settings());

        const QList<ReportRow> products = report.sales(SalesReport::By::Product, today, today);
        QCOMPARE(products.size(), 2);
        const ReportRow milkRow = products[0].key == QStringLiteral("SKU0000001") ? products[0] : products[1];
        QCOMPARE(milkRow.sales, 1);
        QCOMPARE(milkRow.returns, 1);
        QCOMPARE(milkRow.quantity, 0);
        QCOMPARE(milkRow.gross, 0);
        QCOMPARE(milkRow.net, 0);
        QCOMPARE(milkRow.cost, 0);
        QCOMPARE(milkRow.margin, 0);

        const QList<ReportRow> channels = report.sales(SalesReport::By::Channel, today, today);
        QCOMPARE(channels.size(), 1);
        QCOMPARE(channels[0].gross, breadGross);
        QCOMPARE(channels[0].net, breadNet);
        QCOMPARE(channels[0].quantity, 1);
        const QList<ReportRow> cashiers = report.sales(SalesReport::By::Cashier, today, today);
        QCOMPARE(cashiers[0].gross, breadGross);
        qint64 byCategory = 0;
        for (const ReportRow& r : report.sales(SalesReport::By::Category, today, today))
            byCategory += r.gross;
        QCOMPARE(byCategory, breadGross);
        const QList<ReportRow> hours = report.sales(SalesReport::By::Hour, today, today);
        QCOMPARE(hours.size(), 2);
        QCOMPARE(hours[0].label, QStringLiteral("10:00"));
        QCOMPARE(hours[0].sales, 1);
        QCOMPARE(hours[0].returns, 0);
        QCOMPARE(hours[1].label, QStringLiteral("13:00"));
        QCOMPARE(hours[1].sales, 0);
        QCOMPARE(hours[1].returns, 1);
        QCOMPARE(hours[0].gross + hours[1].gross, breadGross);
        QCOMPARE(hours[1].cost, -2 * 300);
        // A return on a later day counts on that day, not on the day of the sale.
        QCOMPARE(report.sales(SalesReport::By::Channel, today.addDays(1), today.addDays(1)).size(), 0);
    }

    void aShipmentThatNeverArrivedIsReceivedAsNothing()
    {
        test::TestStore store;
        Till& till = store.till();
        const qint64 milk = till.catalog().findByCodes({QStringLiteral("0") + kMilk})->id;
        const qint64 before = StockLedger(till.db(), store.clock()).onHand(milk);
        const QJsonObject line{{QStringLiteral("sku"), QStringLiteral("SKU0000001")},
                               {QStringLiteral("requested"), 10},
                               {QStringLiteral("approved"), 10},
                               {QStringLiteral("shipped"), 10}};
        QJsonObject view{
            {QStringLiteral("id"), QStringLiteral("r-1")},
            {QStringLiteral("number"), QStringLiteral("S1-T1-R0001")},
            {QStringLiteral("kind"), QStringLiteral("replenishment")},
            {QStringLiteral("source"), QStringLiteral("warehouse")},
            {QStringLiteral("store_id"), QStringLiteral("S1")},
            {QStringLiteral("status"), QStringLiteral("shipped")},
            {QStringLiteral("created_at"), QStringLiteral("2026-11-20T08:00:00.000Z")},
            {QStringLiteral("updated_at"), QStringLiteral("2026-11-22T08:00:00.000Z")},
            {QStringLiteral("lines"), QJsonArray{line}},
            {QStringLiteral("shipment"),
             QJsonObject{{QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("SKU0000001")},
                                                                          {QStringLiteral("quantity"), 10},
                                                                          {QStringLiteral("unit_cost"), 50}}}}}}};
        {
            Transaction tx(till.db());
            StockRequestRepository(till.db()).applyHubView(view);
            tx.commit();
        }
        QCOMPARE(till.stockRequests().inbound().value(milk), 10);
        QList<ReceivingDiscrepancy> differences;
        till.receiving().receiveExpected(store.manager(), QStringLiteral("r-1"), {}, &differences);
        QCOMPARE(differences.size(), 1);
        QCOMPARE(differences[0].expected, 10);
        QCOMPARE(differences[0].received, 0);
        QCOMPARE(StockLedger(till.db(), store.clock()).onHand(milk), before);
        QCOMPARE(till.stockRequests().request(QStringLiteral("r-1")).status, StockRequest::Status::Received);
        QVERIFY(till.stockRequests().inbound().isEmpty());
        // An older view from the hub does not take the request back to shipped.
        {
            Transaction tx(till.db());
            StockRequestRepository(till.db()).applyHubView(view);
            tx.commit();
        }
        QCOMPARE(till.stockRequests().request(QStringLiteral("r-1")).status, StockRequest::Status::Received);
    }
};

QTEST_GUILESS_MAIN(TestStock)
#include "tst_stock.moc"
