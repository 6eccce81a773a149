// Gift cards and store credit at the till: numbers with a check digit, selling and topping up as
// lines no discount or promotion touches and that earn no points, paying with a card within its
// synced balance plus what this till did since, the daily cap while the hub is out of reach, and
// what the sale records for the hub.
#include "TestStore.h"
#include "giftcards/GiftCardNumber.h"
#include "giftcards/GiftCardService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <limits>

using namespace omnitill;

class TestGiftCards : public QObject
{
    Q_OBJECT

    static void synced(test::TestStore& store, bool fresh)
    {
        Transaction tx(store.till().db());
        store.till().settings().setValue(QStringLiteral("sync.last_success"),
                                         fresh ? store.clock().nowUtc().toString(Qt::ISODateWithMs) : QString());
        tx.commit();
    }

    static void hubSays(test::TestStore& store, const QString& number, qint64 balance)
    {
        store.till().db().exec(QStringLiteral("INSERT INTO gift_cards(number, kind, currency, balance, status)"
                                              " VALUES(?, 'giftcard', 'EUR', ?, 'active')"),
                               {number, balance});
    }

    static CompletedSale cash(test::TestStore& store, const Session& s, Cart& cart)
    {
        Payment p(cart.totals().total.minor());
        p.addExactCash();
        return store.till().sales().complete(s, cart, p);
    }

private slots:
    void numbersCarryTheirKindAndACheckDigit()
    {
        const QString card = GiftCardNumber::generate(GiftCardNumber::Kind::GiftCard);
        const QString credit = GiftCardNumber::generate(GiftCardNumber::Kind::StoreCredit);
        QVERIFY(GiftCardNumber::isValid(card));
        QVERIFY(GiftCardNumber::isValid(credit));
        QCOMPARE(GiftCardNumber::kindOf(card), GiftCardNumber::Kind::GiftCard);
        QCOMPARE(GiftCardNumber::kindOf(credit), GiftCardNumber::Kind::StoreCredit);
        QString typo = card;
        typo[7] = QChar(u'0' + char16_t((typo[7].digitValue() + 1) % 10));
        QVERIFY(!GiftCardNumber::isValid(typo));
        QVERIFY(!GiftCardNumber::isValid(QStringLiteral("4000000000013")));
        QCOMPARE(GiftCardNumber::masked(card), QStringLiteral("\u2026") + card.right(4));
    }

