#include "JournalText.h"

#include "crypto/Signer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace omnitill {

namespace {
QString field(QString text)
{
    return text.replace(QLatin1Char('|'), QLatin1Char('/'));
}

std::optional<QByteArray> hash(const QByteArray& base64)
{
    const auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32)
        return std::nullopt;
    return decoded.decoded;
}
} // namespace

QByteArray JournalText::compose() const
{
    const QStringList fields{QLatin1String(kFormat),
                             field(type),
                             field(deviceId),
                             QString::number(seq),
                             field(reference),
                             utc,
                             QString::number(amount),
                             field(currency),
                             training ? QStringLiteral("1") : QStringLiteral("0"),
                             QString::fromLatin1(prevHash.toBase64()),
                             QString::fromLatin1(payloadHash.toBase64())};
    return fields.join(QLatin1Char('|')).toUtf8();
}

std::optional<JournalText> JournalText::parse(const QByteArray& canonical)
{
    const QList<QByteArray> fields = canonical.split('|');
    if (fields.size() != kFieldCount || fields[0] != kFormat)
        return std::nullopt;
    JournalText t;
    bool seqOk = false;
    bool amountOk = false;
    t.type = QString::fromUtf8(fields[1]);
    t.deviceId = QString::fromUtf8(fields[2]);
    t.seq = fields[3].toLongLong(&seqOk);
    t.reference = QString::fromUtf8(fields[4]);
    t.utc = QString::fromUtf8(fields[5]);
    t.amount = fields[6].toLongLong(&amountOk);
    t.currency = QString::fromUtf8(fields[7]);
    t.training = fields[8] == "1";
    const std::optional<QByteArray> prev = hash(fields[9]);
    const std::optional<QByteArray> payload = hash(fields[10]);
    if (!seqOk || t.seq < 1 || !amountOk || (fields[8] != "0" && fields[8] != "1") || !prev || !payload)
        return std::nullopt;
    t.prevHash = *prev;
    t.payloadHash = *payload;
    return t;
}

QByteArray JournalText::keyChangeTarget(const QByteArray& payload)
{
    const QByteArray key =
        QByteArray::fromBase64(QJsonDocument::fromJson(payload).object().value(QLatin1String("public_key")).toString().toLatin1());
    return EcdsaP256Signer::isP256PublicKey(key) ? key : QByteArray();
}

} // namespace omnitill
