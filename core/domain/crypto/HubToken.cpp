#include "HubToken.h"

#include "Signer.h"
#include "common/DomainError.h"

#include <QTimeZone>

#include <algorithm>

namespace omnitill {

namespace {
const QByteArray kMagic = QByteArrayLiteral("omnitill-token/2");
constexpr auto kB64Decode = QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors;
constexpr auto kB64Encode = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr qsizetype kMaxToken = 4096;

void appendField(QByteArray& out, const QByteArray& field)
{
    out += QByteArray::number(field.size()) + ':' + field;
}

// The fields of a length-prefixed payload; nullopt unless it parses exactly to its end.
std::optional<QList<QByteArray>> splitFields(const QByteArray& payload)
{
    QList<QByteArray> fields;
    qsizetype at = 0;
    while (at < payload.size()) {
        const qsizetype colon = payload.indexOf(':', at);
        if (colon <= at || colon - at > 4)
            return std::nullopt;
        const QByteArray digits = payload.mid(at, colon - at);
        if ((digits.size() > 1 && digits.startsWith('0')) ||
            !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return std::nullopt;
        const qsizetype length = digits.toLongLong();
        if (colon + 1 + length > payload.size())
            return std::nullopt;
        fields.append(payload.mid(colon + 1, length));
        at = colon + 1 + length;
    }
    return fields;
}

bool fieldIsClean(const QString& field)
{
    return std::none_of(field.begin(), field.end(), [](QChar c) { return c == QLatin1Char('|') || c.category() == QChar::Other_Control; });
}

std::optional<qint64> seconds(const QByteArray& text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0 || QByteArray::number(value) != text)
        return std::nullopt;
    return value;
}
} // namespace

bool HubToken::looksLike(const QString& text, const char* kind)
{
    const QString t = text.trimmed();
    const QLatin1String k(kind);
    return t.startsWith(k) && t.size() > k.size() + 2 && (t.at(k.size()) == QLatin1Char('1') || t.at(k.size()) == QLatin1Char('2')) &&
           t.at(k.size() + 1) == QLatin1Char('.');
}

HubToken::Checked HubToken::check(const QString& token, const char* kind, int fieldCount, const QByteArray& hubPublicKeyDer,
                                  const QDateTime& now)
{
    Checked result;
    const QString text = token.trimmed();
    if (text.size() > kMaxToken || hubPublicKeyDer.isEmpty())
        return result;
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return result;
    const QString prefix = parts[0];
    const QLatin1String k(kind);
    const bool version1 = prefix == k + QLatin1Char('1');
    const bool version2 = prefix == k + QLatin1Char('2');
    if (!version1 && !version2) {
        // Another kind's token: say so rather than "forged".
        result.refusal = (prefix.size() == 4 && prefix.startsWith(QLatin1String("OT"))) ? Refusal::WrongKind : Refusal::Malformed;
        return result;
    }
    const auto payload = QByteArray::fromBase64Encoding(parts[1].toLatin1(), kB64Decode);
    const auto signature = QByteArray::fromBase64Encoding(parts[2].toLatin1(), kB64Decode);
    if (!payload || !signature || payload.decoded.isEmpty() || signature.decoded.isEmpty())
        return result;
    if (!EcdsaP256Signer::verify(hubPublicKeyDer, payload.decoded, signature.decoded)) {
        result.refusal = Refusal::Forged;
        return result;
    }
    if (version1) {
        const QStringList fields = QString::fromUtf8(payload.decoded).split(QLatin1Char('|'));
        if (k != QLatin1String(kPickup)) {
            result.refusal = Refusal::Retired;
            return result;
        }
        if (fields.size() != fieldCount) {
            result.refusal = Refusal::FieldCount;
            return result;
        }
        result.refusal = Refusal::None;
        result.fields = fields;
        return result;
    }
    const std::optional<QList<QByteArray>> raw = splitFields(payload.decoded);
    if (!raw || raw->size() < 4 || raw->at(0) != kMagic)
        return result;
    if (raw->at(1) != QByteArray(kind)) {
        result.refusal = Refusal::WrongKind;
        return result;
    }
    if (raw->size() != 4 + fieldCount) {
        result.refusal = Refusal::FieldCount;
        return result;
    }
    const std::optional<qint64> issued = seconds(raw->at(2));
    const std::optional<qint64> expires = seconds(raw->at(3));
    if (!issued || !expires || *expires <= *issued)
        return result;
    result.issuedAt = QDateTime::fromSecsSinceEpoch(*issued, QTimeZone::utc());
    result.expiresAt = QDateTime::fromSecsSinceEpoch(*expires, QTimeZone::utc());
    const qint64 nowSecs = now.toSecsSinceEpoch();
    if (*issued > nowSecs + kClockSkewSecs) {
        result.refusal = Refusal::NotYetValid;
        return result;
    }
    if (nowSecs >= *expires) {
        result.refusal = Refusal::Expired;
        return result;
    }
    QStringList fields;
    for (qsizetype i = 4; i < raw->size(); ++i) {
        fields.append(QString::fromUtf8(raw->at(i)));
        if (!fieldIsClean(fields.last()))
            return result;
    }
    result.refusal = Refusal::None;
    result.fields = fields;
    return result;
}

QString HubToken::sign(Signer& key, const char* kind, const QStringList& fields, const QDateTime& issuedAt, const QDateTime& expiresAt)
{
    for (const QString& field : fields) {
        if (!fieldIsClean(field))
            throw DomainError(QStringLiteral("token.field"), QStringLiteral("a token field may not hold '|' or control characters"));
    }
    if (!issuedAt.isValid() || !expiresAt.isValid() || expiresAt <= issuedAt)
        throw DomainError(QStringLiteral("token.field"), QStringLiteral("a token expires after it is issued"));
    QByteArray payload;
    appendField(payload, kMagic);
    appendField(payload, QByteArray(kind));
    appendField(payload, QByteArray::number(issuedAt.toSecsSinceEpoch()));
    appendField(payload, QByteArray::number(expiresAt.toSecsSinceEpoch()));
    for (const QString& field : fields)
        appendField(payload, field.toUtf8());
    return QLatin1String(kind) + QLatin1Char('2') + QLatin1Char('.') + QString::fromLatin1(payload.toBase64(kB64Encode)) +
           QLatin1Char('.') + QString::fromLatin1(key.sign(payload).toBase64(kB64Encode));
}

QString HubToken::signVersion1(Signer& key, const char* kind, const QStringList& fields)
{
    const QByteArray payload = fields.join(QLatin1Char('|')).toUtf8();
    return QLatin1String(kind) + QLatin1Char('1') + QLatin1Char('.') + QString::fromLatin1(payload.toBase64(kB64Encode)) +
           QLatin1Char('.') + QString::fromLatin1(key.sign(payload).toBase64(kB64Encode));
}

} // namespace omnitill
