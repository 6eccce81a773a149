#include "PrinterSettings.h"

#include "common/DomainError.h"
#include "common/Tr.h"
#include "store/StoreSettings.h"

namespace omnitill {

namespace {
int number(const StoreSettings& settings, const char* key, int fallback, int min, int max)
{
    const QString name = QString::fromLatin1(key);
    const QString text = settings.value(name);
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max)
        throw DomainError(QStringLiteral("settings.invalid"),
                          Tr::tr("Setting %1 must be a number from %2 to %3, not \"%4\"").arg(name).arg(min).arg(max).arg(text));
    return value;
}
} // namespace

PrinterSettings PrinterSettings::from(const StoreSettings& settings)
{
    PrinterSettings s;
    s.address = settings.value(QStringLiteral("printer.address")).trimmed();
    s.profile = PrinterProfile::byId(settings.value(QStringLiteral("printer.profile"), QStringLiteral("tm-t20ii")));
    s.statusPolling = settings.value(QStringLiteral("printer.status"), QStringLiteral("dle_eot")) != QLatin1String("none");
    s.pollMs = number(settings, "printer.poll_ms", s.pollMs, 100, 60000);
    s.timeoutMs = number(settings, "printer.timeout_ms", s.timeoutMs, 100, 60000);
    s.drawerPin = number(settings, "drawer.pin", s.drawerPin, 2, 5);
    if (s.drawerPin != 2 && s.drawerPin != 5)
        throw DomainError(QStringLiteral("settings.invalid"), Tr::tr("The drawer is on pin 2 or pin 5"));
    s.drawerPulseMs = number(settings, "drawer.pulse_ms", s.drawerPulseMs, 2, 510);
    s.drawerMaxDelaySeconds = number(settings, "drawer.max_delay_s", s.drawerMaxDelaySeconds, 1, 3600);
    s.drawerOpenIsHigh = settings.value(QStringLiteral("drawer.open_level"), QStringLiteral("high")) != QLatin1String("low");
    return s;
}

} // namespace omnitill
