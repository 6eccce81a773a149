#include "HubToken.h"

#include "Signer.h"

namespace omnitill {

std::optional<QStringList> HubToken::verify(const QString& token, const QString& prefix, const QByteArray& hubPublicKeyDer)
{
    const QStringList parts = token.trimmed().split(QLatin1Char('.'));
    if (parts.size() != 3 || parts[0] != prefix || hubPublicKeyDer.isEmpty())
        return std::nullopt;
    const auto b64 = QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors;
    const auto payload = QByteArray::fromBase64Encoding(parts[1].toLatin1(), b64);
    const auto signature = QByteArray::fromBase64Encoding(parts[2].toLatin1(), b64);
    if (!payload || !signature || payload.decoded.isEmpty() || signature.decoded.isEmpty())
        return std::nullopt;
    if (!EcdsaP256Signer::verify(hubPublicKeyDer, payload.decoded, signature.decoded))
        return std::nullopt;
    return QString::fromUtf8(payload.decoded).split(QLatin1Char('|'));
}

QString HubToken::sign(Signer& key, const QString& prefix, const QStringList& fields)
{
    const QByteArray payload = fields.join(QLatin1Char('|')).toUtf8();
    const auto b64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    return prefix + QLatin1Char('.') + QString::fromLatin1(payload.toBase64(b64)) + QLatin1Char('.')
           + QString::fromLatin1(key.sign(payload).toBase64(b64));
}

} // namespace omnitill
