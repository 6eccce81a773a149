#pragma once

#include "ZvtApdu.h"
#include "ZvtSerialFrame.h"

#include <QSerialPort>
#include <QString>
#include <QTcpSocket>

#include <optional>

namespace omnitill::zvt {

// One connection to the terminal, used from one thread with blocking waits (the caller runs it off
// the screen's thread). TCP carries bare APDUs; a serial line frames each one and waits for the
// other side's ACK, repeating a block up to three times (PA00P016).
class Link
{
public:
    virtual ~Link() = default;
    virtual bool open(int timeoutMs) = 0;
    virtual void close() = 0;
    // Delivered to the other side's transport; false with error() set when it could not be.
    virtual bool write(const Apdu& apdu, int timeoutMs) = 0;
    // The next APDU, or nothing: a quiet line within timeoutMs (error() empty) or a lost link.
    virtual std::optional<Apdu> read(int timeoutMs) = 0;
    QString error() const { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }

protected:
    QString m_error;
};

class TcpLink : public Link
{
public:
    TcpLink(QString host, quint16 port) : m_host(std::move(host)), m_port(port) {}
    bool open(int timeoutMs) override;
    void close() override;
    bool write(const Apdu& apdu, int timeoutMs) override;
    std::optional<Apdu> read(int timeoutMs) override;

private:
    QString m_host;
    quint16 m_port;
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

class SerialLink : public Link
{
public:
    SerialLink(QString device, qint32 baud) : m_device(std::move(device)), m_baud(baud) {}
    bool open(int timeoutMs) override;
    void close() override;
    bool write(const Apdu& apdu, int timeoutMs) override;
    std::optional<Apdu> read(int timeoutMs) override;

private:
    // Waits for bytes and sorts them: blocks are answered ACK or NAK and queued; returns false
    // when nothing came in time.
    bool pump(int timeoutMs);

    QString m_device;
    qint32 m_baud;
    QSerialPort m_port;
    serial::Reader m_reader;
    QList<QByteArray> m_blocks;
    int m_acks = 0;
    int m_naks = 0;
};

} // namespace omnitill::zvt
