#include "SigningKeys.h"

#include "Database.h"
#include "StoreSettings.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "crypto/KeyFile.h"
#include "crypto/RemovableTokenSigner.h"

#include <QDir>
#include <QFileInfo>

namespace omnitill {

namespace {
// Where stores set up before the keys left the database (#21) kept them, in the settings table.
const QString kLegacyJournalKey = QStringLiteral("journal.private_key");
const QString kLegacyDeviceKey = QStringLiteral("sync.private_key");

// A write interrupted after the file was written and before the database was (a move, an
// enrolment retried): the file already holds this very key.
void writeOnce(const QString& file, const EcdsaP256Signer& key)
{
    if (QFileInfo::exists(file) && EcdsaP256Signer::fromPrivateKeyPem(KeyFile::read(file))->publicKeyDer() == key.publicKeyDer())
        return;
    KeyFile::create(file, key.privateKeyPem());
}
} // namespace

SigningKeys::SigningKeys(Database& db, StoreSettings& settings) : m_db(db), m_settings(settings) {}

QString SigningKeys::keyFolder() const
{
    const QString journalKey = m_settings.value(QLatin1String(kJournalKeyFile));
    return journalKey.isEmpty() ? QFileInfo(m_db.path()).fileName() + QStringLiteral(".keys") : QFileInfo(journalKey).path();
}

QString SigningKeys::path(const char* setting) const
{
    const QString configured = m_settings.value(QLatin1String(setting));
    if (configured.isEmpty())
        return {};
    return QDir::isAbsolutePath(configured) ? configured : QFileInfo(m_db.path()).absoluteDir().filePath(configured);
}

std::unique_ptr<EcdsaP256Signer> SigningKeys::createJournalKey(const QString& folder)
{
    auto signer = EcdsaP256Signer::generate();
    m_settings.setValue(QLatin1String(kJournalKeyFile), (folder.isEmpty() ? keyFolder() : folder) + QStringLiteral("/journal.pem"));
    KeyFile::create(path(kJournalKeyFile), signer->privateKeyPem());
    return signer;
}

std::unique_ptr<EcdsaP256Signer> SigningKeys::load(const char* setting) const
{
    const QString file = path(setting);
    if (file.isEmpty())
        throw DomainError(QStringLiteral("key.missing"), Tr::tr("The store names no file for its key %1").arg(QLatin1String(setting)));
    return EcdsaP256Signer::fromPrivateKeyPem(KeyFile::read(file));
}

std::unique_ptr<Signer> SigningKeys::journalSigner() const
{
    if (m_settings.value(QLatin1String(kTokenModule)).isEmpty())
        return load(kJournalKeyFile);
    Pkcs11Signer::Config config{m_settings.value(QLatin1String(kTokenModule)), m_settings.value(QLatin1String(kTokenLabel)),
                                m_settings.value(QLatin1String(kTokenKey)), readPin(path(kTokenPinFile))};
    const QByteArray publicKey = QByteArray::fromBase64(m_settings.value(QLatin1String(kTokenPublicKey)).toLatin1());
    if (!EcdsaP256Signer::isP256PublicKey(publicKey))
        throw DomainError(QStringLiteral("key.missing"), Tr::tr("The store names a signing token but not its public key"));
    return std::make_unique<RemovableTokenSigner>(std::move(config), publicKey);
}

QByteArray SigningKeys::readPin(const QString& pinFile)
{
    if (pinFile.isEmpty())
        throw DomainError(QStringLiteral("key.missing"), Tr::tr("The store names no PIN file for its signing token"));
    return KeyFile::read(pinFile).trimmed();
}

void SigningKeys::useToken(const Pkcs11Signer::Config& config, const QString& pinFile, const QByteArray& publicKeyDer)
{
    m_settings.setValue(QLatin1String(kTokenModule), config.module);
    m_settings.setValue(QLatin1String(kTokenLabel), config.tokenLabel);
    m_settings.setValue(QLatin1String(kTokenKey), config.keyLabel);
    m_settings.setValue(QLatin1String(kTokenPinFile), QFileInfo(pinFile).absoluteFilePath());
    m_settings.setValue(QLatin1String(kTokenPublicKey), QString::fromLatin1(publicKeyDer.toBase64()));
}

void SigningKeys::storeDeviceKey(const EcdsaP256Signer& key)
{
    // A till enrolled again gets a new device key: the old file is kept, the new one beside it.
    m_settings.setValue(QLatin1String(kDeviceKeyFile), keyFolder() + QStringLiteral("/device-%1.pem").arg(key.keyId()));
    writeOnce(path(kDeviceKeyFile), key);
}

std::unique_ptr<Signer> SigningKeys::deviceSigner() const
{
    return load(kDeviceKeyFile);
}

bool SigningKeys::hasDeviceKey() const
{
    return !m_settings.value(QLatin1String(kDeviceKeyFile)).isEmpty();
}

void SigningKeys::moveLegacyKeys()
{
    const QString journalPem = m_settings.value(kLegacyJournalKey);
    const QString devicePem = m_settings.value(kLegacyDeviceKey);
    if (journalPem.isEmpty() && devicePem.isEmpty())
        return;
    Transaction tx(m_db);
    if (!journalPem.isEmpty()) {
        const auto key = EcdsaP256Signer::fromPrivateKeyPem(journalPem.toLatin1());
        m_settings.setValue(QLatin1String(kJournalKeyFile), keyFolder() + QStringLiteral("/journal.pem"));
        writeOnce(path(kJournalKeyFile), *key);
        m_settings.erase(kLegacyJournalKey);
    }
    if (!devicePem.isEmpty()) {
        storeDeviceKey(*EcdsaP256Signer::fromPrivateKeyPem(devicePem.toLatin1()));
        m_settings.erase(kLegacyDeviceKey);
    }
    tx.commit();
    // The erased values also leave the write-ahead log.
    m_db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

} // namespace omnitill
