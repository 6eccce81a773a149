// Exactly once under faults: three tills sell 10,000 sales between them while their sync processes
// are killed between send and acknowledgement, the hub is killed in the middle of batches and
// restarted, the network is cut for a while and acknowledged events are sent again. At the end the
// hub holds every event of every till byte for byte, and every receipt with its number, total,
// lines and tenders exactly as the till recorded them, once.
#include "HubDatabase.h"
#include "SaleSimulator.h"
#include "SyncState.h"
#include "TestStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace omnitill;

class TestSyncFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_hubDb;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_hub;

    QString bin(const char* name) const { return qEnvironmentVariable("OMNITILL_BIN_DIR") + QLatin1Char('/') + QLatin1String(name); }

    bool startHub()
    {
        m_hub = std::make_unique<QProcess>();
        m_hub->start(bin("omnitill-hub"), {QStringLiteral("serve"), QStringLiteral("--db"), m_hubDb, QStringLiteral("--listen"),
                                           QStringLiteral("127.0.0.1:%1").arg(m_port)});
        if (!m_hub->waitForReadyRead(30000))
            return false;
        const QString line = QString::fromUtf8(m_hub->readLine());
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral(":(\\d+)\\s*$")).match(line);
        if (!m.hasMatch())
            return false;
        m_port = quint16(m.captured(1).toUInt());
        return true;
    }

    void killHub()
    {
        if (m_hub) {
            m_hub->kill(); // SIGKILL: no chance to finish the batch in hand
            m_hub->waitForFinished();
            m_hub.reset();
        }
    }

    QByteArray admin(const QStringList& args)
    {
        QProcess p;
        p.start(bin("omnitill-hub"), QStringList{QStringLiteral("admin"), QStringLiteral("--db"), m_hubDb} + args);
        p.waitForFinished(60000);
        return p.readAllStandardOutput().trimmed();
    }

    std::unique_ptr<QProcess> startSync(const QString& tillDb)
    {
        auto p = std::make_unique<QProcess>();
        p->start(bin("omnitillctl"), {QStringLiteral("sync"), QStringLiteral("--db"), tillDb});
        return p;
    }

    bool syncToTheEnd(const QString& tillDb)
    {
        QProcess p;
        p.start(bin("omnitillctl"), {QStringLiteral("sync"), QStringLiteral("--db"), tillDb});
        return p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

private slots:
    void tenThousandSalesFromThreeTillsArriveExactlyOnce()
    {
        m_hubDb = qEnvironmentVariable("OMNITILL_HUB_DB", QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("hub.db")));
        QVERIFY(startHub());
        admin({QStringLiteral("create-store"), QStringLiteral("--id"), QStringLiteral("S1"), QStringLiteral("--name"),
               QStringLiteral("Faults")});

        const int tills = 3;
        const int totalSales =
            qEnvironmentVariableIntValue("OMNITILL_FAULT_SALES") > 0 ? qEnvironmentVariableIntValue("OMNITILL_FAULT_SALES") : 10000;
        const int rounds = 10;
        std::vector<std::unique_ptr<test::TestStore>> stores;
        for (int t = 0; t < tills; ++t) {
            stores.push_back(std::make_unique<test::TestStore>(200));
            const QString token = QString::fromUtf8(admin({QStringLiteral("enroll-token"), QStringLiteral("--store"), QStringLiteral("S1"),
                                                           QStringLiteral("--till"), QStringLiteral("T%1").arg(t + 1)}));
            QProcess enroll;
            enroll.start(bin("omnitillctl"), {QStringLiteral("enroll"), QStringLiteral("--db"), stores[t]->path(), QStringLiteral("--hub"),
                                              QStringLiteral("http://127.0.0.1:%1").arg(m_port), QStringLiteral("--token"), token});
            QVERIFY(enroll.waitForFinished(60000) && enroll.exitCode() == 0);
            stores[t]->reopen(); // pick up the enrollment written by the other process
        }

        QRandomGenerator random(424242);
        int sold = 0;
        int syncKills = 0;
        int hubKills = 0;
        int resends = 0;
        for (int round = 0; round < rounds; ++round) {
            for (int t = 0; t < tills; ++t) {
                const int share = (totalSales - sold) / ((rounds - round) * tills - t);
                const Session cashier = stores[t]->cashier();
                sold += SaleSimulator(stores[t]->till(), quint32(round * 10 + t)).run(cashier, share).sales;
            }
            // All three tills push at once; faults strike while they do.
            std::vector<std::unique_ptr<QProcess>> syncs;
            for (int t = 0; t < tills; ++t)
                syncs.push_back(startSync(stores[t]->path()));
            const int fault = int(random.bounded(4));
            QTest::qWait(int(random.bounded(30, 200)));
            if (fault == 0) { // a till dies between sending and recording the acknowledgement
                syncs[random.bounded(tills)]->kill();
                ++syncKills;
            } else if (fault == 1) { // the hub dies in the middle of a batch, and comes back
                killHub();
                ++hubKills;
                QVERIFY(startHub());
            } else if (fault == 2) { // the network is cut for a while
                killHub();
                ++hubKills;
                QTest::qWait(300);
                QVERIFY(startHub());
            }
            for (auto& s : syncs)
                s->waitForFinished(120000);
            if (fault == 3) { // replies lost after the hub committed: the tills send again
                for (int t = 0; t < tills; ++t)
                    stores[t]->loseAnswersFor(300);
                ++resends;
            }
        }
        QCOMPARE(sold, totalSales);
        // Connected again: every till syncs to the end.
        for (int t = 0; t < tills; ++t)
            QVERIFY(syncToTheEnd(stores[t]->path()));
        qInfo("%d sales, %d sync processes killed, %d hub kills, %d resend rounds", sold, syncKills, hubKills, resends);

        // The whole state, till by till: every event byte for byte, every receipt with its number,
        // total, lines and tenders as the till's own tables hold them, and the hub's sale rows.
        hub::HubDatabase hubDb;
        hubDb.open(m_hubDb);
        int receipts = 0;
        for (int t = 0; t < tills; ++t) {
            Database& db = stores[t]->till().db();
            QCOMPARE(Outbox::pendingCount(db), 0);
            const QString device = db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'sync.device_id'")).toString();
            QVERIFY(!device.isEmpty());
            const test::SyncState onTill = test::tillState(db);
            const test::SyncState atHub = test::hubState(hubDb, device);
            QCOMPARE(atHub.events, onTill.events);
            QCOMPARE(atHub.receipts, onTill.receipts);
            QCOMPARE(atHub.sales, onTill.sales);
            receipts += int(onTill.receipts.size());
        }
        QCOMPARE(receipts, totalSales);
        QCOMPARE(hubDb.scalar(QStringLiteral("SELECT count(*) FROM conflicts WHERE status = 'open'")).toInt(), 0);
        killHub();
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
