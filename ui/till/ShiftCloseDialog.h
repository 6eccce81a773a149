#pragma once

#include "money/Currency.h"

#include <QDialog>
#include <QMap>

class QLabel;
class QSpinBox;

namespace omnitill::ui {

// The Z close: the cashier counts notes and coins; the dialog shows the counted total.
class ShiftCloseDialog : public QDialog
{
    Q_OBJECT
public:
    ShiftCloseDialog(const Currency& currency, QWidget* parent = nullptr);
    QMap<qint64, int> counted() const;

private:
    void updateTotal();

    Currency m_currency;
    QMap<qint64, QSpinBox*> m_counts;
    QLabel* m_total = nullptr;
};

} // namespace omnitill::ui
