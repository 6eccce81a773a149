#include "ZvtApdu.h"

#include "ZvtProtocolError.h"

namespace omnitill::zvt {

QByteArray Apdu::encode() const
{
    if (data.size() > kMaxData)
        throw ProtocolError(QStringLiteral("APDU data of %1 bytes is longer than 65535").arg(data.size()));
    QByteArray out;
    out.reserve(data.size() + 5);
    out.append(char(cls)).append(char(instr));
    if (data.size() < 0xFF) {
        out.append(char(data.size()));
    } else {
        out.append(char(0xFF)).append(char(data.size() & 0xFF)).append(char(data.size() >> 8));
    }
    return out + data;
}

qsizetype Apdu::decode(const QByteArray& bytes, Apdu& out)
{
    if (bytes.size() < 3)
        return 0;
    qsizetype header = 3;
    qsizetype length = quint8(bytes.at(2));
    if (length == 0xFF) {
        if (bytes.size() < 5)
            return 0;
        header = 5;
        length = quint8(bytes.at(3)) | quint8(bytes.at(4)) << 8;
    }
    if (bytes.size() < header + length)
        return 0;
    out.cls = quint8(bytes.at(0));
    out.instr = quint8(bytes.at(1));
    out.data = bytes.mid(header, length);
    return header + length;
}

} // namespace omnitill::zvt
