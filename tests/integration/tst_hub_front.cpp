// #19: the production front as shipped (packaging/haproxy/omnitill-hub.cfg): Debian's haproxy
// terminating TLS before two hub processes. The floods the hub takes alone also leave it small
// and answering here, and the front adds its own caps: per-client connections and request rates.
#include "HubDatabase.h"
#include "HubProcess.h"
#include "HubTrust.h"
#include "QueryRows.h"
#include "RawHttp.h"
#include "SaleSimulator.h"
#include "SyncClient.h"
#include "TestStore.h"
#include "common/Clock.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace omnitill;
using namespace omnitill::test;

namespace {
const QByteArray kHealth = "GET /v1/health HTTP/1.1\r\nHost: hub\r\n\r\n";

QByteArray post(const QByteArray& path, qint64 length)
{
    return "POST " + path + " HTTP/1.1\r\nHost: hub\r\nContent-Length: " + QByteArray::number(length) + "\r\n\r\n";
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

class TestHubFront : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<HubProcess> m_hubs[2];
    QProcess m_front;
    quint16 m_port = 0;
    QList<QSslCertificate> m_ca;
    QNetworkAccessManager m_network;
    SystemClock m_realClock;

    QUrl frontUrl() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port)); }

    // Enrolls client through the front; the failure message, or empty when it enrolled.
    QString enrollThroughFront(SyncClient& client, const QString& token, const HubTrust& trust)
    {
        QSignalSpy enrolled(&client, &SyncClient::enrolled);
        QSignalSpy failed(&client, &SyncClient::failed);
        client.enroll(frontUrl(), token, trust);
        if (!QTest::qWaitFor([&] { return !enrolled.isEmpty() || !failed.isEmpty(); }, 60000))
            return QStringLiteral("no answer");
        return failed.isEmpty() ? QString() : failed.first().first().toString();
    }

    // A client of the front from a loopback address of its own, so per-client limits of one do not touch another.
    RawHttp client(const char* address) const { return RawHttp(m_port, m_ca, address); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The hub's certificate, as a store's IT would make one for its own hostname.
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
                       m_dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"), m_dir.filePath(QStringLiteral("cert.pem"))});
        QVERIFY(openssl.waitForFinished(30000) && openssl.exitCode() == 0);
        QFile cert(m_dir.filePath(QStringLiteral("cert.pem")));
        QFile key(m_dir.filePath(QStringLiteral("key.pem")));
        QFile bundle(m_dir.filePath(QStringLiteral("front.pem")));
        QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly) && bundle.open(QIODevice::WriteOnly));
        const QByteArray certPem = cert.readAll();
        bundle.write(certPem + key.readAll());
        bundle.close();
        m_ca = QSslCertificate::fromData(certPem);

        const QString db = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("hub.db"));
        for (auto& hub : m_hubs) {
            hub = std::make_unique<HubProcess>(db);
            QVERIFY(hub->start({QStringLiteral("--behind-proxy")}));
        }
        m_hubs[0]->admin(
            {QStringLiteral("create-store"), QStringLiteral("--id"), QStringLiteral("S1"), QStringLiteral("--name"), QStringLiteral("S1")});

        m_port = freePort();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OMNITILL_FRONT_BIND"), QStringLiteral("127.0.0.1:%1").arg(m_port));
        env.insert(QStringLiteral("OMNITILL_FRONT_CERT"), bundle.fileName());
        env.insert(QStringLiteral("OMNITILL_FRONT_HEAD_TIMEOUT"), QStringLiteral("2s"));
        env.insert(QStringLiteral("OMNITILL_FRONT_CLIENT_TIMEOUT"), QStringLiteral("30s"));
        env.insert(QStringLiteral("OMNITILL_FRONT_CONNECTIONS_PER_CLIENT"), QStringLiteral("20"));
        env.insert(QStringLiteral("OMNITILL_FRONT_REQUESTS_PER_10S"), QStringLiteral("100"));
        env.insert(QStringLiteral("OMNITILL_HUB1"), QStringLiteral("127.0.0.1:%1").arg(m_hubs[0]->port()));
        env.insert(QStringLiteral("OMNITILL_HUB2"), QStringLiteral("127.0.0.1:%1").arg(m_hubs[1]->port()));
        m_front.setProcessEnvironment(env);
        m_front.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_front.start(QStringLiteral("haproxy"),
                      {QStringLiteral("-db"), QStringLiteral("-f"),
                       qEnvironmentVariable("OMNITILL_SOURCE_DIR") + QStringLiteral("/packaging/haproxy/omnitill-hub.cfg")});
        QVERIFY2(m_front.waitForStarted(10000), "haproxy is not installed (packaging/install-deps.sh installs it)");
        const RawHttp probe = client("127.0.0.9");
        QVERIFY(QTest::qWaitFor([&] { return probe.exchange(kHealth, 2000).status == 200; }, 20000));
    }

    void cleanupTestCase()
    {
        m_front.terminate();
        m_front.waitForFinished(5000);
    }

    void theFrontServesTlsOnly()
    {
        const RawAnswer health = client("127.0.0.2").exchange(kHealth);
        QCOMPARE(health.status, 200);
        // Plain HTTP to the TLS port gets no answer from a hub.
        const RawAnswer plain = RawHttp(m_port).exchange(kHealth, 3000);
        QVERIFY(plain.status != 200);
    }

    void floodsLeaveTheHubsSmallAndAnswering()
    {
        const RawHttp flooder = client("127.0.0.3");
        const RawHttp probe = client("127.0.0.4");
        struct Case
        {
            QByteArray head;
            qint64 bytes;
            QList<int> expected;
        };
        // Above the cap the front answers itself (and, the body still pouring in, may close before the
        // client reads its 413: status 0); below it the hubs refuse the unsigned push from its head.
        for (const Case& c :
             {Case{post("/v1/push", 50'000'000), 50'000'000, {413, 0}}, Case{post("/v1/push", 30'000'000), 30'000'000, {401, 429}}}) {
            RawAnswer health;
            const QList<RawAnswer> answers = flooder.flood(10, c.head, c.bytes, 300, [&] { health = probe.exchange(kHealth, 5000); });
            for (const RawAnswer& a : answers)
                QVERIFY2(c.expected.contains(a.status), a.text.left(300).constData());
            QCOMPARE(health.status, 200);
            QVERIFY2(health.elapsedMs < 1000, QByteArray::number(health.elapsedMs).constData());
            for (const auto& hub : m_hubs) {
                const qint64 peak = peakResidentKiB(hub->pid());
                qInfo("through the front, 10 x %lld bytes: hub peak resident %lld KiB, health in %lld ms", c.bytes, peak, health.elapsedMs);
                QVERIFY(peak > 0 && peak < hubMemoryBoundKiB());
            }
        }
        QVERIFY(flooder.exchange(post("/v1/push", 1) + "x").text.contains("\"error\""));
    }

    void aClientHoldsOnlyItsShareOfConnections()
    {
        const RawHttp hog = client("127.0.0.5");
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 40; ++i)
            held.push_back(hog.connect());
        QTest::qWait(300);
        const auto open = std::count_if(held.begin(), held.end(), [](const auto& s) {
            s->waitForReadyRead(0);
            return s->state() == QAbstractSocket::ConnectedState;
        });
        qInfo("%d of 40 connections from one client held open (limit 20)", int(open));
        QVERIFY(open <= 20);
        QCOMPARE(client("127.0.0.6").exchange(kHealth).status, 200);
    }

    void aTricklingHeadIsCutOff()
    {
        auto trickle = client("127.0.0.7").connect();
        QElapsedTimer clock;
        clock.start();
        for (const char c : QByteArray("GET /v1/health HTTP/1.1\r\nX-Slow: ")) {
            if (trickle->state() != QAbstractSocket::ConnectedState)
                break;
            trickle->write(&c, 1);
            trickle->waitForBytesWritten(100);
            QTest::qWait(150);
        }
        const RawAnswer slow = RawHttp::readAnswer(*trickle, 6000);
        QVERIFY2(slow.status == 408 || slow.closed, slow.text.constData());
        QVERIFY2(clock.elapsed() < 6000, QByteArray::number(clock.elapsed()).constData());
    }

    // #19: tills trust the hub by its own CA or by a pin of its key, and sync over TLS end to end.
    void tillsSyncOverTlsTrustingTheHubsCaOrPin()
    {
        const auto token = [&](const char* till) {
            return QString::fromUtf8(m_hubs[0]->admin({QStringLiteral("enroll-token"), QStringLiteral("--store"), QStringLiteral("S1"),
                                                       QStringLiteral("--till"), QLatin1String(till)}));
        };
        const HubTrust byCa(m_ca.first().toPem(), {});
        const HubTrust byPin({}, {HubTrust::pinOf(m_ca.first())});
        const HubTrust wrongPin(m_ca.first().toPem(), {QStringLiteral("sha256/") + QString::fromLatin1(QByteArray(32, 'x').toBase64())});

        // Without either, the self-signed certificate is not trusted; a wrong pin cuts the connection
        // before the token is sent, so the same token still enrolls the till once it trusts the hub.
        TestStore store(30);
        store.clock().set(m_realClock.nowUtc());
        SyncClient client(store.till().db(), store.till().settings(), m_realClock, m_network);
        const QString firstToken = token("T1");
        QVERIFY(enrollThroughFront(client, firstToken, {}).contains(QStringLiteral("not trusted")));
        const QString pinned = enrollThroughFront(client, firstToken, wrongPin);
        QVERIFY2(pinned.contains(QStringLiteral("without the key this till was set up to trust")), qPrintable(pinned));
        QCOMPARE(enrollThroughFront(client, firstToken, byCa), QString());

        TestStore other(30);
        other.clock().set(m_realClock.nowUtc());
        SyncClient pinnedClient(other.till().db(), other.till().settings(), m_realClock, m_network);
        QCOMPARE(enrollThroughFront(pinnedClient, token("T2"), byPin), QString());

        SaleSimulator(store.till(), 7).run(store.openShift(), 25);
        SaleSimulator(other.till(), 8).run(other.openShift(), 25);
        hub::HubDatabase hubDb;
        hubDb.open(m_hubs[0]->db());
        for (auto [till, sync] : {std::pair<TestStore*, SyncClient*>{&store, &client}, {&other, &pinnedClient}}) {
            QString error;
            QVERIFY2(HubProcess::runSync(*sync, nullptr, &error), qPrintable(error));
            QCOMPARE(sync->pendingCount(), 0);
            // The whole state: every event byte for byte, every receipt.
            Database& db = till->till().db();
            QCOMPARE(
                rows(hubDb.exec(
                    QStringLiteral("SELECT device_seq, event_id, event_type, payload FROM events WHERE device_id = ? ORDER BY device_seq"),
                    {sync->deviceId()})),
                rows(db.exec(QStringLiteral("SELECT device_seq, event_id, event_type, payload FROM outbox ORDER BY device_seq"))));
            const QStringList receipts = rows(
                hubDb.exec(QStringLiteral("SELECT id, receipt_id, total, currency, created_at FROM sales WHERE device_id = ? ORDER BY id"),
                           {sync->deviceId()}));
            QCOMPARE(receipts, rows(db.exec(QStringLiteral(
                                   "SELECT id, receipt_id, total, currency, created_at FROM sales WHERE training = 0 ORDER BY id"))));
            QCOMPARE(receipts.size(), 25);
        }
    }

    void aClientIsPaced()
    {
        const RawHttp busy = client("127.0.0.8");
        int paced = 0;
        for (int i = 0; i < 150; ++i) {
            const RawAnswer a = busy.exchange(kHealth);
            if (a.status == 429 && a.text.contains("request.rate"))
                ++paced;
            else
                QCOMPARE(a.status, 200);
        }
        QVERIFY2(paced >= 40, QByteArray::number(paced).constData());
        QCOMPARE(client("127.0.0.2").exchange(kHealth).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestHubFront)
#include "tst_hub_front.moc"
