// The hub's work per pushed batch must not grow with what the sales hold. A till's real sales
// (its outbox, as it would send them) are pushed in batches of 2-line and 8-line sales, and of
// twice as many sales; the statements the hub sends its database for each batch are counted (a
// count, not a time) and must be the same. A statement per line, per product pair or per sale
// makes them differ. What the batches wrote is checked too: every sale's basket kept once, and
// every pair bought together counted once the baskets are folded, in as many folds as it takes.
// SQLite by default; PostgreSQL when OMNITILL_HUB_DB is set by the wrapper.
#include "DemoStore.h"
#include "InProcessHub.h"
#include "PushRequest.h"
#include "TestStore.h"
#include "outbox/Outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace omnitill;
using namespace omnitill::hub;

class TestHubPushStatements : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<test::InProcessHub> m_hub;
    std::unique_ptr<test::TestStore> m_store;
    Session m_cashier;
    int m_nextProduct = 0;
    qint64 m_pairsSold = 0;

    // Each sale takes `lines` products the one before did not.
    void sell(int sales, int lines)
    {
        SaleService& till = m_store->till().sales();
        for (int s = 0; s < sales; ++s) {
            Cart cart = till.newCart();
            for (int l = 0; l < lines; ++l)
                till.scan(cart, DemoStore::eanFor(10 + (m_nextProduct++ % 300)));
            if (cart.needsAgeConfirmation())
                till.confirmAge(m_cashier, cart);
            Payment cash(cart.totals().total.minor());
            cash.addExactCash();
            till.complete(m_cashier, cart, cash);
            m_pairsSold += qint64(lines) * (lines - 1);
        }
    }

    // What earlier cases left unacknowledged is held by the hub.
    void acknowledgeAll()
    {
        Transaction tx(m_store->till().db());
        m_store->till().outbox().acknowledgeUpTo(std::numeric_limits<qint64>::max());
        tx.commit();
    }

    // Pushes what waits in the outbox as one batch; the statements it took.
    qint64 push(int expectedEvents)
    {
        Outbox& outbox = m_store->till().outbox();
        const QList<QueuedEvent> waiting = outbox.nextBatch(1000);
        QJsonArray events;
        for (const QueuedEvent& e : waiting)
            events.append(QJsonDocument::fromJson(e.payload).object());
        const qint64 before = m_hub->db->statementCount();
        const PushResult result = m_hub->service->push(m_hub->device, events);
        const qint64 statements = m_hub->db->statementCount() - before;
        if (result.applied != expectedEvents || result.conflicts != 0 || waiting.size() != expectedEvents) {
            qWarning("applied %d of %d, %d conflicts", result.applied, int(waiting.size()), result.conflicts);
            return -1;
        }
        Transaction tx(m_store->till().db());
        outbox.acknowledgeUpTo(waiting.last().deviceSeq);
        tx.commit();
        return statements;
    }

