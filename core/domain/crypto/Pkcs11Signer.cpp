#include "Pkcs11Signer.h"

#include "Crypto.h"
#include "common/DomainError.h"
#include "common/Tr.h"

#include <QLibrary>

#include <openssl/bn.h>
#include <openssl/ecdsa.h>
#include <p11-kit/pkcs11.h>

namespace omnitill {

namespace {

// DER of the P-256 curve's OID, and of a SubjectPublicKeyInfo up to its uncompressed point.
const QByteArray kP256Params = QByteArray::fromHex("06082a8648ce3d030107");
const QByteArray kP256SpkiPrefix = QByteArray::fromHex("3059301306072a8648ce3d020106082a8648ce3d030107034200");

[[noreturn]] void tokenError(const QString& what, CK_RV rv)
{
    throw DomainError(QStringLiteral("key.token"),
                      Tr::tr("The signing token does not answer (%1, PKCS#11 error 0x%2)").arg(what).arg(qulonglong(rv), 0, 16));
}

QString padded(const CK_UTF8CHAR* text, int size)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(text), size).trimmed();
}

} // namespace

struct Pkcs11Signer::Session
{
    QLibrary library;
    CK_FUNCTION_LIST_PTR f = nullptr;
    CK_SESSION_HANDLE handle = CK_INVALID_HANDLE;
    CK_OBJECT_HANDLE privateKey = CK_INVALID_HANDLE;
    CK_OBJECT_HANDLE publicKey = CK_INVALID_HANDLE;

    ~Session()
    {
        if (f && handle != CK_INVALID_HANDLE) {
            f->C_Logout(handle);
            f->C_CloseSession(handle);
        }
    }

    void connect(const Config& config, bool rescan)
    {
        library.setFileName(config.module);
        if (!library.load())
            throw DomainError(QStringLiteral("key.token"),
                              Tr::tr("Cannot load the PKCS#11 module %1: %2").arg(config.module, library.errorString()));
        auto getList = reinterpret_cast<CK_C_GetFunctionList>(library.resolve("C_GetFunctionList"));
        if (!getList || getList(&f) != CKR_OK || !f)
            throw DomainError(QStringLiteral("key.token"), Tr::tr("%1 is not a PKCS#11 module").arg(config.module));
        if (rescan)
            f->C_Finalize(nullptr);
        CK_RV rv = f->C_Initialize(nullptr);
        if (rv != CKR_OK && rv != CKR_CRYPTOKI_ALREADY_INITIALIZED)
            tokenError(QStringLiteral("C_Initialize"), rv);
        CK_ULONG count = 0;
        if ((rv = f->C_GetSlotList(CK_TRUE, nullptr, &count)) != CKR_OK)
            tokenError(QStringLiteral("C_GetSlotList"), rv);
        QList<CK_SLOT_ID> slotIds(qsizetype(count), CK_SLOT_ID(0));
        if (count > 0 && (rv = f->C_GetSlotList(CK_TRUE, slotIds.data(), &count)) != CKR_OK)
            tokenError(QStringLiteral("C_GetSlotList"), rv);
        for (CK_ULONG i = 0; i < count; ++i) {
            CK_TOKEN_INFO info;
            if (f->C_GetTokenInfo(slotIds[qsizetype(i)], &info) != CKR_OK || padded(info.label, sizeof info.label) != config.tokenLabel)
                continue;
            if ((rv = f->C_OpenSession(slotIds[qsizetype(i)], CKF_SERIAL_SESSION | CKF_RW_SESSION, nullptr, nullptr, &handle)) != CKR_OK)
                tokenError(QStringLiteral("C_OpenSession"), rv);
            QByteArray pin = config.pin;
            rv = f->C_Login(handle, CKU_USER, reinterpret_cast<CK_UTF8CHAR_PTR>(pin.data()), CK_ULONG(pin.size()));
            if (rv == CKR_PIN_INCORRECT || rv == CKR_PIN_LOCKED || rv == CKR_PIN_LEN_RANGE)
                throw DomainError(QStringLiteral("key.pin"), Tr::tr("The signing token %1 refused the PIN").arg(config.tokenLabel));
            if (rv != CKR_OK && rv != CKR_USER_ALREADY_LOGGED_IN)
                tokenError(QStringLiteral("C_Login"), rv);
            return;
        }
        throw DomainError(QStringLiteral("key.token"), Tr::tr("No signing token labelled %1 is present").arg(config.tokenLabel));
    }

