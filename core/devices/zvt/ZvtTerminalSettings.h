#pragma once

#include <QString>

namespace omnitill {

class StoreSettings;

// How the till reaches its ZVT terminal (device settings payment.*):
//   payment.terminal  zvt://HOST[:PORT] (TCP, port 20007 by default) or zvt+serial:///dev/ttyUSB0?baud=9600
//   payment.password  the terminal's six-digit password (000000 unless the installer set one)
//   payment.timeout_s how long the terminal may stay silent during a payment (120 s)
struct ZvtTerminalSettings
{
    enum class Transport
    {
        Tcp,
        Serial
    };
    Transport transport = Transport::Tcp;
    QString host;
    quint16 port = 20007;
    QString device;
    qint32 baud = 9600;
    QString password = QStringLiteral("000000");
    QString currency = QStringLiteral("0978"); // ISO 4217 numeric
    int connectTimeoutMs = 5000;
    int ackTimeoutMs = 5000; // T3: a command must be acknowledged within 5 s
    int silenceTimeoutMs = 120000;

    static bool isZvtAddress(const QString& address);
    // Throws DomainError naming what is wrong.
    static ZvtTerminalSettings fromAddress(const QString& address);
    static ZvtTerminalSettings from(const StoreSettings& settings);
    // payment.password: empty (the default) or six digits; throws DomainError otherwise.
    static void checkPassword(const QString& password);
    // "EUR" → "0978"; empty for a currency the table does not know.
    static QString numericCurrency(const QString& alpha);
    QString describe() const;
};

} // namespace omnitill
