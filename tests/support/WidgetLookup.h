#pragma once

#include <QLineEdit>
#include <QTest>
#include <QWidget>

namespace omnitill::test {

// A widget of a screen by its object name, as the GUI tests drive screens; warns when missing.
template <typename T>
T* child(QWidget* root, const char* name)
{
    T* widget = root->findChild<T*>(QLatin1String(name));
    if (!widget)
        qWarning("no widget %s", name);
    return widget;
}

// A scanner types fast and ends with Enter.
inline void scan(QWidget* target, const QString& code)
{
    QTest::keyClicks(target, code);
    QTest::keyClick(target, Qt::Key_Return);
}

// A cashier types the PIN and, when no shift is open yet, the counted float; returns the scan
// field (of the cashier screen, or the one named) once it shows, or null.
inline QLineEdit* logInAndOpenShift(QWidget* window, const QString& pin, const QString& openingFloat,
                                    const char* scanFieldName = "scanLineEdit")
{
    auto* pinField = child<QLineEdit>(window, "pinLineEdit");
    if (!pinField)
        return nullptr;
    QTest::keyClicks(pinField, pin);
    QTest::keyClick(pinField, Qt::Key_Return);
    auto* floatField = child<QLineEdit>(window, "floatLineEdit");
    auto* scanField = child<QLineEdit>(window, scanFieldName);
    if (!QTest::qWaitFor([&] { return floatField->isVisible() || scanField->isVisible(); }))
        return nullptr;
    if (floatField->isVisible()) {
        QTest::keyClicks(floatField, openingFloat);
        QTest::keyClick(floatField, Qt::Key_Return);
    }
    return QTest::qWaitFor([&] { return scanField->isVisible(); }) ? scanField : nullptr;
}

} // namespace omnitill::test
