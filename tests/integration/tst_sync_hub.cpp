// The till's sync engine against the real omnitill-hub process on loopback (SQLite storage):
// exactly-once push, lost replies, and the hub's refusals of bad requests.
#include "BackgroundSync.h"
#include "BarcodeImageDecoder.h"
#include "DemoStore.h"
#include "HubCatalog.h"
#include "HubDatabase.h"
#include "HubProcess.h"
#include "ManualTimers.h"
#include "RequestSignature.h"
#include "SaleSimulator.h"
#include "SyncClient.h"
#include "SyncConsole.h"
#include "SyncScheduler.h"
#include "SyncState.h"
#include "TestStore.h"
#include "barcode/Gtin.h"
#include "store/SigningKeys.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace omnitill;

namespace {
struct HttpAnswer
{
    int status = 0;
    QJsonObject body;
    QByteArray raw;
};
} // namespace

class TestSyncHub : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::HubProcess> m_hub;
    QUrl m_url;
    QNetworkAccessManager m_network;
    SystemClock m_realClock; // the hub process checks request times against the real clock

    QByteArray admin(const QStringList& args) { return m_hub->admin(args); }
    QJsonObject stats() { return m_hub->stats(); }

    HttpAnswer post(const QString& path, const QByteArray& body, const RequestSignature* signature)
    {
        QNetworkRequest request(m_url.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (signature) {
            request.setRawHeader(RequestSignature::kDeviceHeader, signature->deviceId.toUtf8());
            request.setRawHeader(RequestSignature::kTimestampHeader, signature->timestamp.toUtf8());
            request.setRawHeader(RequestSignature::kNonceHeader, signature->nonce.toUtf8());
            request.setRawHeader(RequestSignature::kSignatureHeader, signature->signature.toBase64());
        }
        QNetworkReply* reply = m_network.post(request, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(30000);
        const QByteArray raw = reply->readAll();
        HttpAnswer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), QJsonDocument::fromJson(raw).object(), raw};
        reply->deleteLater();
        return answer;
    }

    static bool runSync(SyncClient& client, SyncSummary* summary = nullptr, QString* error = nullptr)
    {
        return test::HubProcess::runSync(client, summary, error);
    }

    // Changes the offset-th sale waiting in the outbox, as a buggy or tampered till might send it;
    // returns its device sequence.
    static qint64 doctorSale(test::TestStore& store, int offset, const std::function<void(QJsonObject&)>& change)
    {
        Database& db = store.till().db();
        const qint64 seq =
            db.scalar(QStringLiteral("SELECT device_seq FROM outbox WHERE event_type = 'sale' ORDER BY device_seq LIMIT 1 OFFSET ?"),
                      {offset})
                .toLongLong();
        QJsonObject event =
            QJsonDocument::fromJson(db.scalar(QStringLiteral("SELECT payload FROM outbox WHERE device_seq = ?"), {seq}).toString().toUtf8())
                .object();
        QJsonObject sale = event.value(QStringLiteral("body")).toObject();
        change(sale);
        event.insert(QStringLiteral("body"), sale);
        db.exec(QStringLiteral("UPDATE outbox SET payload = ? WHERE device_seq = ?"),
                {QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)), seq});
        return seq;
    }

    // What the hub answers must never carry its database's words.
    static bool leaksInternals(const QByteArray& answer)
    {
        static const QRegularExpression internals(QStringLiteral("NOT NULL|constraint|sqlite|SQLSTATE|syntax|database error|QPSQL|QSQLITE"),
                                                  QRegularExpression::CaseInsensitiveOption);
        return internals.match(QString::fromUtf8(answer)).hasMatch();
    }

    // The hub holds the till's state: every event byte for byte, every receipt line and tender, every
    // sale row (a failed comparison fails the test); the receipts compared.
    qint64 sameAtHub(test::TestStore& store, SyncClient& client)
    {
        hub::HubDatabase hubDb;
        hubDb.open(m_hub->db());
        const test::SyncState onTill = test::tillState(store.till().db());
        const test::SyncState atHub = test::hubState(hubDb, client.deviceId());
        [&] {
            QCOMPARE(atHub.events, onTill.events);
            QCOMPARE(atHub.receipts, onTill.receipts);
            QCOMPARE(atHub.sales, onTill.sales);
        }();
        return onTill.receipts.size();
    }

    QString enroll(test::TestStore& store, SyncClient& client, const QString& till)
    {
        const QString token = QString::fromUtf8(
            admin({QStringLiteral("enroll-token"), QStringLiteral("--store"), QStringLiteral("S1"), QStringLiteral("--till"), till}));
        QSignalSpy enrolled(&client, &SyncClient::enrolled);
        client.enroll(m_url, token);
        if (!enrolled.wait(30000))
            return {};
        Q_UNUSED(store);
        return token;
    }

