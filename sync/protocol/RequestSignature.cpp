#include "RequestSignature.h"

#include "crypto/Crypto.h"
#include "crypto/Signer.h"

#include <QUuid>

namespace omnitill {

QString RequestSignature::signedPath(const QUrl& url)
{
    const QString path = url.path(QUrl::FullyEncoded);
    return url.hasQuery() ? path + QLatin1Char('?') + url.query(QUrl::FullyEncoded) : path;
}

QByteArray RequestSignature::canonical(const QByteArray& method, const QString& path, const QString& timestamp, const QString& nonce,
                                       const QByteArray& body)
{
    return method.toUpper() + '\n' + path.toUtf8() + '\n' + timestamp.toUtf8() + '\n' + nonce.toUtf8() + '\n' +
           crypto::sha256(body).toHex();
}

RequestSignature RequestSignature::sign(Signer& signer, const QString& deviceId, const QByteArray& method, const QString& path,
                                        const QByteArray& body, const QDateTime& now)
{
    RequestSignature s;
    s.deviceId = deviceId;
    s.timestamp = now.toUTC().toString(Qt::ISODateWithMs);
    s.nonce = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.signature = signer.sign(canonical(method, path, s.timestamp, s.nonce, body));
    return s;
}

bool RequestSignature::verify(const QByteArray& publicKeyDer, const QByteArray& method, const QString& path, const QByteArray& body) const
{
    return EcdsaP256Signer::verify(publicKeyDer, canonical(method, path, timestamp, nonce, body), signature);
}

} // namespace omnitill
