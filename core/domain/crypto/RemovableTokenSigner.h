#pragma once

#include "Pkcs11Signer.h"

namespace omnitill {

// The journal's key on a token that can be pulled out and put back (a smart card, a USB HSM).
// It knows its public key without the token (from when the token was chosen), opens the token
// when it first signs, and after a failure drops the session and tries afresh at the next entry,
// so signing resumes once the token is back. sign() throws key.token / key.pin / key.not_found
// while it cannot sign; the journal then writes the entry unsigned with that reason.
class RemovableTokenSigner final : public Signer
{
public:
    RemovableTokenSigner(Pkcs11Signer::Config config, QByteArray publicKeyDer);
    ~RemovableTokenSigner() override;

    QByteArray sign(const QByteArray& data) override;
    QString algorithm() const override { return QStringLiteral("ES256"); }
    QString keyId() const override { return m_keyId; }
    QByteArray publicKeyDer() const override { return m_publicDer; }

private:
    Pkcs11Signer::Config m_config;
    QByteArray m_publicDer;
    QString m_keyId;
    std::unique_ptr<Pkcs11Signer> m_token;
    bool m_lost = false; // signing failed since the token was last opened
};

} // namespace omnitill
