#pragma once

#include "ZvtTerminal.h"

#include <memory>

namespace omnitill::test {

// A ZVT driver for the stand-in at address, with short timeouts so that a silent terminal ends a
// test in seconds. Header-only: only the tests that link the devices library include it.
inline ZvtTerminalSettings quickZvtSettings(const QString& address)
{
    ZvtTerminalSettings s = ZvtTerminalSettings::fromAddress(address);
    s.silenceTimeoutMs = 1500;
    s.ackTimeoutMs = 2000;
    return s;
}

inline std::unique_ptr<ZvtTerminal> quickZvtTerminal(const QString& address)
{
    return std::make_unique<ZvtTerminal>(quickZvtSettings(address));
}

} // namespace omnitill::test
