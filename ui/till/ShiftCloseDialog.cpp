#include "ShiftCloseDialog.h"

#include "receipt/ReceiptLayout.h"
#include "shift/ShiftService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace omnitill::ui {

ShiftCloseDialog::ShiftCloseDialog(const Currency& currency, QWidget* parent) : QDialog(parent), m_currency(currency)
{
    setObjectName(QStringLiteral("shiftCloseDialog"));
    setWindowTitle(tr("Close shift: count the drawer"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    for (const qint64 denomination : ShiftService::denominations(currency)) {
        auto* spin = new QSpinBox(this);
        spin->setObjectName(QStringLiteral("count%1SpinBox").arg(denomination));
        spin->setRange(0, 100000);
        connect(spin, &QSpinBox::valueChanged, this, &ShiftCloseDialog::updateTotal);
        form->addRow(ReceiptLayout::amount(denomination, currency, QLocale()), spin);
        m_counts.insert(denomination, spin);
    }
    layout->addLayout(form);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("countedTotalLabel"));
    layout->addWidget(m_total);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateTotal();
}

QMap<qint64, int> ShiftCloseDialog::counted() const
{
    QMap<qint64, int> result;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        if (it.value()->value() > 0)
            result.insert(it.key(), it.value()->value());
    }
    return result;
}

void ShiftCloseDialog::updateTotal()
{
    qint64 total = 0;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        total += it.key() * it.value()->value();
    m_total->setText(tr("Counted: %1").arg(ReceiptLayout::amount(total, m_currency, QLocale())));
}

} // namespace omnitill::ui
