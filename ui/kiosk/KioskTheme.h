#pragma once

#include <QString>

namespace omnitill::ui::KioskTheme {

// The kiosk's look: touch-sized controls, and an accessibility mode with larger text, high
// contrast and a thick focus frame. States are always written out as text too, never shown by
// colour alone.
QString styleSheet(bool accessible);
int fontPixels(bool accessible);

} // namespace omnitill::ui::KioskTheme