    CK_OBJECT_HANDLE find(CK_OBJECT_CLASS objectClass, const QString& label)
    {
        QByteArray name = label.toUtf8();
        CK_ATTRIBUTE query[] = {{CKA_CLASS, &objectClass, sizeof objectClass}, {CKA_LABEL, name.data(), CK_ULONG(name.size())}};
        CK_OBJECT_HANDLE found = CK_INVALID_HANDLE;
        CK_ULONG count = 0;
        CK_RV rv = f->C_FindObjectsInit(handle, query, 2);
        if (rv != CKR_OK)
            tokenError(QStringLiteral("C_FindObjectsInit"), rv);
        rv = f->C_FindObjects(handle, &found, 1, &count);
        f->C_FindObjectsFinal(handle);
        if (rv != CKR_OK)
            tokenError(QStringLiteral("C_FindObjects"), rv);
        return count == 1 ? found : CK_INVALID_HANDLE;
    }

    QByteArray publicKeyDer()
    {
        CK_ATTRIBUTE point{CKA_EC_POINT, nullptr, 0};
        CK_RV rv = f->C_GetAttributeValue(handle, publicKey, &point, 1);
        if (rv != CKR_OK)
            tokenError(QStringLiteral("C_GetAttributeValue"), rv);
        QByteArray value(qsizetype(point.ulValueLen), '\0');
        point.pValue = value.data();
        if ((rv = f->C_GetAttributeValue(handle, publicKey, &point, 1)) != CKR_OK)
            tokenError(QStringLiteral("C_GetAttributeValue"), rv);
        // CKA_EC_POINT is the uncompressed point wrapped in a DER OCTET STRING.
        const QByteArray raw = value.size() == 67 && value.startsWith("\x04\x41") ? value.mid(2) : value;
        if (raw.size() != 65 || raw.at(0) != '\x04')
            throw DomainError(QStringLiteral("key.not_found"), Tr::tr("The key on the signing token is not a P-256 key"));
        return kP256SpkiPrefix + raw;
    }
};

Pkcs11Signer::Pkcs11Signer(std::unique_ptr<Session> session) : m_session(std::move(session))
{
    m_publicDer = m_session->publicKeyDer();
    m_keyId = EcdsaP256Signer::keyIdFor(m_publicDer);
}

Pkcs11Signer::~Pkcs11Signer() = default;

std::unique_ptr<Pkcs11Signer> Pkcs11Signer::open(const Config& config, bool rescan)
{
    auto session = std::make_unique<Session>();
    session->connect(config, rescan);
    session->privateKey = session->find(CKO_PRIVATE_KEY, config.keyLabel);
    session->publicKey = session->find(CKO_PUBLIC_KEY, config.keyLabel);
    if (session->privateKey == CK_INVALID_HANDLE || session->publicKey == CK_INVALID_HANDLE)
        throw DomainError(QStringLiteral("key.not_found"),
                          Tr::tr("The signing token %1 holds no key pair labelled %2").arg(config.tokenLabel, config.keyLabel));
    return std::unique_ptr<Pkcs11Signer>(new Pkcs11Signer(std::move(session)));
}

void Pkcs11Signer::generateKey(const Config& config)
{
    Session session;
    session.connect(config, false);
    QByteArray label = config.keyLabel.toUtf8();
    QByteArray params = kP256Params;
    CK_BBOOL yes = CK_TRUE;
    CK_BBOOL no = CK_FALSE;
    CK_MECHANISM mechanism{CKM_EC_KEY_PAIR_GEN, nullptr, 0};
    CK_ATTRIBUTE publicTemplate[] = {{CKA_EC_PARAMS, params.data(), CK_ULONG(params.size())},
                                     {CKA_LABEL, label.data(), CK_ULONG(label.size())},
                                     {CKA_TOKEN, &yes, sizeof yes},
                                     {CKA_VERIFY, &yes, sizeof yes}};
    CK_ATTRIBUTE privateTemplate[] = {{CKA_LABEL, label.data(), CK_ULONG(label.size())},
                                      {CKA_TOKEN, &yes, sizeof yes},
                                      {CKA_PRIVATE, &yes, sizeof yes},
                                      {CKA_SENSITIVE, &yes, sizeof yes},
                                      {CKA_EXTRACTABLE, &no, sizeof no},
                                      {CKA_SIGN, &yes, sizeof yes}};
    CK_OBJECT_HANDLE publicKey = CK_INVALID_HANDLE;
    CK_OBJECT_HANDLE privateKey = CK_INVALID_HANDLE;
    const CK_RV rv =
        session.f->C_GenerateKeyPair(session.handle, &mechanism, publicTemplate, 4, privateTemplate, 6, &publicKey, &privateKey);
    if (rv != CKR_OK)
        tokenError(QStringLiteral("C_GenerateKeyPair"), rv);
}

