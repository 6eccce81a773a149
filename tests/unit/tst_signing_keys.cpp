// The till's private keys live in files of their own, never in the store database: a new store's
// key file is the owner's alone; a missing or exposed key stops the till with the reason; a store
// from before keeps working and its key leaves the database for good (not a byte of it remains in
// the database file or its write-ahead log).
#include "TestStore.h"
#include "journal/JournalVerifier.h"
#include "store/SigningKeys.h"

#include <QFile>
#include <QTest>

using namespace omnitill;

namespace {
QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Everything SQLite keeps of the store on disk.
QByteArray storeBytes(const QString& db)
{
    return bytesOf(db) + bytesOf(db + QStringLiteral("-wal"));
}
} // namespace

class TestSigningKeys : public QObject
{
    Q_OBJECT

private slots:
    void aNewStoreKeepsItsKeyInAnOwnerOnlyFile()
    {
        test::TestStore store(5);
        const QString keyFile = SigningKeys(store.till().db(), store.till().settings()).path(SigningKeys::kJournalKeyFile);
        QCOMPARE(keyFile, store.dirPath() + QStringLiteral("/store.db.keys/journal.pem"));
        QCOMPARE(QFile::permissions(keyFile),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
        QVERIFY(bytesOf(keyFile).contains("PRIVATE KEY"));
        QVERIFY(!storeBytes(store.path()).contains("PRIVATE KEY"));
        QCOMPARE(store.till().settings().value(QStringLiteral("journal.private_key")), QString());
        store.openShift();
        const JournalVerification v = JournalVerifier::verify(store.till().db(), store.till().publicKey());
        QVERIFY2(v.ok, qPrintable(v.reason));
    }

    void aMissingOrExposedKeyStopsTheTillWithTheReason()
    {
        test::TestStore store(5);
        const QString keyFile = SigningKeys(store.till().db(), store.till().settings()).path(SigningKeys::kJournalKeyFile);
        const QByteArray pem = bytesOf(keyFile);
        QFile::setPermissions(keyFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        QCOMPARE(test::errorCode([&] { store.reopen(); }), QStringLiteral("key.exposed"));
        QFile::remove(keyFile);
        QCOMPARE(test::errorCode([&] { store.reopen(); }), QStringLiteral("key.missing"));
        // Put back from the backup, owner-only: the till opens again with the same key.
        QFile back(keyFile);
        QVERIFY(back.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        back.write(pem);
        back.close();
        QCOMPARE(test::errorCode([&] { store.reopen(); }), QStringLiteral("ok"));
        // A file that is not a key.
        QFile::remove(keyFile);
        QVERIFY(back.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        back.write("-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n");
        back.close();
        QCOMPARE(test::errorCode([&] { store.reopen(); }), QStringLiteral("crypto.bad_key"));
    }

    void aStoreFromBeforeMovesItsKeysOutOfTheDatabase()
    {
        test::TestStore store(5);
        const Session s = store.openShift();
        Database& db = store.till().db();
        StoreSettings& settings = store.till().settings();
        SigningKeys keys(db, settings);
        const QString journalFile = keys.path(SigningKeys::kJournalKeyFile);
        const QByteArray journalPem = bytesOf(journalFile);
        const QByteArray publicKey = store.till().publicKey();
        const auto device = EcdsaP256Signer::generate();
        // The store as schema 17 left it: both keys in the settings table, no key files.
        {
            Transaction tx(db);
            settings.setValue(QStringLiteral("journal.private_key"), QString::fromLatin1(journalPem));
            settings.setValue(QStringLiteral("sync.private_key"), QString::fromLatin1(device->privateKeyPem()));
            settings.erase(QLatin1String(SigningKeys::kJournalKeyFile));
            tx.commit();
        }
        QVERIFY(QFile::remove(journalFile));
        QVERIFY(storeBytes(store.path()).contains("PRIVATE KEY"));

        store.reopen();
        QCOMPARE(store.till().publicKey(), publicKey);
        QCOMPARE(bytesOf(journalFile), journalPem);
        SigningKeys moved(store.till().db(), store.till().settings());
        QVERIFY(moved.hasDeviceKey());
        QCOMPARE(moved.deviceSigner()->publicKeyDer(), device->publicKeyDer());
        QCOMPARE(store.till().settings().value(QStringLiteral("journal.private_key")), QString());
        QCOMPARE(store.till().settings().value(QStringLiteral("sync.private_key")), QString());
        QVERIFY2(!storeBytes(store.path()).contains("PRIVATE KEY"), "the keys' bytes are overwritten, not only unlinked");
        // The journal goes on under the same key.
        Cart cart = store.till().sales().newCart();
        store.till().sales().scan(cart, QStringLiteral("4000000000020"));
        Payment p(cart.totals().total.minor());
        p.addExactCash();
        store.till().sales().complete(s, cart, p);
        const auto sale = store.till().journal().entry(3); // after the till's start and the shift
        QVERIFY(sale && sale->type == QLatin1String("sale"));
        const JournalVerification v = JournalVerifier::verify(store.till().db(), publicKey);
        QVERIFY2(v.ok, qPrintable(v.reason));
    }

    void aMoveThatWasInterruptedFinishesButNeverReplacesAnotherKey()
    {
        test::TestStore store(5);
        Database& db = store.till().db();
        StoreSettings& settings = store.till().settings();
        const QString journalFile = SigningKeys(db, settings).path(SigningKeys::kJournalKeyFile);
        const QByteArray journalPem = bytesOf(journalFile);
        {
            Transaction tx(db);
            settings.setValue(QStringLiteral("journal.private_key"), QString::fromLatin1(journalPem));
            tx.commit();
        }
        // The file was written, the database not yet: the same key, so the move completes.
        QCOMPARE(test::errorCode([&] { store.reopen(); }), QStringLiteral("ok"));
        QCOMPARE(store.till().settings().value(QStringLiteral("journal.private_key")), QString());
        // Another key in the database than in the file: nothing is overwritten.
        {
            Transaction tx(store.till().db());
            store.till().settings().setValue(QStringLiteral("journal.private_key"),
                                             QString::fromLatin1(EcdsaP256Signer::generate()->privateKeyPem()));
            tx.commit();
        }
        QCOMPARE(test::errorCode([&] { store.reopen(); }), QStringLiteral("key.exists"));
        QCOMPARE(bytesOf(journalFile), journalPem);
    }
};

QTEST_GUILESS_MAIN(TestSigningKeys)
#include "tst_signing_keys.moc"