private slots:
    // The enrollment token as a QR code for a till's camera, in a PNG the hub draws without Qt Gui.
    void enrollmentTokensAlsoComeAsQrCodes()
    {
        const QString png = m_dir.filePath(QStringLiteral("token.png"));
        const QString token = QString::fromUtf8(admin({QStringLiteral("enroll-token"), QStringLiteral("--store"), QStringLiteral("S1"),
                                                       QStringLiteral("--till"), QStringLiteral("T9"), QStringLiteral("--qr"), png}))
                                  .trimmed();
        QVERIFY(!token.isEmpty());
        const QImage image(png);
        QCOMPARE(image.width(), image.height());
        const QList<DecodedBarcode> codes = BarcodeImageDecoder::decode(image);
        QCOMPARE(codes.size(), 1);
        QCOMPARE(codes.first().format, QStringLiteral("QRCode"));
        QCOMPARE(codes.first().text, token);
        int exitCode = 0;
        m_hub->admin({QStringLiteral("enroll-token"), QStringLiteral("--store"), QStringLiteral("S1"), QStringLiteral("--qr"),
                      m_dir.filePath(QStringLiteral("missing/token.png"))},
                     &exitCode);
        QCOMPARE(exitCode, 1);
    }

    // #19: a restarted SQLite hub (nothing to migrate) whose database another process writes
    // before the hub's own first commit (an enrolment token from the admin command) still takes
    // the till's enrolment and sales; it used to answer "database is locked" until a restart.
    void aRestartedSqliteHubWritesAfterAnotherProcessDid()
    {
        QTemporaryDir dir;
        const QString url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("restarted-hub.db"));
        {
            test::HubProcess first(url);
            QVERIFY(first.startWithStores({QStringLiteral("S1")}));
            first.terminate();
        }
        test::HubProcess hub(url);
        QVERIFY(hub.start());
        test::TestStore store(20);
        SyncClient client(store.till().db(), store.till().settings(), m_realClock, m_network);
        QVERIFY(hub.enroll(client, QStringLiteral("S1"), QStringLiteral("T1")));
        SaleSimulator(store.till(), 3).run(store.cashier(), 2);
        QString error;
        QVERIFY2(test::HubProcess::runSync(client, nullptr, &error), qPrintable(error));
        QCOMPARE(Outbox::pendingCount(store.till().db()), 0);
    }

    void initTestCase()
    {
        qRegisterMetaType<SyncSummary>();
        // SQLite by default; the postgres variant of this test sets OMNITILL_HUB_DB.
        m_hub = std::make_unique<test::HubProcess>(
            qEnvironmentVariable("OMNITILL_HUB_DB", QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("hub.db"))));
        qInfo("hub storage: %s", qPrintable(m_hub->db()));
        QVERIFY(m_hub->start());
        m_url = m_hub->url();
        admin({QStringLiteral("create-store"), QStringLiteral("--id"), QStringLiteral("S1"), QStringLiteral("--name"),
               QStringLiteral("Demo")});
    }

    void cleanupTestCase() { m_hub->terminate(); }

    void pushesEverythingExactlyOnce()
    {
        test::TestStore store(100);
        SyncClient client(store.till().db(), store.till().settings(), m_realClock, m_network);
        QVERIFY(!enroll(store, client, QStringLiteral("T1")).isEmpty());
        const QJsonObject before = stats();
        const Session cashier = store.cashier();
        SaleSimulator(store.till(), 5).run(cashier, 2 * SyncClient::kBatchSize + 200); // more than two batches
        const qint64 sales = store.count(QStringLiteral("sales"));
        const qint64 total = store.till().db().scalar(QStringLiteral("SELECT sum(total) FROM sales")).toLongLong();
        SyncSummary summary;
        QString error;
        QVERIFY2(runSync(client, &summary, &error), qPrintable(error));
        QCOMPARE(summary.sent, store.count(QStringLiteral("outbox")));
        QCOMPARE(client.pendingCount(), 0);
        QJsonObject after = stats();
        QCOMPARE(after.value(QStringLiteral("sales")).toInteger() - before.value(QStringLiteral("sales")).toInteger(), sales);
        QCOMPARE(after.value(QStringLiteral("sales_total")).toInteger() - before.value(QStringLiteral("sales_total")).toInteger(), total);
        QCOMPARE(after.value(QStringLiteral("conflicts_open")).toInteger(), before.value(QStringLiteral("conflicts_open")).toInteger());
        // Not only as many: the same, every event byte for byte and every receipt line and tender.
        const auto sameState = [&] { QCOMPARE(sameAtHub(store, client), sales); };
        sameState();
        if (QTest::currentTestFailed())
            return;

        // The reply was lost after the hub committed: the till sends everything again.
        store.till().db().exec(QStringLiteral("DELETE FROM outbox_acks"));
        QVERIFY2(runSync(client, &summary, &error), qPrintable(error));
        // The first batch comes back as duplicates, with the one sent while it was on its way;
        // the hub's answer (it holds everything) then acknowledges the rest without sending it.
        QCOMPARE(summary.duplicates, summary.sent);
        QVERIFY2(summary.sent >= SyncClient::kBatchSize && summary.sent <= SyncClient::kPushesInFlight * SyncClient::kBatchSize,
                 qPrintable(QString::number(summary.sent)));
        QCOMPARE(summary.acknowledged, store.count(QStringLiteral("outbox")));
        QCOMPARE(client.pendingCount(), 0);
        QCOMPARE(stats().value(QStringLiteral("events")), after.value(QStringLiteral("events")));
        QCOMPARE(stats().value(QStringLiteral("sales")), after.value(QStringLiteral("sales")));
        sameState();
        if (QTest::currentTestFailed())
            return;

        // Nothing waiting: nothing sent.
        QVERIFY(runSync(client, &summary));
        QCOMPARE(summary.sent, 0);
    }

    // The journal goes beside the events. One the hub refuses (an entry edited in the file beyond
    // what a request may carry) fails the sync with the hub's reason, but only once every event is
    // in: the sales do not wait for the journal.
    void aRefusedJournalHoldsUpNoEvent()
    {
        test::TestStore store(100);
        SyncClient client(store.till().db(), store.till().settings(), m_realClock, m_network);
        QVERIFY(!enroll(store, client, QStringLiteral("T9")).isEmpty());
        SaleSimulator(store.till(), 9).run(store.cashier(), SyncClient::kBatchSize + 500); // two pushes
        store.till().db().exec(QStringLiteral("DROP TRIGGER journal_no_update"));
        store.till().db().exec(QStringLiteral("UPDATE journal SET unsigned_reason = ? WHERE seq = 1"), {QString(600, u'x')});
        QString error;
        QVERIFY(!runSync(client, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("reason is at most 500 characters")), qPrintable(error));
        QCOMPARE(client.pendingCount(), 0);
        QCOMPARE(sameAtHub(store, client), store.count(QStringLiteral("sales WHERE training = 0")));
    }

    void refusesBadRequests()
    {
        test::TestStore store(20);
        SyncClient client(store.till().db(), store.till().settings(), m_realClock, m_network);
        const QString token = enroll(store, client, QStringLiteral("T2"));
        QVERIFY(!token.isEmpty());
        // the token was for one till only
        const HttpAnswer reuse =
            post(QStringLiteral("/v1/enroll"),
                 QJsonDocument(QJsonObject{{QStringLiteral("token"), token},
                                           {QStringLiteral("public_key"),
                                            QString::fromLatin1(EcdsaP256Signer::generate()->publicKeyDer().toBase64())}})
                     .toJson(),
                 nullptr);
        QCOMPARE(reuse.status, 403);
        QCOMPARE(reuse.body.value(QStringLiteral("error")).toString(), QStringLiteral("enroll.token"));

        auto key = SigningKeys(store.till().db(), store.till().settings()).deviceSigner();
        const QString device = client.deviceId();
        const QByteArray body = QByteArrayLiteral("{\"events\":[]}");
        const QString path = QStringLiteral("/v1/push");
        const QDateTime now = QDateTime::currentDateTimeUtc(); // the hub runs on the real clock

        RequestSignature good = RequestSignature::sign(*key, device, "POST", path, body, now);
        QCOMPARE(post(path, body, &good).status, 200);
        const HttpAnswer replay = post(path, body, &good);
        QCOMPARE(replay.status, 401);
        QCOMPARE(replay.body.value(QStringLiteral("error")).toString(), QStringLiteral("auth.replay"));

        RequestSignature tampered = RequestSignature::sign(*key, device, "POST", path, body, now);
        const HttpAnswer changed = post(path, QByteArrayLiteral("{\"events\":[{}]}"), &tampered);
        QCOMPARE(changed.status, 401);
        QCOMPARE(changed.body.value(QStringLiteral("error")).toString(), QStringLiteral("auth.signature"));

        RequestSignature old = RequestSignature::sign(*key, device, "POST", path, body, now.addSecs(-600));
        QCOMPARE(post(path, body, &old).body.value(QStringLiteral("error")).toString(), QStringLiteral("auth.stale"));

        // A batch far larger than any till sends is refused whole, before anything is stored.
        QByteArray huge("{\"events\":[");
        for (int i = 1; i <= 5001; ++i)
            huge += (i > 1 ? "," : "") + QByteArray("{\"device_seq\":") + QByteArray::number(i) + ",\"event_id\":\"e" +
                    QByteArray::number(i) + "\",\"type\":\"note\",\"body\":{}}";
        huge += "]}";
        RequestSignature big = RequestSignature::sign(*key, device, "POST", path, huge, now);
        const HttpAnswer tooMany = post(path, huge, &big);
        QCOMPARE(tooMany.status, 413);
        QCOMPARE(tooMany.body.value(QStringLiteral("error")).toString(), QStringLiteral("push.too_many"));

        auto stranger = EcdsaP256Signer::generate();
        RequestSignature unknown = RequestSignature::sign(*stranger, QStringLiteral("no-such-device"), "POST", path, body, now);
        QCOMPARE(post(path, body, &unknown).body.value(QStringLiteral("error")).toString(), QStringLiteral("auth.unknown_device"));
        RequestSignature impostor = RequestSignature::sign(*stranger, device, "POST", path, body, now);
        QCOMPARE(post(path, body, &impostor).body.value(QStringLiteral("error")).toString(), QStringLiteral("auth.signature"));

        admin({QStringLiteral("revoke"), QStringLiteral("--device"), device});
        RequestSignature revoked = RequestSignature::sign(*key, device, "POST", path, body, now);
        const HttpAnswer refused = post(path, body, &revoked);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.body.value(QStringLiteral("error")).toString(), QStringLiteral("auth.revoked"));
        store.openShift(); // an event to send
        QString error;
        QVERIFY(!runSync(client, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("revoked")), qPrintable(error));
        QVERIFY(client.pendingCount() > 0); // kept for later, not lost
    }

    void schedulerReportsOnlineAndBacksOffWhenTheHubIsGone()
    {
        test::TestStore store(20);
        SyncClient client(store.till().db(), store.till().settings(), m_realClock, m_network);
        QVERIFY(!enroll(store, client, QStringLiteral("T4")).isEmpty());
        store.openShift();
        test::ManualTimers timers; // the waits between attempts pass when the test says so
        SyncScheduler scheduler(client, 30, nullptr, timers);
        QSignalSpy changed(&scheduler, &SyncScheduler::statusChanged);
        scheduler.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!scheduler.status().running && scheduler.status().online, 30000);
        QCOMPARE(scheduler.status().pending, 0);
        QVERIFY(scheduler.status().lastSuccess.isValid());
        QCOMPARE(scheduler.status().nextAttemptSeconds, 30);

        // The hub disappears (nothing listens on port 1): offline, the error kept, a backed-off retry.
        Transaction tx(store.till().db());
        store.till().settings().setValue(QStringLiteral("sync.hub_url"), QStringLiteral("http://127.0.0.1:1"));
        tx.commit();
        store.till().shifts().cashIn(store.supervisor(), 100, QStringLiteral("change"));
        scheduler.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!scheduler.status().running && !scheduler.status().online, 30000);
        QVERIFY(!scheduler.status().lastError.isEmpty());
        QCOMPARE(scheduler.status().pending, 1); // kept until the hub is back
        QVERIFY(scheduler.status().nextAttemptSeconds >= 3 && scheduler.status().nextAttemptSeconds <= 7);
        QVERIFY(changed.count() >= 4);

        // The manager's console shows the waiting event, how often it was tried and why it failed;
        // a cashier needs a manager's PIN to look.
        SyncConsole console(store.till().db(), store.till().staff(), store.till().outbox());
        QCOMPARE(test::errorCode([&] { console.open(store.cashier()); }), QStringLiteral("auth.approval_required"));
        QCOMPARE(test::errorCode([&] { console.open(store.cashier(), QStringLiteral("2222")); }), QStringLiteral("auth.not_allowed"));
        const qint64 approvalsBefore = store.count(QStringLiteral("approvals"));
        console.open(store.cashier(), QStringLiteral("3333"));
        QCOMPARE(store.count(QStringLiteral("approvals")), approvalsBefore + 1);
        const SyncConsoleReport report = console.report(console.open(store.manager()));
        QCOMPARE(report.waiting, 1);
        QCOMPARE(report.failing, 1);
        QCOMPARE(report.events.size(), 1);
        QCOMPARE(report.events.first().type, QStringLiteral("cash_in"));
        QCOMPARE(report.events.first().attempts, 1);
        QVERIFY(!report.events.first().lastError.isEmpty());

        // The hub is back: nothing is tried before the backed-off wait is over, then the event goes.
        Transaction back(store.till().db());
        store.till().settings().setValue(QStringLiteral("sync.hub_url"), m_url.toString());
        back.commit();
        const int wait = scheduler.status().nextAttemptSeconds;
        timers.advance(wait * 1000 - 1);
        QVERIFY(!scheduler.status().running);
        QCOMPARE(scheduler.status().pending, 1);
        timers.advance(1);
        QVERIFY(scheduler.status().running);
        QTRY_VERIFY_WITH_TIMEOUT(!scheduler.status().running && scheduler.status().online, 30000);
        QCOMPARE(scheduler.status().pending, 0);
    }

    void syncRunsOnItsOwnThreadAndSaysWhenHubDataArrived()
    {
        test::TestStore store(20);
        store.openShift();
        // Started before the till is enrolled: it notices the enrollment without a restart.
        BackgroundSync sync(store.path(), m_realClock, 1);
        QSignalSpy applied(&sync, &BackgroundSync::referenceDataApplied);
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(!sync.status().enrolled && sync.status().nextAttemptSeconds == 1, 10000);
        {
            SyncClient client(store.till().db(), store.till().settings(), m_realClock, m_network);
            QVERIFY(!enroll(store, client, QStringLiteral("T6")).isEmpty());
        }
        QTRY_VERIFY2_WITH_TIMEOUT(sync.status().enrolled && sync.status().online && !sync.status().running,
                                  qPrintable(QStringLiteral("enrolled %1 online %2 running %3 error %4")
                                                 .arg(sync.status().enrolled)
                                                 .arg(sync.status().online)
                                                 .arg(sync.status().running)
                                                 .arg(sync.status().lastError)),
                                  30000);
        QVERIFY(sync.status().lastSuccess.isValid());
        QCOMPARE(sync.status().pending, 0); // the shift opening went out from the other thread
        QTRY_COMPARE_WITH_TIMEOUT(Outbox::pendingCount(store.till().db()), 0, 5000);
        const int before = int(applied.count());

        // The till keeps selling on its own connection while the engine writes on another.
        QFile settings(m_dir.filePath(QStringLiteral("settings.json")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write(
            QJsonDocument(QJsonObject{{QStringLiteral("settings"),
                                       QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("store.name")},
                                                              {QStringLiteral("value"), QStringLiteral("Renamed by the hub")}}}}})
                .toJson());
        settings.close();
        admin({QStringLiteral("import"), QStringLiteral("--file"), settings.fileName()});
        Cart cart = store.till().sales().newCart();
        store.till().sales().scan(cart, QStringLiteral("4000000000013"));
        Payment payment(cart.totals().total.minor());
        payment.addExactCash();
        store.till().sales().complete(store.cashier(), cart, payment);
        sync.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(applied.count() > before, 30000);
        store.till().settings().reload();
        QCOMPARE(store.till().settings().storeName(), QStringLiteral("Renamed by the hub"));
        QTRY_COMPARE_WITH_TIMEOUT(Outbox::pendingCount(store.till().db()), 0, 30000);
    }

    void catalogFlowsFromTheHubAndResumes()
    {
        test::TestStore store(100);
        SyncClient client(store.till().db(), store.till().settings(), m_realClock, m_network);
        QVERIFY(!enroll(store, client, QStringLiteral("T5")).isEmpty());
        // A sale rung before the hub changes the price keeps the price it was sold at.
        const Session cashier = store.openShift();
        Cart cart = store.till().sales().newCart();
        store.till().sales().scan(cart, QStringLiteral("4000000000013"));
        const qint64 oldPrice = cart.lines().first().unitPrice;
        Payment p(cart.totals().total.minor());
        p.addExactCash();
        store.till().sales().complete(cashier, cart, p);

        const auto writeFile = [&](const QString& name, const QJsonObject& json) {
            QFile f(m_dir.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(QJsonDocument(json).toJson());
            return f.fileName();
        };
        QJsonArray products;
        for (int i = 0; i < 4400; ++i) {
            const QString data = QStringLiteral("590%1").arg(i + 1, 9, 10, QLatin1Char('0'));
            products.append(QJsonObject{{QStringLiteral("sku"), QStringLiteral("HUB%1").arg(i + 1, 7, 10, QLatin1Char('0'))},
                                        {QStringLiteral("name_en"), QStringLiteral("Hub Tea %1").arg(i + 1)},
                                        {QStringLiteral("name_ru"), QStringLiteral("Чай %1").arg(i + 1)},
                                        {QStringLiteral("name_zh"), QStringLiteral("茶 %1").arg(i + 1)},
                                        {QStringLiteral("unit"), QStringLiteral("piece")},
                                        {QStringLiteral("price"), 100 + i},
                                        {QStringLiteral("tax_code"), QStringLiteral("B")},
                                        {QStringLiteral("barcodes"), QJsonArray{data + QString::number(gtin::checkDigit(data))}}});
        }
        for (int i = 0; i < 100; ++i) // the demo store's own products, repriced by head office
            products.append(QJsonObject{{QStringLiteral("sku"), QStringLiteral("SKU%1").arg(i + 1, 7, 10, QLatin1Char('0'))},
                                        {QStringLiteral("name_en"), QStringLiteral("Repriced %1").arg(i + 1)},
                                        {QStringLiteral("unit"), QStringLiteral("piece")},
                                        {QStringLiteral("price"), 9999},
                                        {QStringLiteral("tax_code"), QStringLiteral("A")},
                                        {QStringLiteral("barcodes"), QJsonArray{DemoStore::eanFor(i)}}});
        const QJsonArray rates{QJsonObject{{QStringLiteral("code"), QStringLiteral("A")},
                                           {QStringLiteral("name"), QStringLiteral("Standard")},
                                           {QStringLiteral("basis_points"), 1900}},
                               QJsonObject{{QStringLiteral("code"), QStringLiteral("B")},
                                           {QStringLiteral("name"), QStringLiteral("Reduced")},
                                           {QStringLiteral("basis_points"), 700}}};
        // A file with one bad barcode changes nothing.
        QJsonArray broken = products;
        broken.append(QJsonObject{{QStringLiteral("sku"), QStringLiteral("BAD")},
                                  {QStringLiteral("name_en"), QStringLiteral("Bad")},
                                  {QStringLiteral("price"), 1},
                                  {QStringLiteral("tax_code"), QStringLiteral("A")},
                                  {QStringLiteral("barcodes"), QJsonArray{QStringLiteral("4000000000014")}}});
        const qint64 hubProductsBefore = stats().value(QStringLiteral("products")).toInteger();
        admin({QStringLiteral("import"), QStringLiteral("--file"),
               writeFile(QStringLiteral("broken.json"), {{QStringLiteral("tax_rates"), rates}, {QStringLiteral("products"), broken}})});
        QCOMPARE(stats().value(QStringLiteral("products")).toInteger(), hubProductsBefore);
        admin({QStringLiteral("import"), QStringLiteral("--file"),
               writeFile(QStringLiteral("catalog.json"), {{QStringLiteral("tax_rates"), rates}, {QStringLiteral("products"), products}})});
        QCOMPARE(stats().value(QStringLiteral("products")).toInteger(), hubProductsBefore + 4500);

        SyncSummary summary;
        QString error;
        QSignalSpy progress(&client, &SyncClient::catalogProgress);
        QVERIFY2(runSync(client, &summary, &error), qPrintable(error));
        QVERIFY(summary.pulledProducts >= 4500); // plus what earlier tests imported, if any
        QVERIFY(progress.count() >= 3);          // pages of 2000
        CatalogRepository& catalog = store.till().catalog();
        const QString firstGtin = gtin::toGtin14(products.at(0).toObject().value(QStringLiteral("barcodes")).toArray().at(0).toString());
        const auto first = catalog.findByCodes({firstGtin});
        QVERIFY(first.has_value());
        QCOMPARE(first->sku, QStringLiteral("HUB0000001"));
        const auto repricedDemo = catalog.findByCodes({QStringLiteral("04000000000013")});
        QVERIFY(repricedDemo.has_value());
        QCOMPARE(repricedDemo->price, 9999);
        QCOMPARE(catalog.search(QStringLiteral("Hub Tea 4400")).size(), 1);
        QCOMPARE(store.till().db().scalar(QStringLiteral("SELECT unit_price FROM sale_lines")).toLongLong(), oldPrice);

        QVERIFY(runSync(client, &summary));
        QCOMPARE(summary.pulledProducts, 0); // the cursor remembers where the till is

        // Head office changes one price; only that change travels.
        const QJsonObject changed = products.at(10).toObject();
        QJsonObject repriced = changed;
        repriced.insert(QStringLiteral("price"), 777);
        admin({QStringLiteral("import"), QStringLiteral("--file"),
               writeFile(QStringLiteral("one.json"), {{QStringLiteral("products"), QJsonArray{repriced}}})});
        QVERIFY(runSync(client, &summary));
        QCOMPARE(summary.pulledProducts, 1);
        const auto hub11 = catalog.findByCodes({QStringLiteral("HUB0000011")});
        QVERIFY(hub11.has_value());
        QCOMPARE(hub11->price, 777);

        // An interrupted first sync resumes from its cursor: set it back to just after page one.
        const QString cursor = store.till().settings().value(QStringLiteral("sync.cursor.catalog"));
        const qint64 end = hub::HubCatalog::decodeCursor(cursor);
        Transaction tx(store.till().db());
        store.till().settings().setValue(QStringLiteral("sync.cursor.catalog"), hub::HubCatalog::encodeCursor(end - 1001));
        tx.commit();
        QVERIFY(runSync(client, &summary));
        QCOMPARE(summary.pulledProducts, 1001);
    }

    void backoffGrowsWithJitterAndACap()
    {
        QCOMPARE(SyncScheduler::backoffSeconds(0, 30, 0), 23); // no failure: the interval, jittered
        for (quint32 seed = 0; seed < 50; ++seed) {
            const int first = SyncScheduler::backoffSeconds(1, 30, seed);
            QVERIFY(first >= 4 && first <= 6);
            const int third = SyncScheduler::backoffSeconds(3, 30, seed);
            QVERIFY(third >= 15 && third <= 25);
            const int many = SyncScheduler::backoffSeconds(20, 30, seed);
            QVERIFY(many >= 450 && many <= 750);
        }
    }

    void aBrokenSaleOpensAConflictAndBlocksNothing()
    {
        test::TestStore store(20);
        SyncClient client(store.till().db(), store.till().settings(), m_realClock, m_network);
        QVERIFY(!enroll(store, client, QStringLiteral("T3")).isEmpty());
        const Session cashier = store.openShift();
        SaleSimulator(store.till(), 9).run(cashier, 3);
        // Doctor sales in the outbox, as a buggy or tampered till might send them: the second
        // one's total, and a promotion on the third that no line carries.
        const auto doctor = [&](int offset, const std::function<void(QJsonObject&)>& change) { doctorSale(store, offset, change); };
        doctor(1, [](QJsonObject& sale) { sale.insert(QStringLiteral("total"), sale.value(QStringLiteral("total")).toInteger() + 100); });
        doctor(2, [](QJsonObject& sale) {
            sale.insert(QStringLiteral("promotions"),
                        QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("GHOST")},
                                               {QStringLiteral("discount"), 50},
                                               {QStringLiteral("lines"),
                                                QJsonArray{QJsonObject{{QStringLiteral("line"), 1}, {QStringLiteral("amount"), 50}}}}}});
        });
        const QJsonObject before = stats();
        SyncSummary summary;
        QString error;
        QVERIFY2(runSync(client, &summary, &error), qPrintable(error));
        QCOMPARE(summary.conflicts, 2);
        QCOMPARE(client.pendingCount(), 0); // the sales behind them went through too
        const QJsonObject after = stats();
        QCOMPARE(after.value(QStringLiteral("sales")).toInteger() - before.value(QStringLiteral("sales")).toInteger(), 3);
        QCOMPARE(after.value(QStringLiteral("conflicts_open")).toInteger() - before.value(QStringLiteral("conflicts_open")).toInteger(), 2);
        const QJsonArray conflicts = QJsonDocument::fromJson(admin({QStringLiteral("conflicts")})).array();
        bool found = false;
        bool ghost = false;
        for (const QJsonValue& c : conflicts) {
            const QString reason = c.toObject().value(QStringLiteral("reason")).toString();
            found = found || reason.contains(QStringLiteral("the sale says"));
            ghost = ghost || reason.contains(QStringLiteral("promotions allocate 50, the line says 0"));
        }
        QVERIFY(found);
        QVERIFY(ghost);
        // The till learns which of its events opened the conflict, for the sync console.
        SyncConsole console(store.till().db(), store.till().staff(), store.till().outbox());
        const SyncConsoleReport report = console.report(console.open(store.manager()));
        QCOMPARE(report.waiting, 0);
        QCOMPARE(report.conflicts.size(), 2);
        QStringList reasons;
        for (const auto& c : report.conflicts) {
            QCOMPARE(c.type, QStringLiteral("sale"));
            reasons.append(c.reason);
        }
        QCOMPARE(reasons.filter(QStringLiteral("the sale says")).size(), 1);
        QCOMPARE(reasons.filter(QStringLiteral("promotions allocate")).size(), 1);
    }

    // #19: "--tls-cert=FILE" was ignored and the hub served plain HTTP. Now the "=" form is read,
    // and an option serve does not know stops it.
    void serveReadsEveryFormOfItsTlsOptions()
    {
        const auto serve = [&](const QStringList& args, QString* err) {
            QProcess hub;
            hub.start(test::HubProcess::bin("omnitill-hub"),
                      QStringList{QStringLiteral("serve"), QStringLiteral("--db"),
                                  QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("tls.db")), QStringLiteral("--listen"),
                                  QStringLiteral("127.0.0.1:0")} +
                          args);
            if (!hub.waitForFinished(15000)) {
                hub.kill();
                hub.waitForFinished();
                return -1; // still serving
            }
            *err = QString::fromLocal8Bit(hub.readAllStandardError());
            return hub.exitCode();
        };
        QString err;
        QVERIFY(serve({QStringLiteral("--tls-cert=/nonexistent/cert.pem"), QStringLiteral("--tls-key=/nonexistent/key.pem")}, &err) > 0);
        QVERIFY2(err.contains(QStringLiteral("/nonexistent/cert.pem")), qPrintable(err));
        QCOMPARE(serve({QStringLiteral("--tls-crt=/tmp/cert.pem")}, &err), 2);
        QVERIFY2(err.contains(QStringLiteral("--tls-crt")), qPrintable(err));
    }

    // #19: a sale without created_at, receipt_id or currency broke a NOT NULL rule, failed the
    // whole batch with a 500 carrying the database's text, and held up everything behind it.
    void malformedEventsAreKeptAsConflictsNamingTheirSequence()
    {
        test::TestStore store(20);
        SyncClient client(store.till().db(), store.till().settings(), m_realClock, m_network);
        QVERIFY(!enroll(store, client, QStringLiteral("T4")).isEmpty());
        const Session cashier = store.openShift();
        SaleSimulator(store.till(), 5).run(cashier, 5);
        const qint64 noTime = doctorSale(store, 0, [](QJsonObject& sale) { sale.remove(QStringLiteral("created_at")); });
        const qint64 noReceipt = doctorSale(store, 1, [](QJsonObject& sale) { sale.remove(QStringLiteral("receipt_id")); });
        const qint64 noCurrency = doctorSale(store, 2, [](QJsonObject& sale) { sale.remove(QStringLiteral("currency")); });
        const qint64 badQuantity = doctorSale(store, 3, [](QJsonObject& sale) {
            QJsonArray lines = sale.value(QStringLiteral("lines")).toArray();
            QJsonObject line = lines.first().toObject();
            line.insert(QStringLiteral("quantity"), QStringLiteral("lots"));
            lines.replace(0, line);
            sale.insert(QStringLiteral("lines"), lines);
        });
        const QJsonObject before = stats();
        SyncSummary summary;
        QString error;
        QVERIFY2(runSync(client, &summary, &error), qPrintable(error));
        QCOMPARE(client.pendingCount(), 0); // nothing held up
        QCOMPARE(summary.conflicts, 4);
        QCOMPARE(stats().value(QStringLiteral("sales")).toInteger() - before.value(QStringLiteral("sales")).toInteger(), 1);
        QStringList reasons;
        for (const QJsonValue& c : QJsonDocument::fromJson(admin({QStringLiteral("conflicts")})).array())
            reasons.append(c.toObject().value(QStringLiteral("reason")).toString());
        for (const auto& [seq, what] :
             {std::pair{noTime, QStringLiteral("the sale has no created_at")},
              std::pair{noReceipt, QStringLiteral("the sale has no receipt_id")},
              std::pair{noCurrency, QStringLiteral("the sale has no currency")},
              std::pair{badQuantity, QStringLiteral("line 1 of the sale has a quantity that is not a whole number")}}) {
            const QString expected = QStringLiteral("device sequence %1: %2").arg(seq).arg(what);
            QVERIFY2(!reasons.filter(expected).isEmpty(), qPrintable(expected + QStringLiteral(" not in ") + reasons.join(u'|')));
        }

        // Hand-made batches from a device enrolled by hand: what the checks do not foresee but a
        // table's rule refuses, an event id another event already has, a batch without sequences.
        std::shared_ptr<EcdsaP256Signer> key = EcdsaP256Signer::generate();
        const QString token = QString::fromUtf8(admin({QStringLiteral("enroll-token"), QStringLiteral("--store"), QStringLiteral("S1"),
                                                       QStringLiteral("--till"), QStringLiteral("T5")}));
        const HttpAnswer enrolled =
            post(QStringLiteral("/v1/enroll"),
                 QJsonDocument(QJsonObject{{QStringLiteral("token"), token},
                                           {QStringLiteral("public_key"), QString::fromLatin1(key->publicKeyDer().toBase64())}})
                     .toJson(),
                 nullptr);
        QCOMPARE(enrolled.status, 200);
        const QString device = enrolled.body.value(QStringLiteral("device_id")).toString();
        const QString takenId =
            store.till().db().scalar(QStringLiteral("SELECT event_id FROM outbox ORDER BY device_seq LIMIT 1")).toString();
        const auto event = [](qint64 seq, const QString& id, const QString& type, const QJsonObject& body) {
            return QJsonObject{{QStringLiteral("device_seq"), seq},
                               {QStringLiteral("event_id"), id},
                               {QStringLiteral("type"), type},
                               {QStringLiteral("body"), body}};
        };
        const qint64 next = 1;
        const QJsonArray batch{
            event(next, QStringLiteral("raw-1"), QStringLiteral("note"), {}),
            // no number: passes the checks, breaks stock_requests' NOT NULL rule
            event(next + 1, QStringLiteral("raw-2"), QStringLiteral("replenishment.submitted"),
                  QJsonObject{{QStringLiteral("id"), QStringLiteral("R-raw-2")}}),
            event(next + 2, takenId, QStringLiteral("note"), {}),
            event(next + 3, QStringLiteral("raw-4"), QStringLiteral("sale"), QJsonObject{{QStringLiteral("sale_id"), 7}}),
            event(next + 4, QString(), QStringLiteral("note"), {}), event(next + 5, QStringLiteral("raw-6"), QStringLiteral("note"), {})};
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("events"), batch}}).toJson(QJsonDocument::Compact);
        const QString path = QStringLiteral("/v1/push");
        RequestSignature signature = RequestSignature::sign(*key, device, "POST", path, body, QDateTime::currentDateTimeUtc());
        const HttpAnswer answer = post(path, body, &signature);
        QCOMPARE(answer.status, 200);
        QVERIFY2(!leaksInternals(answer.raw), answer.raw.constData());
        QCOMPARE(answer.body.value(QStringLiteral("highest_seq")).toInteger(), next + 5);
        QStringList seen;
        for (const QJsonValue& c : answer.body.value(QStringLiteral("conflict_details")).toArray())
            seen.append(QString::number(c.toObject().value(QStringLiteral("device_seq")).toInteger()));
        QCOMPARE(seen,
                 (QStringList{QString::number(next + 1), QString::number(next + 2), QString::number(next + 3), QString::number(next + 4)}));
        QVERIFY(
            QString::fromUtf8(answer.raw)
                .contains(QStringLiteral("device sequence 2: the replenishment.submitted event could not be applied; it is kept as sent")));

        const QByteArray noSeq = QByteArrayLiteral("{\"events\":[{\"event_id\":\"x\",\"type\":\"note\",\"body\":{}}]}");
        RequestSignature unsequenced = RequestSignature::sign(*key, device, "POST", path, noSeq, QDateTime::currentDateTimeUtc());
        const HttpAnswer refused = post(path, noSeq, &unsequenced);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.body.value(QStringLiteral("message")).toString(),
                 QStringLiteral("event 1 of the batch has no device_seq (a whole number from 1)"));
        // And what comes next is taken as usual.
        const QByteArray later =
            QJsonDocument(
                QJsonObject{{QStringLiteral("events"), QJsonArray{event(next + 6, QStringLiteral("raw-7"), QStringLiteral("note"), {})}}})
                .toJson(QJsonDocument::Compact);
        RequestSignature again = RequestSignature::sign(*key, device, "POST", path, later, QDateTime::currentDateTimeUtc());
        const HttpAnswer taken = post(path, later, &again);
        QCOMPARE(taken.status, 200);
        QCOMPARE(taken.body.value(QStringLiteral("highest_seq")).toInteger(), next + 6);
        QCOMPARE(taken.body.value(QStringLiteral("applied")).toInteger(), 1);
        // A batch of that one bad event alone is kept the same way, not answered with a 500.
        const QByteArray alone =
            QJsonDocument(QJsonObject{{QStringLiteral("events"),
                                       QJsonArray{event(next + 7, QStringLiteral("raw-8"), QStringLiteral("replenishment.submitted"),
                                                        QJsonObject{{QStringLiteral("id"), QStringLiteral("R-raw-8")}})}}})
                .toJson(QJsonDocument::Compact);
        RequestSignature single = RequestSignature::sign(*key, device, "POST", path, alone, QDateTime::currentDateTimeUtc());
        const HttpAnswer kept = post(path, alone, &single);
        QCOMPARE(kept.status, 200);
        QCOMPARE(kept.body.value(QStringLiteral("highest_seq")).toInteger(), next + 7);
        QCOMPARE(kept.body.value(QStringLiteral("conflicts")).toInteger(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncHub)
#include "tst_sync_hub.moc"
