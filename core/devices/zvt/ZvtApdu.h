#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace omnitill::zvt {

// Commands and answers by their class and instruction bytes (ZVT PA00P015 §2–3).
enum Command : quint16
{
    Registration = 0x0600,
    Authorization = 0x0601,
    LogOff = 0x0602,
    RepeatReceipt = 0x0620,
    Reversal = 0x0630,
    Refund = 0x0631,
    EndOfDay = 0x0650,
    Abort = 0x06B0,
    StatusEnquiry = 0x0501,
    Completion = 0x060F,
    AbortFromTerminal = 0x061E,
    PrintLine = 0x06D1,
    PrintTextBlock = 0x06D3,
    StatusInfo = 0x040F,
    IntermediateStatus = 0x04FF,
    Acknowledge = 0x8000,
};

// One application protocol data unit: class, instruction, length and data. The length is one
// byte, or FF followed by two bytes little-endian when the data is 255 bytes or longer.
struct Apdu
{
    quint8 cls = 0;
    quint8 instr = 0;
    QByteArray data;

    static constexpr qsizetype kMaxData = 0xFFFF;

    static Apdu make(quint16 command, QByteArray data = {}) { return {quint8(command >> 8), quint8(command & 0xFF), std::move(data)}; }
    static Apdu ack() { return make(Acknowledge); }
    // A negative acknowledgement carries the error code in the instruction byte (84 xx 00).
    static Apdu nak(quint8 error) { return {0x84, error, {}}; }

    quint16 command() const { return quint16(cls << 8 | instr); }
    bool isAck() const { return cls == 0x80 && instr == 0x00; }
    bool isNak() const { return cls == 0x84; }

    QByteArray encode() const; // throws ProtocolError when data is too long
    // Reads one APDU from the start of bytes: the bytes it took, or 0 when more are needed.
    static qsizetype decode(const QByteArray& bytes, Apdu& out);
};

} // namespace omnitill::zvt
