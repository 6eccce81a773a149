#include "ZvtLink.h"

#include "ZvtProtocolError.h"

#include <QDeadlineTimer>

namespace omnitill::zvt {

bool TcpLink::open(int timeoutMs)
{
    m_error.clear();
    m_buffer.clear();
    m_socket.connectToHost(m_host, m_port);
    if (!m_socket.waitForConnected(timeoutMs)) {
        m_error = m_socket.errorString();
        m_socket.abort();
        return false;
    }
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    return true;
}

void TcpLink::close()
{
    m_socket.disconnectFromHost();
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        m_socket.waitForDisconnected(500);
    m_socket.abort();
}

bool TcpLink::write(const Apdu& apdu, int timeoutMs)
{
    if (m_socket.state() != QAbstractSocket::ConnectedState) {
        m_error = m_socket.errorString();
        return false;
    }
    m_socket.write(apdu.encode());
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket.bytesToWrite() > 0) {
        if (!m_socket.waitForBytesWritten(int(deadline.remainingTime()))) {
            m_error = m_socket.errorString();
            return false;
        }
    }
    return true;
}

std::optional<Apdu> TcpLink::read(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        Apdu apdu;
        if (const qsizetype used = Apdu::decode(m_buffer, apdu); used > 0) {
            m_buffer.remove(0, used);
            return apdu;
        }
        if (m_socket.state() != QAbstractSocket::ConnectedState && m_socket.bytesAvailable() == 0) {
            m_error = m_socket.errorString().isEmpty() ? QStringLiteral("connection closed") : m_socket.errorString();
            return std::nullopt;
        }
        if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(int(qMax<qint64>(0, deadline.remainingTime())))) {
            if (m_socket.state() != QAbstractSocket::ConnectedState)
                m_error = m_socket.errorString().isEmpty() ? QStringLiteral("connection closed") : m_socket.errorString();
            return std::nullopt; // quiet
        }
        m_buffer += m_socket.readAll();
    }
}

bool SerialLink::open(int)
{
    m_error.clear();
    m_blocks.clear();
    m_port.setPortName(m_device);
    m_port.setBaudRate(m_baud);
    m_port.setDataBits(QSerialPort::Data8);
    m_port.setParity(QSerialPort::NoParity);
    m_port.setStopBits(QSerialPort::TwoStop);
    m_port.setFlowControl(QSerialPort::NoFlowControl);
    if (!m_port.open(QIODevice::ReadWrite)) {
        m_error = m_port.errorString();
        return false;
    }
    return true;
}

void SerialLink::close()
{
    if (m_port.isOpen())
        m_port.close();
}

bool SerialLink::pump(int timeoutMs)
{
    if (m_port.bytesAvailable() == 0 && !m_port.waitForReadyRead(timeoutMs)) {
        if (m_port.error() != QSerialPort::NoError && m_port.error() != QSerialPort::TimeoutError)
            m_error = m_port.errorString();
        return false;
    }
    for (const serial::Reader::Item& item : m_reader.feed(m_port.readAll())) {
        switch (item.kind) {
        case serial::Reader::Item::Kind::Block:
            m_port.write(QByteArray(1, serial::kAck));
            m_blocks.append(item.apdu);
            break;
        case serial::Reader::Item::Kind::BadBlock:
            m_port.write(QByteArray(1, serial::kNak));
            break;
        case serial::Reader::Item::Kind::Ack:
            ++m_acks;
            break;
        case serial::Reader::Item::Kind::Nak:
            ++m_naks;
            break;
        }
    }
    m_port.waitForBytesWritten(100);
    return true;
}

bool SerialLink::write(const Apdu& apdu, int timeoutMs)
{
    const QByteArray frame = serial::wrap(apdu.encode());
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_acks = m_naks = 0;
        m_port.write(frame);
        m_port.waitForBytesWritten(timeoutMs);
        QDeadlineTimer deadline(timeoutMs);
        while (m_acks == 0 && m_naks == 0 && !deadline.hasExpired() && !failed())
            pump(int(qMax<qint64>(0, deadline.remainingTime())));
        if (m_acks > 0)
            return true;
        if (failed())
            return false;
    }
    m_error = QStringLiteral("the terminal did not acknowledge a block three times");
    return false;
}

std::optional<Apdu> SerialLink::read(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_blocks.isEmpty()) {
        if (failed() || deadline.hasExpired())
            return std::nullopt;
        pump(int(qMax<qint64>(0, deadline.remainingTime())));
    }
    Apdu apdu;
    const QByteArray block = m_blocks.takeFirst();
    if (Apdu::decode(block, apdu) != block.size()) {
        m_error = QStringLiteral("a block is not one APDU");
        return std::nullopt;
    }
    return apdu;
}

} // namespace omnitill::zvt
