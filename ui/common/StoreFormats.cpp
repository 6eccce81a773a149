#include "StoreFormats.h"

#include "store/StoreSettings.h"

namespace omnitill::ui {

namespace {
std::optional<QLocale> g_locale;
QTimeZone g_zone = QTimeZone::systemTimeZone();
} // namespace

void StoreFormats::apply(const StoreSettings& settings)
{
    g_locale = settings.locale();
    g_zone = settings.timeZone();
    QLocale::setDefault(*g_locale);
}

std::optional<QLocale> StoreFormats::locale()
{
    return g_locale;
}

QTimeZone StoreFormats::zone()
{
    return g_zone;
}

QString StoreFormats::dateTime(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toTimeZone(g_zone), QLocale::ShortFormat) : QString();
}

QString StoreFormats::clock(const QDateTime& utc)
{
    const QDateTime local = utc.toTimeZone(g_zone);
    return QLocale().toString(local.time(), QLocale::ShortFormat) + QLatin1Char(' ') + g_zone.abbreviation(local);
}

} // namespace omnitill::ui
