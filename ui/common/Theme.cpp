#include "Theme.h"

#include <QFile>
#include <QStyle>
#include <QWidget>

// resources/omnitill.qrc is compiled into this static library; naming its initialiser here keeps
// the linker from dropping it.
static void initResources()
{
    Q_INIT_RESOURCE(omnitill);
}

namespace omnitill::ui::Theme {

QString styleSheet(const QString& name)
{
    static const bool initialised = (initResources(), true);
    Q_UNUSED(initialised);
    QFile file(QStringLiteral(":/styles/%1.qss").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void setRole(QWidget* widget, const QString& role)
{
    if (widget->property("role").toString() == role)
        return;
    widget->setProperty("role", role);
    // Style sheets read dynamic properties when a widget is polished.
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace omnitill::ui::Theme
