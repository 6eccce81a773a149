// The click-and-collect desk on its own: orders as the hub's feed delivers them, picking by scanning
// (wrong items and too many refused), short picks and substitutes only with consent, hand-over by
// the signed pickup QR (tampered and foreign codes refused) or number and phone digits, paid online
// or at the desk, refused lines, cancelled and overdue orders, and search over a large batch.
#include "DemoStore.h"
#include "PickupOrders.h"
#include "TestStore.h"
#include "common/DomainError.h"
#include "crypto/HubToken.h"
#include "crypto/Signer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <limits>

using namespace omnitill;

namespace {
const QString kMilk = QStringLiteral("4000000000013");  // SKU0000001, 5.78
const QString kBread = QStringLiteral("4000000000020"); // SKU0000002, 3.05
const QString kStore = QStringLiteral("S1");
using Line = test::OrderLine;
} // namespace

class TestPickup : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestStore> m_store;
    std::unique_ptr<test::PickupOrders> m_shop;

    Till& till() { return m_store->till(); }
    PickupService& pickups() { return m_store->till().pickups(); }

    QJsonObject order(const QString& id, const QString& number, const QList<Line>& lines, bool paid,
                      const QString& status = QStringLiteral("placed"), const QString& store = kStore,
                      const QString& name = QStringLiteral("Anna Schmidt"), const QString& phone = QStringLiteral("+49 170 555 1234"))
    {
        return m_shop->order(id, number, lines, paid, status, store, {name, phone});
    }

    void deliver(const QList<QJsonObject>& orders) { m_shop->deliver(orders); }

    QList<QJsonObject> outbox(const QString& type)
    {
        QList<QJsonObject> out;
        QSqlQuery& q = till().db().exec(QStringLiteral("SELECT payload FROM outbox WHERE event_type = ? ORDER BY device_seq"), {type});
        while (q.next())
            out.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().value(QStringLiteral("body")).toObject());
        q.finish();
        return out;
    }

    qint64 stock(const QString& sku)
    {
        return till()
            .db()
            .scalar(QStringLiteral("SELECT coalesce(sum(quantity_delta), 0) FROM stock_movements m"
                                   " JOIN products p ON p.id = m.product_id WHERE p.sku = ?"),
                    {sku})
            .toLongLong();
    }

    QString sku(const QString& ean) { return till().catalog().findByCodes({QStringLiteral("0") + ean})->sku; }

