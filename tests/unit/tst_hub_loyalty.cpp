// The hub's points ledger: lots spent first-expire-first-out, expiry as counter-entries,
// idempotent postings, reversals back to the exact lots, opening balances from an import, and the
// posting of sales pushed by tills (overdrafts open conflicts; a sale sent twice posts once).
// Gift cards and store credit: online postings refused when they break a rule, till postings
// kept with a conflict.
// SQLite by default; PostgreSQL when OMNITILL_HUB_DB is set by the wrapper.
#include "HubAmounts.h"
#include "HubError.h"
#include "HubService.h"
#include "common/Clock.h"
#include "crypto/Signer.h"
#include "giftcards/GiftCardNumber.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace omnitill;
using namespace omnitill::hub;

class TestHubLoyalty : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<HubDatabase> m_db;
    std::unique_ptr<HubService> m_hub;
    QString m_device;
    qint64 m_seq = 0;

    void member(const QString& id, qint64 balance)
    {
        m_hub->importData({{QStringLiteral("members"), QJsonArray{QJsonObject{{QStringLiteral("id"), id},
                                                                              {QStringLiteral("card_code"), QStringLiteral("C-") + id},
                                                                              {QStringLiteral("consent"), true},
                                                                              {QStringLiteral("points_balance"), balance}}}}});
    }

    qint64 balance(const QString& id) { return m_hub->loyalty().account(id).value(QStringLiteral("points_balance")).toInteger(); }

    QJsonArray lots(const QString& id) { return m_hub->loyalty().account(id).value(QStringLiteral("lots")).toArray(); }

    HubLoyalty::Posted post(const QString& memberId, const char* kind, qint64 points, const QString& key)
    {
        HubTransaction tx(*m_db);
        const HubLoyalty::Posted p = m_hub->loyalty().post(memberId, QLatin1String(kind), points, key, QStringLiteral("test"));
        tx.commit();
        return p;
    }

    int status(const std::function<void()>& op)
    {
        try {
            op();
        } catch (const HubError& e) {
            return e.httpStatus();
        }
        return 200;
    }

    QJsonObject saleEvent(const QString& saleId, qint64 seq, const QString& memberId, qint64 redeemed, qint64 earned)
    {
        const QJsonObject body{{QStringLiteral("sale_id"), saleId},
                               {QStringLiteral("receipt_id"), QStringLiteral("S1-T1-") + saleId.left(6)},
                               {QStringLiteral("currency"), QStringLiteral("EUR")},
                               {QStringLiteral("tax_mode"), QStringLiteral("inclusive")},
                               {QStringLiteral("total"), 0},
                               {QStringLiteral("lines"), QJsonArray{}},
                               {QStringLiteral("tenders"), QJsonArray{}},
                               {QStringLiteral("created_at"), m_clock.nowUtc().toString(Qt::ISODateWithMs)},
                               {QStringLiteral("loyalty"), QJsonObject{{QStringLiteral("member_id"), memberId},
                                                                       {QStringLiteral("redeemed"), redeemed},
                                                                       {QStringLiteral("earned"), earned}}}};
        return {{QStringLiteral("device_seq"), seq},
                {QStringLiteral("event_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {QStringLiteral("type"), QStringLiteral("sale")},
                {QStringLiteral("body"), body}};
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<HubDatabase>();
        m_db->open(qEnvironmentVariable("OMNITILL_HUB_DB", QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("hub.db"))));
        m_hub = std::make_unique<HubService>(*m_db, m_clock, EcdsaP256Signer::generate());
        m_hub->createStore(QStringLiteral("S1"), QStringLiteral("Store 1"));
        const QString token = m_hub->createEnrollToken(QStringLiteral("S1"), QStringLiteral("T1"));
        m_device = m_hub->enroll(token, EcdsaP256Signer::generate()->publicKeyDer()).value(QStringLiteral("device_id")).toString();
    }

    void redemptionsTakeFromTheLotsThatExpireFirst()
    {
        member(QStringLiteral("F1"), 0);
        m_hub->loyalty().setExpiryDays(365);
        post(QStringLiteral("F1"), "earn", 100, QStringLiteral("f1-a")); // expires 2027-01-10
        m_clock.advanceSeconds(10 * 86400);
        m_hub->loyalty().setExpiryDays(30);
        post(QStringLiteral("F1"), "earn", 50, QStringLiteral("f1-b")); // expires 2026-02-19
        QCOMPARE(balance(QStringLiteral("F1")), 150);
        post(QStringLiteral("F1"), "redeem", 120, QStringLiteral("f1-c"));
        // The 50 expiring sooner went first, then 70 of the 100.
        const QJsonArray left = lots(QStringLiteral("F1"));
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().toObject().value(QStringLiteral("remaining")).toInteger(), 30);
        QVERIFY(left.first().toObject().value(QStringLiteral("expires_at")).toString().startsWith(QLatin1String("2027-01-10")));

        // A year later the rest expires, once, as an entry of its own.
        m_clock.advanceSeconds(400 * 86400);
        QCOMPARE(m_hub->expirePoints(), 30);
        QCOMPARE(m_hub->expirePoints(), 0);
        QCOMPARE(balance(QStringLiteral("F1")), 0);
        QCOMPARE(m_hub->loyalty()
                     .account(QStringLiteral("F1"))
                     .value(QStringLiteral("entries"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("kind")),
                 QStringLiteral("expire"));
        QCOMPARE(m_hub->loyalty().account(QStringLiteral("F1")).value(QStringLiteral("lifetime_points")).toInteger(), 150);
        m_hub->loyalty().setExpiryDays(365);
    }

    void postingsAreIdempotentAndNeverOverdraw()
    {
        member(QStringLiteral("I1"), 0);
        const HubLoyalty::Posted first = post(QStringLiteral("I1"), "earn", 80, QStringLiteral("web-order-1"));
        const HubLoyalty::Posted again = post(QStringLiteral("I1"), "earn", 80, QStringLiteral("web-order-1"));
        QVERIFY(!first.replayed);
        QVERIFY(again.replayed);
        QCOMPARE(again.entryId, first.entryId);
        QCOMPARE(balance(QStringLiteral("I1")), 80);
        QCOMPARE(status([&] { post(QStringLiteral("I1"), "redeem", 81, QStringLiteral("web-order-2")); }), 409);
        QCOMPARE(status([&] { post(QStringLiteral("I1"), "adjust", -81, QStringLiteral("fix-1")); }), 409);
        QCOMPARE(status([&] { post(QStringLiteral("I1"), "earn", 5, QString()); }), 400);
        QCOMPARE(status([&] { post(QStringLiteral("I1"), "gift", 5, QStringLiteral("x")); }), 400);
        QCOMPARE(status([&] { post(QStringLiteral("NOBODY"), "earn", 5, QStringLiteral("y")); }), 404);
        QCOMPARE(post(QStringLiteral("I1"), "adjust", -30, QStringLiteral("fix-2")).balance, 50);
        QCOMPARE(balance(QStringLiteral("I1")), 50);
    }

    void reversalsGiveBackExactlyWhatWasTaken()
    {
        member(QStringLiteral("R1"), 0);
        post(QStringLiteral("R1"), "earn", 200, QStringLiteral("r1-earn"));
        post(QStringLiteral("R1"), "redeem", 150, QStringLiteral("r1-redeem"));
        HubTransaction tx(*m_db);
        QCOMPARE(m_hub->loyalty().reverse(QStringLiteral("r1-redeem"), 100, QStringLiteral("r1-back-1"), QStringLiteral("refund")).balance,
                 150);
        tx.commit();
        QCOMPARE(status([&] {
                     HubTransaction t(*m_db);
                     m_hub->loyalty().reverse(QStringLiteral("r1-redeem"), 60, QStringLiteral("r1-back-2"), QStringLiteral("refund"));
                 }),
                 409); // only 50 is left to give back
        QCOMPARE(lots(QStringLiteral("R1")).first().toObject().value(QStringLiteral("remaining")).toInteger(), 150);
        // A returned line takes its earned points off again, also the lifetime that tiers count.
        HubTransaction tx2(*m_db);
        m_hub->loyalty().reverse(QStringLiteral("r1-earn"), 120, QStringLiteral("r1-return"), QStringLiteral("return"));
        tx2.commit();
        QCOMPARE(balance(QStringLiteral("R1")), 30);
        QCOMPARE(m_hub->loyalty().account(QStringLiteral("R1")).value(QStringLiteral("lifetime_points")).toInteger(), 80);
    }

    void importedBalancesBecomeAdjustments()
    {
        member(QStringLiteral("O1"), 500);
        QCOMPARE(balance(QStringLiteral("O1")), 500);
        member(QStringLiteral("O1"), 420);
        QCOMPARE(balance(QStringLiteral("O1")), 420);
        const QJsonArray entries = m_hub->loyalty().account(QStringLiteral("O1")).value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].toObject().value(QStringLiteral("points")).toInteger(), -80);
        QCOMPARE(entries[1].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("adjust"));
    }

    void pushedSalesPostInOrderAndOverdraftsOpenConflicts()
    {
        member(QStringLiteral("P1"), 300);
        const QString a = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString b = QUuid::createUuid().toString(QUuid::WithoutBraces);
        // Two offline sales both spent 200 of the 300 the till had last seen.
        PushResult r = m_hub->push(m_device, QJsonArray{saleEvent(a, ++m_seq, QStringLiteral("P1"), 200, 12),
                                                        saleEvent(b, ++m_seq, QStringLiteral("P1"), 200, 7)});
        QCOMPARE(r.applied, 2);
        QCOMPARE(r.conflicts, 1);
        QVERIFY(r.conflictDetails.first().toObject().value(QStringLiteral("reason")).toString().contains(QLatin1String("overdrawn by 88")));
        QCOMPARE(r.members.size(), 1);
        QCOMPARE(r.members.first().toObject().value(QStringLiteral("points_balance")).toInteger(), 300 - 400 + 12 + 7);
        QCOMPARE(balance(QStringLiteral("P1")), -81);

        // The same sale again under a new sequence number (a till restored from a backup): posted once.
        r = m_hub->push(m_device, QJsonArray{saleEvent(a, ++m_seq, QStringLiteral("P1"), 200, 12)});
        QCOMPARE(r.applied, 1);
        QCOMPARE(balance(QStringLiteral("P1")), -81);
        QVERIFY(r.members.isEmpty());

        // Earning pays the debt first; only what is left becomes a lot to spend.
        r = m_hub->push(m_device,
                        QJsonArray{saleEvent(QUuid::createUuid().toString(QUuid::WithoutBraces), ++m_seq, QStringLiteral("P1"), 0, 100)});
        QCOMPARE(balance(QStringLiteral("P1")), 19);
        QCOMPARE(lots(QStringLiteral("P1")).first().toObject().value(QStringLiteral("remaining")).toInteger(), 19);

        // Points for somebody the hub does not know are not posted; the conflict says why.
        r = m_hub->push(m_device,
                        QJsonArray{saleEvent(QUuid::createUuid().toString(QUuid::WithoutBraces), ++m_seq, QStringLiteral("GHOST"), 0, 5)});
        QCOMPARE(r.conflicts, 1);
        QVERIFY(r.conflictDetails.last().toObject().value(QStringLiteral("reason")).toString().contains(QLatin1String("does not know")));
    }

    // #19: amounts and points from outside are whole numbers in range; sums never wrap or turn
    // into floats.
    void outOfRangePointsAndAmountsAreRefused()
    {
        member(QStringLiteral("R1"), 0);
        const auto points = [&](const QJsonValue& value, const char* kind = "adjust") {
            return status([&] {
                m_hub->postPoints(QStringLiteral("R1"), {{QStringLiteral("kind"), QLatin1String(kind)},
                                                         {QStringLiteral("points"), value},
                                                         {QStringLiteral("idempotency_key"), QUuid::createUuid().toString()}});
            });
        };
        QCOMPARE(points(double(std::numeric_limits<qint64>::min())), 400);
        QCOMPARE(points(double(std::numeric_limits<qint64>::max()), "earn"), 400);
        QCOMPARE(points(1e300, "earn"), 400);
        QCOMPARE(points(2.5, "earn"), 400);
        QCOMPARE(points(QStringLiteral("100"), "earn"), 400);
        QCOMPARE(points(double(HubAmounts::kMaxPoints + 1), "earn"), 400);
        QCOMPARE(points(double(HubAmounts::kMaxPoints), "earn"), 200);
        // A balance at the top of its range takes no more.
        m_db->exec(QStringLiteral("UPDATE members SET points_balance = ? WHERE id = 'R1'"), {HubLoyalty::kMaxBalance - 10});
        QCOMPARE(points(100.0, "earn"), 409);
        QCOMPARE(balance(QStringLiteral("R1")), HubLoyalty::kMaxBalance - 10);
        if (!m_db->isPostgres()) // SQLite would have turned an overflowing sum into a float
            QCOMPARE(m_db->scalar(QStringLiteral("SELECT typeof(points_balance) FROM members WHERE id = 'R1'")).toString(),
                     QStringLiteral("integer"));

        const QString number = GiftCardNumber::generate(GiftCardNumber::Kind::GiftCard);
        const auto card = [&](const char* kind, const QJsonValue& amount) {
            return status([&] {
                m_hub->giftCards().postOnline(number, {{QStringLiteral("kind"), QLatin1String(kind)},
                                                       {QStringLiteral("amount"), amount},
                                                       {QStringLiteral("currency"), QStringLiteral("EUR")},
                                                       {QStringLiteral("idempotency_key"), QUuid::createUuid().toString()}});
            });
        };
        QCOMPARE(card("activate", double(std::numeric_limits<qint64>::max())), 400);
        QCOMPARE(card("activate", 0.5), 400);
        QCOMPARE(card("activate", double(HubAmounts::kMaxMoney)), 200);
        QCOMPARE(card("topup", 1.0), 409); // the balance would pass the range
        QCOMPARE(m_hub->giftCards().card(number).value(QStringLiteral("balance")).toInteger(), HubAmounts::kMaxMoney);
    }

    void giftCardsPostOnceAndOverdraftsAreConflicts()
    {
        HubGiftCards& cards = m_hub->giftCards();
        const QString number = GiftCardNumber::generate(GiftCardNumber::Kind::GiftCard);
        const auto online = [&](const char* kind, qint64 amount, const QString& key) {
            return cards.postOnline(number, {{QStringLiteral("kind"), QLatin1String(kind)},
                                             {QStringLiteral("amount"), amount},
                                             {QStringLiteral("currency"), QStringLiteral("EUR")},
                                             {QStringLiteral("idempotency_key"), key}});
        };
        QCOMPARE(status([&] { online("spend", 100, QStringLiteral("g0")); }), 404);
        QCOMPARE(online("activate", 5000, QStringLiteral("g1")).value(QStringLiteral("balance")).toInteger(), 5000);
        QVERIFY(online("activate", 5000, QStringLiteral("g1")).value(QStringLiteral("replayed")).toBool());
        QCOMPARE(status([&] { online("activate", 5000, QStringLiteral("g2")); }), 409);
        QCOMPARE(status([&] { online("spend", 5001, QStringLiteral("g3")); }), 409);
        QCOMPARE(status([&] { cards.postOnline(QStringLiteral("9810000000001"), {}); }), 400);
        QCOMPARE(online("spend", 1000, QStringLiteral("g4")).value(QStringLiteral("balance")).toInteger(), 4000);

        // Two tills spent 3,000 each offline: both posted, the second with a conflict.
        const auto saleWithCard = [&](qint64 amount) {
            QJsonObject event = saleEvent(QUuid::createUuid().toString(QUuid::WithoutBraces), ++m_seq, QString(), 0, 0);
            QJsonObject body = event.value(QStringLiteral("body")).toObject();
            body.remove(QStringLiteral("loyalty"));
            body.insert(QStringLiteral("tenders"), QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("giftcard")},
                                                                          {QStringLiteral("reference"), number},
                                                                          {QStringLiteral("amount"), amount}}});
            body.insert(QStringLiteral("total"), amount);
            body.insert(QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("line"), 1},
                                                                        {QStringLiteral("sku"), QStringLiteral("SKU-1")},
                                                                        {QStringLiteral("quantity"), 1},
                                                                        {QStringLiteral("amount"), amount},
                                                                        {QStringLiteral("unit_price"), amount},
                                                                        {QStringLiteral("gross"), amount},
                                                                        {QStringLiteral("net"), amount},
                                                                        {QStringLiteral("tax"), 0},
                                                                        {QStringLiteral("tax_bp"), 0}}});
            event.insert(QStringLiteral("body"), body);
            return event;
        };
        PushResult r = m_hub->push(m_device, QJsonArray{saleWithCard(3000), saleWithCard(3000)});
        QCOMPARE(r.conflicts, 1);
        QVERIFY(
            r.conflictDetails.first().toObject().value(QStringLiteral("reason")).toString().contains(QLatin1String("overdrawn by 2000")));
        QCOMPARE(r.giftCards.first().toObject().value(QStringLiteral("balance")).toInteger(), -2000);
        QCOMPARE(cards.card(number).value(QStringLiteral("entries")).toArray().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestHubLoyalty)
#include "tst_hub_loyalty.moc"
