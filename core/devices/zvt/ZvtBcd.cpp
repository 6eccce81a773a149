#include "ZvtBcd.h"

#include "ZvtProtocolError.h"

namespace omnitill::zvt::bcd {

QByteArray encode(quint64 value, int bytes)
{
    QByteArray out(bytes, '\0');
    for (int i = bytes - 1; i >= 0; --i) {
        const int low = int(value % 10);
        value /= 10;
        const int high = int(value % 10);
        value /= 10;
        out[i] = char(high << 4 | low);
    }
    if (value != 0)
        throw ProtocolError(QStringLiteral("a value does not fit into %1 BCD bytes").arg(bytes));
    return out;
}

QByteArray fromDigits(const QString& digits)
{
    QString padded = digits.size() % 2 ? QStringLiteral("0") + digits : digits;
    QByteArray out;
    for (qsizetype i = 0; i < padded.size(); i += 2) {
        const int high = padded.at(i).digitValue();
        const int low = padded.at(i + 1).digitValue();
        if (high < 0 || high > 9 || low < 0 || low > 9)
            throw ProtocolError(QStringLiteral("\"%1\" is not all digits").arg(digits));
        out.append(char(high << 4 | low));
    }
    return out;
}

std::optional<quint64> decode(const QByteArray& bytes)
{
    if (bytes.size() > 9)
        return std::nullopt;
    quint64 value = 0;
    for (const char c : bytes) {
        const int high = quint8(c) >> 4;
        const int low = quint8(c) & 0x0F;
        if (high > 9 || low > 9)
            return std::nullopt;
        value = value * 100 + quint64(high * 10 + low);
    }
    return value;
}

QString digits(const QByteArray& bytes)
{
    static const char hex[] = "0123456789ABCDEF";
    QString out;
    out.reserve(bytes.size() * 2);
    for (const char c : bytes) {
        out.append(QLatin1Char(hex[quint8(c) >> 4]));
        out.append(QLatin1Char(hex[quint8(c) & 0x0F]));
    }
    return out;
}

} // namespace omnitill::zvt::bcd
