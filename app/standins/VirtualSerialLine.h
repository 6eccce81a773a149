#pragma once

#include <QByteArray>
#include <QString>

namespace omnitill::standins {

// A virtual serial line (a pty): the device's end is the master, which the stand-in drives; the till
// opens port() like /dev/ttyUSB0. The stand-in for serial scanners, scales and pole displays.
class VirtualSerialLine
{
public:
    VirtualSerialLine();
    ~VirtualSerialLine();
    VirtualSerialLine(const VirtualSerialLine&) = delete;
    VirtualSerialLine& operator=(const VirtualSerialLine&) = delete;

    bool isValid() const { return !m_slave.isEmpty(); }
    QString port() const { return m_slave; }
    int fd() const { return m_master; }
    bool send(const QByteArray& bytes) const;
    QByteArray readAvailable() const;

private:
    int m_master = -1;
    QString m_slave;
};

} // namespace omnitill::standins
