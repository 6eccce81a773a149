#pragma once

#include "PrinterStatus.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace omnitill {

// The wire to a receipt printer. Blocking with timeouts: it is used on the print thread only.
// Failures throw DomainError with a message for the status bar.
class PrinterTransport
{
public:
    virtual ~PrinterTransport() = default;

    virtual QString address() const = 0;
    virtual bool isOpen() const = 0;
    virtual void open() = 0;
    virtual void close() = 0;
    virtual void write(const QByteArray& data) = 0;
    // Sends a real-time request (DLE EOT n) and waits for its one-byte reply.
    virtual std::optional<uchar> request(const QByteArray& query, int timeoutMs) = 0;
    // Status the operating system knows without asking the printer (the USB printer class).
    virtual std::optional<PrinterStatus> systemStatus() { return std::nullopt; }

    // tcp://host[:port] (raw, port 9100 by default), usb:///dev/usb/lp0 or any device path,
    // serial:///dev/ttyS0?baud=19200&flow=rtscts|xonxoff|none. Throws DomainError otherwise.
    static std::unique_ptr<PrinterTransport> fromAddress(const QString& address, int timeoutMs = 3000);
};

} // namespace omnitill
