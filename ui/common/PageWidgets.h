#pragma once

#include <QLocale>
#include <QString>

class QLabel;
class QLayout;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace omnitill::ui {

// The pieces the store's work screens (pickup desk, manager's console) are built of.
// A read-only table of whole rows, one selected at a time.
QTableWidget* makeTable(const char* objectName, QWidget* parent);
// A button large enough for a touch screen.
QPushButton* makeButton(const char* objectName, QWidget* parent);
// A cell that cannot be edited, right-aligned when it is a number.
QTableWidgetItem* cell(const QString& text, bool number = false);
// A page's message line: errors in bold red, and said to be errors to assistive technology.
void showMessage(QLabel* label, const QString& text, bool error);
// Pieces as a whole number, grams of a weighed product as kilograms.
QString quantityText(qint64 quantity, bool weighed, const QLocale& locale = QLocale());
// Empties a layout that is filled again (nested layouts too). The widgets go later, not now: the
// button being clicked may be among them; until then they are out of sight and nameless, so
// nothing finds the old one.
void clearLayout(QLayout* layout);

} // namespace omnitill::ui
