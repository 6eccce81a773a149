#pragma once

#include "sale/Cart.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace omnitill::ui {

// Shows the current sale's lines with their amounts after discounts.
class CartTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Quantity,
        Price,
        Discount,
        Amount,
        TaxCode,
        ColumnCount
    };

    explicit CartTableModel(QObject* parent = nullptr);

    void setCart(const Cart& cart);
    int lineIdAt(int row) const;
    int rowOfLine(int lineId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString money(qint64 minor) const;

    QList<CartLine> m_lines;
    CartTotals m_totals;
    Currency m_currency;
};

} // namespace omnitill::ui
