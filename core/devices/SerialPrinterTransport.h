#pragma once

#include "PrinterTransport.h"

#include <QSerialPort>

namespace omnitill {

// ESC/POS over RS-232 (or a USB serial adapter, Bluetooth SPP); status replies on the same line.
class SerialPrinterTransport final : public PrinterTransport
{
public:
    SerialPrinterTransport(QString port, qint32 baud, QSerialPort::FlowControl flow, int timeoutMs);

    QString address() const override;
    bool isOpen() const override { return m_port.isOpen(); }
    void open() override;
    void close() override { m_port.close(); }
    void write(const QByteArray& data) override;
    std::optional<uchar> request(const QByteArray& query, int timeoutMs) override;

private:
    [[noreturn]] void fail(const QString& what);

    QString m_name;
    qint32 m_baud;
    QSerialPort::FlowControl m_flow;
    int m_timeoutMs;
    QSerialPort m_port;
};

} // namespace omnitill
