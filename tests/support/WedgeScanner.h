#pragma once

#include "ManualTimers.h"
#include "ScannerEventFilter.h"
#include "WidgetLookup.h"

#include <QApplication>
#include <QTest>

namespace omnitill::test {

// A keyboard-wedge scanner in front of a station's window: it types a code as a US keyboard does
// (Shift around capitals and symbols) into whatever has the keyboard focus, a few milliseconds a
// key, then Enter. The window's scanner filter tells it from a person by that timing, on timers the
// test keeps during the scan, so nothing depends on how busy the machine is.
class WedgeScanner
{
public:
    explicit WedgeScanner(QWidget* window, int msPerKey = 5) : m_window(window), m_msPerKey(msPerKey)
    {
        m_filter = window->findChild<ui::ScannerEventFilter*>();
        if (!m_filter)
            qWarning("the window has no scanner filter");
    }

    // False when the window could not take the keyboard (the filter hands scans only to the active window).
    bool scan(const QString& code)
    {
        if (!m_filter)
            return false;
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window))
            return false;
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window;
        m_filter->useTimers(m_timers);
        type(target, code, m_timers, m_msPerKey);
        QTest::keyClick(target, Qt::Key_Return);
        m_timers.advance(1000);                      // the pause before the next code
        m_filter->useTimers(TimerFactory::system()); // what people type next runs on real time again
        return true;
    }

private:
    QWidget* m_window;
    int m_msPerKey;
    ui::ScannerEventFilter* m_filter = nullptr;
    ManualTimers m_timers;
};

} // namespace omnitill::test
