// Exactly once under faults: three tills sell 10,000 sales between them while their sync processes
// are killed between send and acknowledgement, the hub is killed in the middle of batches and
// restarted, the network is cut for a while and acknowledged events are sent again. At the end the
// hub holds every event of every till byte for byte, and every receipt with its number, total,
// lines and tenders exactly as the till recorded them, once.
#include "HubDatabase.h"
#include "QueryRows.h"
#include "SaleSimulator.h"
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

    // A receipt as one line of text: id, number, total, its lines (SKU, quantity, gross) and its
    // tenders (kind, amount), in their order.
    static QString receiptText(const QString& id, qint64 number, qint64 total, const QStringList& lines, const QStringList& tenders)
    {
        return QStringLiteral("%1 #%2 %3 | %4 | %5").arg(id).arg(number).arg(total).arg(lines.join(u','), tenders.join(u','));
    }

    // Every receipt as the till recorded it in its own tables.
    static QStringList tillReceipts(Database& db)
    {
        QStringList out;
        QSqlQuery sales(db.connection());
        sales.exec(QStringLiteral("SELECT id, receipt_id, receipt_number, total FROM sales WHERE training = 0 ORDER BY receipt_id"));
        while (sales.next()) {
            QStringList lines;
            QStringList tenders;
            QSqlQuery& l =
                db.exec(QStringLiteral("SELECT sku, quantity, gross FROM sale_lines WHERE sale_id = ? ORDER BY line_no"), {sales.value(0)});
            while (l.next())
                lines.append(QStringLiteral("%1x%2=%3").arg(l.value(0).toString(), l.value(1).toString(), l.value(2).toString()));
            l.finish();
            QSqlQuery& t =
                db.exec(QStringLiteral("SELECT kind, amount FROM sale_tenders WHERE sale_id = ? ORDER BY seq"), {sales.value(0)});
            while (t.next())
                tenders.append(t.value(0).toString() + QLatin1Char(' ') + t.value(1).toString());
            t.finish();
            out.append(receiptText(sales.value(1).toString(), sales.value(2).toLongLong(), sales.value(3).toLongLong(), lines, tenders));
        }
        return out;
    }

    // Every receipt as the hub holds it: the sale events it kept.
    static QStringList hubReceipts(hub::HubDatabase& db, const QString& device)
    {
        QStringList out;
        QSqlQuery& q =
            db.exec(QStringLiteral("SELECT payload FROM events WHERE device_id = ? AND event_type = 'sale' ORDER BY device_seq"), {device});
        while (q.next()) {
            const QJsonObject sale =
                QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().value(QStringLiteral("body")).toObject();
            QStringList lines;
            for (const QJsonValue& v : sale.value(QStringLiteral("lines")).toArray()) {
                const QJsonObject l = v.toObject();
                lines.append(QStringLiteral("%1x%2=%3")
                                 .arg(l.value(QStringLiteral("sku")).toString())
                                 .arg(l.value(QStringLiteral("quantity")).toInteger())
                                 .arg(l.value(QStringLiteral("gross")).toInteger()));
            }
            QStringList tenders;
            for (const QJsonValue& v : sale.value(QStringLiteral("tenders")).toArray())
                tenders.append(v.toObject().value(QStringLiteral("kind")).toString() + QLatin1Char(' ') +
                               QString::number(v.toObject().value(QStringLiteral("amount")).toInteger()));
            out.append(receiptText(sale.value(QStringLiteral("receipt_id")).toString(),
                                   sale.value(QStringLiteral("receipt_number")).toInteger(),
                                   sale.value(QStringLiteral("total")).toInteger(), lines, tenders));
        }
        q.finish();
        out.sort();
        return out;
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
                    stores[t]->till().db().exec(
                        QStringLiteral("UPDATE outbox SET acked_at = NULL WHERE device_seq > (SELECT max(device_seq) - 300 FROM outbox)"));
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
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE acked_at IS NULL")).toLongLong(), 0);
            const QString device = db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'sync.device_id'")).toString();
            QVERIFY(!device.isEmpty());
            const QStringList held = test::rows(hubDb.exec(
                QStringLiteral("SELECT device_seq, event_id, event_type, payload FROM events WHERE device_id = ? ORDER BY device_seq"),
                {device}));
            QCOMPARE(held, test::rows(db.exec(
                               QStringLiteral("SELECT device_seq, event_id, event_type, payload FROM outbox ORDER BY device_seq"))));
            const QStringList onTill = tillReceipts(db);
            QCOMPARE(hubReceipts(hubDb, device), onTill);
            QCOMPARE(test::rows(hubDb.exec(
                         QStringLiteral("SELECT id, receipt_id, total, currency, created_at FROM sales WHERE device_id = ? ORDER BY id"),
                         {device})),
                     test::rows(db.exec(
                         QStringLiteral("SELECT id, receipt_id, total, currency, created_at FROM sales WHERE training = 0 ORDER BY id"))));
            receipts += int(onTill.size());
        }
        QCOMPARE(receipts, totalSales);
        QCOMPARE(hubDb.scalar(QStringLiteral("SELECT count(*) FROM conflicts WHERE status = 'open'")).toInt(), 0);
        killHub();
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
