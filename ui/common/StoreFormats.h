#pragma once

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <optional>

namespace omnitill {
class StoreSettings;
}

namespace omnitill::ui {

// Money, numbers and times on every screen are the store's (its locale and its time zone, as on
// the receipts), whatever language the screen speaks: a Berlin store shows "70,17 €" and
// "02.12.26 18:40" in English, Russian and Chinese alike.
class StoreFormats
{
public:
    // Makes the store's locale the default one (QLocale()) and remembers its time zone.
    static void apply(const StoreSettings& settings);
    static std::optional<QLocale> locale();
    static QTimeZone zone();
    // An instant as a short date and time in the store's zone.
    static QString dateTime(const QDateTime& utc);
    // The store's time of day with its zone's abbreviation, for the status bar ("18:40 CET").
    static QString clock(const QDateTime& utc);
};

} // namespace omnitill::ui
