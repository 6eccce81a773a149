#pragma once

#include "Signer.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace omnitill {

// Signs with an ECDSA P-256 key that never leaves a PKCS#11 token (a smart card, an HSM, or
// SoftHSM2 for tests): the operator of the till can have it sign, but cannot copy the key to
// rewrite the past elsewhere. The module is loaded at run time.
class Pkcs11Signer final : public Signer
{
public:
    struct Config
    {
        QString module;     // e.g. /usr/lib/softhsm/libsofthsm2.so
        QString tokenLabel; // the token's label
        QString keyLabel;   // CKA_LABEL of the key pair
        QByteArray pin;     // the user PIN
    };

    // Throws DomainError key.token (no module, no such token, the token does not answer),
    // key.pin (wrong or locked PIN), key.not_found (no P-256 key pair by that label).
    // rescan: finalise and initialise the module first, so that it looks for tokens afresh (some
    // modules, SoftHSM2 among them, see a token put back only then); every session this process
    // holds on the module ends.
    static std::unique_ptr<Pkcs11Signer> open(const Config& config, bool rescan = false);
    // Creates the key pair on the token (at set-up), not extractable; same errors.
    static void generateKey(const Config& config);
    // Moves an existing key onto the token, not extractable from there on (a hub's key that tills
    // already trust); key.exists when the token already holds a key by that label.
    static void importKey(const Config& config, const EcdsaP256Signer& key);
    ~Pkcs11Signer() override;

    // Throws DomainError key.token when the token no longer answers (removed mid-shift).
    QByteArray sign(const QByteArray& data) override;
    QString algorithm() const override { return QStringLiteral("ES256"); }
    QString keyId() const override { return m_keyId; }
    QByteArray publicKeyDer() const override { return m_publicDer; }

private:
    struct Session;
    explicit Pkcs11Signer(std::unique_ptr<Session> session);

    std::unique_ptr<Session> m_session;
    QByteArray m_publicDer;
    QString m_keyId;
};

} // namespace omnitill
