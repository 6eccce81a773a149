#pragma once

#include "PrinterTransport.h"

#include <QTcpSocket>

namespace omnitill {

// ESC/POS over a raw TCP connection (port 9100); status replies come back on the same socket.
class TcpPrinterTransport final : public PrinterTransport
{
public:
    TcpPrinterTransport(QString host, quint16 port, int timeoutMs);

    QString address() const override;
    bool isOpen() const override;
    void open() override;
    void close() override;
    void write(const QByteArray& data) override;
    std::optional<uchar> request(const QByteArray& query, int timeoutMs) override;

private:
    [[noreturn]] void fail(const QString& what);

    QString m_host;
    quint16 m_port;
    int m_timeoutMs;
    QTcpSocket m_socket;
};

} // namespace omnitill
