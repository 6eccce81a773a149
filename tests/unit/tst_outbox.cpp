// The outbox as the sync client uses it: events wait in order until the hub acknowledges them, an
// acknowledgement holds a prefix and never moves back or past what was queued, failures are counted
// on the events still waiting, and taking an answer writes one row however many events it covers.
#include "TestStore.h"

#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace omnitill;

class TestOutbox : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestStore> m_store;

    Database& db() { return m_store->till().db(); }
    Outbox& outbox() { return m_store->till().outbox(); }

    // Events with no operation behind them: the outbox's order and marks are what is tested.
    void queue(int events)
    {
        Transaction tx(db());
        for (int i = 0; i < events; ++i)
            outbox().append(QStringLiteral("test.event"), QJsonObject{{QStringLiteral("n"), i}});
        tx.commit();
    }

    void acknowledge(qint64 upTo)
    {
        Transaction tx(db());
        outbox().acknowledgeUpTo(upTo);
        tx.commit();
    }

    QList<qint64> waiting(qint64 after = 0)
    {
        QList<qint64> seqs;
        for (const QueuedEvent& e : outbox().nextBatch(1000, after))
            seqs << e.deviceSeq;
        return seqs;
    }

private slots:
    void init()
    {
        m_store = std::make_unique<test::TestStore>(20);
        acknowledge(std::numeric_limits<qint64>::max()); // what the demo store queued
    }

    void eventsWaitUntilTheHubHoldsThem()
    {
        const qint64 base = Outbox::heldUpTo(db());
        queue(5);
        QCOMPARE(Outbox::pendingCount(db()), 5);
        QCOMPARE(waiting(), (QList<qint64>{base + 1, base + 2, base + 3, base + 4, base + 5}));
        QCOMPARE(waiting(base + 2), (QList<qint64>{base + 3, base + 4, base + 5})); // two on their way
        acknowledge(base + 3);
        QCOMPARE(Outbox::heldUpTo(db()), base + 3);
        QCOMPARE(Outbox::pendingCount(db()), 2);
        QCOMPARE(waiting(), (QList<qint64>{base + 4, base + 5}));
        const OutboxBacklog backlog = outbox().backlog(10);
        QCOMPARE(backlog.waiting, 2);
        QCOMPARE(backlog.oldest.size(), 2);
        QCOMPARE(backlog.oldest.first().seq, base + 4);
        QCOMPARE(backlog.oldest.first().type, QStringLiteral("test.event"));
    }

    void anAcknowledgementNeverMovesBackNorPastTheLastEvent()
    {
        const qint64 base = Outbox::heldUpTo(db());
        queue(3);
        acknowledge(base + 2);
        acknowledge(base + 1); // an earlier answer taken late
        QCOMPARE(Outbox::heldUpTo(db()), base + 2);
        // A hub that claims more than was queued here holds at most what was: the next event waits.
        acknowledge(base + 1000);
        QCOMPARE(Outbox::heldUpTo(db()), base + 3);
        queue(1);
        QCOMPARE(waiting(), QList<qint64>{base + 4});
        QCOMPARE(Outbox::pendingCount(db()), 1);
    }

    // A count, not a time: acknowledging a thousand events writes one row, the events stay as queued.
    void takingAnAnswerWritesOneRow()
    {
        queue(1000);
        const QString before =
            db().scalar(QStringLiteral("SELECT group_concat(device_seq || event_id || payload || attempts, ',') FROM outbox")).toString();
        const qint64 changes = db().scalar(QStringLiteral("SELECT total_changes()")).toLongLong();
        acknowledge(std::numeric_limits<qint64>::max());
        QCOMPARE(db().scalar(QStringLiteral("SELECT total_changes()")).toLongLong() - changes, 1);
        QCOMPARE(Outbox::pendingCount(db()), 0);
        QCOMPARE(
            db().scalar(QStringLiteral("SELECT group_concat(device_seq || event_id || payload || attempts, ',') FROM outbox")).toString(),
            before);
        // The mark says when the hub took them.
        QCOMPARE(db().scalar(QStringLiteral("SELECT acked_at FROM outbox_acks ORDER BY up_to_seq DESC LIMIT 1")).toString(),
                 m_store->clock().nowUtc().toString(Qt::ISODateWithMs));
    }

    void failuresAreCountedOnWaitingEventsOnly()
    {
        const qint64 base = Outbox::heldUpTo(db());
        queue(4);
        acknowledge(base + 2);
        {
            Transaction tx(db());
            outbox().recordFailure(base + 1, base + 4, QStringLiteral("hub said no"));
            tx.commit();
        }
        QCOMPARE(db().scalar(QStringLiteral("SELECT group_concat(attempts, ',') FROM outbox WHERE device_seq > ?"), {base}).toString(),
                 QStringLiteral("0,0,1,1"));
        const OutboxBacklog backlog = outbox().backlog(10);
        QCOMPARE(backlog.failing, 2);
        QCOMPARE(backlog.oldest.first().lastError, QStringLiteral("hub said no"));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
