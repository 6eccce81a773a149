#include "KioskTheme.h"

namespace omnitill::ui::KioskTheme {

int fontPixels(bool accessible)
{
    return accessible ? 30 : 22;
}

QString styleSheet(bool accessible)
{
    const QString font = QStringLiteral("font-size: %1px;").arg(fontPixels(accessible));
    if (accessible)
        return QStringLiteral("QWidget#kioskWindow, QWidget#kioskWindow QWidget { background: #000000; color: #ffffff; %1 }"
                              "QPushButton { background: #000000; color: #ffff00; border: 3px solid #ffffff; border-radius: 6px;"
                              " min-height: 88px; padding: 6px 14px; }"
                              "QPushButton:focus { border: 6px solid #00ffff; }"
                              "QPushButton:disabled { color: #bbbbbb; border-style: dashed; }"
                              "QLineEdit { background: #000000; color: #ffffff; border: 3px solid #ffffff; min-height: 72px; }"
                              "QLineEdit:focus { border: 6px solid #00ffff; }"
                              "QLabel#kioskHeadline, QLabel#kioskOrderNumberLabel { font-size: 56px; font-weight: bold; }"
                              "QScrollArea { border: none; }")
            .arg(font);
    return QStringLiteral("QWidget#kioskWindow, QWidget#kioskWindow QWidget { background: #f6f3ee; color: #1d1d1d; %1 }"
                          "QPushButton { background: #ffffff; color: #1d1d1d; border: 2px solid #c9c2b8; border-radius: 14px;"
                          " min-height: 72px; padding: 6px 14px; }"
                          "QPushButton:focus { border: 4px solid #0b57d0; }"
                          "QPushButton:pressed { background: #e8e1d6; }"
                          "QPushButton:disabled { color: #8a8a8a; border-style: dashed; }"
                          "QPushButton#kioskPrimaryPushButton, QPushButton[primary=\"true\"] { background: #0b6e4f; color: #ffffff;"
                          " border-color: #0b6e4f; font-weight: bold; }"
                          "QLineEdit { background: #ffffff; border: 2px solid #c9c2b8; border-radius: 10px; min-height: 60px; }"
                          "QLabel#kioskHeadline, QLabel#kioskOrderNumberLabel { font-size: 48px; font-weight: bold; }"
                          "QScrollArea { border: none; }")
        .arg(font);
}

} // namespace omnitill::ui::KioskTheme