    void aCardSoldHereCanBeSpentHereBeforeTheHubConfirms()
    {
        test::TestStore store(20);
        synced(store, true);
        const Session s = store.openShift();
        GiftCardService& cards = store.till().giftCards();
        const QString number = GiftCardNumber::generate(GiftCardNumber::Kind::GiftCard);
        Cart cart = store.till().sales().newCart();
        store.till().sales().scan(cart, QStringLiteral("4000000000013"));
        const int line = cards.sell(cart, number, 5000);
        QCOMPARE(test::errorCode([&] { cards.sell(cart, number, 5000); }), QStringLiteral("giftcard.twice"));
        QCOMPARE(test::errorCode([&] { cards.sell(cart, GiftCardNumber::generate(GiftCardNumber::Kind::GiftCard), 100); }),
                 QStringLiteral("giftcard.amount"));
        // No discount, price change or quantity reaches the card; a sale discount skips it.
        QCOMPARE(test::errorCode([&] { store.till().sales().setQuantity(s, cart, line, 2); }), QStringLiteral("cart.gift_card"));
        store.till().sales().applyCartDiscount(store.supervisor(), cart, Discount::percent(1000));
        QCOMPARE(cart.totals().lines.last().discount, 0);
        QCOMPARE(cart.totals().lines.last().tax.gross.minor(), 5000);
        cart.setMemberId(QStringLiteral("M-1"));
        store.till().db().exec(QStringLiteral("INSERT INTO members(id, card_code, consent) VALUES('M-1', 'C-1', 1)"));
        const CompletedSale sold = cash(store, s, cart);
        QVERIFY(sold.pointsEarned < 10); // the milk earns, the 50.00 card does not

        const QJsonObject event =
            QJsonDocument::fromJson(
                store.till().db().scalar(QStringLiteral("SELECT payload FROM outbox WHERE event_type = 'sale'")).toString().toUtf8())
                .object()
                .value(QStringLiteral("body"))
                .toObject();
        const QJsonObject load = event.value(QStringLiteral("gift_cards")).toArray().first().toObject();
        QCOMPARE(load.value(QStringLiteral("number")).toString(), number);
        QCOMPARE(load.value(QStringLiteral("kind")).toString(), QStringLiteral("activate"));
        QCOMPARE(load.value(QStringLiteral("amount")).toInteger(), 5000);
        QCOMPARE(test::errorCode([&] {
                     Cart again = store.till().sales().newCart();
                     cards.sell(again, number, 5000);
                 }),
                 QStringLiteral("giftcard.active"));

        // The customer pays with it at once: 50.00 is there, nothing more.
        GiftCardAccount account = cards.account(number);
        QVERIFY(account.known);
        QCOMPARE(account.available, 5000);
        Cart next = store.till().sales().newCart();
        store.till().sales().scan(next, QStringLiteral("4000000000020"));
        store.till().sales().addProduct(next, next.lines().first().productId, 29);
        const qint64 due = next.totals().total.minor();
        QVERIFY(due > 5000);
        Payment payment(due);
        QCOMPARE(test::errorCode([&] { cards.pay(payment, number, 5001); }), QStringLiteral("giftcard.limit"));
        cards.pay(payment, number, 3000);
        QCOMPARE(test::errorCode([&] { cards.pay(payment, number, 2001); }), QStringLiteral("giftcard.limit"));
        cards.pay(payment, number, 2000);
        payment.addExactCash();
        store.till().sales().complete(s, next, payment);
        QCOMPARE(cards.account(number).available, 0);
        QCOMPARE(store.till().db().scalar(QStringLiteral("SELECT count(*) FROM sale_tenders WHERE kind = 'giftcard'")).toInt(), 2);

        // The hub's answer brings the posted balance; nothing is pending any more.
        store.till().outbox().acknowledgeUpTo(std::numeric_limits<qint64>::max());
        hubSays(store, number, 0);
        account = cards.account(number);
        QCOMPARE(account.pending, 0);
        QCOMPARE(account.available, 0);
    }

    void unknownCardsAndTheOfflineCap()
    {
        test::TestStore store(20);
        synced(store, false); // never reached the hub
        const Session s = store.openShift();
        GiftCardService& cards = store.till().giftCards();
        const QString stranger = GiftCardNumber::generate(GiftCardNumber::Kind::GiftCard);
        Payment payment(100000);
        QCOMPARE(test::errorCode([&] { cards.pay(payment, stranger, 100); }), QStringLiteral("giftcard.unknown"));
        QCOMPARE(test::errorCode([&] { cards.pay(payment, QStringLiteral("9810000000000"), 100); }), QStringLiteral("giftcard.number"));
        Cart topUp = store.till().sales().newCart();
        QCOMPARE(test::errorCode([&] { cards.topUp(topUp, stranger, 1000); }), QStringLiteral("giftcard.unknown"));

        const QString known = GiftCardNumber::generate(GiftCardNumber::Kind::StoreCredit);
        hubSays(store, known, 20000);
        QCOMPARE(cards.spendable(known, 100000), 5000); // the day's cap while out of touch
        synced(store, true);
        QCOMPARE(cards.spendable(known, 100000), 20000);
        QCOMPARE(cards.spendable(known, 1234), 1234);
        // Topping up a known card is a line like selling one.
        cards.topUp(topUp, known, 2500);
        QCOMPARE(topUp.totals().total.minor(), 2500);
        // A card cannot pay for its own top-up.
        Payment self(2500);
        self.addGiftCard(known, 2500);
        QCOMPARE(test::errorCode([&] { store.till().sales().complete(s, topUp, self); }), QStringLiteral("giftcard.self"));
        QCOMPARE(store.count(QStringLiteral("sales")), 0);
        cash(store, s, topUp);
        QCOMPARE(cards.account(known).available, 22500);
    }
};

QTEST_GUILESS_MAIN(TestGiftCards)
#include "tst_gift_cards.moc"
