#include "PageWidgets.h"
#include "Theme.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QTableWidget>

namespace omnitill::ui {

QTableWidget* makeTable(const char* objectName, QWidget* parent)
{
    auto* t = new QTableWidget(parent);
    t->setObjectName(QLatin1String(objectName));
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QPushButton* makeButton(const char* objectName, QWidget* parent)
{
    auto* b = new QPushButton(parent);
    b->setObjectName(QLatin1String(objectName));
    b->setMinimumHeight(44);
    return b;
}

QTableWidgetItem* cell(const QString& text, bool number)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void showMessage(QLabel* label, const QString& text, bool error)
{
    label->setText(text);
    Theme::setRole(label, error ? QStringLiteral("error") : QString());
    label->setAccessibleDescription(error ? QCoreApplication::translate("omnitill::ui::PageWidgets", "Error") : QString());
}

QString quantityText(qint64 quantity, bool weighed, const QLocale& locale)
{
    if (!weighed)
        return locale.toString(quantity);
    return QCoreApplication::translate("omnitill::ui::PageWidgets", "%1 kg").arg(locale.toString(double(quantity) / 1000.0, 'f', 3));
}

void clearLayout(QLayout* layout)
{
    while (QLayoutItem* item = layout->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            w->hide();
            w->setObjectName(QString());
            w->deleteLater();
        }
        if (QLayout* inner = item->layout())
            clearLayout(inner);
        delete item;
    }
}

} // namespace omnitill::ui
