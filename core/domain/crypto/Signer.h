#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace omnitill {

// Signs journal entries. Behind an interface so that a country's fiscal device (RKSV card, TSE)
// can take the place of the till's own key.
class Signer
{
public:
    virtual ~Signer() = default;
    virtual QByteArray sign(const QByteArray& data) = 0;
    virtual QString algorithm() const = 0;
    virtual QString keyId() const = 0;
    virtual QByteArray publicKeyDer() const = 0;
};

// ECDSA P-256 with SHA-256 through OpenSSL EVP; DER signatures.
class EcdsaP256Signer final : public Signer
{
public:
    static std::unique_ptr<EcdsaP256Signer> generate();
    static std::unique_ptr<EcdsaP256Signer> fromPrivateKeyPem(const QByteArray& pem); // throws DomainError
    ~EcdsaP256Signer() override;

    QByteArray sign(const QByteArray& data) override;
    QString algorithm() const override { return QStringLiteral("ES256"); }
    QString keyId() const override { return m_keyId; }
    QByteArray publicKeyDer() const override { return m_publicDer; }
    QByteArray privateKeyPem() const;
    QByteArray privateScalar() const; // the 32-byte secret, to move the key onto a token (Pkcs11Signer::importKey)

    static bool verify(const QByteArray& publicKeyDer, const QByteArray& data, const QByteArray& signature);
    static bool isP256PublicKey(const QByteArray& publicKeyDer);
    static QString keyIdFor(const QByteArray& publicKeyDer);
    // A public key as a PEM "PUBLIC KEY" block (SubjectPublicKeyInfo), and back to DER; empty when
    // the text holds no P-256 public key.
    static QByteArray publicKeyPem(const QByteArray& publicKeyDer);
    static QByteArray publicKeyDerFromPem(const QByteArray& pem);

private:
    explicit EcdsaP256Signer(void* pkey);

    void* m_pkey; // EVP_PKEY*, kept opaque so that OpenSSL headers stay out of this header
    QByteArray m_publicDer;
    QString m_keyId;
};

} // namespace omnitill