void Pkcs11Signer::importKey(const Config& config, const EcdsaP256Signer& key)
{
    Session session;
    session.connect(config, false);
    if (session.find(CKO_PRIVATE_KEY, config.keyLabel) != CK_INVALID_HANDLE ||
        session.find(CKO_PUBLIC_KEY, config.keyLabel) != CK_INVALID_HANDLE)
        throw DomainError(QStringLiteral("key.exists"),
                          Tr::tr("The signing token %1 already holds a key labelled %2").arg(config.tokenLabel, config.keyLabel));
    QByteArray label = config.keyLabel.toUtf8();
    QByteArray params = kP256Params;
    QByteArray secret = key.privateScalar();
    // CKA_EC_POINT: the uncompressed point in a DER OCTET STRING.
    QByteArray point = QByteArray::fromHex("0441") + key.publicKeyDer().mid(kP256SpkiPrefix.size());
    CK_OBJECT_CLASS privateClass = CKO_PRIVATE_KEY;
    CK_OBJECT_CLASS publicClass = CKO_PUBLIC_KEY;
    CK_KEY_TYPE ec = CKK_EC;
    CK_BBOOL yes = CK_TRUE;
    CK_BBOOL no = CK_FALSE;
    CK_ATTRIBUTE privateTemplate[] = {{CKA_CLASS, &privateClass, sizeof privateClass},
                                      {CKA_KEY_TYPE, &ec, sizeof ec},
                                      {CKA_LABEL, label.data(), CK_ULONG(label.size())},
                                      {CKA_TOKEN, &yes, sizeof yes},
                                      {CKA_PRIVATE, &yes, sizeof yes},
                                      {CKA_SENSITIVE, &yes, sizeof yes},
                                      {CKA_EXTRACTABLE, &no, sizeof no},
                                      {CKA_SIGN, &yes, sizeof yes},
                                      {CKA_EC_PARAMS, params.data(), CK_ULONG(params.size())},
                                      {CKA_VALUE, secret.data(), CK_ULONG(secret.size())}};
    CK_ATTRIBUTE publicTemplate[] = {{CKA_CLASS, &publicClass, sizeof publicClass},
                                     {CKA_KEY_TYPE, &ec, sizeof ec},
                                     {CKA_LABEL, label.data(), CK_ULONG(label.size())},
                                     {CKA_TOKEN, &yes, sizeof yes},
                                     {CKA_VERIFY, &yes, sizeof yes},
                                     {CKA_EC_PARAMS, params.data(), CK_ULONG(params.size())},
                                     {CKA_EC_POINT, point.data(), CK_ULONG(point.size())}};
    CK_OBJECT_HANDLE privateKey = CK_INVALID_HANDLE;
    CK_OBJECT_HANDLE publicKey = CK_INVALID_HANDLE;
    CK_RV rv = session.f->C_CreateObject(session.handle, privateTemplate, std::size(privateTemplate), &privateKey);
    secret.fill('\0');
    if (rv != CKR_OK)
        tokenError(QStringLiteral("C_CreateObject"), rv);
    if ((rv = session.f->C_CreateObject(session.handle, publicTemplate, std::size(publicTemplate), &publicKey)) != CKR_OK) {
        session.f->C_DestroyObject(session.handle, privateKey);
        tokenError(QStringLiteral("C_CreateObject"), rv);
    }
}

QByteArray Pkcs11Signer::sign(const QByteArray& data)
{
    QByteArray digest = crypto::sha256(data);
    CK_MECHANISM mechanism{CKM_ECDSA, nullptr, 0};
    CK_RV rv = m_session->f->C_SignInit(m_session->handle, &mechanism, m_session->privateKey);
    if (rv != CKR_OK)
        tokenError(QStringLiteral("C_SignInit"), rv);
    QByteArray raw(64, '\0');
    CK_ULONG length = CK_ULONG(raw.size());
    rv = m_session->f->C_Sign(m_session->handle, reinterpret_cast<CK_BYTE_PTR>(digest.data()), CK_ULONG(digest.size()),
                              reinterpret_cast<CK_BYTE_PTR>(raw.data()), &length);
    if (rv != CKR_OK || length != 64)
        tokenError(QStringLiteral("C_Sign"), rv);
    // The token answers r || s; the journal keeps DER, as OpenSSL writes it.
    ECDSA_SIG* sig = ECDSA_SIG_new();
    BIGNUM* r = BN_bin2bn(reinterpret_cast<const unsigned char*>(raw.constData()), 32, nullptr);
    BIGNUM* s = BN_bin2bn(reinterpret_cast<const unsigned char*>(raw.constData()) + 32, 32, nullptr);
    ECDSA_SIG_set0(sig, r, s);
    unsigned char* der = nullptr;
    const int size = i2d_ECDSA_SIG(sig, &der);
    QByteArray out = size > 0 ? QByteArray(reinterpret_cast<const char*>(der), size) : QByteArray();
    OPENSSL_free(der);
    ECDSA_SIG_free(sig);
    return out;
}

} // namespace omnitill
