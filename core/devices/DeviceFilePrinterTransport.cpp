#include "DeviceFilePrinterTransport.h"

#include "common/DomainError.h"
#include "common/Tr.h"

#include <QDeadlineTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/lp.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace omnitill {

DeviceFilePrinterTransport::DeviceFilePrinterTransport(QString path, int timeoutMs) : m_path(std::move(path)), m_timeoutMs(timeoutMs) {}

DeviceFilePrinterTransport::~DeviceFilePrinterTransport()
{
    close();
}

void DeviceFilePrinterTransport::fail(const QString& what, int error)
{
    close();
    throw DomainError(QStringLiteral("printer.io"), Tr::tr("%1 (%2): %3").arg(what, m_path, QString::fromLocal8Bit(strerror(error))));
}

void DeviceFilePrinterTransport::open()
{
    if (m_fd >= 0)
        return;
    const QByteArray path = m_path.toLocal8Bit();
    m_fd = ::open(path.constData(), O_RDWR | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    m_readable = m_fd >= 0;
    if (m_fd < 0 && (errno == EACCES || errno == EISDIR || errno == ENXIO)) // write-only FIFO or device
        m_fd = ::open(path.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY | O_APPEND);
    if (m_fd < 0)
        fail(Tr::tr("Cannot open the printer"), errno);
}

void DeviceFilePrinterTransport::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

void DeviceFilePrinterTransport::write(const QByteArray& data)
{
    open();
    const QDeadlineTimer deadline(qint64(m_timeoutMs) + data.size() / 64);
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(m_fd, data.constData() + done, size_t(data.size() - done));
        if (n > 0) {
            done += n;
            continue;
        }
        if (n < 0 && errno != EAGAIN && errno != EINTR)
            fail(Tr::tr("Cannot send to the printer"), errno);
        pollfd p{m_fd, POLLOUT, 0};
        if (deadline.hasExpired() || ::poll(&p, 1, int(std::max<qint64>(1, deadline.remainingTime()))) == 0)
            fail(Tr::tr("The printer does not take data"), ETIMEDOUT);
    }
}

std::optional<uchar> DeviceFilePrinterTransport::request(const QByteArray& query, int timeoutMs)
{
    open();
    if (!m_readable)
        return std::nullopt;
    write(query);
    pollfd p{m_fd, POLLIN, 0};
    if (::poll(&p, 1, timeoutMs) <= 0 || !(p.revents & POLLIN))
        return std::nullopt;
    uchar byte = 0;
    if (::read(m_fd, &byte, 1) != 1)
        return std::nullopt;
    return byte;
}

std::optional<PrinterStatus> DeviceFilePrinterTransport::systemStatus()
{
    open();
    int lp = 0;
    if (::ioctl(m_fd, LPGETSTATUS, &lp) != 0)
        return std::nullopt; // not a printer-class device (a FIFO or a plain file)
    PrinterStatus s;
    s.reachable = true;
    s.paperEnd = (lp & LP_POUTPA) != 0;
    s.offline = (lp & LP_PSELECD) == 0;
    s.error = (lp & LP_PERRORP) == 0;
    return s;
}

} // namespace omnitill
