#pragma once

#include <QByteArray>

namespace omnitill {

// A P-256 public key parsed once, for checking many signatures with it (the hub checks every
// entry of a till's journal). verify() may be called from several threads at once.
class EcdsaP256PublicKey
{
public:
    explicit EcdsaP256PublicKey(const QByteArray& der); // isValid() is false when der holds no key
    ~EcdsaP256PublicKey();
    EcdsaP256PublicKey(const EcdsaP256PublicKey&) = delete;
    EcdsaP256PublicKey& operator=(const EcdsaP256PublicKey&) = delete;

    bool isValid() const { return m_pkey != nullptr; }
    // ECDSA with SHA-256, signature in DER.
    bool verify(const QByteArray& data, const QByteArray& signature) const;

private:
    void* m_pkey; // EVP_PKEY*, kept opaque so that OpenSSL headers stay out of this header
};

} // namespace omnitill
