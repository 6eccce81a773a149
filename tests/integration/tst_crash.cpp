// Kills a process that is ringing sales with SIGKILL at random moments, 200 times, and checks
// that every sale is either complete (sale, lines, tenders, stock, journal, outbox) or absent.
#include "TestStore.h"
#include "journal/JournalVerifier.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace omnitill;

class TestCrash : public QObject
{
    Q_OBJECT

    static qint64 count(Database& db, const QString& sql) { return db.scalar(sql).toLongLong(); }

private slots:
    void killedMidSaleLosesNothingHalfWritten()
    {
        const QString ctl = qEnvironmentVariable("OMNITILL_BIN_DIR") + QStringLiteral("/omnitillctl");
        QVERIFY2(QFile::exists(ctl), qPrintable(ctl));
        test::TestStore store(300);
        const QString path = store.path();
        const QByteArray publicKey = store.till().publicKey();
        store.till().db().close();

        const int rounds =
            qEnvironmentVariableIntValue("OMNITILL_CRASH_ROUNDS") > 0 ? qEnvironmentVariableIntValue("OMNITILL_CRASH_ROUNDS") : 200;
        QRandomGenerator random(20261123);
        int killedWhileRunning = 0;
        for (int round = 0; round < rounds; ++round) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.setReadChannel(QProcess::StandardOutput);
            child.start(ctl, {QStringLiteral("simulate"), QStringLiteral("--db"), path, QStringLiteral("--sales"), QStringLiteral("100000"),
                              QStringLiteral("--seed"), QString::number(round)});
            QVERIFY(child.waitForStarted());
            // Wait until it sells (start-up time varies, e.g. under sanitizers), then kill it at a
            // random moment: it is then almost always inside a sale.
            QVERIFY(child.waitForReadyRead(30000));
            QTest::qSleep(int(random.bounded(1, 120)));
            if (child.state() == QProcess::Running)
                ++killedWhileRunning;
            child.kill();
            QVERIFY(child.waitForFinished());
        }
        QVERIFY(killedWhileRunning > rounds * 9 / 10);

        Database db;
        db.open(path);
        const qint64 sales = count(db, QStringLiteral("SELECT count(*) FROM sales"));
        qInfo("%lld sales survived %d kills", sales, rounds);
        QVERIFY(sales > rounds); // the child made progress between kills

        // Every sale is whole.
        QCOMPARE(
            count(db, QStringLiteral("SELECT count(*) FROM sales s WHERE NOT EXISTS (SELECT 1 FROM sale_lines l WHERE l.sale_id = s.id)")),
            0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM sales s WHERE s.total != (SELECT coalesce(sum(amount), 0)"
                                          " FROM sale_tenders t WHERE t.sale_id = s.id)")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM sales s WHERE s.total != (SELECT sum(gross) FROM sale_lines l"
                                          " WHERE l.sale_id = s.id)")),
                 0);
        QCOMPARE(
            count(db, QStringLiteral("SELECT count(*) FROM sales s WHERE (SELECT count(*) FROM stock_movements m"
                                     " WHERE m.reference = s.receipt_id) != (SELECT count(*) FROM sale_lines l WHERE l.sale_id = s.id)")),
            0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM sales s WHERE NOT EXISTS (SELECT 1 FROM journal j"
                                          " WHERE j.seq = s.journal_seq AND j.reference = s.receipt_id AND j.event_type = 'sale')")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM outbox WHERE event_type = 'sale'")), sales);
        // Nothing exists without its sale.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM sale_lines WHERE sale_id NOT IN (SELECT id FROM sales)")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM sale_tenders WHERE sale_id NOT IN (SELECT id FROM sales)")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM stock_movements WHERE reason = 'sale'"
                                          " AND reference NOT IN (SELECT receipt_id FROM sales)")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM journal WHERE event_type = 'sale'")), sales);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM cash_movements WHERE kind = 'sale'"
                                          " AND sale_id NOT IN (SELECT id FROM sales)")),
                 0);
        QSqlQuery& events = db.exec(QStringLiteral("SELECT payload FROM outbox WHERE event_type = 'sale'"));
        QStringList missing;
        QStringList receipts;
        while (events.next())
            receipts << QJsonDocument::fromJson(events.value(0).toString().toUtf8())
                            .object()
                            .value(QStringLiteral("body"))
                            .toObject()
                            .value(QStringLiteral("receipt_id"))
                            .toString();
        events.finish();
        for (const QString& id : receipts) {
            if (count(db, QStringLiteral("SELECT count(*) FROM sales WHERE receipt_id = '%1'").arg(id)) != 1)
                missing << id;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char(','))));
        // Numbers stay gapless and the ledgers agree with their caches.
        QCOMPARE(count(db, QStringLiteral("SELECT max(receipt_number) FROM sales WHERE training = 0")), sales);
        QCOMPARE(count(db, QStringLiteral("SELECT max(device_seq) FROM outbox")), count(db, QStringLiteral("SELECT count(*) FROM outbox")));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM stock_levels l WHERE quantity != (SELECT sum(quantity_delta)"
                                          " FROM stock_movements m WHERE m.product_id = l.product_id)")),
                 0);
        const JournalVerification v = JournalVerifier::verify(db, publicKey);
        QVERIFY2(v.ok, qPrintable(v.reason));
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
