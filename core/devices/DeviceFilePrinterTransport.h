#pragma once

#include "PrinterTransport.h"

namespace omnitill {

// A printer behind a device file: the USB printer class (/dev/usb/lp0), a parallel port, or a
// FIFO. Writes never block longer than the timeout (usblp waits forever when the paper is out);
// the paper and online state come from the usblp driver where it gives them (LPGETSTATUS).
class DeviceFilePrinterTransport final : public PrinterTransport
{
public:
    DeviceFilePrinterTransport(QString path, int timeoutMs);
    ~DeviceFilePrinterTransport() override;

    QString address() const override { return m_path; }
    bool isOpen() const override { return m_fd >= 0; }
    void open() override;
    void close() override;
    void write(const QByteArray& data) override;
    std::optional<uchar> request(const QByteArray& query, int timeoutMs) override;
    std::optional<PrinterStatus> systemStatus() override;

private:
    [[noreturn]] void fail(const QString& what, int error);

    QString m_path;
    int m_timeoutMs;
    int m_fd = -1;
    bool m_readable = false;
};

} // namespace omnitill
