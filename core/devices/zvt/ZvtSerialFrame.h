#pragma once

#include <QByteArray>
#include <QList>

namespace omnitill::zvt {

// The serial transport (PA00P016): an APDU travels as DLE STX, the APDU with every DLE doubled,
// DLE ETX and a CRC-16 (CCITT polynomial, reflected, start 0000 — as CRC-16/KERMIT) over the APDU
// and the ETX, low byte first. The receiver answers ACK (06) or NAK (15) for each block.
namespace serial {

constexpr char kDle = 0x10;
constexpr char kStx = 0x02;
constexpr char kEtx = 0x03;
constexpr char kAck = 0x06;
constexpr char kNak = 0x15;

quint16 crc(const QByteArray& bytes);
QByteArray wrap(const QByteArray& apdu);

// Reads blocks, ACKs and NAKs out of the byte stream as it arrives; noise between blocks is dropped.
class Reader
{
public:
    struct Item
    {
        enum class Kind
        {
            Block,
            BadBlock, // the CRC did not match: answer NAK
            Ack,
            Nak
        };
        Kind kind = Kind::Block;
        QByteArray apdu;
    };

    QList<Item> feed(const QByteArray& bytes);

private:
    enum class State
    {
        Idle,
        AfterDle,
        InBlock,
        InBlockAfterDle,
        Crc
    };
    State m_state = State::Idle;
    QByteArray m_block;
    QByteArray m_crc;
};

} // namespace serial

} // namespace omnitill::zvt
