#include "Signer.h"
#include "EcdsaP256PublicKey.h"

#include "Crypto.h"
#include "common/DomainError.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace omnitill {

namespace {
EVP_PKEY* key(void* p)
{
    return static_cast<EVP_PKEY*>(p);
}

[[noreturn]] void failure(const char* what)
{
    throw DomainError(QStringLiteral("crypto.failure"), QStringLiteral("OpenSSL failure: %1").arg(QLatin1String(what)));
}

struct MdCtx
{
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    ~MdCtx() { EVP_MD_CTX_free(ctx); }
};
} // namespace

EcdsaP256Signer::EcdsaP256Signer(void* pkey) : m_pkey(pkey)
{
    unsigned char* der = nullptr;
    const int length = i2d_PUBKEY(key(m_pkey), &der);
    if (length <= 0)
        failure("i2d_PUBKEY");
    m_publicDer = QByteArray(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    m_keyId = keyIdFor(m_publicDer);
}

EcdsaP256Signer::~EcdsaP256Signer()
{
    EVP_PKEY_free(key(m_pkey));
}

std::unique_ptr<EcdsaP256Signer> EcdsaP256Signer::generate()
{
    EVP_PKEY* pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    if (!pkey)
        failure("EC keygen");
    return std::unique_ptr<EcdsaP256Signer>(new EcdsaP256Signer(pkey));
}

std::unique_ptr<EcdsaP256Signer> EcdsaP256Signer::fromPrivateKeyPem(const QByteArray& pem)
{
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY* pkey = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!pkey || EVP_PKEY_get_base_id(pkey) != EVP_PKEY_EC) {
        EVP_PKEY_free(pkey);
        throw DomainError(QStringLiteral("crypto.bad_key"), QStringLiteral("The till's signing key is unreadable"));
    }
    return std::unique_ptr<EcdsaP256Signer>(new EcdsaP256Signer(pkey));
}

QByteArray EcdsaP256Signer::privateScalar() const
{
    BIGNUM* priv = nullptr;
    if (EVP_PKEY_get_bn_param(key(m_pkey), OSSL_PKEY_PARAM_PRIV_KEY, &priv) != 1)
        failure("EVP_PKEY_get_bn_param");
    QByteArray out(32, '\0');
    const int written = BN_bn2binpad(priv, reinterpret_cast<unsigned char*>(out.data()), 32);
    BN_clear_free(priv);
    if (written != 32)
        failure("BN_bn2binpad");
    return out;
}

QByteArray EcdsaP256Signer::privateKeyPem() const
{
    BIO* bio = BIO_new(BIO_s_mem());
    if (PEM_write_bio_PrivateKey(bio, key(m_pkey), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        BIO_free(bio);
        failure("PEM_write");
    }
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, int(length));
    BIO_free(bio);
    return pem;
}

QByteArray EcdsaP256Signer::sign(const QByteArray& data)
{
    MdCtx md;
    size_t length = 0;
    if (EVP_DigestSignInit(md.ctx, nullptr, EVP_sha256(), nullptr, key(m_pkey)) != 1 ||
        EVP_DigestSign(md.ctx, nullptr, &length, reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size())) != 1)
        failure("DigestSign init");
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(md.ctx, reinterpret_cast<unsigned char*>(signature.data()), &length,
                       reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size())) != 1)
        failure("DigestSign");
    signature.resize(qsizetype(length));
    return signature;
}

bool EcdsaP256Signer::verify(const QByteArray& publicKeyDer, const QByteArray& data, const QByteArray& signature)
{
    return EcdsaP256PublicKey(publicKeyDer).verify(data, signature);
}

bool EcdsaP256Signer::isP256PublicKey(const QByteArray& publicKeyDer)
{
    const unsigned char* p = reinterpret_cast<const unsigned char*>(publicKeyDer.constData());
    EVP_PKEY* pkey = d2i_PUBKEY(nullptr, &p, long(publicKeyDer.size()));
    if (!pkey)
        return false;
    char group[32] = {};
    size_t length = 0;
    const bool ok = EVP_PKEY_get_base_id(pkey) == EVP_PKEY_EC &&
                    EVP_PKEY_get_utf8_string_param(pkey, "group", group, sizeof(group), &length) == 1 && QByteArray(group) == "prime256v1";
    EVP_PKEY_free(pkey);
    return ok;
}

QString EcdsaP256Signer::keyIdFor(const QByteArray& publicKeyDer)
{
    return QString::fromLatin1(crypto::sha256(publicKeyDer).left(8).toHex());
}

QByteArray EcdsaP256Signer::publicKeyPem(const QByteArray& publicKeyDer)
{
    const auto* p = reinterpret_cast<const unsigned char*>(publicKeyDer.constData());
    EVP_PKEY* pkey = d2i_PUBKEY(nullptr, &p, long(publicKeyDer.size()));
    if (!pkey)
        return {};
    BIO* bio = BIO_new(BIO_s_mem());
    QByteArray pem;
    if (PEM_write_bio_PUBKEY(bio, pkey) == 1) {
        char* data = nullptr;
        const long length = BIO_get_mem_data(bio, &data);
        pem = QByteArray(data, int(length));
    }
    BIO_free(bio);
    EVP_PKEY_free(pkey);
    return pem;
}

QByteArray EcdsaP256Signer::publicKeyDerFromPem(const QByteArray& pem)
{
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY* pkey = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!pkey)
        return {};
    unsigned char* der = nullptr;
    const int length = i2d_PUBKEY(pkey, &der);
    EVP_PKEY_free(pkey);
    QByteArray out = length > 0 ? QByteArray(reinterpret_cast<const char*>(der), length) : QByteArray();
    OPENSSL_free(der);
    return isP256PublicKey(out) ? out : QByteArray();
}

} // namespace omnitill
