#include "ZvtTlv.h"

#include "CodePage.h"
#include "ZvtProtocolError.h"

#include <QStringList>

namespace omnitill::zvt {

namespace {

quint8 firstTagByte(quint32 tag)
{
    while (tag > 0xFF)
        tag >>= 8;
    return quint8(tag);
}

quint8 byteAt(const QByteArray& bytes, qsizetype pos)
{
    if (pos >= bytes.size())
        throw ProtocolError(QStringLiteral("a TLV object is cut short at byte %1").arg(pos));
    return quint8(bytes.at(pos));
}

} // namespace

bool TlvNode::isConstructed() const
{
    return firstTagByte(tag) & 0x20;
}

const TlvNode* TlvNode::find(quint32 wanted) const
{
    for (const TlvNode& child : children) {
        if (child.tag == wanted)
            return &child;
        if (const TlvNode* deeper = child.find(wanted))
            return deeper;
    }
    return nullptr;
}

namespace tlv {

qsizetype decodeLength(const QByteArray& bytes, qsizetype& pos)
{
    const quint8 first = byteAt(bytes, pos++);
    if (first < 0x80)
        return first;
    if (first == 0x81)
        return byteAt(bytes, pos++);
    if (first == 0x82) {
        const qsizetype high = byteAt(bytes, pos++);
        return high << 8 | byteAt(bytes, pos++);
    }
    throw ProtocolError(QStringLiteral("a TLV length starts with %1h").arg(first, 2, 16, QLatin1Char('0')));
}

QList<TlvNode> decode(const QByteArray& bytes)
{
    QList<TlvNode> nodes;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        TlvNode node;
        quint8 b = byteAt(bytes, pos++);
        node.tag = b;
        if ((b & 0x1F) == 0x1F) {
            int more = 0;
            do {
                if (++more > 3)
                    throw ProtocolError(QStringLiteral("a TLV tag is longer than four bytes"));
                b = byteAt(bytes, pos++);
                node.tag = node.tag << 8 | b;
            } while (b & 0x80);
        }
        const qsizetype length = decodeLength(bytes, pos);
        if (pos + length > bytes.size())
            throw ProtocolError(QStringLiteral("a TLV object of %1 bytes is cut short").arg(length));
        node.value = bytes.mid(pos, length);
        pos += length;
        if (node.isConstructed())
            node.children = decode(node.value);
        nodes.append(node);
    }
    return nodes;
}

QByteArray encodeLength(qsizetype length)
{
    QByteArray out;
    if (length < 0x80) {
        out.append(char(length));
    } else if (length <= 0xFF) {
        out.append(char(0x81)).append(char(length));
    } else if (length <= 0xFFFF) {
        out.append(char(0x82)).append(char(length >> 8)).append(char(length & 0xFF));
    } else {
        throw ProtocolError(QStringLiteral("a TLV object of %1 bytes is too long").arg(length));
    }
    return out;
}

QByteArray encode(const QList<TlvNode>& nodes)
{
    QByteArray out;
    for (const TlvNode& node : nodes) {
        QByteArray tag;
        for (quint32 t = node.tag; t; t >>= 8)
            tag.prepend(char(t & 0xFF));
        if (tag.isEmpty())
            tag.append('\0');
        const QByteArray value = node.isConstructed() && !node.children.isEmpty() ? encode(node.children) : node.value;
        out += tag + encodeLength(value.size()) + value;
    }
    return out;
}

TlvNode textLines(quint32 container, const QStringList& lines)
{
    TlvNode node;
    node.tag = container;
    for (const QString& line : lines)
        node.children.append({0x07, CodePage::encode(line, "CP437"), {}});
    return node;
}

QStringList texts(const TlvNode& container)
{
    QStringList out;
    for (const TlvNode& child : container.children)
        if (child.tag == 0x07)
            out.append(CodePage::decode(child.value, "CP437"));
    return out;
}

} // namespace tlv

} // namespace omnitill::zvt
