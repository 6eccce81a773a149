#include "KioskTheme.h"

#include "Theme.h"

namespace omnitill::ui::KioskTheme {

int fontPixels(bool accessible)
{
    return accessible ? 30 : 22; // the font-size of resources/styles/kiosk*.qss
}

QString styleSheet(bool accessible)
{
    return Theme::styleSheet(accessible ? QStringLiteral("kiosk-accessible") : QStringLiteral("kiosk"));
}

} // namespace omnitill::ui::KioskTheme
