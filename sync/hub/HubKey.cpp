#include "HubKey.h"

#include "HubDatabase.h"
#include "common/DomainError.h"
#include "crypto/KeyFile.h"

#include <QDir>
#include <QFileInfo>

namespace omnitill::hub {

namespace {
const QString kLegacyKey = QStringLiteral("hub.private_key");

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

QString HubKey::defaultPath(const QString& databaseUrl)
{
    if (!databaseUrl.startsWith(QLatin1String("sqlite:")))
        return {};
    const QFileInfo file(databaseUrl.mid(7));
    return file.absoluteDir().filePath(file.fileName() + QStringLiteral(".keys/hub.pem"));
}

} // namespace omnitill::hub
