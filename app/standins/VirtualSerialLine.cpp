#include "VirtualSerialLine.h"

#include <fcntl.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

namespace omnitill::standins {

VirtualSerialLine::VirtualSerialLine()
{
    m_master = posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK);
    if (m_master < 0 || grantpt(m_master) != 0 || unlockpt(m_master) != 0)
        return;
    m_slave = QString::fromLocal8Bit(ptsname(m_master));
    termios raw{};
    if (tcgetattr(m_master, &raw) == 0) {
        cfmakeraw(&raw);
        tcsetattr(m_master, TCSANOW, &raw);
    }
}

VirtualSerialLine::~VirtualSerialLine()
{
    if (m_master >= 0)
        ::close(m_master);
}

bool VirtualSerialLine::send(const QByteArray& bytes) const
{
    return ::write(m_master, bytes.constData(), size_t(bytes.size())) == ssize_t(bytes.size());
}

QByteArray VirtualSerialLine::readAvailable() const
{
    QByteArray out;
    char buffer[512];
    ssize_t n = 0;
    while ((n = ::read(m_master, buffer, sizeof buffer)) > 0)
        out.append(buffer, n);
    return out;
}

} // namespace omnitill::standins
