#include "Crypto.h"

#include "common/DomainError.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace omnitill::crypto {

namespace {
[[noreturn]] void cryptoFailure(const char* what)
{
    throw DomainError(QStringLiteral("crypto.failure"), QStringLiteral("OpenSSL failure: %1").arg(QLatin1String(what)));
}

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}
} // namespace

QByteArray sha256(const QByteArray& data)
{
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), reinterpret_cast<unsigned char*>(digest.data()), &length, EVP_sha256(),
                   nullptr) != 1)
        cryptoFailure("sha256");
    return digest;
}

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), count) != 1)
        cryptoFailure("RAND_bytes");
    return out;
}

QByteArray pbkdf2Sha256(const QByteArray& secret, const QByteArray& salt, int iterations, int length)
{
    QByteArray out(length, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()), bytes(salt), int(salt.size()), iterations, EVP_sha256(), length,
                          reinterpret_cast<unsigned char*>(out.data())) != 1)
        cryptoFailure("PBKDF2");
    return out;
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace omnitill::crypto
