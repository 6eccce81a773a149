#pragma once

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

} // namespace omnitill::test
