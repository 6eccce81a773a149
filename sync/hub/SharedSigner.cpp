#include "SharedSigner.h"

namespace omnitill::hub {

SharedSigner::SharedSigner(std::unique_ptr<Signer> signer) : m_key(std::make_shared<Key>())
{
    m_key->signer = std::move(signer);
}

std::unique_ptr<SharedSigner> SharedSigner::another() const
{
    return std::unique_ptr<SharedSigner>(new SharedSigner(m_key));
}

QByteArray SharedSigner::sign(const QByteArray& data)
{
    const QMutexLocker locked(&m_key->lock);
    return m_key->signer->sign(data);
}

QString SharedSigner::algorithm() const
{
    const QMutexLocker locked(&m_key->lock);
    return m_key->signer->algorithm();
}

QString SharedSigner::keyId() const
{
    const QMutexLocker locked(&m_key->lock);
    return m_key->signer->keyId();
}

QByteArray SharedSigner::publicKeyDer() const
{
    const QMutexLocker locked(&m_key->lock);
    return m_key->signer->publicKeyDer();
}

} // namespace omnitill::hub
