#pragma once

#include "Till.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace omnitill::ui {

// The manager's view of the stock: products with their on-hand quantity from the ledger, average
// cost and value; the selected product's movements and what other stores had at the last sync.
class StockTab : public QWidget
{
    Q_OBJECT
public:
    explicit StockTab(Till& till, QWidget* parent = nullptr);

    void refresh();
    // A scanned code finds its product.
    void find(const QString& code);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showProduct(qint64 productId);
    void retranslate();

    Till& m_till;
    QLabel* m_searchLabel = nullptr;
    QLineEdit* m_search = nullptr;
    QTableWidget* m_products = nullptr;
    QLabel* m_productLabel = nullptr;
    QTableWidget* m_history = nullptr;
    QLabel* m_otherStores = nullptr;
    QLabel* m_total = nullptr;
};

} // namespace omnitill::ui
