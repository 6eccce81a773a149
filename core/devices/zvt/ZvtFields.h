#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace omnitill::zvt {

// The bitmaps (BMPs) of an APDU's data: each field is its one-byte number followed by a value of a
// fixed length, an LLVAR or LLLVAR (the byte count as F-prefixed digits: 16 bytes → F1 F6), or the
// TLV container (BMP 06, BER length). A bitmap whose length is not known cannot be skipped, so it
// is refused rather than guessed.
class Fields
{
public:
    enum class Format
    {
        Fixed,
        LLVar,
        LLLVar,
        Tlv
    };
    struct Layout
    {
        Format format = Format::Fixed;
        int length = 0; // Fixed only
    };
    struct Field
    {
        quint8 bmp = 0;
        QByteArray value; // without the length prefix
    };

    static std::optional<Layout> layoutOf(quint8 bmp);

    Fields& add(quint8 bmp, const QByteArray& value); // throws ProtocolError on a wrong fixed length
    bool has(quint8 bmp) const { return find(bmp) != nullptr; }
    QByteArray value(quint8 bmp) const;
    const QList<Field>& list() const { return m_fields; }

    QByteArray encode() const;
    static Fields decode(const QByteArray& bytes); // throws ProtocolError

private:
    const Field* find(quint8 bmp) const;

    QList<Field> m_fields;
};

// The bitmaps this program reads or writes, by name.
namespace bmp {
constexpr quint8 Timeout = 0x01;
constexpr quint8 MaxStatusInfos = 0x02;
constexpr quint8 ServiceByte = 0x03;
constexpr quint8 Amount = 0x04;
constexpr quint8 Tlv = 0x06;
constexpr quint8 Trace = 0x0B;
constexpr quint8 Time = 0x0C;
constexpr quint8 Date = 0x0D;
constexpr quint8 Expiry = 0x0E;
constexpr quint8 CardSequence = 0x17;
constexpr quint8 PaymentType = 0x19;
constexpr quint8 Pan = 0x22;
constexpr quint8 ResultCode = 0x27;
constexpr quint8 TerminalId = 0x29;
constexpr quint8 ContractNumber = 0x2A;
constexpr quint8 OriginalTrace = 0x37;
constexpr quint8 ApprovalCode = 0x3B;
constexpr quint8 AdditionalText = 0x3C;
constexpr quint8 Password = 0x3D;
constexpr quint8 Currency = 0x49;
constexpr quint8 SingleTotals = 0x60;
constexpr quint8 ReceiptNumber = 0x87;
constexpr quint8 TurnoverNumber = 0x88;
constexpr quint8 CardType = 0x8A;
constexpr quint8 CardName = 0x8B;
constexpr quint8 CardTypeId = 0x8C;
constexpr quint8 ResultCodeAs = 0xA0;
} // namespace bmp

} // namespace omnitill::zvt
