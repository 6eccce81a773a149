// The hub's token-signing key lives in a file beside the hub, never in its database: created
// owner-only when missing, the same key on every start, a key from an older hub's database moved
// out (and never over another key), an exposed file refused; or moved onto a PKCS#11 token (a
// SoftHSM2 token made by the test), where the tills' tokens keep verifying with the same public key.
#include "HubDatabase.h"
#include "HubKey.h"
#include "HubService.h"
#include "SoftHsmToken.h"
#include "TestStore.h"
#include "crypto/HubToken.h"
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

    void theKeyMovesOntoAToken()
    {
        QTemporaryDir dir;
        test::SoftHsmToken token(dir.filePath(QStringLiteral("hsm")), QStringLiteral("hub-hsm"));
        QVERIFY2(token.isReady(), qPrintable(token.error()));
        Pkcs11Signer::Config config = token.config(QStringLiteral("omnitill-hub"));
        config.pin = "1234";
        HubDatabase db;
        db.open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("hub.db")));
        const QString path = dir.filePath(QStringLiteral("hub.db.keys/hub.pem"));
        const QByteArray trusted = HubKey::open(db, path)->publicKeyDer(); // what the tills got at enrollment
        const QDateTime now = QDateTime::currentDateTimeUtc();

        // Not on the token yet: there is nothing to sign with.
        QCOMPARE(test::errorCode([&] { HubKey::openToken(config, dir.filePath(QStringLiteral("elsewhere.pem"))); }),
                 QStringLiteral("key.not_found"));
        Pkcs11Signer::Config wrongPin = config;
        wrongPin.pin = "9999";
        QCOMPARE(test::errorCode([&] { HubKey::moveToToken(db, path, wrongPin); }), QStringLiteral("key.pin"));
        QVERIFY(QFile::exists(path)); // a failed move keeps the file

        QCOMPARE(HubKey::moveToToken(db, path, config), EcdsaP256Signer::keyIdFor(trusted));
        QVERIFY(!QFile::exists(path));
        // Started without the token, the hub does not make itself a new key no till trusts.
        QCOMPARE(test::errorCode([&] { HubKey::open(db, path); }), QStringLiteral("key.on_token"));
        QCOMPARE(test::errorCode([&] { HubKey::moveToToken(db, path, config); }), QStringLiteral("key.exists"));
        QVERIFY(!QFile::exists(path)); // and no new key file made on the way

        HubSigningKey keys = HubKey::openToken(config, path);
        QCOMPARE(keys.signer->publicKeyDer(), trusted);
        const QString pickup = HubToken::sign(*keys.signer, HubToken::kPickup,
                                              {QStringLiteral("o-1"), QStringLiteral("S1"), QStringLiteral("W-1")}, now, now.addDays(1));
        QCOMPARE(HubToken::check(pickup, HubToken::kPickup, 3, trusted, now).fields.value_or(QStringList()).value(0),
                 QStringLiteral("o-1"));
        // The kiosk codes' secret: owner-only, and the same for the next hub process.
        const QString secret = HubKey::kioskSecretPath(path);
        QCOMPARE(QFile::permissions(secret),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
        QCOMPARE(HubKey::openToken(config, path).kioskSecret, keys.kioskSecret);
        HubService hub(db, m_clock, HubKey::openToken(config, path));
        QCOMPARE(hub.publicKey(), trusted);
        QCOMPARE(hub.kioskCodeKey(QStringLiteral("S1")).size(), 32);

        // The HSM goes away: signing fails with the token's words; back, it signs again.
        QVERIFY(token.pull());
        QCOMPARE(test::errorCode([&] { HubToken::sign(*keys.signer, HubToken::kMember, {QStringLiteral("M-1")}, now, now.addDays(1)); }),
                 QStringLiteral("key.token"));
        QVERIFY(token.putBack());
        const QString member = HubToken::sign(*keys.signer, HubToken::kMember, {QStringLiteral("M-1")}, now, now.addDays(1));
        QVERIFY(HubToken::check(member, HubToken::kMember, 1, trusted, now).fields.has_value());

        // A key file beside the token again (a backup put back): refused, the key must be on the token only.
        KeyFile::create(path, EcdsaP256Signer::generate()->privateKeyPem());
        QCOMPARE(test::errorCode([&] { HubKey::openToken(config, path); }), QStringLiteral("key.left_behind"));
    }

private:
    FixedClock m_clock{QDateTime(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC)};
};

QTEST_GUILESS_MAIN(TestHubKey)
#include "tst_hub_key.moc"
