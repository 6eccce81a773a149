#include "CardTerminalFactory.h"

#include "ZvtTerminal.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "payment/SimulatedCardTerminal.h"
#include "store/StoreSettings.h"

namespace omnitill {

std::unique_ptr<CardTerminal> CardTerminalFactory::create(const StoreSettings& settings)
{
    const QString value = settings.value(QStringLiteral("payment.terminal"), QStringLiteral("simulator"));
    if (value == QLatin1String("none"))
        return nullptr;
    if (ZvtTerminalSettings::isZvtAddress(value))
        return std::make_unique<ZvtTerminal>(ZvtTerminalSettings::from(settings));
    check(value);
    return std::make_unique<SimulatedCardTerminal>();
}

void CardTerminalFactory::check(const QString& value)
{
    if (value.isEmpty() || value == QLatin1String("simulator") || value == QLatin1String("none"))
        return;
    if (ZvtTerminalSettings::isZvtAddress(value)) {
        ZvtTerminalSettings::fromAddress(value);
        return;
    }
    throw DomainError(QStringLiteral("settings.invalid"),
                      Tr::tr("The card terminal must be \"simulator\", \"none\" or a ZVT address (zvt://HOST:PORT,"
                             " zvt+serial:///dev/ttyUSB0), not \"%1\"")
                          .arg(value));
}

} // namespace omnitill
