#pragma once

#include <QString>

namespace omnitill {

// An EMVCo merchant-presented QR (dynamic, with amount): ID(2) + length(2) + value fields,
// closed by field 63, the CRC-16/CCITT-FALSE over everything including "6304".
class EmvQrPayload
{
public:
    struct Merchant
    {
        QString accountGuid;  // tag 26 subfield 00, e.g. the PSP's reverse-domain id
        QString accountId;    // tag 26 subfield 01
        QString categoryCode; // MCC, 4 digits
        QString countryCode;  // ISO 3166 alpha-2
        QString name;         // max 25
        QString city;         // max 15
    };

    static QString build(const Merchant& merchant, qint64 amountMinor, int currencyExponent, int currencyNumeric, const QString& reference);
    static quint16 crc16(const QByteArray& data);
    static bool hasValidCrc(const QString& payload);

private:
    static QString field(const QString& id, const QString& value);
};

} // namespace omnitill
