#include "ShortcutPassThrough.h"

#include <QAction>
#include <QKeyEvent>
#include <QShortcut>
#include <QWidget>

namespace omnitill::ui {

void ShortcutPassThrough::install(QObject* field)
{
    field->installEventFilter(new ShortcutPassThrough(field));
}

bool ShortcutPassThrough::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return QObject::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
        return QObject::eventFilter(watched, event);
    const QKeySequence pressed(key->keyCombination());
    QWidget* window = widget->window();
    const auto bound = [&](const QKeySequence& shortcut) { return shortcut.matches(pressed) == QKeySequence::ExactMatch; };
    for (const QAction* action : window->findChildren<QAction*>()) {
        if (action->isEnabled() && bound(action->shortcut())) {
            event->ignore(); // not overridden: the shortcut map gives it to the action
            return true;
        }
    }
    for (const QShortcut* shortcut : window->findChildren<QShortcut*>()) {
        if (shortcut->isEnabled() && bound(shortcut->key())) {
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace omnitill::ui
