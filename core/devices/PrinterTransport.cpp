#include "PrinterTransport.h"

#include "DeviceFilePrinterTransport.h"
#include "SerialPrinterTransport.h"
#include "TcpPrinterTransport.h"
#include "common/DomainError.h"
#include "common/Tr.h"

#include <QUrl>
#include <QUrlQuery>

namespace omnitill {

std::unique_ptr<PrinterTransport> PrinterTransport::fromAddress(const QString& address, int timeoutMs)
{
    const auto invalid = [&address] {
        return DomainError(QStringLiteral("printer.address"),
                           Tr::tr("Printer address \"%1\" is not tcp://host:port, usb:///dev/usb/lp0 or serial:///dev/ttyS0").arg(address));
    };
    const QString trimmed = address.trimmed();
    if (trimmed.startsWith(QLatin1Char('/')))
        return std::make_unique<DeviceFilePrinterTransport>(trimmed, timeoutMs);
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        throw invalid();
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("tcp")) {
        if (url.host().isEmpty())
            throw invalid();
        const int port = url.port(9100);
        return std::make_unique<TcpPrinterTransport>(url.host(), quint16(port), timeoutMs);
    }
    if ((scheme == QLatin1String("usb") || scheme == QLatin1String("file")) && url.path().startsWith(QLatin1Char('/')))
        return std::make_unique<DeviceFilePrinterTransport>(url.path(), timeoutMs);
    if (scheme == QLatin1String("serial") && url.path().startsWith(QLatin1Char('/'))) {
        const QUrlQuery query(url);
        bool ok = true;
        const qint32 baud = query.hasQueryItem(QStringLiteral("baud")) ? query.queryItemValue(QStringLiteral("baud")).toInt(&ok) : 19200;
        const QString flow = query.queryItemValue(QStringLiteral("flow")).toLower();
        if (!ok || baud <= 0)
            throw invalid();
        QSerialPort::FlowControl control = QSerialPort::HardwareControl;
        if (flow == QLatin1String("xonxoff"))
            control = QSerialPort::SoftwareControl;
        else if (flow == QLatin1String("none"))
            control = QSerialPort::NoFlowControl;
        else if (!flow.isEmpty() && flow != QLatin1String("rtscts"))
            throw invalid();
        return std::make_unique<SerialPrinterTransport>(url.path(), baud, control, timeoutMs);
    }
    throw invalid();
}

} // namespace omnitill
