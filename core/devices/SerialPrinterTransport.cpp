#include "SerialPrinterTransport.h"

#include "common/DomainError.h"
#include "common/Tr.h"

#include <QDeadlineTimer>

namespace omnitill {

SerialPrinterTransport::SerialPrinterTransport(QString port, qint32 baud, QSerialPort::FlowControl flow, int timeoutMs)
    : m_name(std::move(port)), m_baud(baud), m_flow(flow), m_timeoutMs(timeoutMs)
{
}

QString SerialPrinterTransport::address() const
{
    return QStringLiteral("serial://%1?baud=%2").arg(m_name).arg(m_baud);
}

void SerialPrinterTransport::fail(const QString& what)
{
    const QString reason = m_port.errorString();
    m_port.close();
    throw DomainError(QStringLiteral("printer.io"), Tr::tr("%1 (%2): %3").arg(what, address(), reason));
}

void SerialPrinterTransport::open()
{
    if (m_port.isOpen())
        return;
    m_port.setPortName(m_name);
    if (!m_port.open(QIODevice::ReadWrite))
        fail(Tr::tr("Cannot open the printer"));
    m_port.setBaudRate(m_baud);
    m_port.setDataBits(QSerialPort::Data8);
    m_port.setParity(QSerialPort::NoParity);
    m_port.setStopBits(QSerialPort::OneStop);
    m_port.setFlowControl(m_flow);
}

void SerialPrinterTransport::write(const QByteArray& data)
{
    open();
    if (m_port.write(data) != data.size())
        fail(Tr::tr("Cannot send to the printer"));
    // 10 bits per byte on the line, plus the usual timeout for a printer that holds us off.
    const QDeadlineTimer deadline(qint64(m_timeoutMs) + data.size() * 10000 / std::max(1200, m_baud));
    while (m_port.bytesToWrite() > 0) {
        if (deadline.hasExpired() || !m_port.waitForBytesWritten(int(std::max<qint64>(1, deadline.remainingTime()))))
            fail(Tr::tr("The printer does not take data"));
    }
}

std::optional<uchar> SerialPrinterTransport::request(const QByteArray& query, int timeoutMs)
{
    open();
    m_port.readAll();
    write(query);
    if (m_port.bytesAvailable() == 0 && !m_port.waitForReadyRead(timeoutMs))
        return std::nullopt;
    char byte = 0;
    m_port.getChar(&byte);
    return uchar(byte);
}

} // namespace omnitill
