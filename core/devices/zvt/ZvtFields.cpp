#include "ZvtFields.h"

#include "ZvtProtocolError.h"
#include "ZvtTlv.h"

namespace omnitill::zvt {

std::optional<Fields::Layout> Fields::layoutOf(quint8 bmp)
{
    switch (bmp) {
    case 0x01:
    case 0x02:
    case 0x03:
    case 0x05:
    case 0x19:
    case 0x27:
    case 0x8A:
    case 0x8C:
    case 0xA0:
    case 0xD0:
    case 0xD3:
    case 0xE0:
        return Layout{Format::Fixed, 1};
    case 0x0D:
    case 0x0E:
    case 0x17:
    case 0x3A:
    case 0x49:
    case 0x87:
        return Layout{Format::Fixed, 2};
    case 0x0B:
    case 0x0C:
    case 0x37:
    case 0x3D:
    case 0x88:
        return Layout{Format::Fixed, 3};
    case 0x29:
        return Layout{Format::Fixed, 4};
    case 0xBA:
        return Layout{Format::Fixed, 5};
    case 0x04:
        return Layout{Format::Fixed, 6};
    case 0x3B:
        return Layout{Format::Fixed, 8};
    case 0x2A:
        return Layout{Format::Fixed, 15};
    case 0x22:
    case 0x23:
    case 0x2D:
    case 0x8B:
    case 0x92:
    case 0xA7:
    case 0xD1:
    case 0xD2:
    case 0xE1:
    case 0xE2:
    case 0xE3:
    case 0xE4:
    case 0xE5:
    case 0xE6:
    case 0xE7:
    case 0xE8:
    case 0xE9:
    case 0xEA:
    case 0xEB:
    case 0xEC:
    case 0xED:
    case 0xEE:
        return Layout{Format::LLVar, 0};
    case 0x24:
    case 0x2E:
    case 0x3C:
    case 0x60:
    case 0x9A:
    case 0xAF:
    case 0xF0:
        return Layout{Format::LLLVar, 0};
    case 0x06:
        return Layout{Format::Tlv, 0};
    default:
        return std::nullopt;
    }
}

Fields& Fields::add(quint8 bmp, const QByteArray& value)
{
    const auto layout = layoutOf(bmp);
    if (!layout)
        throw ProtocolError(QStringLiteral("bitmap %1h is not known").arg(bmp, 2, 16, QLatin1Char('0')));
    if (layout->format == Format::Fixed && value.size() != layout->length)
        throw ProtocolError(
            QStringLiteral("bitmap %1h takes %2 bytes, not %3").arg(bmp, 2, 16, QLatin1Char('0')).arg(layout->length).arg(value.size()));
    if (layout->format == Format::LLVar && value.size() > 99)
        throw ProtocolError(QStringLiteral("bitmap %1h takes at most 99 bytes").arg(bmp, 2, 16, QLatin1Char('0')));
    if (layout->format == Format::LLLVar && value.size() > 999)
        throw ProtocolError(QStringLiteral("bitmap %1h takes at most 999 bytes").arg(bmp, 2, 16, QLatin1Char('0')));
    m_fields.append({bmp, value});
    return *this;
}

const Fields::Field* Fields::find(quint8 bmp) const
{
    for (const Field& f : m_fields)
        if (f.bmp == bmp)
            return &f;
    return nullptr;
}

QByteArray Fields::value(quint8 bmp) const
{
    const Field* f = find(bmp);
    return f ? f->value : QByteArray();
}

namespace {

QByteArray varLength(qsizetype length, int digits)
{
    QByteArray out(digits, '\0');
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = char(0xF0 | int(length % 10));
        length /= 10;
    }
    return out;
}

qsizetype readVarLength(const QByteArray& bytes, qsizetype& pos, int digits, quint8 bmp)
{
    if (pos + digits > bytes.size())
        throw ProtocolError(QStringLiteral("the length of bitmap %1h is cut short").arg(bmp, 2, 16, QLatin1Char('0')));
    qsizetype length = 0;
    for (int i = 0; i < digits; ++i) {
        const quint8 b = quint8(bytes.at(pos++));
        if ((b & 0xF0) != 0xF0 || (b & 0x0F) > 9)
            throw ProtocolError(QStringLiteral("the length of bitmap %1h is not F-prefixed digits").arg(bmp, 2, 16, QLatin1Char('0')));
        length = length * 10 + (b & 0x0F);
    }
    return length;
}

} // namespace

QByteArray Fields::encode() const
{
    QByteArray out;
    for (const Field& f : m_fields) {
        out.append(char(f.bmp));
        switch (layoutOf(f.bmp)->format) {
        case Format::Fixed:
            break;
        case Format::LLVar:
            out += varLength(f.value.size(), 2);
            break;
        case Format::LLLVar:
            out += varLength(f.value.size(), 3);
            break;
        case Format::Tlv:
            out += tlv::encodeLength(f.value.size());
            break;
        }
        out += f.value;
    }
    return out;
}

Fields Fields::decode(const QByteArray& bytes)
{
    Fields fields;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const quint8 bmp = quint8(bytes.at(pos++));
        const auto layout = layoutOf(bmp);
        if (!layout)
            throw ProtocolError(QStringLiteral("bitmap %1h at byte %2 is not known").arg(bmp, 2, 16, QLatin1Char('0')).arg(pos - 1));
        qsizetype length = layout->length;
        if (layout->format == Format::LLVar)
            length = readVarLength(bytes, pos, 2, bmp);
        else if (layout->format == Format::LLLVar)
            length = readVarLength(bytes, pos, 3, bmp);
        else if (layout->format == Format::Tlv)
            length = tlv::decodeLength(bytes, pos);
        if (pos + length > bytes.size())
            throw ProtocolError(QStringLiteral("bitmap %1h is cut short").arg(bmp, 2, 16, QLatin1Char('0')));
        fields.m_fields.append({bmp, bytes.mid(pos, length)});
        pos += length;
    }
    return fields;
}

} // namespace omnitill::zvt
