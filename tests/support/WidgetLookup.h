#pragma once

#include "ManualTimers.h"

#include <QLineEdit>
#include <QTest>
#include <QWidget>

namespace omnitill::test {

// A widget of a screen by its object name, as the GUI tests drive screens; warns when missing.
template <typename T> T* child(QWidget* root, const char* name)
{
    T* widget = root->findChild<T*>(QLatin1String(name));
    if (!widget)
        qWarning("no widget %s", name);
    return widget;
}

// One character as a US keyboard types it: Shift pressed and released around an uppercase letter
// or a symbol, the key pressed and released.
inline void keystroke(QWidget* target, QChar c)
{
    static const QString shifted = QStringLiteral("~!@#$%^&*()_+{}|:\"<>?");
    const bool shift = c.isUpper() || shifted.contains(c);
    const Qt::KeyboardModifiers modifiers = shift ? Qt::ShiftModifier : Qt::NoModifier;
    const auto key = Qt::Key(c.unicode() < 0x80 ? c.toUpper().unicode() : 0);
    if (shift)
        QTest::sendKeyEvent(QTest::Press, target, Qt::Key_Shift, QString(), Qt::ShiftModifier);
    QTest::sendKeyEvent(QTest::Press, target, key, QString(c), modifiers);
    QTest::sendKeyEvent(QTest::Release, target, key, QString(c), modifiers);
    if (shift)
        QTest::sendKeyEvent(QTest::Release, target, Qt::Key_Shift, QString(), Qt::NoModifier);
}

// A keyboard-wedge scanner types as a US keyboard does, all within milliseconds, then Enter.
inline void scan(QWidget* target, const QString& code)
{
    for (const QChar c : code)
        keystroke(target, c);
    QTest::keyClick(target, Qt::Key_Return);
}

// A person types at a person's pace, slower than any scanner.
inline void type(QWidget* target, const QString& text)
{
    QTest::keyClicks(target, text, Qt::NoModifier, 45);
}

// Keys at a pace the test decides (a person, or a scanner without Enter): Shift as a keyboard
// presses it, and the timers advance msPerKey after each key.
inline void type(QWidget* target, const QString& text, ManualTimers& timers, int msPerKey = 45)
{
    for (const QChar c : text) {
        keystroke(target, c);
        timers.advance(msPerKey);
    }
}

// A cashier types the PIN and, when no shift is open yet, the counted float; returns the scan
// field (of the cashier screen, or the one named) once it shows, or null.
inline QLineEdit* logInAndOpenShift(QWidget* window, const QString& pin, const QString& openingFloat,
                                    const char* scanFieldName = "scanLineEdit")
{
    auto* pinField = child<QLineEdit>(window, "pinLineEdit");
    if (!pinField)
        return nullptr;
    type(pinField, pin);
    QTest::keyClick(pinField, Qt::Key_Return);
    auto* floatField = child<QLineEdit>(window, "floatLineEdit");
    auto* scanField = child<QLineEdit>(window, scanFieldName);
    if (!QTest::qWaitFor([&] { return floatField->isVisible() || scanField->isVisible(); }))
        return nullptr;
    if (floatField->isVisible()) {
        type(floatField, openingFloat);
        QTest::keyClick(floatField, Qt::Key_Return);
    }
    return QTest::qWaitFor([&] { return scanField->isVisible(); }) ? scanField : nullptr;
}

} // namespace omnitill::test
