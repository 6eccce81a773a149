#pragma once

#include "payment/CardTerminal.h"

#include <memory>

namespace omnitill {

class StoreSettings;

// The card terminal a till or kiosk is configured with (payment.terminal): "simulator" (the demo's
// default), a ZVT terminal (zvt://HOST:PORT, zvt+serial:///dev/…), or none (the cashier keys card
// payments in from a stand-alone terminal; a kiosk takes orders to pay at the counter).
class CardTerminalFactory
{
public:
    // nullptr for "none"; throws DomainError for an address it cannot use.
    static std::unique_ptr<CardTerminal> create(const StoreSettings& settings);
    // Checks a payment.terminal value before it is stored; throws DomainError naming the problem.
    static void check(const QString& value);
};

} // namespace omnitill
