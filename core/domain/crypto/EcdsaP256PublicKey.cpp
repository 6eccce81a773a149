#include "EcdsaP256PublicKey.h"

#include <openssl/evp.h>
#include <openssl/x509.h>

namespace omnitill {

EcdsaP256PublicKey::EcdsaP256PublicKey(const QByteArray& der)
{
    const unsigned char* p = reinterpret_cast<const unsigned char*>(der.constData());
    m_pkey = d2i_PUBKEY(nullptr, &p, long(der.size()));
}

EcdsaP256PublicKey::~EcdsaP256PublicKey()
{
    EVP_PKEY_free(static_cast<EVP_PKEY*>(m_pkey));
}

bool EcdsaP256PublicKey::verify(const QByteArray& data, const QByteArray& signature) const
{
    if (!m_pkey)
        return false;
    EVP_MD_CTX* md = EVP_MD_CTX_new();
    const bool ok = md && EVP_DigestVerifyInit(md, nullptr, EVP_sha256(), nullptr, static_cast<EVP_PKEY*>(m_pkey)) == 1 &&
                    EVP_DigestVerify(md, reinterpret_cast<const unsigned char*>(signature.constData()), size_t(signature.size()),
                                     reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size())) == 1;
    EVP_MD_CTX_free(md);
    return ok;
}

} // namespace omnitill
