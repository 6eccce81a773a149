#include "DeviceConfig.h"

#include "CardTerminalFactory.h"

#include "PrinterSettings.h"
#include "PrinterTransport.h"
#include "ZvtTerminalSettings.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QFile>

namespace omnitill {

namespace {
// Every key the till's devices read, so a typo is refused rather than silently ignored.
const QStringList& knownKeys()
{
    static const QStringList keys{
        QStringLiteral("printer.address"),
        QStringLiteral("printer.profile"),
        QStringLiteral("printer.status"),
        QStringLiteral("printer.poll_ms"),
        QStringLiteral("printer.timeout_ms"),
        QStringLiteral("drawer.enabled"),
        QStringLiteral("drawer.pin"),
        QStringLiteral("drawer.pulse_ms"),
        QStringLiteral("drawer.max_delay_s"),
        QStringLiteral("drawer.open_level"),
        QStringLiteral("scanner.max_interval_ms"),
        QStringLiteral("scanner.min_length"),
        QStringLiteral("scanner.end_pause_ms"),
        QStringLiteral("scanner.prefix"),
        QStringLiteral("scanner.suffix"),
        QStringLiteral("scanner.serial_port"),
        QStringLiteral("scanner.serial_baud"),
        QStringLiteral("scanner.serial_prefix"),
        QStringLiteral("scanner.serial_suffix"),
        QStringLiteral("scanner.camera"),
        QStringLiteral("scale.port"),
        QStringLiteral("scale.baud"),
        QStringLiteral("display.customer"),
        QStringLiteral("display.pole_port"),
        QStringLiteral("display.pole_baud"),
        QStringLiteral("payment.terminal"),
        QStringLiteral("payment.password"),
        QStringLiteral("payment.timeout_s"),
        QStringLiteral("kiosk.idle_s"),
        QStringLiteral("kiosk.countdown_s"),
    };
    return keys;
}
} // namespace

bool DeviceConfig::isDeviceKey(const QString& key)
{
    return knownKeys().contains(key);
}

QPair<QString, QString> DeviceConfig::parseAssignment(const QString& text)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0)
        throw DomainError(QStringLiteral("devices.syntax"), Tr::tr("\"%1\" is not key=value").arg(text));
    const QString key = text.left(eq).trimmed();
    if (!isDeviceKey(key))
        throw DomainError(QStringLiteral("devices.unknown_key"),
                          Tr::tr("\"%1\" is not a device setting; known: %2").arg(key, knownKeys().join(QStringLiteral(", "))));
    return {key, text.mid(eq + 1).trimmed()};
}

DeviceConfig::Entries DeviceConfig::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw DomainError(QStringLiteral("devices.file"), Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    Entries entries;
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char('[')))
            continue;
        try {
            entries.append(parseAssignment(line));
        } catch (const DomainError& e) {
            throw DomainError(e.code(), Tr::tr("%1, line %2: %3").arg(path).arg(number).arg(e.message()));
        }
    }
    return entries;
}

void DeviceConfig::apply(Database& db, StoreSettings& settings, const Entries& entries)
{
    for (const auto& [key, value] : entries) {
        if (!isDeviceKey(key))
            throw DomainError(QStringLiteral("devices.unknown_key"), Tr::tr("\"%1\" is not a device setting").arg(key));
        if (key == QLatin1String("printer.address") && !value.isEmpty())
            PrinterTransport::fromAddress(value); // refuses an address it cannot use
        if (key == QLatin1String("payment.terminal"))
            CardTerminalFactory::check(value);
        if (key == QLatin1String("payment.password"))
            ZvtTerminalSettings::checkPassword(value);
        const bool numeric = key.endsWith(QLatin1String("_ms")) || key.endsWith(QLatin1String("_baud")) ||
                             key.endsWith(QLatin1String(".baud")) || key.endsWith(QLatin1String("_s")) ||
                             key.endsWith(QLatin1String("min_length"));
        bool ok = true;
        if (numeric && !value.isEmpty() && (value.toInt(&ok) <= 0 || !ok))
            throw DomainError(QStringLiteral("settings.invalid"),
                              Tr::tr("Setting %1 must be a positive whole number, not \"%2\"").arg(key, value));
    }
    try {
        Transaction tx(db);
        for (const auto& [key, value] : entries)
            settings.setValue(key, value);
        PrinterSettings::from(settings);
        tx.commit();
    } catch (const DomainError&) {
        settings.reload(); // after the rollback: the cache must not keep the refused values
        throw;
    }
}

DeviceConfig::Entries DeviceConfig::current(const StoreSettings& settings)
{
    Entries entries;
    QStringList keys = knownKeys();
    keys.sort();
    for (const QString& key : keys)
        entries.append({key, settings.value(key)});
    return entries;
}

} // namespace omnitill
