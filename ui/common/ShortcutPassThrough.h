#pragma once

#include <QObject>

namespace omnitill::ui {

// A text field keeps its editing keys (Ctrl+Shift+Z is "redo", Ctrl+E "end of line" in a Qt line
// edit) to itself, so the station's shortcuts never fire while the scan field has the focus.
// Installed on a field, this lets through every key combination that an enabled action or shortcut
// of the field's window is bound to.
class ShortcutPassThrough : public QObject
{
    Q_OBJECT
public:
    static void install(QObject* field);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace omnitill::ui
