#include "RemovableTokenSigner.h"

#include "common/DomainError.h"
#include "common/Tr.h"

namespace omnitill {

RemovableTokenSigner::RemovableTokenSigner(Pkcs11Signer::Config config, QByteArray publicKeyDer)
    : m_config(std::move(config)), m_publicDer(std::move(publicKeyDer)), m_keyId(EcdsaP256Signer::keyIdFor(m_publicDer))
{
}

RemovableTokenSigner::~RemovableTokenSigner() = default;

QByteArray RemovableTokenSigner::sign(const QByteArray& data)
{
    try {
        if (!m_token) {
            // After a failure the module looks for tokens afresh: a token put back is found.
            auto token = Pkcs11Signer::open(m_config, m_lost);
            if (token->publicKeyDer() != m_publicDer)
                throw DomainError(
                    QStringLiteral("key.not_found"),
                    Tr::tr("The signing token %1 holds another key than the journal's (%2)").arg(m_config.tokenLabel, m_keyId));
            m_token = std::move(token);
        }
        QByteArray signature = m_token->sign(data);
        m_lost = false;
        return signature;
    } catch (const DomainError&) {
        m_token.reset(); // pulled out, or not there: the next entry opens it afresh
        m_lost = true;
        throw;
    }
}

} // namespace omnitill
