#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

namespace omnitill::standins {

// A stand-in's --listen ADDRESS:PORT (port 0: any free port).
struct ListenAddress
{
    QHostAddress host;
    quint16 port = 0;

    static std::optional<ListenAddress> parse(const QString& text);
};

} // namespace omnitill::standins