private slots:
    void initTestCase()
    {
        m_hub = std::make_unique<test::InProcessHub>(m_clock);
        m_store = std::make_unique<test::TestStore>(400);
        // The hub has none of the till's demo promotions: without them both price alike.
        m_store->till().db().exec(QStringLiteral("DELETE FROM promotions"));
        m_cashier = m_store->openShift();
        QVERIFY(push(int(m_store->till().outbox().nextBatch(1000).size())) >= 0); // the shift's opening
    }

    void statementsPerBatchDoNotGrowWithLinesPairsOrSales()
    {
        sell(20, 2);
        const qint64 twoLines = push(20);
        sell(20, 8);
        const qint64 eightLines = push(20);
        sell(40, 8);
        const qint64 twiceTheSales = push(40);
        qInfo("statements per batch: 20 sales of 2 lines %lld, of 8 lines %lld, 40 sales of 8 lines %lld", twoLines, eightLines,
              twiceTheSales);
        QVERIFY(twoLines > 0);
        QCOMPARE(eightLines, twoLines);
        QCOMPARE(twiceTheSales, twoLines);
    }

    void theBatchesCountedEveryPair()
    {
        // The push keeps each sale's basket; the pairs are counted by the fold, not the push.
        QCOMPARE(m_hub->db->scalar(QStringLiteral("SELECT count(*) FROM offer_baskets")).toLongLong(), 80);
        QCOMPARE(m_hub->db->scalar(QStringLiteral("SELECT count(*) FROM offer_pairs")).toLongLong(), 0);
        qint64 folded = 0;
        int folds = 0;
        for (qint64 n = 0; (n = m_hub->service->offers().fold(7)) > 0; ++folds) {
            QVERIFY(n <= 7);
            folded += n;
        }
        QCOMPARE(folded, 80);
        QCOMPARE(folds, 12);
        QCOMPARE(m_hub->db->scalar(QStringLiteral("SELECT count(*) FROM offer_baskets")).toLongLong(), 0);
        QCOMPARE(m_hub->service->offers().fold(), 0); // each basket counts once
        QCOMPARE(m_hub->db->scalar(QStringLiteral("SELECT sum(n) FROM offer_pairs")).toLongLong(), m_pairsSold);
        // Both directions of a pair, the same count.
        QCOMPARE(m_hub->db
                     ->scalar(QStringLiteral("SELECT count(*) FROM offer_pairs a JOIN offer_pairs b ON b.sku = a.other AND b.other = a.sku"
                                             " AND b.n = a.n"))
                     .toLongLong(),
                 m_hub->db->scalar(QStringLiteral("SELECT count(*) FROM offer_pairs")).toLongLong());
        // Every product with a partner is marked for the next working out of the offers.
        QCOMPARE(m_hub->db->scalar(QStringLiteral("SELECT count(*) FROM offer_changed_products")).toLongLong(),
                 m_hub->db->scalar(QStringLiteral("SELECT count(DISTINCT sku) FROM offer_pairs")).toLongLong());
        QCOMPARE(m_hub->db->scalar(QStringLiteral("SELECT count(*) FROM offer_changed_products p JOIN offer_pairs o ON o.sku = p.sku"))
                     .toLongLong(),
                 m_hub->db->scalar(QStringLiteral("SELECT count(*) FROM offer_pairs")).toLongLong());
    }

    // Names with the characters a bulk load escapes (tab, newline, backslash, quotes) and other
    // scripts; part of a batch sent, then all of it again (a lost reply), then all once more: each
    // event is stored once, exactly as the till queued it, and the sales with it.
    void eachEventIsStoredAsSentAndOnceWhenSentAgain()
    {
        Till& till = m_store->till();
        const QString awkward = QStringLiteral("Tab\there, line\nbreak, back\\slash \"quoted\" Молоко 牛奶 \\N");
        const auto product = till.catalog().findByCodes({DemoStore::eanFor(12), QStringLiteral("0") + DemoStore::eanFor(12)});
        QVERIFY(product);
        till.db().exec(QStringLiteral("UPDATE products SET name_en = ? WHERE id = ?"), {awkward, product->id});
        for (int s = 0; s < 3; ++s) {
            Cart cart = till.sales().newCart();
            till.sales().scan(cart, DemoStore::eanFor(12));
            till.sales().scan(cart, DemoStore::eanFor(40 + s));
            Payment cash(cart.totals().total.minor());
            cash.addExactCash();
            till.sales().complete(m_cashier, cart, cash);
        }
        const QList<QueuedEvent> waiting = till.outbox().nextBatch(1000);
        QCOMPARE(waiting.size(), 3);
        QJsonArray events;
        for (const QueuedEvent& e : waiting)
            events.append(QJsonDocument::fromJson(e.payload).object());
        QVERIFY(QString::fromUtf8(waiting.first().payload).contains(QStringLiteral("Молоко")));

        const PushResult part = m_hub->service->push(m_hub->device, QJsonArray{events.at(0)});
        QCOMPARE(part.applied, 1);
        const PushResult again = m_hub->service->push(m_hub->device, events);
        QCOMPARE(again.applied, 2);
        QCOMPARE(again.duplicates, 1);
        const PushResult allHeld = m_hub->service->push(m_hub->device, events);
        QCOMPARE(allHeld.applied, 0);
        QCOMPARE(allHeld.duplicates, 3);
        QCOMPARE(allHeld.conflicts, 0);
        QCOMPARE(allHeld.highestSeq, waiting.last().deviceSeq);
        // One basket a sale, however often the batch came.
        QCOMPARE(m_hub->db->scalar(QStringLiteral("SELECT count(*) FROM offer_baskets WHERE device_id = ?"), {m_hub->device}).toLongLong(),
                 3);

        // Every event the till queued, against every event the hub holds from it.
        QStringList queued;
        QSqlQuery& q = till.db().exec(QStringLiteral("SELECT device_seq, event_id, event_type, payload FROM outbox ORDER BY device_seq"));
        while (q.next())
            queued << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString() + QLatin1Char('|') + q.value(2).toString() +
                          QLatin1Char('|') +
                          QString::fromUtf8(QJsonDocument::fromJson(q.value(3).toString().toUtf8()).toJson(QJsonDocument::Compact));
        q.finish();
        QStringList held;
        QSqlQuery& h = m_hub->db->exec(
            QStringLiteral("SELECT device_seq, event_id, event_type, payload FROM events WHERE device_id = ? ORDER BY device_seq"),
            {m_hub->device});
        while (h.next())
            held << h.value(0).toString() + QLatin1Char('|') + h.value(1).toString() + QLatin1Char('|') + h.value(2).toString() +
                        QLatin1Char('|') +
                        QString::fromUtf8(QJsonDocument::fromJson(h.value(3).toString().toUtf8()).toJson(QJsonDocument::Compact));
        h.finish();
        QCOMPARE(held, queued);
        QVERIFY(held.last().contains(QStringLiteral("Tab\\there, line\\nbreak, back\\\\slash \\\"quoted\\\"")));
        QCOMPARE(m_hub->db->scalar(QStringLiteral("SELECT count(*) FROM sales WHERE device_id = ?"), {m_hub->device}).toLongLong(),
                 till.db().scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE event_type = 'sale'")).toLongLong());
        QCOMPARE(m_hub->db
                     ->scalar(QStringLiteral("SELECT receipt_id FROM sales WHERE device_seq = ? AND device_id = ?"),
                              {waiting.last().deviceSeq, m_hub->device})
                     .toString(),
                 events.last().toObject().value(QStringLiteral("body")).toObject().value(QStringLiteral("receipt_id")).toString());
    }

    // Pushed as the hub's route reads a body: each event is kept byte for byte as the till queued it.
    void eachEventIsKeptByteForByteAsTheTillQueuedIt()
    {
        Till& till = m_store->till();
        acknowledgeAll();
        sell(2, 3);
        const QList<QueuedEvent> waiting = till.outbox().nextBatch(1000);
        QCOMPARE(waiting.size(), 2);
        QList<QByteArray> payloads;
        for (const QueuedEvent& e : waiting)
            payloads.append(e.payload);
        const auto events = protocol::PushRequest::parse(protocol::PushRequest::body(payloads));
        QVERIFY(events);
        const PushResult result = m_hub->service->push(m_hub->device, *events);
        QCOMPARE(result.applied, 2);
        for (const QueuedEvent& e : waiting)
            QCOMPARE(m_hub->db
                         ->scalar(QStringLiteral("SELECT payload FROM events WHERE device_id = ? AND device_seq = ?"),
                                  {m_hub->device, e.deviceSeq})
                         .toString()
                         .toUtf8(),
                     e.payload);
        // PostgreSQL compresses the payloads of the larger sales (a row over 2 KB) with lz4, not its slower pglz (hub schema 16).
        if (m_hub->db->isPostgres())
            QCOMPARE(m_hub->db
                         ->scalar(QStringLiteral("SELECT string_agg(DISTINCT pg_column_compression(payload), ',')"
                                                 " FROM events WHERE device_id = ? AND event_type = 'sale'"),
                                  {m_hub->device})
                         .toString(),
                     QStringLiteral("lz4"));
    }

    // A push sent while the one before it is on its way names where that one ends; arriving first,
    // it is refused and nothing of it is kept, so the till's events are applied in its order.
    void aPushThatOvertookTheOneBeforeItIsRefusedUntilThatOneIsHeld()
    {
        Till& till = m_store->till();
        acknowledgeAll();
        sell(4, 2);
        const QList<QueuedEvent> waiting = till.outbox().nextBatch(1000);
        QCOMPARE(waiting.size(), 4);
        QList<QByteArray> early;
        QList<QByteArray> late;
        for (qsizetype i = 0; i < waiting.size(); ++i)
            (i < 2 ? early : late).append(waiting.at(i).payload);
        const qint64 earlyEnd = waiting.at(1).deviceSeq;
        const auto pushOf = [](const QList<QByteArray>& events) {
            return *protocol::PushRequest::parse(protocol::PushRequest::body(events));
        };
        const qint64 heldBefore = m_hub->db->scalar(QStringLiteral("SELECT count(*) FROM events")).toLongLong();
        QCOMPARE(test::errorCode([&] { m_hub->service->push(m_hub->device, pushOf(late), earlyEnd); }),
                 QLatin1String(protocol::PushRequest::kAhead));
        QCOMPARE(m_hub->db->scalar(QStringLiteral("SELECT count(*) FROM events")).toLongLong(), heldBefore);
        QCOMPARE(m_hub->db->scalar(QStringLiteral("SELECT count(*) FROM offer_baskets WHERE device_seq > ?"), {earlyEnd}).toLongLong(), 0);
        const PushResult first = m_hub->service->push(m_hub->device, pushOf(early));
        QCOMPARE(first.applied, 2);
        QCOMPARE(first.highestSeq, earlyEnd);
        const PushResult second = m_hub->service->push(m_hub->device, pushOf(late), earlyEnd);
        QCOMPARE(second.applied, 2);
        QCOMPARE(second.highestSeq, waiting.last().deviceSeq);
    }
};

QTEST_GUILESS_MAIN(TestHubPushStatements)
#include "tst_hub_push_statements.moc"
