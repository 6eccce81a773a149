// Kill the till or the kiosk (SIGKILL, a separate process) at each step of a card payment —
// before the request, while the terminal has charged but not answered, before the answer was
// stored, before the sale — restart, recover, and compare the terminal stand-in's append-only log
// with the store: every charge has exactly one sale or one reversal, and no sale lacks its charge.
#include "TestStore.h"
#include "ZvtStandIn.h"
#include "ZvtTestTerminal.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QTest>

using namespace omnitill;
using omnitill::test::TestStore;
using omnitill::test::ZvtStandIn;

namespace {

// The store's card payments by the terminal receipt number they were recorded under, with the sale they went to.
QHash<int, QString> salesByReceipt(Till& till, bool kiosk)
{
    QHash<int, QString> sales;
    QSqlQuery& q = till.db().exec(
        kiosk ? QStringLiteral("SELECT receipt_no, sale_id FROM kiosk_payments WHERE status = 'completed'")
              : QStringLiteral("SELECT receipt_no, sale_id FROM card_payments WHERE status = 'completed' AND kind = 'payment'"));
    while (q.next())
        sales.insert(q.value(0).toInt(), q.value(1).toString());
    q.finish();
    return sales;
}

} // namespace

class TestCardPaymentKill : public QObject
{
    Q_OBJECT
private slots:
    void killedAtEachStep_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("step");
        QTest::addColumn<int>("charges");
        QTest::addColumn<int>("sales");
        QTest::addColumn<int>("reversals");
        // The till's cart dies with it: an approved payment is reversed. The kiosk keeps its cart
        // with the payment: the order is completed.
        QTest::newRow("till before the request") << "till"
                                                 << "before-request" << 0 << 0 << 0;
        QTest::newRow("till after the terminal charged") << "till"
                                                         << "after-charge" << 1 << 0 << 1;
        QTest::newRow("till before the answer was stored") << "till"
                                                           << "before-store" << 1 << 0 << 1;
        QTest::newRow("till before the sale") << "till"
                                              << "before-sale" << 1 << 0 << 1;
        QTest::newRow("till after the sale") << "till"
                                             << "after-sale" << 1 << 1 << 0;
        QTest::newRow("kiosk before the request") << "kiosk"
                                                  << "before-request" << 0 << 0 << 0;
        QTest::newRow("kiosk after the terminal charged") << "kiosk"
                                                          << "after-charge" << 1 << 1 << 0;
        QTest::newRow("kiosk before the answer was stored") << "kiosk"
                                                            << "before-store" << 1 << 1 << 0;
        QTest::newRow("kiosk after the sale") << "kiosk"
                                              << "after-sale" << 1 << 1 << 0;
    }

    void killedAtEachStep()
    {
        QFETCH(QString, mode);
        QFETCH(QString, step);
        QFETCH(int, charges);
        QFETCH(int, sales);
        QFETCH(int, reversals);
        const bool kiosk = mode == QLatin1String("kiosk");
        const bool midCharge = step == QLatin1String("after-charge");
        ZvtStandIn standIn;
        QVERIFY(standIn.start(midCharge ? QStringLiteral("status-only") : QStringLiteral("approve")));
        TestStore store(20);
        if (!kiosk)
            store.openShift();
        store.close();

        QProcess victim;
        victim.start(qEnvironmentVariable("OMNITILL_BIN_DIR") + QStringLiteral("/card_payment_step"),
                     {QStringLiteral("--db"), store.path(), QStringLiteral("--terminal"), standIn.address(), QStringLiteral("--mode"), mode,
                      QStringLiteral("--die-at"), midCharge ? QString() : step});
        QVERIFY(victim.waitForStarted(10000));
        if (midCharge) {
            // The terminal took the money and said nothing: the till dies waiting.
            QDeadlineTimer deadline(20000);
            while (standIn.log(QStringLiteral("payment")).isEmpty() && !deadline.hasExpired())
                QTest::qWait(20);
            QCOMPARE(standIn.log(QStringLiteral("payment")).size(), 1);
            victim.kill();
        }
        QVERIFY(victim.waitForFinished(30000));
        // Killed, not finished: every step ends in SIGKILL, from the test or from itself.
        QVERIFY2(victim.exitStatus() == QProcess::CrashExit, victim.readAllStandardError().constData());

        // Restart: the till or kiosk settles what it left open, with a terminal that knows nothing of it.
        store.reopen();
        Till& till = store.till();
        auto terminal = test::quickZvtTerminal(standIn.address());
        if (kiosk) {
            till.kioskPayments().recover(*terminal);
            QVERIFY(till.kioskPayments().openPayments().isEmpty());
        } else {
            till.cardPayments().recover(*terminal);
            QVERIFY(till.cardPayments().open().isEmpty());
        }

        const QList<QJsonObject> charged = standIn.log(QStringLiteral("payment"));
        const QList<QJsonObject> reversed = standIn.log(QStringLiteral("reversal"));
        QCOMPARE(charged.size(), charges);
        QCOMPARE(reversed.size(), reversals);
        const QHash<int, QString> sold = salesByReceipt(till, kiosk);
        QCOMPARE(int(sold.size()), sales);
        QCOMPARE(store.count(QStringLiteral("sales")), qint64(sales));
        for (const QJsonObject& charge : charged) {
            const int receipt = charge.value(QStringLiteral("receipt")).toInt();
            int reversals = 0;
            for (const QJsonObject& r : reversed)
                reversals += r.value(QStringLiteral("original_receipt")).toInt() == receipt ? 1 : 0;
            QVERIFY2(sold.contains(receipt) + reversals == 1, qPrintable(QStringLiteral("receipt %1").arg(receipt)));
            if (sold.contains(receipt)) {
                // The sale paid exactly what the terminal charged, on a card tender.
                const qint64 tendered =
                    till.db()
                        .scalar(QStringLiteral("SELECT SUM(amount) FROM sale_tenders WHERE sale_id = ? AND kind = 'card'"),
                                {sold.value(receipt)})
                        .toLongLong();
                QCOMPARE(tendered, qint64(charge.value(QStringLiteral("amount")).toInteger()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCardPaymentKill)
#include "tst_card_payment_kill.moc"
