#include "ZvtTerminalSettings.h"

#include "common/DomainError.h"
#include "common/Tr.h"
#include "store/StoreSettings.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace omnitill {

bool ZvtTerminalSettings::isZvtAddress(const QString& address)
{
    return address.startsWith(QLatin1String("zvt://")) || address.startsWith(QLatin1String("zvt+serial://"));
}

ZvtTerminalSettings ZvtTerminalSettings::fromAddress(const QString& address)
{
    ZvtTerminalSettings s;
    const QUrl url(address, QUrl::StrictMode);
    const auto refuse = [&] {
        return DomainError(
            QStringLiteral("settings.invalid"),
            Tr::tr("\"%1\" is not a card terminal address (zvt://HOST:PORT or zvt+serial:///dev/ttyUSB0?baud=9600)").arg(address));
    };
    if (!url.isValid())
        throw refuse();
    if (url.scheme() == QLatin1String("zvt")) {
        s.transport = Transport::Tcp;
        s.host = url.host();
        const int port = url.port(20007);
        if (s.host.isEmpty() || port <= 0 || port > 65535 || !url.path().isEmpty())
            throw refuse();
        s.port = quint16(port);
    } else if (url.scheme() == QLatin1String("zvt+serial")) {
        s.transport = Transport::Serial;
        s.device = url.path();
        const QString baud = QUrlQuery(url).queryItemValue(QStringLiteral("baud"));
        bool ok = true;
        if (!baud.isEmpty())
            s.baud = baud.toInt(&ok);
        if (s.device.isEmpty() || !ok || s.baud <= 0)
            throw refuse();
    } else {
        throw refuse();
    }
    return s;
}

ZvtTerminalSettings ZvtTerminalSettings::from(const StoreSettings& settings)
{
    ZvtTerminalSettings s = fromAddress(settings.value(QStringLiteral("payment.terminal")));
    const QString password = settings.value(QStringLiteral("payment.password"));
    checkPassword(password);
    if (!password.isEmpty())
        s.password = password;
    if (const int timeout = settings.value(QStringLiteral("payment.timeout_s")).toInt(); timeout > 0)
        s.silenceTimeoutMs = timeout * 1000;
    const QString currency = numericCurrency(settings.currency().code());
    if (currency.isEmpty())
        throw DomainError(QStringLiteral("settings.invalid"),
                          Tr::tr("The card terminal cannot be used with currency %1").arg(settings.currency().code()));
    s.currency = currency;
    return s;
}

void ZvtTerminalSettings::checkPassword(const QString& password)
{
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    if (!password.isEmpty() && !sixDigits.match(password).hasMatch())
        throw DomainError(QStringLiteral("settings.invalid"), Tr::tr("The card terminal's password must be six digits"));
}

QString ZvtTerminalSettings::numericCurrency(const QString& alpha)
{
    static const QHash<QString, QString> codes{
        {QStringLiteral("EUR"), QStringLiteral("0978")}, {QStringLiteral("CHF"), QStringLiteral("0756")},
        {QStringLiteral("USD"), QStringLiteral("0840")}, {QStringLiteral("GBP"), QStringLiteral("0826")},
        {QStringLiteral("CZK"), QStringLiteral("0203")}, {QStringLiteral("PLN"), QStringLiteral("0985")},
        {QStringLiteral("DKK"), QStringLiteral("0208")}, {QStringLiteral("SEK"), QStringLiteral("0752")},
        {QStringLiteral("HUF"), QStringLiteral("0348")}, {QStringLiteral("RUB"), QStringLiteral("0643")},
        {QStringLiteral("CNY"), QStringLiteral("0156")},
    };
    return codes.value(alpha.toUpper());
}

QString ZvtTerminalSettings::describe() const
{
    return transport == Transport::Tcp ? QStringLiteral("%1:%2").arg(host).arg(port) : device;
}

} // namespace omnitill
