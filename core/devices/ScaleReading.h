#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace omnitill {

// A reply of a retail scale speaking the Mettler Toledo 8217 protocol (host sends "W"; the scale
// answers STX "WW.WWW" CR in kilograms, or STX "?" status CR while it cannot give a weight).
struct ScaleReading
{
    enum class State
    {
        Stable,
        Motion,
        OverCapacity,
        UnderZero,
        Error
    };

    State state = State::Error;
    qint64 grams = 0;

    QString describe() const; // translated, for the cashier

    static QByteArray weightRequest() { return QByteArrayLiteral("W"); }
    // Parses one complete reply (STX … CR); nullopt while the reply is incomplete or malformed.
    static std::optional<ScaleReading> parse(const QByteArray& reply);
    // The reply a scale sends for this reading (for the stand-in in tests).
    static QByteArray reply(const ScaleReading& reading);
};

} // namespace omnitill
