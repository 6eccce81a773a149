// Two hub processes serve one PostgreSQL database. Three tills push at once, to one hub or the
// other, and then send a range again through the other hub: nothing is lost or duplicated.
#include "SaleSimulator.h"
#include "TestStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace omnitill;

class TestTwoHubs : public QObject
{
    Q_OBJECT

    QString m_hubDb;

    QString bin(const char* name) const { return qEnvironmentVariable("OMNITILL_BIN_DIR") + QLatin1Char('/') + QLatin1String(name); }

    std::unique_ptr<QProcess> startHub(quint16* port)
    {
        auto hub = std::make_unique<QProcess>();
        hub->start(bin("omnitill-hub"),
                   {QStringLiteral("serve"), QStringLiteral("--db"), m_hubDb, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        if (!hub->waitForReadyRead(30000))
            return nullptr;
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral(":(\\d+)\\s*$")).match(QString::fromUtf8(hub->readLine()));
        *port = quint16(m.captured(1).toUInt());
        return hub;
    }

    QByteArray admin(const QStringList& args)
    {
        QProcess p;
        p.start(bin("omnitill-hub"), QStringList{QStringLiteral("admin"), QStringLiteral("--db"), m_hubDb} + args);
        p.waitForFinished(60000);
        return p.readAllStandardOutput().trimmed();
    }

    static void pointAt(test::TestStore& store, quint16 port)
    {
        Transaction tx(store.till().db());
        store.till().settings().setValue(QStringLiteral("sync.hub_url"), QStringLiteral("http://127.0.0.1:%1").arg(port));
        tx.commit();
    }

    void syncAllAtOnce(std::vector<std::unique_ptr<test::TestStore>>& stores)
    {
        std::vector<std::unique_ptr<QProcess>> syncs;
        for (auto& store : stores) {
            syncs.push_back(std::make_unique<QProcess>());
            syncs.back()->start(bin("omnitillctl"), {QStringLiteral("sync"), QStringLiteral("--db"), store->path()});
        }
        for (auto& s : syncs) {
            QVERIFY(s->waitForFinished(120000));
            QVERIFY2(s->exitCode() == 0, s->readAllStandardError().constData());
        }
    }

private slots:
    void twoHubsOnePostgres()
    {
        m_hubDb = qEnvironmentVariable("OMNITILL_HUB_DB");
        QVERIFY2(m_hubDb.startsWith(QLatin1String("postgres")),
                 "needs OMNITILL_HUB_DB=postgresql://... (run it through tests/support/with-postgres.sh)");
        quint16 portA = 0;
        quint16 portB = 0;
        auto hubA = startHub(&portA);
        auto hubB = startHub(&portB);
        QVERIFY(hubA && hubB && portA && portB && portA != portB);
        admin({QStringLiteral("create-store"), QStringLiteral("--id"), QStringLiteral("S1"), QStringLiteral("--name"),
               QStringLiteral("Two hubs")});

        std::vector<std::unique_ptr<test::TestStore>> stores;
        for (int t = 0; t < 3; ++t) {
            stores.push_back(std::make_unique<test::TestStore>(100));
            const QString token = QString::fromUtf8(admin({QStringLiteral("enroll-token"), QStringLiteral("--store"), QStringLiteral("S1"),
                                                           QStringLiteral("--till"), QStringLiteral("T%1").arg(t + 1)}));
            QProcess enroll;
            enroll.start(bin("omnitillctl"),
                         {QStringLiteral("enroll"), QStringLiteral("--db"), stores[t]->path(), QStringLiteral("--hub"),
                          QStringLiteral("http://127.0.0.1:%1").arg(t % 2 ? portB : portA), QStringLiteral("--token"), token});
            QVERIFY(enroll.waitForFinished(60000) && enroll.exitCode() == 0);
            stores[t]->reopen();
            const Session cashier = stores[t]->cashier();
            SaleSimulator(stores[t]->till(), quint32(t)).run(cashier, 1500);
        }
        syncAllAtOnce(stores);

        // Replies lost: each till sends its last 800 events again, now through the other hub.
        for (int t = 0; t < 3; ++t) {
            pointAt(*stores[t], t % 2 ? portA : portB);
            stores[t]->loseAnswersFor(800);
            const Session cashier = stores[t]->cashier();
            SaleSimulator(stores[t]->till(), quint32(10 + t)).run(cashier, 200);
        }
        syncAllAtOnce(stores);

        qint64 sales = 0;
        qint64 total = 0;
        qint64 events = 0;
        for (auto& store : stores) {
            sales += store->count(QStringLiteral("sales"));
            total += store->till().db().scalar(QStringLiteral("SELECT sum(total) FROM sales")).toLongLong();
            events += store->count(QStringLiteral("outbox"));
            QCOMPARE(Outbox::pendingCount(store->till().db()), 0);
        }
        const QJsonObject stats = QJsonDocument::fromJson(admin({QStringLiteral("stats")})).object();
        QCOMPARE(stats.value(QStringLiteral("sales")).toInteger(), sales);
        QCOMPARE(stats.value(QStringLiteral("sales_total")).toInteger(), total);
        QCOMPARE(stats.value(QStringLiteral("events")).toInteger(), events);
        QCOMPARE(stats.value(QStringLiteral("conflicts_open")).toInteger(), 0);
        QCOMPARE(stats.value(QStringLiteral("integrator_feed")).toInteger(), sales); // each sale once for the ERP too
        hubA->kill();
        hubB->kill();
        hubA->waitForFinished();
        hubB->waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestTwoHubs)
#include "tst_two_hubs.moc"
