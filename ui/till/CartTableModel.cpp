#include "CartTableModel.h"

#include "receipt/ReceiptLayout.h"

namespace omnitill::ui {

CartTableModel::CartTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void CartTableModel::setCart(const Cart& cart)
{
    beginResetModel();
    m_lines = cart.lines();
    m_totals = cart.totals();
    m_currency = cart.currency();
    endResetModel();
}

int CartTableModel::lineIdAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? m_lines[row].lineId : 0;
}

int CartTableModel::rowOfLine(int lineId) const
{
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines[i].lineId == lineId)
            return i;
    }
    return -1;
}

int CartTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CartTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CartTableModel::money(qint64 minor) const
{
    return ReceiptLayout::amount(minor, m_currency, QLocale());
}

QVariant CartTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const CartLine& line = m_lines[index.row()];
    const LineTotals& totals = m_totals.lines[index.row()];
    if (role == Qt::TextAlignmentRole)
        return index.column() == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Name) {
        QStringList tip{line.sku};
        if (!line.batch.isEmpty())
            tip << tr("Batch %1").arg(line.batch);
        if (line.expiry)
            tip << tr("Best before %1").arg(QLocale().toString(*line.expiry, QLocale::ShortFormat));
        if (line.ageRestricted)
            tip << tr("Age restricted");
        return tip.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return line.ageRestricted ? line.name + QStringLiteral(" \u26a0") : line.name;
    case Quantity:
        return line.unit == Unit::Weight ? tr("%1 kg").arg(QLocale().toString(double(line.quantity) / 1000.0, 'f', 3))
                                         : QLocale().toString(line.quantity);
    case Price:
        return line.labelAmount ? tr("label") : money(line.unitPrice);
    case Discount:
        return totals.discount ? money(-totals.discount) : QString();
    case Amount:
        return money(totals.tax.gross.minor());
    case TaxCode:
        return line.taxCode;
    default:
        return {};
    }
}

QVariant CartTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Item");
    case Quantity:
        return tr("Qty");
    case Price:
        return tr("Price");
    case Discount:
        return tr("Discount");
    case Amount:
        return tr("Amount");
    case TaxCode:
        return tr("Tax");
    default:
        return {};
    }
}

} // namespace omnitill::ui
