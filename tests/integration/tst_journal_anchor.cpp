// #21: a real till syncs its journal to a real hub (SQLite, or PostgreSQL through the wrapper);
// then its file is rewritten the way an insider with the file and the key would: a sale changed
// and everything after it signed again (the file alone still verifies), the newest entries
// deleted, an old entry swapped. The next sync opens "journal of till S1-Tn broken at entry N"
// with the right N each time, the till goes on selling, and `omnitillctl journal verify --hub`
// refuses the file while the key and the hashes come from the hub.
#include "EnrolledTill.h"
#include "HubProcess.h"
#include "SoftHsmToken.h"
#include "SyncClient.h"
#include "TestStore.h"
#include "crypto/Crypto.h"
#include "crypto/Signer.h"
#include "journal/Journal.h"
#include "journal/JournalKeyChange.h"
#include "journal/JournalText.h"
#include "store/SigningKeys.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace omnitill;

namespace {

// What someone holding the store's file and its key file can do: drop the journal's triggers and
// write entries signed with the till's own key, through a connection of their own.
class Insider
{
public:
    Insider(const QString& path, std::unique_ptr<Signer> key) : m_key(std::move(key))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.open();
        exec(QStringLiteral("DROP TRIGGER journal_no_update"));
        exec(QStringLiteral("DROP TRIGGER journal_no_delete"));
    }
    ~Insider()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }

    // Entry seq says another amount; with relink, every later entry links to the new hashes.
    bool rewrite(qint64 seq, qint64 amount, bool relink)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT seq, canonical FROM journal WHERE seq >= ? ORDER BY seq"));
        q.addBindValue(seq);
        if (!q.exec())
            return false;
        QList<std::pair<qint64, QByteArray>> entries;
        while (q.next())
            entries.append({q.value(0).toLongLong(), q.value(1).toString().toUtf8()});
        q.finish();
        QByteArray prev;
        for (const auto& [at, canonical] : entries) {
            std::optional<JournalText> text = JournalText::parse(canonical);
            if (!text)
                return false;
            if (at == seq)
                text->amount = amount;
            else if (!relink)
                break;
            else
                text->prevHash = prev;
            const QByteArray written = text->compose();
            prev = crypto::sha256(written);
            QSqlQuery u(m_db);
            u.prepare(QStringLiteral("UPDATE journal SET canonical = ?, hash = ?, signature = ? WHERE seq = ?"));
            u.addBindValue(QString::fromUtf8(written));
            u.addBindValue(prev);
            u.addBindValue(m_key->sign(written));
            u.addBindValue(at);
            if (!u.exec())
                return false;
        }
        return true;
    }
    bool removeFrom(qint64 seq) { return exec(QStringLiteral("DELETE FROM journal WHERE seq >= %1").arg(seq)); }

private:
    bool exec(const QString& sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql);
    }

    QString m_name = QStringLiteral("insider");
    QSqlDatabase m_db;
    std::unique_ptr<Signer> m_key;
};

} // namespace

