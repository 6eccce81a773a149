#include "TestStore.h"
#include "common/DomainError.h"
#include "journal/JournalVerifier.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace omnitill;

class TestJournal : public QObject
{
    Q_OBJECT

    static void sell(test::TestStore& store, const Session& s, int count)
    {
        SaleService& sales = store.till().sales();
        for (int i = 0; i < count; ++i) {
            Cart cart = sales.newCart();
            sales.scan(cart, QStringLiteral("4000000000020"));
            Payment p(cart.totals().total.minor());
            p.addExactCash();
            sales.complete(s, cart, p);
        }
    }

    static void sqlite(const QString& db, const QString& sql)
    {
        QProcess p;
        p.start(QStandardPaths::findExecutable(QStringLiteral("sqlite3")), {db, sql});
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 0);
    }

private slots:
    void chainVerifies()
    {
        test::TestStore store(10);
        const Session s = store.openShift();
        sell(store, s, 5);
        const JournalVerification v = JournalVerifier::verify(store.till().db(), store.till().publicKey());
        QVERIFY2(v.ok, qPrintable(v.reason));
        QCOMPARE(v.entriesChecked, 7); // till start, shift open, 5 sales
        const auto e = store.till().journal().entry(3);
        QVERIFY(e);
        QCOMPARE(e->type, QStringLiteral("sale"));
        QVERIFY(e->signature.size() >= 68 && e->signature.size() <= 72);
    }

    void triggersRefuseChanges()
    {
        test::TestStore store(10);
        Database& db = store.till().db();
        QVERIFY_THROWS_EXCEPTION(DomainError, db.exec(QStringLiteral("UPDATE journal SET reference = 'x' WHERE seq = 1")));
        QVERIFY_THROWS_EXCEPTION(DomainError, db.exec(QStringLiteral("DELETE FROM journal WHERE seq = 1")));
        QCOMPARE(store.count(QStringLiteral("journal")), 1);
    }

    void tamperingWithTheSqliteCliIsDetected_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("brokenSeq");
        QTest::newRow("payload") << QStringLiteral(
                                        "UPDATE journal SET payload = replace(payload, '\"total\":', '\"total\":1') WHERE seq = 4")
                                 << 4;
        QTest::newRow("amount in canonical") << QStringLiteral(
                                                    "UPDATE journal SET canonical = replace(canonical, '|EUR|', '|USD|') WHERE seq = 3")
                                             << 3;
        QTest::newRow("deleted entry") << QStringLiteral("DELETE FROM journal WHERE seq = 5") << 5;
        QTest::newRow("event type") << QStringLiteral("UPDATE journal SET event_type = 'training_sale' WHERE seq = 6") << 6;
    }

    void tamperingWithTheSqliteCliIsDetected()
    {
        QFETCH(QString, sql);
        QFETCH(int, brokenSeq);
        test::TestStore store(10);
        const Session s = store.openShift();
        sell(store, s, 5);
        const QString path = store.path();
        const QByteArray key = store.till().publicKey();
        store.reopen(); // let go of cached statements before another process writes
        sqlite(path, QStringLiteral("DROP TRIGGER journal_no_update; DROP TRIGGER journal_no_delete; ") + sql);
        Database db;
        db.open(path);
        const JournalVerification v = JournalVerifier::verify(db, key);
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenSeq, brokenSeq);
    }

    void otherKeyFails()
    {
        test::TestStore store(10);
        const auto other = EcdsaP256Signer::generate();
        const JournalVerification v = JournalVerifier::verify(store.till().db(), other->publicKeyDer());
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenSeq, 1);
    }

    void receiptQrChecksOffline()
    {
        test::TestStore store(10);
        const Session s = store.openShift();
        sell(store, s, 1);
        const Receipt r = store.till().receipts().byNumber(1);
        const ReceiptCheck check = JournalVerifier::checkReceiptQr(r.qrText, store.till().publicKey());
        QVERIFY2(check.ok, qPrintable(check.reason));
        QCOMPARE(check.receiptId, r.receiptId);
        QCOMPARE(check.amount, r.total);
        QString forged = r.qrText;
        forged.replace(QStringLiteral("|%1|EUR|").arg(r.total), QStringLiteral("|%1|EUR|").arg(r.total + 100));
        QVERIFY(forged != r.qrText);
        QVERIFY(!JournalVerifier::checkReceiptQr(forged, store.till().publicKey()).ok);
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
