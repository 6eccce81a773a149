#include "ZvtSerialFrame.h"

namespace omnitill::zvt::serial {

quint16 crc(const QByteArray& bytes)
{
    quint16 value = 0;
    for (const char c : bytes) {
        value ^= quint8(c);
        for (int bit = 0; bit < 8; ++bit)
            value = (value & 1) ? quint16((value >> 1) ^ 0x8408) : quint16(value >> 1);
    }
    return value;
}

QByteArray wrap(const QByteArray& apdu)
{
    QByteArray out;
    out.reserve(apdu.size() + 8);
    out.append(kDle).append(kStx);
    for (const char c : apdu) {
        out.append(c);
        if (c == kDle)
            out.append(kDle);
    }
    out.append(kDle).append(kEtx);
    const quint16 sum = crc(apdu + kEtx);
    out.append(char(sum & 0xFF)).append(char(sum >> 8));
    return out;
}

QList<Reader::Item> Reader::feed(const QByteArray& bytes)
{
    QList<Item> items;
    for (const char c : bytes) {
        switch (m_state) {
        case State::Idle:
            if (c == kDle)
                m_state = State::AfterDle;
            else if (c == kAck)
                items.append({Item::Kind::Ack, {}});
            else if (c == kNak)
                items.append({Item::Kind::Nak, {}});
            break;
        case State::AfterDle:
            m_state = c == kStx ? State::InBlock : State::Idle;
            m_block.clear();
            break;
        case State::InBlock:
            if (c == kDle)
                m_state = State::InBlockAfterDle;
            else
                m_block.append(c);
            break;
        case State::InBlockAfterDle:
            if (c == kDle) {
                m_block.append(kDle);
                m_state = State::InBlock;
            } else if (c == kEtx) {
                m_crc.clear();
                m_state = State::Crc;
            } else if (c == kStx) {
                m_block.clear(); // a new block began: the sender gave up on the last one
                m_state = State::InBlock;
            } else {
                m_state = State::Idle;
                items.append({Item::Kind::BadBlock, {}});
            }
            break;
        case State::Crc:
            m_crc.append(c);
            if (m_crc.size() == 2) {
                const quint16 got = quint16(quint8(m_crc.at(0)) | quint8(m_crc.at(1)) << 8);
                const bool ok = got == crc(m_block + kEtx);
                items.append({ok ? Item::Kind::Block : Item::Kind::BadBlock, ok ? m_block : QByteArray()});
                m_state = State::Idle;
            }
            break;
        }
    }
    return items;
}

} // namespace omnitill::zvt::serial
