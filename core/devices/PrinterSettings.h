#pragma once

#include "PrinterProfile.h"

namespace omnitill {

class StoreSettings;

// The receipt printer and cash drawer as this till is set up (settings printer.* and drawer.*).
struct PrinterSettings
{
    QString address;                // printer.address: tcp://…, usb:///dev/usb/lp0, serial://…
    PrinterProfile profile;         // printer.profile
    bool statusPolling = true;      // printer.status: dle_eot (default) or none
    int pollMs = 2000;              // printer.poll_ms
    int timeoutMs = 3000;           // printer.timeout_ms
    int drawerPin = 2;              // drawer.pin: 2 or 5
    int drawerPulseMs = 100;        // drawer.pulse_ms
    int drawerMaxDelaySeconds = 60; // drawer.max_delay_s: a later kick is dropped, never sent
    bool drawerOpenIsHigh = true;   // drawer.open_level: high or low (the switch on pin 3)

    bool isConfigured() const { return !address.trimmed().isEmpty(); }
    // Throws DomainError for an unknown profile or an out-of-range value.
    static PrinterSettings from(const StoreSettings& settings);
};

} // namespace omnitill
