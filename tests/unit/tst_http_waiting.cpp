// Answers that wait, as a client on a socket sees them, with the server's clock moved on by the
// test: one worked out on another thread is given when that work is done, however long it takes,
// and without waiting for the next poll; one that
// waits for another request is given as it stands once the wait is over; giving a waiting answer
// asks the others again at once; and an exception in an answer asked again is a 500, not a crash.
#include "http/HttpServer.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

#include <stdexcept>

using namespace omnitill::hub;

namespace {
// A request on its own connection; its answer is read as it arrives.
struct Client
{
    QTcpSocket socket;
    QByteArray received;

    void ask(quint16 port, const QByteArray& path)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, port);
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
    qint64 m_nowMs = 0; // the server's clock: moved on by the test, never slept through
    bool m_workDone = false;
    bool m_otherDone = false;
    int m_workAsked = 0;
    int m_otherAsked = 0;
    int m_throwsAsked = 0;

    // Polling so slow (60 s) that only a wake-up can explain an answer within seconds.
    void start(int waitForAnotherMs)
    {
        HttpLimits limits;
        limits.askAgainMs = 60000;
        limits.waitForAnotherMs = waitForAnotherMs;
        m_server = std::make_unique<HttpServer>(limits);
        m_nowMs = 0;
        m_server->setClock([this] { return m_nowMs; });
        m_workDone = false;
        m_otherDone = false;
        m_workAsked = m_otherAsked = m_throwsAsked = 0;
        // Under way until m_workDone; when it is given, the other request's wait is over.
        m_server->route("GET", QStringLiteral("/work"), 0, {}, [this](const HttpRequest&, const QStringList&) { return work(); });
        // Waits for the work's answer, as a push waits for the one before it.
        m_server->route("GET", QStringLiteral("/other"), 0, {}, [this](const HttpRequest&, const QStringList&) { return other(); });
        m_server->route("GET", QStringLiteral("/throws"), 0, {}, [this](const HttpRequest&, const QStringList&) {
            ++m_throwsAsked;
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
        ++m_workAsked;
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
        ++m_otherAsked;
        if (m_otherDone)
            return ready("other");
        HttpResponse waiting = HttpResponse::error(409, QStringLiteral("push.ahead"), QStringLiteral("the one before is not in"));
        waiting.askAgain = [this] { return other(); };
        return waiting;
    }

    // The work is done on "another thread": it says so by waking the server.
    void finishWork()
    {
        m_workDone = true;
        m_server->wakeWaiting();
    }

private slots:
    void workUnderWayOutlastsTheWaitAndIsGivenWhenDone()
    {
        start(100);
        Client client;
        client.ask(m_port, "/work");
        QTRY_VERIFY_WITH_TIMEOUT(m_workAsked == 1, 5000);
        // Asked again well past the wait (another request was answered) while still under way.
        m_nowMs += 1000;
        m_server->wakeWaiting();
        QTRY_VERIFY_WITH_TIMEOUT(m_workAsked == 2, 5000);
        QVERIFY2(!client.answered(), "given before the work was done");
        finishWork();
        QTRY_VERIFY_WITH_TIMEOUT(client.answered(), 5000); // well before the 60-s poll: the wake-up gave it
        QCOMPARE(client.status(), 200);
        QCOMPARE(QJsonDocument::fromJson(client.body()).object().value(QStringLiteral("ready")).toString(), QStringLiteral("work"));
        QCOMPARE(m_workAsked, 3);
    }

    void anAnswerWaitingForAnotherIsGivenAsItStandsOnceTheWaitIsOver()
    {
        start(300);
        Client client;
        client.ask(m_port, "/other");
        QTRY_VERIFY_WITH_TIMEOUT(m_otherAsked == 1, 5000);
        // Asked again within the wait: it keeps waiting.
        m_nowMs += 299;
        m_server->wakeWaiting();
        QTRY_VERIFY_WITH_TIMEOUT(m_otherAsked == 2, 5000);
        QVERIFY(!client.answered());
        // Asked again once the wait is over (as when any other request is answered): given as it stands.
        m_nowMs += 1;
        m_server->wakeWaiting();
        QTRY_VERIFY_WITH_TIMEOUT(client.answered(), 5000);
        QCOMPARE(client.status(), 409);
        QVERIFY(client.body().contains("push.ahead"));
        QCOMPARE(m_otherAsked, 3);
    }

    void givingAWaitingAnswerAsksTheOthersAgainAtOnce()
    {
        start(5000);
        Client waiting;
        waiting.ask(m_port, "/other");
        QTRY_VERIFY_WITH_TIMEOUT(m_otherAsked == 1, 5000);
        Client working;
        working.ask(m_port, "/work");
        QTRY_VERIFY_WITH_TIMEOUT(m_workAsked >= 1, 5000);
        finishWork();
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
        QTRY_VERIFY_WITH_TIMEOUT(m_throwsAsked == 1, 5000);
        m_server->wakeWaiting();
        QTRY_VERIFY_WITH_TIMEOUT(client.answered(), 5000);
        QCOMPARE(client.status(), 500);
        QVERIFY(client.body().contains("hub.internal"));
    }
};

QTEST_GUILESS_MAIN(TestHttpWaiting)
#include "tst_http_waiting.moc"
