// A HubService on a thread of its own (HubThread), as the hub applies pushes and folds on
// PostgreSQL: its jobs run in the order they were handed over, on one thread that is not the
// caller's; a push applied there is in the database the hub's own connection reads, and a token
// it signs verifies with the hub's key; a job that throws is logged and the next still runs; a
// database it cannot open is refused when it is made; a yielding thread, and the threads it
// starts, give way to the rest. SQLite in a file by default; PostgreSQL when
// OMNITILL_HUB_DB is set by the wrapper.
#include "HubThread.h"
#include "InProcessHub.h"
#include "PreparedPush.h"
#include "common/Clock.h"
#include "common/DomainError.h"
#include "crypto/HubToken.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <stdexcept>
#include <thread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace omnitill;
using namespace omnitill::hub;

class TestHubThread : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<test::InProcessHub> m_hub;
    std::unique_ptr<HubThread> m_thread;

    // Runs the job there and waits for it.
    void runThere(const std::function<void(HubService&)>& job)
    {
        QSemaphore done;
        m_thread->run([&](HubService& service) {
            job(service);
            done.release();
        });
        QVERIFY(done.tryAcquire(1, 30000));
    }

private slots:
    void initTestCase()
    {
        m_hub = std::make_unique<test::InProcessHub>(m_clock);
        m_thread = std::make_unique<HubThread>(QStringLiteral("hub-test"), m_hub->url, m_clock, m_hub->service->keyForAnotherThread());
    }

    void jobsRunInTheOrderHandedOverOnAThreadOfTheirOwn()
    {
        QList<int> order;
        QList<QThread*> threads;
        QSemaphore done;
        for (int i = 0; i < 20; ++i)
            m_thread->run([&, i](HubService&) {
                order.append(i);
                threads.append(QThread::currentThread());
                done.release();
            });
        QVERIFY(done.tryAcquire(20, 30000));
        QList<int> expected;
        for (int i = 0; i < 20; ++i)
            expected.append(i);
        QCOMPARE(order, expected);
        for (QThread* thread : threads) {
            QCOMPARE(thread, threads.first());
            QVERIFY(thread != QThread::currentThread());
        }
    }

    void aPushAppliedThereIsHeldByTheHubsOwnConnection()
    {
        const QByteArray event = QJsonDocument(QJsonObject{{QStringLiteral("device_seq"), 1},
                                                           {QStringLiteral("event_id"), QStringLiteral("thread-1")},
                                                           {QStringLiteral("type"), QStringLiteral("note")},
                                                           {QStringLiteral("body"), QJsonObject{}}})
                                     .toJson(QJsonDocument::Compact);
        const PreparedPush push = PreparedPush::fromBody(m_hub->device, protocol::PushRequest::body({event}));
        PushResult result;
        runThere([&](HubService& service) { result = service.push(m_hub->device, push); });
        QCOMPARE(result.applied, 1);
        QCOMPARE(result.highestSeq, 1);
        QCOMPARE(m_hub->service->heldUpTo(m_hub->device), 1);
        QCOMPARE(m_hub->db->scalar(QStringLiteral("SELECT payload FROM events WHERE device_id = ? AND device_seq = 1"), {m_hub->device})
                     .toString()
                     .toUtf8(),
                 event);
    }

    void aTokenSignedThereVerifiesWithTheHubsKey()
    {
        m_hub->service->importData(
            {{QStringLiteral("members"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("M1")},
                                                                {QStringLiteral("card_code"), QStringLiteral("2900000000011")},
                                                                {QStringLiteral("name"), QStringLiteral("Olga")},
                                                                {QStringLiteral("consent"), true},
                                                                {QStringLiteral("points_balance"), 0}}}}});
        QString token;
        runThere([&](HubService& service) {
            token = service.integrator().memberToken(QStringLiteral("M1")).value(QStringLiteral("token")).toString();
        });
        const HubToken::Checked checked = HubToken::check(token, HubToken::kMember, 1, m_hub->service->publicKey(), m_clock.nowUtc());
        QVERIFY(checked.fields);
        QCOMPARE(*checked.fields, QStringList{QStringLiteral("M1")});
    }

    void aJobThatThrowsIsLoggedAndTheNextStillRuns()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("hub-test failed: .*the job broke")));
        m_thread->run([](HubService&) { throw DomainError(QStringLiteral("test.broke"), QStringLiteral("the job broke")); });
        bool ran = false;
        runThere([&](HubService&) { ran = true; });
        QVERIFY(ran);
    }

    // The journal's and the folds' threads give way to the pushes: on Linux a nice value of 10, on
    // them and on the threads they start (the journal checks signatures on several).
    void aYieldingThreadAndWhatItStartsGiveWay()
    {
#ifdef Q_OS_LINUX
        const auto niceOfThisThread = [] { return getpriority(PRIO_PROCESS, id_t(gettid())); };
        int equal = -1;
        runThere([&](HubService&) { equal = niceOfThisThread(); });
        QCOMPARE(equal, 0);
        HubThread yielding(QStringLiteral("hub-yielding"), m_hub->url, m_clock, m_hub->service->keyForAnotherThread(),
                           HubThread::Share::Yielding);
        int own = -1;
        int started = -1;
        QSemaphore done;
        yielding.run([&](HubService&) {
            own = niceOfThisThread();
            std::thread worker([&] { started = niceOfThisThread(); });
            worker.join();
            done.release();
        });
        QVERIFY(done.tryAcquire(1, 30000));
        QCOMPARE(own, 10);
        QCOMPARE(started, 10);
        QCOMPARE(niceOfThisThread(), 0); // the caller's own is untouched
#else
        QSKIP("nice values per thread are Linux's");
#endif
    }

    void aDatabaseItCannotOpenIsRefusedWhenItIsMade()
    {
        try {
            HubThread broken(QStringLiteral("hub-broken"), QStringLiteral("mysql://nowhere/x"), m_clock,
                             m_hub->service->keyForAnotherThread());
            QFAIL("a thread without a database was made");
        } catch (const DomainError& e) {
            QCOMPARE(e.code(), QStringLiteral("hub.db_url"));
        }
    }

    void cleanupTestCase()
    {
        m_thread.reset(); // closes its connection on its thread
        m_hub.reset();
    }
};

QTEST_GUILESS_MAIN(TestHubThread)
#include "tst_hub_thread.moc"
