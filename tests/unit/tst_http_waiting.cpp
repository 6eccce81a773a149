// Answers that wait, as a client on a socket sees them: one worked out on another thread is given
// when that work is done, however long it takes, and without waiting for the next poll; one that
// waits for another request is given as it stands once the wait is over; giving a waiting answer
// asks the others again at once; and an exception in an answer asked again is a 500, not a crash.
#include "http/HttpServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <stdexcept>

using namespace omnitill::hub;

namespace {
// A request on its own connection; its answer is read as it arrives.
struct Client
{
    QTcpSocket socket;
    QByteArray received;
    QElapsedTimer sent;

    void ask(quint16 port, const QByteArray& path)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, port);
        sent.start();
        socket.write("GET " + path + " HTTP/1.1\r\nHost: hub\r\nConnection: close\r\n\r\n");
    }
    bool answered() const { return received.contains("\r\n\r\n") && received.endsWith('}'); }
    int status() const { return received.mid(9, 3).toInt(); }
    QByteArray body() const { return received.mid(received.indexOf("\r\n\r\n") + 4); }
};

HttpResponse ready(const char* what)
{
    return HttpResponse::json(QJsonObject{{QStringLiteral("ready"), QLatin1String(what)}});
}
} // namespace

class TestHttpWaiting : public QObject
{
    Q_OBJECT

    std::unique_ptr<HttpServer> m_server;
    quint16 m_port = 0;
    bool m_workDone = false;
    bool m_otherDone = false;

    // Polling so slow that only a wake-up can explain an answer within a second.
    void start(int waitForAnotherMs)
    {
        HttpLimits limits;
        limits.askAgainMs = 60000;
        limits.waitForAnotherMs = waitForAnotherMs;
        m_server = std::make_unique<HttpServer>(limits);
        m_workDone = false;
        m_otherDone = false;
        // Under way until m_workDone; when it is given, the other request's wait is over.
        m_server->route("GET", QStringLiteral("/work"), 0, {}, [this](const HttpRequest&, const QStringList&) { return work(); });
        // Waits for the work's answer, as a push waits for the one before it.
        m_server->route("GET", QStringLiteral("/other"), 0, {}, [this](const HttpRequest&, const QStringList&) { return other(); });
        m_server->route("GET", QStringLiteral("/throws"), 0, {}, [](const HttpRequest&, const QStringList&) {
            HttpResponse later = HttpResponse::error(503, QStringLiteral("hub.busy"), QStringLiteral("under way"));
            later.underWay = true;
            later.askAgain = []() -> HttpResponse { throw std::runtime_error("out of memory"); };
            return later;
        });
        m_port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port != 0);
    }

    HttpResponse work()
    {
        if (m_workDone) {
            m_otherDone = true;
            return ready("work");
        }
        HttpResponse later = HttpResponse::error(503, QStringLiteral("hub.busy"), QStringLiteral("under way"));
        later.underWay = true;
        later.askAgain = [this] { return work(); };
        return later;
    }

    HttpResponse other()
    {
        if (m_otherDone)
            return ready("other");
        HttpResponse waiting = HttpResponse::error(409, QStringLiteral("push.ahead"), QStringLiteral("the one before is not in"));
        waiting.askAgain = [this] { return other(); };
        return waiting;
    }

    // The work finishes on "another thread" after ms: it says so by waking the server.
    void finishWorkAfter(int ms)
    {
        QTimer::singleShot(ms, m_server.get(), [this] {
            m_workDone = true;
            m_server->wakeWaiting();
        });
    }

private slots:
    void workUnderWayOutlastsTheWaitAndIsGivenWhenDone()
    {
        start(100);
        Client client;
        client.ask(m_port, "/work");
        // Asked again past the wait (another request was answered) while still under way.
        QTimer::singleShot(300, m_server.get(), [this] { m_server->wakeWaiting(); });
        finishWorkAfter(600);
        QTRY_VERIFY_WITH_TIMEOUT(client.answered(), 5000);
        QCOMPARE(client.status(), 200);
        QCOMPARE(QJsonDocument::fromJson(client.body()).object().value(QStringLiteral("ready")).toString(), QStringLiteral("work"));
        QVERIFY2(client.sent.elapsed() >= 550, "given before the work was done");
        QVERIFY2(client.sent.elapsed() < 3000, "given at a poll, not when the work was done");
    }

    void anAnswerWaitingForAnotherIsGivenAsItStandsOnceTheWaitIsOver()
    {
        start(300);
        Client client;
        client.ask(m_port, "/other");
        // Only the 60-s poll or a wake-up asks it again; the wait is over after 300 ms.
        QTest::qWait(500);
        QVERIFY(!client.answered());
        // Asked again (as when any other request is answered), it sees the wait is over.
        m_server->wakeWaiting();
        QTRY_VERIFY_WITH_TIMEOUT(client.answered(), 5000);
        QCOMPARE(client.status(), 409);
        QVERIFY(client.body().contains("push.ahead"));
    }

    void givingAWaitingAnswerAsksTheOthersAgainAtOnce()
    {
        start(5000);
        Client waiting;
        waiting.ask(m_port, "/other");
        QTest::qWait(100);
        Client working;
        working.ask(m_port, "/work");
        finishWorkAfter(400);
        QTRY_VERIFY_WITH_TIMEOUT(working.answered(), 5000);
        // The work's answer was given when asked again (not by a route): that alone must wake the other.
        QTRY_VERIFY_WITH_TIMEOUT(waiting.answered(), 2000);
        QCOMPARE(waiting.status(), 200);
        QCOMPARE(QJsonDocument::fromJson(waiting.body()).object().value(QStringLiteral("ready")).toString(), QStringLiteral("other"));
    }

    void anExceptionInAnAnswerAskedAgainIsA500()
    {
        start(100);
        Client client;
        client.ask(m_port, "/throws");
        QTest::qWait(50);
        m_server->wakeWaiting();
        QTRY_VERIFY_WITH_TIMEOUT(client.answered(), 5000);
        QCOMPARE(client.status(), 500);
        QVERIFY(client.body().contains("hub.internal"));
    }
};

QTEST_GUILESS_MAIN(TestHttpWaiting)
#include "tst_http_waiting.moc"
