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

} // namespace omnitill::fuzz
