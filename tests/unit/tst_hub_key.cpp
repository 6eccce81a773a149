// The hub's token-signing key lives in a file beside the hub, never in its database: created
// owner-only when missing, the same key on every start, a key from an older hub's database moved
// out (and never over another key), an exposed file refused.
#include "HubDatabase.h"
#include "HubKey.h"
#include "TestStore.h"
#include "crypto/KeyFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace omnitill;
using namespace omnitill::hub;

class TestHubKey : public QObject
{
    Q_OBJECT

private slots:
    void theKeyIsAFileBesideTheHub()
    {
        QTemporaryDir dir;
        const QString url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("hub.db"));
        const QString path = HubKey::defaultPath(url);
        QCOMPARE(path, dir.filePath(QStringLiteral("hub.db.keys/hub.pem")));
        QCOMPARE(HubKey::defaultPath(QStringLiteral("postgresql://postgres@127.0.0.1:5432/hub")), QString());
        HubDatabase db;
        db.open(url);
        const auto key = HubKey::open(db, path);
        QCOMPARE(QFile::permissions(path),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
        QCOMPARE(HubKey::open(db, path)->publicKeyDer(), key->publicKeyDer());
        QVERIFY(!db.scalar(QStringLiteral("SELECT count(*) FROM meta WHERE value LIKE '%PRIVATE KEY%'")).toBool());
        QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadOther);
        QCOMPARE(test::errorCode([&] { HubKey::open(db, path); }), QStringLiteral("key.exposed"));
    }

    void anOlderHubsKeyMovesOutOfItsDatabase()
    {
        QTemporaryDir dir;
        HubDatabase db;
        db.open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("hub.db")));
        const auto old = EcdsaP256Signer::generate();
        db.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('hub.private_key', ?)"), {QString::fromLatin1(old->privateKeyPem())});
        // Another key already where the file goes: neither is touched.
        const QString taken = dir.filePath(QStringLiteral("taken/hub.pem"));
        KeyFile::create(taken, EcdsaP256Signer::generate()->privateKeyPem());
        QCOMPARE(test::errorCode([&] { HubKey::open(db, taken); }), QStringLiteral("key.exists"));
        QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM meta WHERE key = 'hub.private_key'")).toBool());
        // Its own place: the tokens the tills hold keep verifying, and the database forgets the key.
        const QString path = dir.filePath(QStringLiteral("hub.db.keys/hub.pem"));
        QCOMPARE(HubKey::open(db, path)->publicKeyDer(), old->publicKeyDer());
        QVERIFY(!db.scalar(QStringLiteral("SELECT count(*) FROM meta WHERE key = 'hub.private_key'")).toBool());
        QCOMPARE(HubKey::open(db, path)->publicKeyDer(), old->publicKeyDer());
    }
};

QTEST_GUILESS_MAIN(TestHubKey)
#include "tst_hub_key.moc"
