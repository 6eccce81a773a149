#include "EmvQrPayload.h"

#include "common/DomainError.h"
#include "common/Tr.h"

namespace omnitill {

QString EmvQrPayload::field(const QString& id, const QString& value)
{
    if (value.size() > 99)
        throw DomainError(QStringLiteral("emvqr.length"), Tr::tr("A payment QR field is too long"));
    return id + QStringLiteral("%1").arg(value.size(), 2, 10, QLatin1Char('0')) + value;
}

quint16 EmvQrPayload::crc16(const QByteArray& data)
{
    quint16 crc = 0xFFFF;
    for (const char byte : data) {
        crc ^= quint16(quint8(byte)) << 8;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? quint16((crc << 1) ^ 0x1021) : quint16(crc << 1);
    }
    return crc;
}

QString EmvQrPayload::build(const Merchant& merchant, qint64 amountMinor, int currencyExponent, int currencyNumeric,
                            const QString& reference)
{
    if (amountMinor <= 0)
        throw DomainError(QStringLiteral("emvqr.amount"), Tr::tr("The amount must be more than zero"));
    // Amounts are written with a dot and the currency's decimals, from integers only.
    qint64 factor = 1;
    for (int i = 0; i < currencyExponent; ++i)
        factor *= 10;
    QString amount = QString::number(amountMinor / factor);
    if (currencyExponent > 0)
        amount += QLatin1Char('.') + QStringLiteral("%1").arg(amountMinor % factor, currencyExponent, 10, QLatin1Char('0'));
    QString payload =
        field(QStringLiteral("00"), QStringLiteral("01")) + field(QStringLiteral("01"), QStringLiteral("12")) +
        field(QStringLiteral("26"), field(QStringLiteral("00"), merchant.accountGuid) + field(QStringLiteral("01"), merchant.accountId)) +
        field(QStringLiteral("52"), merchant.categoryCode) +
        field(QStringLiteral("53"), QStringLiteral("%1").arg(currencyNumeric, 3, 10, QLatin1Char('0'))) +
        field(QStringLiteral("54"), amount) + field(QStringLiteral("58"), merchant.countryCode) +
        field(QStringLiteral("59"), merchant.name.left(25)) + field(QStringLiteral("60"), merchant.city.left(15)) +
        field(QStringLiteral("62"), field(QStringLiteral("05"), reference.left(25)));
    payload += QStringLiteral("6304");
    return payload + QStringLiteral("%1").arg(crc16(payload.toUtf8()), 4, 16, QLatin1Char('0')).toUpper();
}

bool EmvQrPayload::hasValidCrc(const QString& payload)
{
    if (payload.size() < 8 || payload.mid(payload.size() - 8, 4) != QLatin1String("6304"))
        return false;
    bool ok = false;
    const quint16 stated = quint16(payload.right(4).toUInt(&ok, 16));
    return ok && stated == crc16(payload.left(payload.size() - 4).toUtf8());
}

} // namespace omnitill
