#include "KioskTheme.h"

namespace omnitill::ui::KioskTheme {

int fontPixels(bool accessible)
{
    return accessible ? 30 : 22;
}

namespace {
struct Palette
{
    const char* background;
    const char* text;
    const char* button;
    const char* buttonText;
    const char* border;
    const char* focus;
    const char* primary;
    const char* primaryText;
    int borderWidth;
    int focusWidth;
    int buttonHeight;
};
} // namespace

QString styleSheet(bool accessible)
{
    // High contrast: white and yellow on black, thick frames; the focus frame is a second,
    // wider border so it shows without colour vision too.
    const Palette p = accessible
                          ? Palette{"#000000", "#ffffff", "#000000", "#ffff00", "#ffffff", "#00ffff", "#ffff00", "#000000", 3, 7, 88}
                          : Palette{"#f6f3ee", "#1d1d1d", "#ffffff", "#1d1d1d", "#c9c2b8", "#0b57d0", "#0b6e4f", "#ffffff", 2, 4, 72};
    return QStringLiteral(
               "#kioskWindow { background: %1; }"
               "#kioskWindow QWidget { color: %2; font-size: %12px; }"
               "#kioskWindow QFrame#kioskPinOverlay, #kioskWindow QFrame#kioskIdleOverlay { background: %1; border: %9px solid %5; }"
               "#kioskWindow QScrollArea, #kioskWindow QScrollArea > QWidget > QWidget { background: transparent; border: none; }"
               "#kioskWindow QPushButton { background: %3; color: %4; border: %9px solid %5; border-radius: 12px;"
               " min-height: %11px; padding: 6px 10px; }"
               "#kioskWindow QPushButton:focus { border: %10px solid %6; }"
               "#kioskWindow QPushButton:disabled { color: #8a8a8a; border-style: dashed; }"
               "#kioskWindow QPushButton[primary=\"true\"] { background: %7; color: %8; border-color: %7; font-weight: bold; }"
               "#kioskWindow QPushButton[primary=\"true\"]:focus { border: %10px solid %6; }"
               "#kioskWindow QPushButton[primary=\"true\"]:disabled { background: %3; color: #8a8a8a; border: %9px dashed %5; }"
               "#kioskWindow QLineEdit { background: %3; color: %4; border: %9px solid %5; border-radius: 10px; min-height: 60px; }"
               "#kioskWindow QLineEdit:focus { border: %10px solid %6; }"
               "#kioskWindow QLabel#kioskHeadline, #kioskWindow QLabel#kioskOrderNumberLabel { font-size: %13px; font-weight: bold; }")
        .arg(QLatin1String(p.background), QLatin1String(p.text), QLatin1String(p.button), QLatin1String(p.buttonText),
             QLatin1String(p.border), QLatin1String(p.focus), QLatin1String(p.primary), QLatin1String(p.primaryText))
        .arg(p.borderWidth)
        .arg(p.focusWidth)
        .arg(p.buttonHeight)
        .arg(fontPixels(accessible))
        .arg(accessible ? 60 : 48);
}

} // namespace omnitill::ui::KioskTheme
