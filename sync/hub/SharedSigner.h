#pragma once

#include "crypto/Signer.h"

#include <QMutex>

#include <memory>

namespace omnitill::hub {

// The hub's one signing key used from more than one thread (the HTTP thread and the push thread):
// each use takes a lock, as a PKCS#11 session does one operation at a time.
class SharedSigner final : public Signer
{
public:
    explicit SharedSigner(std::unique_ptr<Signer> signer);
    // Another handle on the same key and lock, for another thread.
    std::unique_ptr<SharedSigner> another() const;

    QByteArray sign(const QByteArray& data) override;
    QString algorithm() const override;
    QString keyId() const override;
    QByteArray publicKeyDer() const override;

private:
    struct Key
    {
        std::unique_ptr<Signer> signer;
        QMutex lock;
    };
    explicit SharedSigner(std::shared_ptr<Key> key) : m_key(std::move(key)) {}

    std::shared_ptr<Key> m_key;
};

} // namespace omnitill::hub
