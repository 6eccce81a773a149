// #19: what one client can make the hub hold. A hub on its own bounds bodies, heads, time,
// connections and request rates from a request's headers; the production front (haproxy, TLS)
// adds per-client limits. Both take the same floods and stay small and answering.
#include "HubProcess.h"
#include "PushRequest.h"
#include "RawHttp.h"
#include "RequestSignature.h"
#include "crypto/Signer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace omnitill;
using namespace omnitill::test;

namespace {
QByteArray post(const QByteArray& path, qint64 length, const QByteArray& extra = {})
{
    return "POST " + path + " HTTP/1.1\r\nHost: hub\r\nContent-Length: " + QByteArray::number(length) + "\r\n" + extra + "\r\n";
}

const QByteArray kHealth = "GET /v1/health HTTP/1.1\r\nHost: hub\r\n\r\n";

} // namespace

class TestHubBounds : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    // Alone, with short timeouts and low rates, under a 256 file descriptor limit.
    std::unique_ptr<HubProcess> m_hub;
    std::unique_ptr<RawHttp> m_http;
    QString m_apiKey;
    std::unique_ptr<EcdsaP256Signer> m_device;
    QString m_deviceId;

    QByteArray signedGet(const QString& path) const
    {
        const RequestSignature s = RequestSignature::sign(*m_device, m_deviceId, "GET", path, {}, QDateTime::currentDateTimeUtc());
        return "GET " + path.toLatin1() + " HTTP/1.1\r\nHost: hub\r\n" + RequestSignature::kDeviceHeader + ": " + s.deviceId.toLatin1() +
               "\r\n" + RequestSignature::kTimestampHeader + ": " + s.timestamp.toLatin1() + "\r\n" + RequestSignature::kNonceHeader +
               ": " + s.nonce.toLatin1() + "\r\n" + RequestSignature::kSignatureHeader + ": " + s.signature.toBase64() + "\r\n\r\n";
    }

    QByteArray signedPost(const QString& path, const QByteArray& body) const
    {
        const RequestSignature s = RequestSignature::sign(*m_device, m_deviceId, "POST", path, body, QDateTime::currentDateTimeUtc());
        return "POST " + path.toLatin1() +
               " HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" +
               RequestSignature::kDeviceHeader + ": " + s.deviceId.toLatin1() + "\r\n" + RequestSignature::kTimestampHeader + ": " +
               s.timestamp.toLatin1() + "\r\n" + RequestSignature::kNonceHeader + ": " + s.nonce.toLatin1() + "\r\n" +
               RequestSignature::kSignatureHeader + ": " + s.signature.toBase64() + "\r\n\r\n" + body;
    }

    // Ten clients pour bodyBytes each into path; health must answer meanwhile and memory stay bounded.
    void floodAndCheck(const RawHttp& http, const RawHttp& probe, qint64 pid, const QByteArray& head, qint64 bodyBytes,
                       const QList<int>& expected)
    {
        RawAnswer health;
        const QList<RawAnswer> answers = http.flood(10, head, bodyBytes, 300, [&] { health = probe.exchange(kHealth, 5000); });
        for (const RawAnswer& a : answers)
            QVERIFY2(expected.contains(a.status), a.text.left(200).constData());
        QCOMPARE(health.status, 200);
        QVERIFY2(health.elapsedMs < 1000, QByteArray::number(health.elapsedMs).constData());
        const qint64 peak = peakResidentKiB(pid);
        qInfo("flood of 10 x %lld bytes: hub peak resident %lld KiB, health answered in %lld ms", bodyBytes, peak, health.elapsedMs);
        QVERIFY(peak > 0);
        QVERIFY2(peak < hubMemoryBoundKiB(), QByteArray::number(peak).constData());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // SQLite by default; the postgres variant (pushes applied on the hub's push thread) sets OMNITILL_HUB_DB.
        m_hub = std::make_unique<HubProcess>(
            qEnvironmentVariable("OMNITILL_HUB_DB", QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("hub.db"))));
        m_hub->setLauncher({QStringLiteral("prlimit"), QStringLiteral("--nofile=256:256")});
        QVERIFY(m_hub->start({QStringLiteral("--head-timeout=2"), QStringLiteral("--idle-timeout=3"), QStringLiteral("--stall-timeout=2"),
                              QStringLiteral("--device-rate=1"), QStringLiteral("--key-rate=1"), QStringLiteral("--address-rate=1")}));
        m_hub->admin(
            {QStringLiteral("create-store"), QStringLiteral("--id"), QStringLiteral("S1"), QStringLiteral("--name"), QStringLiteral("S1")});
        m_http = std::make_unique<RawHttp>(m_hub->port());
        m_apiKey = m_hub->createApiKey(QStringLiteral("shop"), QStringLiteral("orders,feed"));
        QVERIFY(!m_apiKey.isEmpty());

        m_device = EcdsaP256Signer::generate();
        const QString token =
            QString::fromUtf8(m_hub->admin({QStringLiteral("enroll-token"), QStringLiteral("--store"), QStringLiteral("S1")}));
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("token"), token},
                                      {QStringLiteral("public_key"), QString::fromLatin1(m_device->publicKeyDer().toBase64())}})
                .toJson(QJsonDocument::Compact);
        const RawAnswer enrolled = m_http->exchange(post("/v1/enroll", body.size()) + body);
        QCOMPARE(enrolled.status, 200);
        m_deviceId = QJsonDocument::fromJson(enrolled.text.mid(enrolled.text.indexOf("\r\n\r\n") + 4))
                         .object()
                         .value(QStringLiteral("device_id"))
                         .toString();
        QVERIFY(!m_deviceId.isEmpty());
    }

    void aRequestIsRefusedFromItsHeadBeforeItsBodyIsRead_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status");
        // Only the head is sent: an answer proves the body was never waited for.
        QTest::newRow("50 MB push") << post("/v1/push", 50'000'000) << 413;
        QTest::newRow("30 MB push, no device") << post("/v1/push", 30'000'000) << 401;
        QTest::newRow("30 MB push, unknown device")
            << post("/v1/push", 30'000'000, "X-OmniTill-Device: nobody\r\nX-OmniTill-Nonce: 0123456789abcdef0123\r\n") << 401;
        QTest::newRow("1 MB enrollment") << post("/v1/enroll", 1'000'000) << 413;
        QTest::newRow("order without a key") << post("/v1/integrator/orders", 1000) << 401;
        QTest::newRow("chunked") << QByteArray("POST /v1/push HTTP/1.1\r\nHost: hub\r\nTransfer-Encoding: chunked\r\n\r\n") << 411;
        QTest::newRow("two lengths") << post("/v1/push", 10, "Content-Length: 20\r\n") << 400;
        QTest::newRow("a body on a GET") << QByteArray("GET /v1/health HTTP/1.1\r\nContent-Length: 5\r\n\r\n") << 413;
        QTest::newRow("20 KB of headers") << "GET /v1/health HTTP/1.1\r\nX-Filler: " + QByteArray(20000, 'a') + "\r\n\r\n" << 431;
        QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505;
        QTest::newRow("HTTP/3 on TCP") << QByteArray("GET /v1/health HTTP/3.0\r\n\r\n") << 505;
        QTest::newRow("folded header") << QByteArray("GET /v1/health HTTP/1.1\r\nX-A: 1\r\n  continued\r\n\r\n") << 400;
        QTest::newRow("blank lines first") << QByteArray("\r\n\r\nGET /v1/nothing HTTP/1.1\r\n\r\n") << 404;
        QTest::newRow("unknown path") << QByteArray("GET /v1/nothing HTTP/1.1\r\n\r\n") << 404;
        QTest::newRow("wrong method") << QByteArray("DELETE /v1/push HTTP/1.1\r\n\r\n") << 405;
    }

    void aRequestIsRefusedFromItsHeadBeforeItsBodyIsRead()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        const RawAnswer answer = m_http->exchange(head, 1500);
        // A refused sign-in may also be slowed down (429) once the address has failed often.
        QVERIFY2(answer.status == status || (status == 401 && answer.status == 429), answer.text.constData());
        QVERIFY(answer.text.contains("\"error\""));
        QVERIFY(answer.header("connection") == "close" || answer.status == 404 || answer.status == 405);
    }

    void floodsOfLargeBodiesLeaveTheHubSmallAndAnswering()
    {
        const RawHttp probe(m_hub->port());
        floodAndCheck(*m_http, probe, m_hub->pid(), post("/v1/push", 50'000'000), 50'000'000, {413});
        floodAndCheck(*m_http, probe, m_hub->pid(), post("/v1/push", 30'000'000), 30'000'000, {401, 429});
        floodAndCheck(*m_http, probe, m_hub->pid(),
                      post("/v1/integrator/orders", 900'000, "Authorization: Bearer " + m_apiKey.toLatin1() + "\r\n"), 900'000, {400, 429});
    }

    void idleTricklingAndStalledConnectionsAreClosed()
    {
        // A connection that never says anything is closed without a word after the head timeout.
        auto silent = m_http->connect();
        const RawAnswer nothing = RawHttp::readAnswer(*silent, 6000);
        QVERIFY(nothing.closed);
        QCOMPARE(nothing.status, 0);
        QVERIFY2(nothing.elapsedMs >= 1500 && nothing.elapsedMs < 4000, QByteArray::number(nothing.elapsedMs).constData());

        // Headers a byte at a time: the head timeout counts from the first byte, however they trickle.
        auto trickle = m_http->connect();
        QElapsedTimer clock;
        clock.start();
        for (const char c : QByteArray("GET /v1/health HTTP/1.1\r\nX-Slow: ")) {
            if (trickle->state() != QAbstractSocket::ConnectedState || trickle->bytesAvailable() > 0)
                break;
            trickle->write(&c, 1);
            trickle->waitForBytesWritten(100);
            QTest::qWait(150);
        }
        const RawAnswer slow = RawHttp::readAnswer(*trickle, 6000);
        QCOMPARE(slow.status, 408);
        QVERIFY2(clock.elapsed() < 5000, QByteArray::number(clock.elapsed()).constData());

        // A body that stops: 408 after the stall timeout.
        auto stalled = m_http->connect();
        stalled->write(post("/v1/integrator/orders", 100, "Authorization: Bearer " + m_apiKey.toLatin1() + "\r\n") + "{\"items\":");
        const RawAnswer stall = RawHttp::readAnswer(*stalled, 6000);
        QCOMPARE(stall.status, 408);
        QVERIFY2(stall.elapsedMs >= 1500, QByteArray::number(stall.elapsedMs).constData());

        // A kept-alive connection is closed after the idle timeout.
        auto kept = m_http->connect();
        kept->write(kHealth);
        QCOMPARE(RawHttp::readAnswer(*kept, 3000).status, 200);
        const RawAnswer idle = RawHttp::readAnswer(*kept, 6000);
        QVERIFY(idle.closed);
        QVERIFY2(idle.elapsedMs >= 2500, QByteArray::number(idle.elapsedMs).constData());
    }

    void idleConnectionsBeyondTheDescriptorLimitDoNotStarveHealth()
    {
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 300; ++i)
            idle.push_back(m_http->connect());
        QTest::qWait(300);
        const RawAnswer health = m_http->exchange(kHealth, 3000);
        QCOMPARE(health.status, 200);
        QVERIFY2(health.elapsedMs < 1000, QByteArray::number(health.elapsedMs).constData());
        const auto open = std::count_if(idle.begin(), idle.end(), [](const auto& s) {
            s->waitForReadyRead(0);
            return s->state() == QAbstractSocket::ConnectedState;
        });
        qInfo("%d of 300 idle connections still open under a limit of 256 descriptors", int(open));
        QVERIFY(open < 256);
    }

    // A till's push sent while its earlier push is on its way names where that one ends (after=).
    // Arriving first, it is held unanswered until the earlier one is in, then applied after it;
    // when the earlier one never comes, it is refused by name after a while and nothing of it kept.
    void aPushThatOvertakesTheOneBeforeItWaitsForIt()
    {
        const auto events = [](int from, int to) {
            QList<QByteArray> list;
            for (int seq = from; seq <= to; ++seq)
                list.append(QJsonDocument(QJsonObject{{QStringLiteral("device_seq"), seq},
                                                      {QStringLiteral("event_id"), QStringLiteral("overtake-%1").arg(seq)},
                                                      {QStringLiteral("type"), QStringLiteral("note")},
                                                      {QStringLiteral("body"), QJsonObject{}}})
                                .toJson(QJsonDocument::Compact));
            return protocol::PushRequest::body(list);
        };
        const auto highest = [](const RawAnswer& answer) {
            return QJsonDocument::fromJson(answer.text.mid(answer.text.indexOf("\r\n\r\n") + 4))
                .object()
                .value(QStringLiteral("highest_seq"))
                .toInteger();
        };
        const std::unique_ptr<QTcpSocket> later = m_http->connect();
        later->write(signedPost(QStringLiteral("/v1/push?after=2"), events(3, 4)));
        QVERIFY(later->waitForBytesWritten(5000));
        const RawAnswer early = RawHttp::readAnswer(*later, 500);
        QVERIFY2(early.status == 0 && !early.closed, early.text.left(300).constData()); // held, not answered
        const RawAnswer first = m_http->exchange(signedPost(QStringLiteral("/v1/push"), events(1, 2)));
        QVERIFY2(first.status == 200, first.text.left(300).constData());
        QCOMPARE(highest(first), 2);
        const RawAnswer second = RawHttp::readAnswer(*later, 5000);
        QVERIFY2(second.status == 200, second.text.left(300).constData());
        QCOMPARE(highest(second), 4);

        // Event 5 never comes: after a while the push is refused by name, and its event 6 not kept.
        const RawAnswer refused = m_http->exchange(signedPost(QStringLiteral("/v1/push?after=5"), events(6, 6)), 15000);
        QVERIFY2(refused.status == 409, refused.text.left(300).constData());
        QVERIFY(refused.text.contains(protocol::PushRequest::kAhead));
        QVERIFY2(refused.elapsedMs >= 4000, qPrintable(QString::number(refused.elapsedMs)));
        const RawAnswer whole = m_http->exchange(signedPost(QStringLiteral("/v1/push"), events(5, 6)));
        QVERIFY2(whole.status == 200, whole.text.left(300).constData());
        QCOMPARE(highest(whole), 6);
        QCOMPARE(
            QJsonDocument::fromJson(whole.text.mid(whole.text.indexOf("\r\n\r\n") + 4)).object().value(QStringLiteral("applied")).toInt(),
            2);
    }

    // An enrolled device's hostile journal requests, each well signed: refused by name with a JSON
    // error, nothing anchored from any of them, and the hub answering the next request.
    void hostileJournalRequestsAreRefused()
    {
        const QString key = QString::fromLatin1(EcdsaP256Signer::generate()->publicKeyDer().toBase64());
        const auto body = [&](const QJsonObject& extra) {
            QJsonObject o{{QStringLiteral("head_seq"), 3}, {QStringLiteral("public_key"), key}};
            for (auto it = extra.begin(); it != extra.end(); ++it)
                o.insert(it.key(), it.value());
            return QJsonDocument(o).toJson(QJsonDocument::Compact);
        };
        QJsonArray tooMany;
        for (int i = 0; i < 1001; ++i)
            tooMany.append(QJsonObject{{QStringLiteral("canonical"), QStringLiteral("OT1|sale")}});
        QJsonArray shortHash{QJsonObject{{QStringLiteral("seq"), 1}, {QStringLiteral("hash"), QStringLiteral("AAAA")}}};
        const QList<std::pair<QByteArray, QByteArray>> cases{
            {"{\"head_seq\": 3, \"public_key\": ", "not a JSON object"},
            {"[1, 2, 3]", "not a JSON object"},
            {body({{QStringLiteral("head_seq"), -1}}), "head_seq is the number"},
            {body({{QStringLiteral("entries"), tooMany}}), "up to 1000 entries"},
            {body({{QStringLiteral("probes"), shortHash}}), "gives its SHA-256"},
            {body({{QStringLiteral("entries"), QJsonArray{QJsonObject{{QStringLiteral("payload"), QString(5000, QLatin1Char('x'))}}}}}),
             "payload 4096 bytes"},
            {body({{QStringLiteral("public_key"), QStringLiteral("bm90IGEga2V5")}}), "not an EC P-256 key"},
        };
        for (const auto& [sent, refusal] : cases) {
            const RawAnswer answer = m_http->exchange(signedPost(QStringLiteral("/v1/journal"), sent));
            QVERIFY2(answer.status == 400, answer.text.left(300).constData());
            QVERIFY2(answer.text.contains(refusal), answer.text.left(300).constData());
        }
        // None of them registered a key or anchored an entry: the hub holds no journal of this device.
        const RawAnswer held = m_http->exchange(signedGet(QStringLiteral("/v1/journal/hashes?from=1&limit=10")));
        QVERIFY2(held.status == 404, held.text.left(300).constData());
        QCOMPARE(m_http->exchange(kHealth).status, 200);
    }

    void requestsArePacedPerKeyPerDeviceAndPerAddress()
    {
        // Answers other than 200, 401 and a 429 naming the rate count as -100 each.
        const auto countRefused = [&](const std::function<QByteArray()>& request, QByteArray* retryAfter) {
            int refused = 0;
            for (int i = 0; i < 25; ++i) {
                const RawAnswer a = m_http->exchange(request(), 3000);
                if (a.status == 429 && a.text.contains("request.rate")) {
                    ++refused;
                    *retryAfter = a.header("retry-after");
                } else if (a.status != 200 && a.status != 401) {
                    qWarning("unexpected answer: %s", a.text.constData());
                    refused -= 100;
                }
            }
            return refused;
        };
        QByteArray retryAfter;
        // An API key at one request a second (a burst of ten).
        const int byKey = countRefused(
            [&] { return "GET /v1/integrator/feed?limit=1 HTTP/1.1\r\nAuthorization: Bearer " + m_apiKey.toLatin1() + "\r\n\r\n"; },
            &retryAfter);
        QVERIFY2(byKey >= 10, QByteArray::number(byKey).constData());
        QVERIFY(retryAfter.toInt() >= 1);
        // Naming a device with a forged signature does not use up its requests.
        for (int i = 0; i < 25; ++i) {
            QByteArray forged = signedGet(QStringLiteral("/v1/feed/members?limit=1"));
            forged.replace(forged.indexOf(RequestSignature::kSignatureHeader) + qstrlen(RequestSignature::kSignatureHeader) + 2, 8,
                           "AAAAAAAA");
            const int status = m_http->exchange(forged, 3000).status;
            QVERIFY2(status == 401 || status == 429, QByteArray::number(status).constData());
        }
        QCOMPARE(m_http->exchange(signedGet(QStringLiteral("/v1/feed/members?limit=1"))).status, 200);
        // A device the same as a key, once it signs.
        const int byDevice = countRefused([&] { return signedGet(QStringLiteral("/v1/feed/members?limit=1")); }, &retryAfter);
        QVERIFY2(byDevice >= 10, QByteArray::number(byDevice).constData());
        // An address guessing keys is slowed down too.
        const int byAddress =
            countRefused([] { return QByteArray("GET /v1/integrator/feed HTTP/1.1\r\nAuthorization: Bearer guess\r\n\r\n"); }, &retryAfter);
        QVERIFY2(byAddress >= 10, QByteArray::number(byAddress).constData());
        // Health is never paced.
        QCOMPARE(m_http->exchange(kHealth).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestHubBounds)
#include "tst_hub_bounds.moc"
