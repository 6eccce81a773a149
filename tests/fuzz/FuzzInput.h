#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// What libFuzzer hands a target, as Qt types.
namespace omnitill::fuzz {

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

inline QString text(const uint8_t* data, size_t size)
{
    return QString::fromUtf8(bytes(data, size));
}

// Targets that keep a database start again from a fresh one after this many inputs: what an
// input leaves behind still meets the next ones, but the store cannot grow without bound and
// slow every later execution (a long run stays at its first speed).
inline constexpr int kInputsPerFreshStore = 1000;

} // namespace omnitill::fuzz