private slots:
    void init()
    {
        m_store = std::make_unique<test::TestStore>();
        m_shop = std::make_unique<test::PickupOrders>(till(), kStore);
    }

    void anOrderIsPickedByScanningEachItem()
    {
        deliver({order(QStringLiteral("o-1"), QStringLiteral("1001"),
                       {{QStringLiteral("SKU0000001"), 2, 578}, {QStringLiteral("SKU0000002"), 1, 305}}, true)});
        const Session clerk = m_store->cashier();
        QCOMPARE(pickups().load(QStringLiteral("o-1")).status, PickupStatus::ToPick);

        QCOMPARE(pickups().pick(clerk, QStringLiteral("o-1"), kMilk), 1);
        QCOMPARE(pickups().load(QStringLiteral("o-1")).status, PickupStatus::Picking);
        // Something that is not in the order, and one milk too many, are refused.
        const QString other = DemoStore::eanFor(2);
        QCOMPARE(test::errorCode([&] { pickups().pick(clerk, QStringLiteral("o-1"), other); }), QStringLiteral("pickup.wrong_item"));
        QCOMPARE(test::errorCode([&] { pickups().pick(clerk, QStringLiteral("o-1"), QStringLiteral("123")); }),
                 QStringLiteral("catalog.unknown_product"));
        QCOMPARE(pickups().pick(clerk, QStringLiteral("o-1"), kMilk), 1);
        QCOMPARE(test::errorCode([&] { pickups().pick(clerk, QStringLiteral("o-1"), kMilk); }), QStringLiteral("pickup.too_many"));
        // Not ready while bread is missing.
        QCOMPARE(test::errorCode([&] { pickups().markReady(clerk, QStringLiteral("o-1")); }), QStringLiteral("pickup.unsettled"));
        QVERIFY(outbox(QStringLiteral("pickup.ready")).isEmpty());
        QCOMPARE(pickups().pick(clerk, QStringLiteral("o-1"), kBread), 2);
        pickups().markReady(clerk, QStringLiteral("o-1"));

        const PickupOrder ready = pickups().load(QStringLiteral("o-1"));
        QCOMPARE(ready.status, PickupStatus::Ready);
        QCOMPARE(ready.lines[0].picked, 2);
        QCOMPARE(ready.deliveredValue(), 2 * 578 + 305);
        const QList<QJsonObject> events = outbox(QStringLiteral("pickup.ready"));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].value(QStringLiteral("number")).toString(), QStringLiteral("1001"));
        QCOMPARE(events[0].value(QStringLiteral("value")).toInteger(), 2 * 578 + 305);
        // A ready order takes no more scans until a line is put back.
        QCOMPARE(test::errorCode([&] { pickups().pick(clerk, QStringLiteral("o-1"), kMilk); }), QStringLiteral("pickup.ready"));
        pickups().resetLine(clerk, QStringLiteral("o-1"), 2);
        QCOMPARE(pickups().load(QStringLiteral("o-1")).status, PickupStatus::Picking);
        QCOMPARE(pickups().load(QStringLiteral("o-1")).lines[1].picked, 0);
        // Picking moves no stock: the goods are still in the store.
        QCOMPARE(stock(QStringLiteral("SKU0000001")), till()
                                                          .db()
                                                          .scalar(QStringLiteral("SELECT quantity FROM stock_levels l JOIN products p"
                                                                                 " ON p.id = l.product_id WHERE p.sku = 'SKU0000001'"))
                                                          .toLongLong());
        // Training sessions stay away from real orders.
        Session training = clerk;
        training.training = true;
        QCOMPARE(test::errorCode([&] { pickups().pick(training, QStringLiteral("o-1"), kBread); }), QStringLiteral("pickup.training"));
    }

    void theCustomersPickupCodeIsCheckedOffline()
    {
        deliver({order(QStringLiteral("o-2"), QStringLiteral("1002"), {{QStringLiteral("SKU0000001"), 1, 578}}, true)});
        const QString token = pickups().load(QStringLiteral("o-2")).pickupToken;
        QCOMPARE(pickups().orderForToken(token), QStringLiteral("o-2"));

        // Altered: the payload names another order, the signature no longer fits.
        const QStringList parts = token.split(QLatin1Char('.'));
        const QByteArray forgedPayload = QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding)
                                             .replace("o-2", "o-3")
                                             .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QString tampered = parts[0] + QLatin1Char('.') + QString::fromLatin1(forgedPayload) + QLatin1Char('.') + parts[2];
        QCOMPARE(test::errorCode([&] { pickups().orderForToken(tampered); }), QStringLiteral("pickup.bad_token"));
        // Signed by some other key: foreign.
        auto otherKey = EcdsaP256Signer::generate();
        const QDateTime now = m_store->clock().nowUtc();
        const QString foreign =
            HubToken::sign(*otherKey, HubToken::kPickup, {QStringLiteral("o-2"), kStore, QStringLiteral("1002")}, now, now.addDays(1));
        QCOMPARE(test::errorCode([&] { pickups().orderForToken(foreign); }), QStringLiteral("pickup.bad_token"));
        QCOMPARE(test::errorCode([&] { pickups().orderForToken(QStringLiteral("OTP1.garbage")); }), QStringLiteral("pickup.bad_token"));
        // A member's QR is not a pickup code.
        const QString member = HubToken::sign(m_shop->hubKey(), HubToken::kMember, {QStringLiteral("m")}, now, now.addDays(1));
        QCOMPARE(test::errorCode([&] { pickups().orderForToken(member); }), QStringLiteral("pickup.bad_token"));
        // Genuine, but for pickup at another store.
        const QString elsewhere = HubToken::sign(m_shop->hubKey(), HubToken::kPickup,
                                                 {QStringLiteral("o-9"), QStringLiteral("S2"), QStringLiteral("9")}, now, now.addDays(1));
        QCOMPARE(test::errorCode([&] { pickups().orderForToken(elsewhere); }), QStringLiteral("pickup.other_store"));
        // Genuine, for this store, but not synced yet.
        const QString unsynced = HubToken::sign(m_shop->hubKey(), HubToken::kPickup,
                                                {QStringLiteral("o-8"), kStore, QStringLiteral("1008")}, now, now.addDays(1));
        QCOMPARE(test::errorCode([&] { pickups().orderForToken(unsynced); }), QStringLiteral("pickup.unknown"));
        // #19 transition: a pickup code from before the update (version 1, in customers' e-mails)
        // still finds its order; once expired, a version 2 code says so.
        QCOMPARE(pickups().orderForToken(
                     HubToken::signVersion1(m_shop->hubKey(), HubToken::kPickup, {QStringLiteral("o-2"), kStore, QStringLiteral("1002")})),
                 QStringLiteral("o-2"));
        const QString old = HubToken::sign(m_shop->hubKey(), HubToken::kPickup, {QStringLiteral("o-2"), kStore, QStringLiteral("1002")},
                                           now.addDays(-200), now.addDays(-20));
        try {
            pickups().orderForToken(old);
            QFAIL("an expired pickup code was taken");
        } catch (const DomainError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("expired")), qPrintable(e.message()));
        }

        // Or the order number and the last four digits of the phone.
        QCOMPARE(pickups().orderForNumberAndPhone(QStringLiteral("1002"), QStringLiteral("1234")), QStringLiteral("o-2"));
        QCOMPARE(test::errorCode([&] { pickups().orderForNumberAndPhone(QStringLiteral("1002"), QStringLiteral("4321")); }),
                 QStringLiteral("pickup.no_match"));
        QCOMPARE(test::errorCode([&] { pickups().orderForNumberAndPhone(QStringLiteral("1002"), QStringLiteral("12")); }),
                 QStringLiteral("pickup.phone_digits"));

        // A till that was never enrolled cannot check codes at all.
        till().settings().setValue(QStringLiteral("sync.hub_public_key"), QString());
        QCOMPARE(test::errorCode([&] { pickups().orderForToken(token); }), QStringLiteral("pickup.not_enrolled"));
    }

    void shortPicksAndSubstitutesNeedConsentAndAPaidOrderIsHandedOver()
    {
        const QString substituteEan = DemoStore::eanFor(2);
        const QString substituteSku = sku(substituteEan);
        const qint64 substitutePrice = till().catalog().findByCodes({QStringLiteral("0") + substituteEan})->price;
        deliver({order(QStringLiteral("o-4"), QStringLiteral("1004"),
                       {{QStringLiteral("SKU0000001"), 3, 578}, {QStringLiteral("SKU0000002"), 2, 305}}, true)});
        const Session clerk = m_store->cashier();
        const qint64 milkBefore = stock(QStringLiteral("SKU0000001"));
        const qint64 subBefore = stock(substituteSku);
        pickups().pick(clerk, QStringLiteral("o-4"), kMilk);
        pickups().pick(clerk, QStringLiteral("o-4"), kMilk);
        QCOMPARE(test::errorCode([&] { pickups().shortPick(clerk, QStringLiteral("o-4"), 1, QStringLiteral("  ")); }),
                 QStringLiteral("pickup.consent"));
        pickups().shortPick(clerk, QStringLiteral("o-4"), 1, QStringLiteral("by phone"));
        // No bread left: something else, with consent, for no more than the bread cost.
        QCOMPARE(test::errorCode([&] { pickups().substitute(clerk, QStringLiteral("o-4"), 2, kBread, 2, QStringLiteral("ok")); }),
                 QStringLiteral("pickup.same_item"));
        QCOMPARE(test::errorCode([&] { pickups().substitute(clerk, QStringLiteral("o-4"), 2, substituteEan, 3, QStringLiteral("ok")); }),
                 QStringLiteral("pickup.substitute_quantity"));
        QCOMPARE(test::errorCode([&] { pickups().substitute(clerk, QStringLiteral("o-4"), 2, substituteEan, 2, QString()); }),
                 QStringLiteral("pickup.consent"));
        pickups().substitute(clerk, QStringLiteral("o-4"), 2, substituteEan, 2, QStringLiteral("customer agreed in the app"));
        pickups().markReady(clerk, QStringLiteral("o-4"));
        const qint64 delivered = 2 * 578 + 2 * std::min<qint64>(substitutePrice, 305);
        QCOMPARE(pickups().load(QStringLiteral("o-4")).deliveredValue(), delivered);

        // Hand-over of an order paid online: no payment, stock leaves, the journal records it,
        // the shop hears what to refund.
        const QString orderId = pickups().orderForToken(pickups().load(QStringLiteral("o-4")).pickupToken);
        const CompletedPickup done = pickups().handOver(clerk, orderId, {});
        QCOMPARE(done.delivered, delivered);
        QCOMPARE(done.refundDue, 3 * 578 + 2 * 305 - delivered);
        QVERIFY(done.sale.saleId.isEmpty());
        QVERIFY(done.journalSeq > 0);
        QCOMPARE(stock(QStringLiteral("SKU0000001")), milkBefore - 2);
        QCOMPARE(stock(substituteSku), subBefore - 2);
        QCOMPARE(till().db().scalar(QStringLiteral("SELECT event_type FROM journal WHERE seq = ?"), {done.journalSeq}).toString(),
                 QStringLiteral("pickup"));
        const QJsonObject event = outbox(QStringLiteral("pickup.collected")).value(0);
        QCOMPARE(event.value(QStringLiteral("refund_due")).toInteger(), done.refundDue);
        QCOMPARE(event.value(QStringLiteral("known_status")).toString(), QStringLiteral("placed"));
        const QJsonArray lines = event.value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines[0].toObject().value(QStringLiteral("short_consent")).toString(), QStringLiteral("by phone"));
        QCOMPARE(lines[1].toObject().value(QStringLiteral("substitute_sku")).toString(), substituteSku);
        QCOMPARE(pickups().load(orderId).status, PickupStatus::Collected);
        QCOMPARE(test::errorCode([&] { pickups().handOver(clerk, orderId, {}); }), QStringLiteral("pickup.collected"));
    }

    void anOrderPaidAtPickupIsASaleAndARefusedLineIsNotCharged()
    {
        deliver({order(QStringLiteral("o-5"), QStringLiteral("1005"),
                       {{QStringLiteral("SKU0000001"), 2, 550}, {QStringLiteral("SKU0000002"), 1, 305}}, false)});
        const Session clerk = m_store->openShift();
        pickups().pick(clerk, QStringLiteral("o-5"), kMilk);
        QCOMPARE(test::errorCode([&] { pickups().handOver(clerk, QStringLiteral("o-5"), {}); }), QStringLiteral("pickup.not_ready"));
        pickups().pick(clerk, QStringLiteral("o-5"), kMilk);
        pickups().pick(clerk, QStringLiteral("o-5"), kBread);
        pickups().markReady(clerk, QStringLiteral("o-5"));

        // The customer does not take the bread: only the milk, at the price the order agreed.
        HandOverOptions options;
        options.refusedLines = {2};
        const Cart cart = pickups().cartForHandOver(QStringLiteral("o-5"), options.refusedLines);
        QCOMPARE(cart.totals().total.minor(), 2 * 550);
        QCOMPARE(test::errorCode([&] { pickups().handOver(clerk, QStringLiteral("o-5"), options); }), QStringLiteral("pickup.payment"));
        Payment wrong(2 * 550 + 305);
        wrong.addExactCash();
        QCOMPARE(test::errorCode([&] { pickups().handOver(clerk, QStringLiteral("o-5"), options, wrong); }),
                 QStringLiteral("pickup.payment"));
        Payment payment(2 * 550);
        payment.addCash(2000);
        const CompletedPickup done = pickups().handOver(clerk, QStringLiteral("o-5"), options, payment);
        QCOMPARE(done.sale.total, 2 * 550);
        QCOMPARE(done.sale.change, 2000 - 2 * 550);
        QCOMPARE(done.refundDue, 0);
        QCOMPARE(till()
                     .db()
                     .scalar(QStringLiteral("SELECT channel || ':' || online_order_id FROM sales WHERE id = ?"), {done.sale.saleId})
                     .toString(),
                 QStringLiteral("pickup:o-5"));
        const QList<QJsonObject> sales = outbox(QStringLiteral("sale"));
        QCOMPARE(sales.last().value(QStringLiteral("online_order")).toString(), QStringLiteral("o-5"));
        QVERIFY(sales.last().value(QStringLiteral("lines")).toArray()[0].toObject().value(QStringLiteral("promotion_excluded")).toBool());
        const QJsonObject collected = outbox(QStringLiteral("pickup.collected")).value(0);
        QCOMPARE(collected.value(QStringLiteral("receipt_id")).toString(), done.sale.receiptId);
        QVERIFY(collected.value(QStringLiteral("lines")).toArray()[1].toObject().value(QStringLiteral("refused")).toBool());
        // Nothing at all taken is not a hand-over.
        deliver({order(QStringLiteral("o-6"), QStringLiteral("1006"), {{QStringLiteral("SKU0000002"), 1, 305}}, false)});
        pickups().pick(clerk, QStringLiteral("o-6"), kBread);
        pickups().markReady(clerk, QStringLiteral("o-6"));
        HandOverOptions none;
        none.refusedLines = {1};
        QCOMPARE(test::errorCode([&] { pickups().handOver(clerk, QStringLiteral("o-6"), none); }), QStringLiteral("pickup.all_refused"));
    }

    void ageRestrictedGoodsNeedTheCustomersAge()
    {
        const QString wineSku =
            till().db().scalar(QStringLiteral("SELECT sku FROM products WHERE age_restricted = 1 ORDER BY id LIMIT 1")).toString();
        const QString wineCode = till()
                                     .db()
                                     .scalar(QStringLiteral("SELECT b.code FROM barcodes b JOIN products p ON p.id = b.product_id"
                                                            " WHERE p.sku = ?"),
                                             {wineSku})
                                     .toString();
        QVERIFY(!wineCode.isEmpty());
        deliver({order(QStringLiteral("o-7"), QStringLiteral("1007"), {{wineSku, 1, 999}}, true)});
        const Session clerk = m_store->cashier();
        pickups().pick(clerk, QStringLiteral("o-7"), wineCode);
        pickups().markReady(clerk, QStringLiteral("o-7"));
        QCOMPARE(test::errorCode([&] { pickups().handOver(clerk, QStringLiteral("o-7"), {}); }), QStringLiteral("pickup.age"));
        HandOverOptions checked;
        checked.ageConfirmed = true;
        QCOMPARE(pickups().handOver(clerk, QStringLiteral("o-7"), checked).delivered, 999);
    }

    void weighedLinesArePickedByWeight()
    {
        // 500 g ordered at 12.90/kg; the label says 520 g (within 10 %), 600 g would be too much.
        deliver({order(QStringLiteral("o-w"), QStringLiteral("1010"), {{QStringLiteral("PLU00001"), 500, 1290}}, false)});
        const Session clerk = m_store->openShift();
        QCOMPARE(test::errorCode([&] { pickups().pick(clerk, QStringLiteral("o-w"), DemoStore::weightLabel(1, 600)); }),
                 QStringLiteral("pickup.too_much"));
        pickups().pick(clerk, QStringLiteral("o-w"), DemoStore::weightLabel(1, 520));
        pickups().markReady(clerk, QStringLiteral("o-w"));
        const Cart cart = pickups().cartForHandOver(QStringLiteral("o-w"), {});
        QCOMPARE(cart.lines()[0].quantity, 520);
        QCOMPARE(cart.totals().total.minor(), (520 * 1290 + 500) / 1000);
    }

    void cancelledAndUncollectedOrdersGoBackToStock()
    {
        deliver({order(QStringLiteral("o-c"), QStringLiteral("1020"), {{QStringLiteral("SKU0000001"), 1, 578}}, true),
                 order(QStringLiteral("o-d"), QStringLiteral("1021"), {{QStringLiteral("SKU0000002"), 1, 305}}, true)});
        const Session clerk = m_store->cashier();
        pickups().pick(clerk, QStringLiteral("o-c"), kMilk);
        pickups().markReady(clerk, QStringLiteral("o-c"));
        pickups().pick(clerk, QStringLiteral("o-d"), kBread);
        pickups().markReady(clerk, QStringLiteral("o-d"));

        // The shop cancels o-c: the desk sees it and cannot hand it over.
        deliver({order(QStringLiteral("o-c"), QStringLiteral("1020"), {{QStringLiteral("SKU0000001"), 1, 578}}, true,
                       QStringLiteral("cancelled"))});
        QCOMPARE(pickups().load(QStringLiteral("o-c")).status, PickupStatus::Cancelled);
        QCOMPARE(test::errorCode([&] { pickups().handOver(clerk, QStringLiteral("o-c"), {}); }), QStringLiteral("pickup.cancelled"));
        pickups().returnToStock(clerk, QStringLiteral("o-c")); // no approval needed for a cancelled order
        QCOMPARE(pickups().load(QStringLiteral("o-c")).status, PickupStatus::Restocked);

        // o-d is not collected for 7 days: overdue, on the return-to-stock list.
        QVERIFY(pickups().overdue().isEmpty());
        m_store->clock().advanceSeconds(8 * 86400);
        const QList<PickupSummary> overdue = pickups().overdue();
        QCOMPARE(overdue.size(), 1);
        QCOMPARE(overdue[0].number, QStringLiteral("1021"));
        // The desk setting shortens it.
        till().settings().setValue(QStringLiteral("pickup.overdue_days"), QStringLiteral("10"));
        QVERIFY(pickups().overdue().isEmpty());
        till().settings().setValue(QStringLiteral("pickup.overdue_days"), QStringLiteral("3"));
        QCOMPARE(pickups().overdue().size(), 1);
        // The customer loses the order: a supervisor decides.
        QCOMPARE(test::errorCode([&] { pickups().returnToStock(clerk, QStringLiteral("o-d")); }), QStringLiteral("auth.approval_required"));
        QCOMPARE(test::errorCode([&] { pickups().returnToStock(clerk, QStringLiteral("o-d"), QStringLiteral("1111")); }),
                 QStringLiteral("auth.not_allowed"));
        pickups().returnToStock(clerk, QStringLiteral("o-d"), QStringLiteral("2222"));
        QCOMPARE(pickups().load(QStringLiteral("o-d")).status, PickupStatus::Restocked);
        const QList<QJsonObject> events = outbox(QStringLiteral("pickup.restocked"));
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].value(QStringLiteral("reason")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(events[1].value(QStringLiteral("reason")).toString(), QStringLiteral("not_collected"));
        QCOMPARE(test::errorCode([&] { pickups().returnToStock(clerk, QStringLiteral("o-d"), QStringLiteral("2222")); }),
                 QStringLiteral("pickup.closed"));
    }

    void aLargeGroupBuyBatchIsSearchedByNumberNameOrPhone()
    {
        QList<QJsonObject> batch;
        for (int i = 0; i < 3000; ++i)
            batch.append(order(QStringLiteral("g-%1").arg(i), QStringLiteral("G%1").arg(i, 5, 10, QLatin1Char('0')),
                               {{QStringLiteral("SKU0000001"), 1 + i % 3, 578}}, i % 2 == 0, QStringLiteral("placed"), kStore,
                               QStringLiteral("Customer %1").arg(i), QStringLiteral("+7 900 %1").arg(1000000 + i)));
        batch.append(order(QStringLiteral("g-x"), QStringLiteral("X1"), {{QStringLiteral("SKU0000002"), 1, 305}}, true,
                           QStringLiteral("placed"), kStore, QStringLiteral("Li Wei"), QStringLiteral("138-0013-8000")));
        deliver(batch);

        PickupSearch byNumber;
        byNumber.text = QStringLiteral("G00299");
        QCOMPARE(pickups().list(byNumber).size(), 1);
        PickupSearch byPrefix;
        byPrefix.text = QStringLiteral("G0012");
        QCOMPARE(pickups().list(byPrefix).size(), 10);
        PickupSearch byName;
        byName.text = QStringLiteral("li w");
        QCOMPARE(pickups().list(byName).value(0).number, QStringLiteral("X1"));
        PickupSearch byPhone;
        byPhone.text = QStringLiteral("8000");
        QCOMPARE(pickups().list(byPhone).size(), 1);
        byPhone.text = QStringLiteral("100 2999");
        QCOMPARE(pickups().list(byPhone).value(0).number, QStringLiteral("G02999"));
        PickupSearch hostile;
        hostile.text = QStringLiteral("%' OR 1=1 --");
        QVERIFY(pickups().list(hostile).isEmpty());
        PickupSearch wildcard;
        wildcard.text = QStringLiteral("_");
        QVERIFY(pickups().list(wildcard).isEmpty());

        const Session clerk = m_store->cashier();
        pickups().pick(clerk, QStringLiteral("g-x"), kBread);
        pickups().markReady(clerk, QStringLiteral("g-x"));
        PickupSearch ready;
        ready.status = PickupStatus::Ready;
        QCOMPARE(pickups().list(ready).size(), 1);
        PickupSearch open;
        open.openOnly = true;
        open.limit = 5000;
        QCOMPARE(pickups().list(open).size(), 3001);
        const QHash<PickupStatus, int> counts = pickups().counts();
        QCOMPARE(counts.value(PickupStatus::ToPick), 3000);
        QCOMPARE(counts.value(PickupStatus::Ready), 1);
    }

    void anOrderPaidOnlineIsReturnedLikeASaleAndRefundedOnline()
    {
        deliver({order(QStringLiteral("o-r"), QStringLiteral("1030"),
                       {{QStringLiteral("SKU0000001"), 3, 578}, {QStringLiteral("SKU0000002"), 1, 305}}, true)});
        const Session clerk = m_store->openShift();
        for (int i = 0; i < 3; ++i)
            pickups().pick(clerk, QStringLiteral("o-r"), kMilk);
        pickups().pick(clerk, QStringLiteral("o-r"), kBread);
        pickups().markReady(clerk, QStringLiteral("o-r"));
        HandOverOptions options;
        options.refusedLines = {2}; // the bread stays: the shop refunds it
        pickups().handOver(clerk, QStringLiteral("o-r"), options);

        // Found by the order's number or its pickup QR, even offline; only what was taken is returnable.
        QVERIFY(!till().returns().findLocal(QStringLiteral("9999")));
        const std::optional<OriginalSale> sale = till().returns().findLocal(QStringLiteral("1030"));
        QVERIFY(sale);
        QCOMPARE(sale->receiptId, QStringLiteral("1030"));
        QCOMPARE(sale->total, 3 * 578);
        QCOMPARE(sale->lines.size(), 1);
        QCOMPARE(sale->tenders.value(0).kind, Tender::Kind::Online);
        QCOMPARE(till().returns().findLocal(pickups().load(QStringLiteral("o-r")).pickupToken)->saleId, QStringLiteral("order:o-r"));

        // One milk comes back: the refund goes back to the online payment (the shop pays it out).
        const QList<ReturnRequestLine> lines{{1, 1, Disposition::Restock}};
        const ReturnQuote quote = till().returns().quote(*sale, lines);
        QCOMPARE(quote.refund, 578);
        const QList<RefundTender> plan = till().returns().refundPlan(*sale, quote.refund);
        QCOMPARE(plan.size(), 1);
        QCOMPARE(plan[0].kind, Tender::Kind::Online);
        QList<RefundTender> tooMuch = plan;
        tooMuch[0].amount += 1;
        QCOMPARE(test::errorCode([&] { till().returns().complete(clerk, *sale, lines, tooMuch); }),
                 QStringLiteral("return.online_too_much"));
        const CompletedReturn done = till().returns().complete(clerk, *sale, lines, plan);
        QCOMPARE(done.refund, 578);
        QCOMPARE(till().db().scalar(QStringLiteral("SELECT kind FROM return_tenders WHERE return_id = ?"), {done.returnId}).toString(),
                 QStringLiteral("online"));
        const QJsonObject event = outbox(QStringLiteral("return")).value(0);
        QCOMPARE(event.value(QStringLiteral("original")).toObject().value(QStringLiteral("sale_id")).toString(),
                 QStringLiteral("order:o-r"));
        // What is left: two.
        QCOMPARE(till().returns().findLocal(QStringLiteral("1030"))->returnable(1), 2);
    }

    void anItemThisStoreLacksIsOrderedFromAnotherStore()
    {
        Database& db = till().db();
        const qint64 milk = till().catalog().findByCodes({QStringLiteral("0") + kMilk})->id;
        // The hub's last stock snapshot: S2 has 4 milk, S3 has 1, this store (S1) none.
        for (const auto& [store, onHand] :
             {std::pair{QStringLiteral("S1"), 0}, std::pair{QStringLiteral("S2"), 4}, std::pair{QStringLiteral("S3"), 1}})
            db.exec(QStringLiteral("INSERT INTO remote_stock(store_id, sku, on_hand) VALUES(?, 'SKU0000001', ?)"), {store, onHand});
        const QList<StoreStock> stores = till().aisle().otherStores(milk);
        QCOMPARE(stores.size(), 2);
        QCOMPARE(stores[0].storeId, QStringLiteral("S2"));
        QCOMPARE(stores[0].onHand, 4);

        const Session clerk = m_store->cashier();
        AisleOrderRequest request;
        request.storeId = QStringLiteral("S2");
        request.customerName = QStringLiteral("Ivan Petrov");
        request.phone = QStringLiteral("+7 912 345 67 89");
        request.lines = {{milk, 5}};
        QCOMPARE(test::errorCode([&] { till().aisle().place(clerk, request); }), QStringLiteral("aisle.stock"));
        request.lines = {{milk, 3}};
        request.storeId = QStringLiteral("S1");
        QCOMPARE(test::errorCode([&] { till().aisle().place(clerk, request); }), QStringLiteral("aisle.store"));
        request.storeId = QStringLiteral("S2");
        request.phone = QStringLiteral("12");
        QCOMPARE(test::errorCode([&] { till().aisle().place(clerk, request); }), QStringLiteral("aisle.customer"));
        request.phone = QStringLiteral("+7 912 345 67 89");
        AisleOrderRequest delivery = request;
        delivery.fulfilment = AisleOrderRequest::Fulfilment::Delivery;
        QCOMPARE(test::errorCode([&] { till().aisle().place(clerk, delivery); }), QStringLiteral("aisle.address"));
        Session training = clerk;
        training.training = true;
        QCOMPARE(test::errorCode([&] { till().aisle().place(training, request); }), QStringLiteral("aisle.training"));
        QVERIFY(outbox(QStringLiteral("aisle_order")).isEmpty());

        const AisleOrder placed = till().aisle().place(clerk, request);
        QCOMPARE(placed.total, 3 * 578);
        QCOMPARE(placed.number, QStringLiteral("S1-T1-A00001"));
        const QJsonObject event = outbox(QStringLiteral("aisle_order")).value(0);
        QCOMPARE(event.value(QStringLiteral("store_id")).toString(), QStringLiteral("S2"));
        QCOMPARE(event.value(QStringLiteral("origin_store")).toString(), QStringLiteral("S1"));
        QCOMPARE(event.value(QStringLiteral("lines")).toArray()[0].toObject().value(QStringLiteral("quantity")).toInteger(), 3);
        // Offline, it waits in the outbox: pending until the hub takes it.
        QCOMPARE(till().aisle().recent().value(0).state, AisleOrder::State::Pending);
        till().outbox().acknowledgeUpTo(std::numeric_limits<qint64>::max());
        QCOMPARE(till().aisle().recent().value(0).state, AisleOrder::State::Placed);
    }
};

QTEST_GUILESS_MAIN(TestPickup)
#include "tst_pickup.moc"
