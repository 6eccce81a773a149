#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace omnitill::zvt {

// A data object of ZVT's TLV container (BMP 06, PA00P015 §9): tags of one or more bytes (a first
// byte ending in 1F continues, as does every following byte with its top bit set), BER lengths
// (under 80h one byte, 81 nn, 82 nn nn). A tag whose first byte has bit 20h set holds children.
struct TlvNode
{
    quint32 tag = 0; // the tag's bytes as a number: 0x1F07 for 1F 07
    QByteArray value;
    QList<TlvNode> children;

    bool isConstructed() const;
    const TlvNode* find(quint32 tag) const; // first match among the children, depth first
};

namespace tlv {

QList<TlvNode> decode(const QByteArray& bytes); // throws ProtocolError
QByteArray encode(const QList<TlvNode>& nodes);
QByteArray encodeLength(qsizetype length);
// Reads a BER length at pos and moves past it; throws ProtocolError.
qsizetype decodeLength(const QByteArray& bytes, qsizetype& pos);
// A node holding text lines (tag 07 each) under container tag `container`.
TlvNode textLines(quint32 container, const QStringList& lines);
QStringList texts(const TlvNode& container); // its 07 lines (CP437, the terminals' code page)

} // namespace tlv

} // namespace omnitill::zvt