class TestJournalAnchor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::HubProcess> m_hub;
    QNetworkAccessManager m_network;
    SystemClock m_realClock;

    static QList<qint64> sell(test::TestStore& store, int count)
    {
        test::errorCode([&] { store.openShift(); }); // open from an earlier call, or opened now
        const Session s = store.cashier();
        QList<qint64> seqs;
        for (int i = 0; i < count; ++i) {
            Cart cart = store.till().sales().newCart();
            store.till().sales().scan(cart, QStringLiteral("4000000000013"));
            Payment payment(cart.totals().total.minor());
            payment.addExactCash();
            seqs.append(store.till().sales().complete(s, cart, payment).journalSeq);
        }
        return seqs;
    }

    static std::unique_ptr<Signer> journalKey(test::TestStore& store)
    {
        return SigningKeys(store.till().db(), store.till().settings()).journalSigner();
    }

    // omnitillctl journal verify …: {exit code, first line of output}
    static std::pair<int, QString> verify(const QStringList& args)
    {
        QProcess ctl;
        ctl.start(test::HubProcess::bin("omnitillctl"), QStringList{QStringLiteral("journal"), QStringLiteral("verify")} + args);
        if (!ctl.waitForFinished(60000))
            return {-1, QStringLiteral("timed out")};
        return {ctl.exitCode(), QString::fromUtf8(ctl.readAllStandardOutput() + ctl.readAllStandardError()).trimmed()};
    }

    static bool writeFile(const QString& path, const QByteArray& data)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    }

    // packaging/audit/omnitill-verify.py journal EXPORT --public-key PEM: {exit code, output}
    static std::pair<int, QString> independentVerifier(const QString& exported, const QString& pem)
    {
        QProcess python;
        python.start(QStringLiteral("python3"),
                     {qEnvironmentVariable("OMNITILL_SOURCE_DIR") + QStringLiteral("/packaging/audit/omnitill-verify.py"),
                      QStringLiteral("journal"), exported, QStringLiteral("--public-key"), pem});
        if (!python.waitForFinished(60000))
            return {-1, QStringLiteral("timed out")};
        return {python.exitCode(), QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError()).trimmed()};
    }

    QStringList journalConflicts(const QString& deviceId) const
    {
        QStringList reasons;
        const QJsonArray all = QJsonDocument::fromJson(m_hub->admin({QStringLiteral("conflicts")})).array();
        for (const QJsonValue& v : all) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("device_id")).toString() == deviceId &&
                c.value(QStringLiteral("event_id")).toString() == QLatin1String("journal"))
                reasons.append(c.value(QStringLiteral("reason")).toString());
        }
        return reasons;
    }

    static SyncSummary synced(SyncClient& client)
    {
        SyncSummary summary;
        QString error;
        if (!test::HubProcess::runSync(client, &summary, &error))
            qWarning("sync failed: %s", qPrintable(error));
        return summary;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<SyncSummary>();
        m_hub = std::make_unique<test::HubProcess>(
            qEnvironmentVariable("OMNITILL_HUB_DB", QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("hub.db"))));
        QVERIFY(m_hub->startWithStores({QStringLiteral("S1")}));
    }

    void cleanupTestCase() { m_hub->terminate(); }

    void syncedJournalIsHeldAndVerifiedAgainstTheHub()
    {
        test::EnrolledTill till(*m_hub, m_network, m_realClock, QStringLiteral("S1"), QStringLiteral("T1"));
        QVERIFY(till.isReady());
        const QList<qint64> sold = sell(till.store(), 3);
        const SyncSummary summary = synced(till.client());
        const qint64 head = Journal::headSeq(till.store().till().db());
        QCOMPARE(summary.journalHeld, head);
        QCOMPARE(summary.journalBrokenAt, 0);
        // The hub publishes the key the till registered at enrollment: the one its journal is signed with.
        const QJsonObject anchor =
            QJsonDocument::fromJson(m_hub->admin({QStringLiteral("journal"), QStringLiteral("--device"), till.client().deviceId()}))
                .object();
        QCOMPARE(anchor.value(QStringLiteral("public_key")).toString().toLatin1(),
                 EcdsaP256Signer::publicKeyPem(journalKey(till.store())->publicKeyDer()));
        QCOMPARE(anchor.value(QStringLiteral("head_seq")).toInteger(), head);
        const auto [code, output] = verify({QStringLiteral("--db"), till.store().path(), QStringLiteral("--hub")});
        QCOMPARE(code, 0);
        QVERIFY2(output.startsWith(QStringLiteral("OK %1 entries").arg(head)) &&
                     output.endsWith(QStringLiteral("the hub holds up to entry %1").arg(head)),
                 qPrintable(output));
        QVERIFY(journalConflicts(till.client().deviceId()).isEmpty());

        // A receipt of it, checked by the hub: the admin command and the public route.
        const QString receiptCode = till.store().till().journal().entry(sold.last())->qrText();
        int exitCode = -1;
        const QJsonObject checked =
            QJsonDocument::fromJson(m_hub->admin({QStringLiteral("verify-receipt"), receiptCode}, &exitCode)).object();
        QCOMPARE(exitCode, 0);
        QCOMPARE(checked.value(QStringLiteral("genuine")).toBool(), true);
        QCOMPARE(checked.value(QStringLiteral("held")).toBool(), true);
        QCOMPARE(checked.value(QStringLiteral("till_code")).toString(), QStringLiteral("T1"));
        const test::HubAnswer viaHttp =
            m_hub->call(m_network, "POST", QStringLiteral("/v1/receipts/verify"), {{QStringLiteral("code"), receiptCode}});
        QCOMPARE(viaHttp.status, 200);
        QCOMPARE(viaHttp.body, checked);
        QString forged = receiptCode;
        forged.replace(QStringLiteral("|%1|").arg(till.store().till().journal().entry(sold.last())->reference),
                       QStringLiteral("|S1-T1-999999|"));
        QVERIFY(forged != receiptCode);
        m_hub->admin({QStringLiteral("verify-receipt"), forged}, &exitCode);
        QCOMPARE(exitCode, 1);
        QCOMPARE(m_hub->call(m_network, "POST", QStringLiteral("/v1/receipts/verify"), {{QStringLiteral("code"), forged}})
                     .body.value(QStringLiteral("genuine"))
                     .toBool(),
                 false);
        const QJsonArray keys =
            m_hub->call(m_network, "GET", QStringLiteral("/v1/journal/keys")).body.value(QStringLiteral("tills")).toArray();
        QVERIFY(std::any_of(keys.begin(), keys.end(), [&](const QJsonValue& v) {
            return v.toObject().value(QStringLiteral("public_key")).toString() == anchor.value(QStringLiteral("public_key")).toString();
        }));
    }

    void saleChangedAndSignedAgainIsCaught()
    {
        test::EnrolledTill till(*m_hub, m_network, m_realClock, QStringLiteral("S1"), QStringLiteral("T2"));
        QVERIFY(till.isReady());
        const QList<qint64> sales = sell(till.store(), 5);
        QCOMPARE(synced(till.client()).journalBrokenAt, 0);
        const qint64 changed = sales.at(2);
        {
            Insider insider(till.store().path(), journalKey(till.store()));
            QVERIFY(insider.rewrite(changed, 1, true));
        }
        // The file alone verifies with the till's key: it was signed with it.
        const QString keyFile = m_dir.filePath(QStringLiteral("t2.pem"));
        {
            QFile pem(keyFile);
            QVERIFY(pem.open(QIODevice::WriteOnly));
            pem.write(EcdsaP256Signer::publicKeyPem(journalKey(till.store())->publicKeyDer()));
        }
        QCOMPARE(verify({QStringLiteral("--db"), till.store().path(), QStringLiteral("--public-key"), keyFile}).first, 0);

        const SyncSummary summary = synced(till.client());
        QCOMPARE(summary.journalBrokenAt, changed);
        const QString reason = QStringLiteral("journal of till S1-T2 broken at entry %1: entry %1 is not the one the hub received: "
                                              "it was changed or signed again")
                                   .arg(changed);
        QCOMPARE(summary.journalProblem, reason);
        QCOMPARE(journalConflicts(till.client().deviceId()), QStringList{reason});
        const auto [code, output] = verify({QStringLiteral("--db"), till.store().path(), QStringLiteral("--hub")});
        QCOMPARE(code, 1);
        QVERIFY2(output.startsWith(QStringLiteral("BROKEN at entry %1: entry %1 is not the one the hub holds").arg(changed)),
                 qPrintable(output));

        // The till sells on and its sales still reach the hub; the break stays one conflict.
        sell(till.store(), 1);
        const SyncSummary after = synced(till.client());
        QCOMPARE(after.pending, 0);
        QCOMPARE(after.journalBrokenAt, changed);
        QCOMPARE(journalConflicts(till.client().deviceId()).size(), 1);
    }

    void newestEntriesDeletedAreCaught()
    {
        test::EnrolledTill till(*m_hub, m_network, m_realClock, QStringLiteral("S1"), QStringLiteral("T3"));
        QVERIFY(till.isReady());
        const QList<qint64> sales = sell(till.store(), 4);
        synced(till.client());
        const qint64 firstGone = sales.at(2);
        {
            Insider insider(till.store().path(), journalKey(till.store()));
            QVERIFY(insider.removeFrom(firstGone));
        }
        QCOMPARE(synced(till.client()).journalBrokenAt, firstGone);
        QCOMPARE(
            journalConflicts(till.client().deviceId()),
            QStringList{QStringLiteral("journal of till S1-T3 broken at entry %1: entry %1, which the hub holds, is gone from the till")
                            .arg(firstGone)});
        const auto [code, output] = verify({QStringLiteral("--db"), till.store().path(), QStringLiteral("--hub")});
        QCOMPARE(code, 1);
        QVERIFY2(output.startsWith(QStringLiteral("BROKEN at entry %1:").arg(firstGone)) && output.contains(QStringLiteral("removed")),
                 qPrintable(output));
    }

    // The journal moved onto a token, which is then pulled out for a sale and put back: the hub
    // follows the key change, keeps the unsigned entries in the chain and shows the outage.
    void keyChangeAndSigningOutageReachTheHub()
    {
        test::SoftHsmToken token(m_dir.filePath(QStringLiteral("hsm")), QStringLiteral("till-S1-T5"));
        QVERIFY2(token.isReady(), qPrintable(token.error()));
        test::TestStore store(20);
        JournalKeyChange::toToken(store.till().db(), store.till().settings(), store.clock(), token.config(QStringLiteral("journal")),
                                  token.pinFile(), true);
        store.reopen();
        store.clock().set(m_realClock.nowUtc());
        SyncClient client(store.till().db(), store.till().settings(), m_realClock, m_network);
        QVERIFY(m_hub->enroll(client, QStringLiteral("S1"), QStringLiteral("T5")));
        sell(store, 2);
        QVERIFY(token.pull());
        const qint64 unsignedSale = sell(store, 1).first();
        QVERIFY(token.putBack());
        const qint64 lastSale = sell(store, 1).first();

        const SyncSummary summary = synced(client);
        QCOMPARE(summary.journalBrokenAt, 0);
        QCOMPARE(summary.journalHeld, Journal::headSeq(store.till().db()));
        QCOMPARE(journalConflicts(client.deviceId()), QStringList());
        QStringList notices;
        for (const QJsonValue& v : QJsonDocument::fromJson(m_hub->admin({QStringLiteral("conflicts")})).array())
            if (v.toObject().value(QStringLiteral("device_id")).toString() == client.deviceId())
                notices.append(v.toObject().value(QStringLiteral("reason")).toString());
        // The token's own words: a session whose key went away with the token.
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices.first().startsWith(
                     QStringLiteral("journal of till S1-T5 unsigned from entry %1: the signing device failed (The signing token")
                         .arg(unsignedSale - 1)),
                 qPrintable(notices.first()));
        const auto [code, output] = verify({QStringLiteral("--db"), store.path(), QStringLiteral("--hub")});
        QCOMPARE(code, 0);
        QVERIFY2(output.contains(QStringLiteral("UNSIGNED 2 entries, the first at entry %1").arg(unsignedSale - 1)), qPrintable(output));
        // A receipt signed on the token after the change: the hub knows the key it was signed with.
        const QJsonObject checked =
            QJsonDocument::fromJson(m_hub->admin({QStringLiteral("verify-receipt"), store.till().journal().entry(lastSale)->qrText()}))
                .object();
        QCOMPARE(checked.value(QStringLiteral("held")).toBool(), true);
        QCOMPARE(checked.value(QStringLiteral("key_id")).toString(), store.till().journal().entry(lastSale)->keyId);

        // The hub's export of the period, checked by the independent verifier from the journal's
        // first key as the hub publishes it: the key change followed, the outage shown, and every
        // sale the hub booked carrying the payload the till signed.
        const QJsonObject anchor =
            QJsonDocument::fromJson(m_hub->admin({QStringLiteral("journal"), QStringLiteral("--device"), client.deviceId()})).object();
        const QString firstKey = m_dir.filePath(QStringLiteral("t5-first.pem"));
        QVERIFY(writeFile(firstKey, anchor.value(QStringLiteral("first_public_key")).toString().toLatin1()));
        const QString exported = m_dir.filePath(QStringLiteral("t5-export.json"));
        int exitCode = -1;
        const QByteArray said = m_hub->admin({QStringLiteral("journal-export"), QStringLiteral("--device"), client.deviceId(),
                                              QStringLiteral("--from"), QStringLiteral("2000-01-01"), QStringLiteral("--to"),
                                              QStringLiteral("2099-12-31"), QStringLiteral("--out"), exported},
                                             &exitCode);
        QCOMPARE(exitCode, 0);
        const qint64 head = Journal::headSeq(store.till().db());
        QCOMPARE(QString::fromUtf8(said).trimmed(), QStringLiteral("%1 entries, 4 sales").arg(head));
        auto [verified, report] = independentVerifier(exported, firstKey);
        QCOMPARE(verified, 0);
        QVERIFY2(report.startsWith(QStringLiteral("OK %1 entries, 4 sales").arg(head)), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("UNSIGNED 2 entries, the first at entry %1").arg(unsignedSale - 1)), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("SIGNED TEXT ONLY")), qPrintable(report));

        // The hub's books changed afterwards (a sale's total, in its record and its event alike): refused.
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonArray entries = doc.value(QStringLiteral("entries")).toArray();
        QJsonArray sales = doc.value(QStringLiteral("sales")).toArray();
        const qint64 changedSeq = sales.at(1).toObject().value(QStringLiteral("journal_seq")).toInteger();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QJsonObject e = entries.at(i).toObject();
            if (e.value(QStringLiteral("seq")).toInteger() != changedSeq)
                continue;
            QJsonObject body = QJsonDocument::fromJson(e.value(QStringLiteral("payload")).toString().toUtf8()).object();
            body.insert(QStringLiteral("total"), body.value(QStringLiteral("total")).toInteger() - 100);
            e.insert(QStringLiteral("payload"), QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
            entries.replace(i, e);
        }
        QJsonObject sale = sales.at(1).toObject();
        sale.insert(QStringLiteral("total"), sale.value(QStringLiteral("total")).toInteger() - 100);
        sales.replace(1, sale);
        doc.insert(QStringLiteral("entries"), entries);
        doc.insert(QStringLiteral("sales"), sales);
        const QString tampered = m_dir.filePath(QStringLiteral("t5-tampered.json"));
        QVERIFY(writeFile(tampered, QJsonDocument(doc).toJson()));
        std::tie(verified, report) = independentVerifier(tampered, firstKey);
        QCOMPARE(verified, 1);
        QVERIFY2(report.contains(QStringLiteral("BROKEN: entry %1: the payload was changed").arg(changedSeq)), qPrintable(report));
    }

    void oldEntryReplacedIsCaught()
    {
        test::EnrolledTill till(*m_hub, m_network, m_realClock, QStringLiteral("S1"), QStringLiteral("T4"));
        QVERIFY(till.isReady());
        const QList<qint64> sales = sell(till.store(), 4);
        synced(till.client());
        const qint64 replaced = sales.at(0);
        {
            Insider insider(till.store().path(), journalKey(till.store()));
            QVERIFY(insider.rewrite(replaced, 5, false));
        }
        QCOMPARE(synced(till.client()).journalBrokenAt, replaced);
        QCOMPARE(journalConflicts(till.client().deviceId()).size(), 1);
        const auto [code, output] = verify({QStringLiteral("--db"), till.store().path(), QStringLiteral("--hub")});
        QCOMPARE(code, 1);
        QVERIFY2(output.startsWith(QStringLiteral("BROKEN at entry %1:").arg(replaced)), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestJournalAnchor)
#include "tst_journal_anchor.moc"
