#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace omnitill::zvt {

// Packed BCD as ZVT uses it: two decimal digits per byte, most significant first.
namespace bcd {

// value in exactly `bytes` bytes (2 × bytes digits); throws ProtocolError when it does not fit.
QByteArray encode(quint64 value, int bytes);
// Digits "123456" → 12 34 56 (an odd count is padded with a leading 0).
QByteArray fromDigits(const QString& digits);
std::optional<quint64> decode(const QByteArray& bytes);
// The digits as text; nibbles A–F come out as their hex letter (ZVT masks card digits with E).
QString digits(const QByteArray& bytes);

} // namespace bcd

} // namespace omnitill::zvt
