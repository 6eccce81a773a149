#pragma once

#include <QString>

class QWidget;

namespace omnitill::ui::Theme {

// The style sheets live in resources/styles (compiled in as :/styles/NAME.qss): "store",
// "customer-display", "kiosk", "kiosk-accessible". Empty if there is no such sheet.
QString styleSheet(const QString& name);
// Gives a widget the look its role has in the window's style sheet ("error", "primary",
// "training"; empty for none) and applies it at once.
void setRole(QWidget* widget, const QString& role);

} // namespace omnitill::ui::Theme
