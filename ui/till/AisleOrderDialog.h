#pragma once

#include "Till.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace omnitill::ui {

// Order in store: the product this store lacks, the other stores that had it at the last sync,
// and an order for pickup there or home delivery, paid on pickup or delivery. Recent orders show
// whether they are still waiting for the hub, placed, or refused.
class AisleOrderDialog : public QDialog
{
    Q_OBJECT
public:
    AisleOrderDialog(Till& till, const Session& session, const Product& product, QWidget* parent = nullptr);

    const AisleOrder& placed() const { return m_placed; }

private:
    void place();
    void showRecent();
    void updateFulfilment();

    Till& m_till;
    Session m_session;
    Product m_product;
    AisleOrder m_placed;

    QTableWidget* m_stores = nullptr;
    QSpinBox* m_quantity = nullptr;
    QComboBox* m_fulfilment = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_phone = nullptr;
    QLabel* m_error = nullptr;
    QListWidget* m_recent = nullptr;
};

} // namespace omnitill::ui
