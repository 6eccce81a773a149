#include "FocusKeeper.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QGuiApplication>
#include <QTimer>
#include <QWidget>

namespace omnitill::ui {

FocusKeeper::FocusKeeper(QWidget* window) : QObject(window), m_window(window)
{
    qApp->installEventFilter(this);
}

FocusKeeper::~FocusKeeper()
{
    qApp->removeEventFilter(this);
}

bool FocusKeeper::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Hide) {
        auto* dialog = qobject_cast<QDialog*>(watched);
        if (dialog && m_window && dialog != m_window && dialog->isWindow())
            QTimer::singleShot(0, this, &FocusKeeper::restore);
    }
    return QObject::eventFilter(watched, event);
}

void FocusKeeper::restore()
{
    if (!m_window || !m_window->isVisible() || QGuiApplication::focusWindow() || QApplication::activeModalWidget() ||
        QApplication::activePopupWidget())
        return;
    m_window->activateWindow();
    m_window->raise();
}

} // namespace omnitill::ui
