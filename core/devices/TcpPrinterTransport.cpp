#include "TcpPrinterTransport.h"

#include "common/DomainError.h"
#include "common/Tr.h"

#include <QDeadlineTimer>

namespace omnitill {

TcpPrinterTransport::TcpPrinterTransport(QString host, quint16 port, int timeoutMs)
    : m_host(std::move(host)), m_port(port), m_timeoutMs(timeoutMs)
{
}

QString TcpPrinterTransport::address() const
{
    return QStringLiteral("tcp://%1:%2").arg(m_host).arg(m_port);
}

bool TcpPrinterTransport::isOpen() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

void TcpPrinterTransport::fail(const QString& what)
{
    const QString reason = m_socket.errorString();
    m_socket.abort();
    throw DomainError(QStringLiteral("printer.io"), Tr::tr("%1 (%2): %3").arg(what, address(), reason));
}

void TcpPrinterTransport::open()
{
    if (isOpen())
        return;
    m_socket.abort();
    // Status requests are 3 bytes waiting for a 1-byte answer: without this, Nagle and delayed
    // ACKs cost 40 ms per question.
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket.connectToHost(m_host, m_port);
    if (!m_socket.waitForConnected(m_timeoutMs))
        fail(Tr::tr("Cannot connect to the printer"));
}

void TcpPrinterTransport::close()
{
    m_socket.abort();
}

void TcpPrinterTransport::write(const QByteArray& data)
{
    open();
    if (m_socket.write(data) != data.size())
        fail(Tr::tr("Cannot send to the printer"));
    const QDeadlineTimer deadline(qint64(m_timeoutMs) + data.size() / 64); // ~64 kB/s at worst
    while (m_socket.bytesToWrite() > 0) {
        if (deadline.hasExpired() || !m_socket.waitForBytesWritten(int(std::max<qint64>(1, deadline.remainingTime()))))
            fail(Tr::tr("The printer does not take data"));
    }
}

std::optional<uchar> TcpPrinterTransport::request(const QByteArray& query, int timeoutMs)
{
    open();
    m_socket.readAll(); // a late reply to an earlier request is not this one's answer
    write(query);
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket.bytesAvailable() == 0) {
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            fail(Tr::tr("The printer closed the connection"));
        if (deadline.hasExpired() || !m_socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())))) {
            if (m_socket.state() != QAbstractSocket::ConnectedState)
                fail(Tr::tr("The printer closed the connection"));
            return std::nullopt;
        }
    }
    char byte = 0;
    m_socket.getChar(&byte);
    return uchar(byte);
}

} // namespace omnitill
