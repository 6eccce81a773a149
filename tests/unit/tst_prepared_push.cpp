// A push read as the hub reads it on its worker thread, before the database: a till's real sale
// (its outbox, as it would send it) comes out decoded with its stock movement and basket; a sale
// whose tenders do not add up, an event without an id and a sale without its body come out with
// what is wrong and nothing to apply; a batch the hub cannot read at all is refused; and reading
// the same push on several threads at once gives what one thread gives.
#include "DemoStore.h"
#include "HubError.h"
#include "HubStock.h"
#include "PreparedPush.h"
#include "TestStore.h"
#include "outbox/Outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <thread>

using namespace omnitill;
using namespace omnitill::hub;

class TestPreparedPush : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestStore> m_store;
    QList<QByteArray> m_payloads; // the shift's opening, then a sale of three products

    static QByteArray withTenderAmount(const QByteArray& sale, qint64 amount)
    {
        QJsonObject event = QJsonDocument::fromJson(sale).object();
        QJsonObject body = event.value(QStringLiteral("body")).toObject();
        QJsonArray tenders = body.value(QStringLiteral("tenders")).toArray();
        QJsonObject tender = tenders.at(0).toObject();
        tender.insert(QStringLiteral("amount"), amount);
        tenders.replace(0, tender);
        body.insert(QStringLiteral("tenders"), tenders);
        event.insert(QStringLiteral("body"), body);
        return QJsonDocument(event).toJson(QJsonDocument::Compact);
    }

    static int refusal(const QByteArray& body)
    {
        try {
            PreparedPush::fromBody(QStringLiteral("dev-1"), body);
        } catch (const HubError& e) {
            return e.httpStatus();
        }
        return 0;
    }

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<test::TestStore>(50);
        const Session cashier = m_store->openShift();
        SaleService& till = m_store->till().sales();
        Cart cart = till.newCart();
        for (int i = 10; i < 13; ++i)
            till.scan(cart, DemoStore::eanFor(i));
        if (cart.needsAgeConfirmation())
            till.confirmAge(cashier, cart);
        Payment cash(cart.totals().total.minor());
        cash.addExactCash();
        till.complete(cashier, cart, cash);
        for (const QueuedEvent& e : m_store->till().outbox().nextBatch(100))
            m_payloads.append(e.payload);
        QVERIFY(m_payloads.size() >= 2);
        QCOMPARE(QJsonDocument::fromJson(m_payloads.last()).object().value(QStringLiteral("type")).toString(), QStringLiteral("sale"));
    }

    void aTillsSaleIsReadWithEverythingItsApplyingNeeds()
    {
        const PreparedPush push = PreparedPush::fromBody(QStringLiteral("dev-1"), protocol::PushRequest::body(m_payloads));
        QCOMPARE(push.events.size(), m_payloads.size());
        for (qsizetype i = 0; i < push.events.size(); ++i) {
            QCOMPARE(push.events.at(i).bytes, m_payloads.at(i));
            QCOMPARE(push.events.at(i).problem, QString());
        }
        const PreparedPush::Event& opening = push.events.first();
        QVERIFY(!opening.sale);
        QVERIFY(opening.basket.isEmpty());

        const PreparedPush::Event& sale = push.events.last();
        const QJsonObject sent = QJsonDocument::fromJson(m_payloads.last()).object();
        QCOMPARE(sale.seq, sent.value(QStringLiteral("device_seq")).toInteger());
        QCOMPARE(sale.eventId, sent.value(QStringLiteral("event_id")).toString());
        QVERIFY(sale.sale);
        QCOMPARE(sale.sale->lines.size(), 3);
        QCOMPARE(sale.saleProblem, QString());
        QVERIFY(!sale.stockDelta.isEmpty());
        QCOMPARE(sale.stockDelta, HubStock::stockDelta(*sale.sale));
        // Its basket: the device, the sequence, no member, the three products.
        QCOMPARE(sale.basket.size(), 1);
        const QVariantList basket = sale.basket.first();
        QCOMPARE(basket.at(0).toString(), QStringLiteral("dev-1"));
        QCOMPARE(basket.at(1).toLongLong(), sale.seq);
        QStringList skus;
        for (const protocol::SaleEventLine& line : sale.sale->lines)
            skus.append(line.sku);
        QCOMPARE(QJsonDocument::fromJson(basket.at(3).toString().toUtf8()).array(), QJsonArray::fromStringList(skus));
    }

    void aSaleThatDoesNotAddUpIsReadWithItsProblem()
    {
        const QByteArray wrong = withTenderAmount(m_payloads.last(), 1);
        const PreparedPush push = PreparedPush::fromBody(QStringLiteral("dev-1"), protocol::PushRequest::body({wrong}));
        QCOMPARE(push.events.size(), 1);
        QVERIFY2(push.events.first().saleProblem.contains(QStringLiteral("tenders add up to 1")),
                 qPrintable(push.events.first().saleProblem));
        QCOMPARE(push.events.first().problem, QString()); // applied, with a conflict: the store's fact stands
    }

    void aMalformedEventIsKeptWithItsProblemAndNothingToApply()
    {
        const QList<QByteArray> events{
            "{\"device_seq\":7,\"type\":\"sale\",\"body\":{}}",
            "{\"device_seq\":8,\"event_id\":\"e-8\",\"type\":\"sale\",\"body\":{}}",
        };
        const PreparedPush push = PreparedPush::fromBody(QStringLiteral("dev-1"), protocol::PushRequest::body(events));
        QCOMPARE(push.events.size(), 2);
        QCOMPARE(push.events.at(0).eventId, QStringLiteral("malformed:dev-1:7"));
        QVERIFY(push.events.at(0).problem.contains(QStringLiteral("no event_id")));
        QCOMPARE(push.events.at(1).eventId, QStringLiteral("e-8"));
        QVERIFY(!push.events.at(1).problem.isEmpty());
        for (const PreparedPush::Event& in : push.events) {
            QVERIFY(in.stockDelta.isEmpty());
            QVERIFY(in.basket.isEmpty());
            QVERIFY(in.saleProblem.isEmpty());
        }
    }

    void aBatchThatCannotBeReadIsRefused()
    {
        QCOMPARE(refusal("[]"), 400);
        QCOMPARE(refusal("{\"events\":[{\"event_id\":\"a\",\"type\":\"sale\"}]}"), 400); // no device_seq
        QCOMPARE(refusal("{\"events\":[{\"device_seq\":1.5,\"event_id\":\"a\",\"type\":\"sale\"}]}"), 400);
        QList<QByteArray> tooMany;
        for (qsizetype i = 1; i <= PreparedPush::kMaxEvents + 1; ++i)
            tooMany.append("{\"device_seq\":" + QByteArray::number(i) + ",\"event_id\":\"e\",\"type\":\"x\"}");
        QCOMPARE(refusal(protocol::PushRequest::body(tooMany)), 413);
        tooMany.removeLast();
        QCOMPARE(refusal(protocol::PushRequest::body(tooMany)), 0);
    }

    void readingOnSeveralThreadsAtOnceGivesWhatOneThreadReads()
    {
        QList<QByteArray> many;
        for (int i = 0; i < 200; ++i)
            many.append(i % 2 ? m_payloads.last() : withTenderAmount(m_payloads.last(), i));
        const QByteArray body = protocol::PushRequest::body(many);
        const PreparedPush alone = PreparedPush::fromBody(QStringLiteral("dev-1"), body);
        std::vector<PreparedPush> together(4);
        std::vector<std::thread> threads;
        for (PreparedPush& out : together)
            threads.emplace_back([&out, &body] { out = PreparedPush::fromBody(QStringLiteral("dev-1"), body); });
        for (std::thread& t : threads)
            t.join();
        for (const PreparedPush& push : together) {
            QCOMPARE(push.events.size(), alone.events.size());
            for (qsizetype i = 0; i < push.events.size(); ++i) {
                QCOMPARE(push.events.at(i).bytes, alone.events.at(i).bytes);
                QCOMPARE(push.events.at(i).saleProblem, alone.events.at(i).saleProblem);
                QCOMPARE(push.events.at(i).stockDelta, alone.events.at(i).stockDelta);
                QCOMPARE(push.events.at(i).basket, alone.events.at(i).basket);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPreparedPush)
#include "tst_prepared_push.moc"
