#include "HubKey.h"

#include "HubDatabase.h"
#include "common/DomainError.h"
#include "crypto/Crypto.h"
#include "crypto/KeyFile.h"
#include "crypto/RemovableTokenSigner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace omnitill::hub {

namespace {
const QString kLegacyKey = QStringLiteral("hub.private_key");
const QString kOnToken = QStringLiteral("hub.key_on_token"); // the key id, once moved onto a token

// The key in the file, or the one written now; another process may write it first.
std::unique_ptr<EcdsaP256Signer> createOrRead(const QString& path, const EcdsaP256Signer& candidate)
{
    try {
        KeyFile::create(path, candidate.privateKeyPem());
    } catch (const DomainError& e) {
        if (e.code() != QLatin1String("key.exists"))
            throw;
    }
    return EcdsaP256Signer::fromPrivateKeyPem(KeyFile::read(path));
}
} // namespace

std::unique_ptr<EcdsaP256Signer> HubKey::open(HubDatabase& db, const QString& path)
{
    // Without the token a new key file would be made, and no till would trust what it signs.
    const QString onToken = db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {kOnToken}).toString();
    if (!onToken.isEmpty())
        throw DomainError(
            QStringLiteral("key.on_token"),
            QStringLiteral("the hub's key %1 is on a PKCS#11 token: start the hub with --key-token and --key-pin-file").arg(onToken));
    const QString legacy = db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {kLegacyKey}).toString();
    if (!legacy.isEmpty()) {
        const auto moved = EcdsaP256Signer::fromPrivateKeyPem(legacy.toLatin1());
        auto key = createOrRead(path, *moved);
        if (key->publicKeyDer() != moved->publicKeyDer())
            throw DomainError(QStringLiteral("key.exists"),
                              QStringLiteral("%1 holds another key than the hub's database; neither was changed").arg(path));
        db.exec(QStringLiteral("DELETE FROM meta WHERE key = ?"), {kLegacyKey});
        return key;
    }
    if (QFileInfo::exists(path))
        return EcdsaP256Signer::fromPrivateKeyPem(KeyFile::read(path));
    return createOrRead(path, *EcdsaP256Signer::generate());
}

HubSigningKey HubSigningKey::fromKey(std::unique_ptr<EcdsaP256Signer> key)
{
    HubSigningKey out;
    out.kioskSecret = key->privateKeyPem(); // as hubs always derived it: the codes tills hold stay valid
    out.signer = std::move(key);
    return out;
}

HubSigningKey HubKey::openToken(const Pkcs11Signer::Config& config, const QString& keyFilePath)
{
    if (QFileInfo::exists(keyFilePath))
        throw DomainError(QStringLiteral("key.left_behind"),
                          QStringLiteral("the hub's key file %1 still exists beside the token: move the key with"
                                         " `omnitill-hub key-to-token`, which deletes the file")
                              .arg(keyFilePath));
    const QByteArray publicKey = Pkcs11Signer::open(config)->publicKeyDer();
    const QString secretPath = kioskSecretPath(keyFilePath);
    if (!QFileInfo::exists(secretPath)) {
        try {
            KeyFile::create(secretPath, crypto::randomBytes(32).toBase64());
        } catch (const DomainError& e) {
            if (e.code() != QLatin1String("key.exists")) // another hub process wrote it first
                throw;
        }
    }
    HubSigningKey out;
    out.kioskSecret = KeyFile::read(secretPath);
    // Signs on the token; after a failure (the HSM restarted, the token was re-plugged) it opens
    // the token afresh at the next signature.
    out.signer = std::make_unique<RemovableTokenSigner>(config, publicKey);
    return out;
}

QString HubKey::moveToToken(HubDatabase& db, const QString& keyFilePath, const Pkcs11Signer::Config& config)
{
    // A token that holds the key already is left alone, before any new key file could be made.
    try {
        Pkcs11Signer::open(config);
        throw DomainError(QStringLiteral("key.exists"),
                          QStringLiteral("the token %1 already holds a key labelled %2").arg(config.tokenLabel, config.keyLabel));
    } catch (const DomainError& e) {
        if (e.code() != QLatin1String("key.not_found"))
            throw;
    }
    const std::unique_ptr<EcdsaP256Signer> key = open(db, keyFilePath);
    Pkcs11Signer::importKey(config, *key);
    const std::unique_ptr<Pkcs11Signer> token = Pkcs11Signer::open(config);
    const QByteArray probe = QByteArrayLiteral("omnitill hub key moved to its token");
    if (token->publicKeyDer() != key->publicKeyDer() || !EcdsaP256Signer::verify(key->publicKeyDer(), probe, token->sign(probe)))
        throw DomainError(QStringLiteral("key.token"),
                          QStringLiteral("the token does not sign with the hub's key; the key file %1 was kept").arg(keyFilePath));
    // The key is on the token: the file's copy goes, overwritten first.
    QFile file(keyFilePath);
    if (file.open(QIODevice::ReadWrite)) {
        file.write(QByteArray(file.size(), '\0'));
        file.flush();
        file.close();
    }
    db.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
            {kOnToken, key->keyId()});
    if (!QFile::remove(keyFilePath))
        throw DomainError(QStringLiteral("key.write"),
                          QStringLiteral("the key is on the token, but %1 could not be deleted: delete it").arg(keyFilePath));
    return key->keyId();
}

QString HubKey::defaultPath(const QString& databaseUrl)
{
    if (!databaseUrl.startsWith(QLatin1String("sqlite:")))
        return {};
    const QFileInfo file(databaseUrl.mid(7));
    return file.absoluteDir().filePath(file.fileName() + QStringLiteral(".keys/hub.pem"));
}

} // namespace omnitill::hub
