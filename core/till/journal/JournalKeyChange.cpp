#include "JournalKeyChange.h"

#include "common/DomainError.h"
#include "common/Tr.h"
#include "store/Database.h"
#include "store/SigningKeys.h"
#include "store/StoreSettings.h"

namespace omnitill {

JournalEntry JournalKeyChange::toToken(Database& db, StoreSettings& settings, const Clock& clock, Pkcs11Signer::Config config,
                                       const QString& pinFile, bool generate)
{
    SigningKeys keys(db, settings);
    const std::unique_ptr<Signer> present = keys.journalSigner();
    config.pin = SigningKeys::readPin(pinFile);
    std::unique_ptr<Pkcs11Signer> token;
    try {
        token = Pkcs11Signer::open(config);
    } catch (const DomainError& e) {
        if (!generate || e.code() != QLatin1String("key.not_found"))
            throw;
        Pkcs11Signer::generateKey(config);
        token = Pkcs11Signer::open(config);
    }
    if (token->publicKeyDer() == present->publicKeyDer())
        throw DomainError(QStringLiteral("journal.key_unchanged"),
                          Tr::tr("The journal is already signed with the key on %1").arg(config.tokenLabel));
    token->sign(QByteArrayLiteral("OmniTill: the token signs")); // a PIN or key that only fails later fails here

    Transaction tx(db);
    Journal journal(db, clock, *present, settings.deviceId());
    const JournalEntry entry =
        journal.append(JournalText::kKeyChange, token->keyId(), 0, QString(),
                       QJsonObject{{QStringLiteral("public_key"), QString::fromLatin1(token->publicKeyDer().toBase64())},
                                   {QStringLiteral("key_id"), token->keyId()},
                                   {QStringLiteral("algorithm"), token->algorithm()},
                                   {QStringLiteral("previous_key_id"), present->keyId()},
                                   {QStringLiteral("token"), config.tokenLabel},
                                   {QStringLiteral("key_label"), config.keyLabel}});
    if (!entry.unsignedReason.isEmpty())
        throw DomainError(QStringLiteral("journal.key_unsigned"),
                          Tr::tr("The journal's present key cannot sign the change (%1); the journal keeps it").arg(entry.unsignedReason));
    keys.useToken(config, pinFile, token->publicKeyDer());
    tx.commit();
    return entry;
}

} // namespace omnitill
