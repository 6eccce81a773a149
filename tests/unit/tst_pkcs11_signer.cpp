// The journal key inside a PKCS#11 token (SoftHSM2, a token this test creates): the till signs
// through it and the signatures verify under its public key; a wrong PIN, a token or key that is
// not there and a module that is not PKCS#11 are refused with the reason.
#include "SoftHsmToken.h"
#include "TestStore.h"
#include "crypto/Pkcs11Signer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace omnitill;
using test::errorCode;

class TestPkcs11Signer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::SoftHsmToken> m_token;
    Pkcs11Signer::Config m_config;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_token = std::make_unique<test::SoftHsmToken>(m_dir.path(), QStringLiteral("till-S1-T1"));
        QVERIFY2(m_token->isReady(), qPrintable(m_token->error()));
        m_config = m_token->config(QStringLiteral("journal"));
        m_config.pin = QByteArrayLiteral("1234");
        Pkcs11Signer::generateKey(m_config);
    }

    void signsWithAKeyThatStaysOnTheToken()
    {
        const auto signer = Pkcs11Signer::open(m_config);
        QVERIFY(EcdsaP256Signer::isP256PublicKey(signer->publicKeyDer()));
        QCOMPARE(signer->keyId(), EcdsaP256Signer::keyIdFor(signer->publicKeyDer()));
        const QByteArray entry = QByteArrayLiteral("OT1|sale|device|3|S1-T1-000001|2026-12-03T10:00:00.000Z|578|EUR|0|prev|payload");
        const QByteArray signature = signer->sign(entry);
        QVERIFY(EcdsaP256Signer::verify(signer->publicKeyDer(), entry, signature));
        QVERIFY(!EcdsaP256Signer::verify(signer->publicKeyDer(), entry + "x", signature));
        // Opened again (the till restarted): the same key.
        QCOMPARE(Pkcs11Signer::open(m_config)->publicKeyDer(), signer->publicKeyDer());
    }

    void refusalsSayWhatIsWrong()
    {
        Pkcs11Signer::Config wrongPin = m_config;
        wrongPin.pin = "9999";
        QCOMPARE(errorCode([&] { Pkcs11Signer::open(wrongPin); }), QStringLiteral("key.pin"));
        Pkcs11Signer::Config noToken = m_config;
        noToken.tokenLabel = QStringLiteral("till-S9-T9");
        QCOMPARE(errorCode([&] { Pkcs11Signer::open(noToken); }), QStringLiteral("key.token"));
        Pkcs11Signer::Config noKey = m_config;
        noKey.keyLabel = QStringLiteral("device");
        QCOMPARE(errorCode([&] { Pkcs11Signer::open(noKey); }), QStringLiteral("key.not_found"));
        Pkcs11Signer::Config noModule = m_config;
        noModule.module = m_dir.filePath(QStringLiteral("softhsm2.conf"));
        QCOMPARE(errorCode([&] { Pkcs11Signer::open(noModule); }), QStringLiteral("key.token"));
        // The right PIN still works after the wrong one.
        QCOMPARE(errorCode([&] { Pkcs11Signer::open(m_config); }), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestPkcs11Signer)
#include "tst_pkcs11_signer.moc"
