#include "ListenAddress.h"

namespace omnitill::standins {

std::optional<ListenAddress> ListenAddress::parse(const QString& text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = text.mid(colon + 1).toInt(&portOk);
    const QHostAddress host(text.left(colon));
    if (colon <= 0 || !portOk || port < 0 || port > 65535 || host.isNull())
        return std::nullopt;
    return ListenAddress{host, quint16(port)};
}

} // namespace omnitill::standins
