#include "AisleOrderDialog.h"
#include "LanguageManager.h"
#include "Theme.h"

#include "common/DomainError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace omnitill::ui {

AisleOrderDialog::AisleOrderDialog(Till& till, const Session& session, const Product& product, QWidget* parent)
    : QDialog(parent), m_till(till), m_session(session), m_product(product)
{
    setObjectName(QStringLiteral("aisleOrderDialog"));
    setWindowTitle(tr("Order from another store"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(
        tr("%1 - here: %2").arg(product.name(LanguageManager::language()), QString::number(till.aisle().localStock(product.id))), this);
    heading->setObjectName(QStringLiteral("aisleProductLabel"));
    layout->addWidget(heading);

    m_stores = new QTableWidget(this);
    m_stores->setObjectName(QStringLiteral("aisleStoresTable"));
    m_stores->setAccessibleName(tr("Other stores' stock at the last sync"));
    m_stores->setColumnCount(2);
    m_stores->setHorizontalHeaderLabels({tr("Store"), tr("On hand at the last sync")});
    m_stores->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stores->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stores->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stores->verticalHeader()->hide();
    m_stores->horizontalHeader()->setStretchLastSection(true);
    const QList<StoreStock> stores = till.aisle().otherStores(product.id);
    m_stores->setRowCount(int(stores.size()));
    for (int row = 0; row < stores.size(); ++row) {
        m_stores->setItem(row, 0, new QTableWidgetItem(stores[row].storeId));
        m_stores->setItem(row, 1, new QTableWidgetItem(QString::number(stores[row].onHand)));
    }
    if (!stores.isEmpty())
        m_stores->selectRow(0);
    layout->addWidget(m_stores);

    auto* form = new QFormLayout;
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(QStringLiteral("aisleQuantitySpinBox"));
    m_quantity->setRange(1, product.unit == Unit::Weight ? 100000 : 1000);
    m_quantity->setSuffix(product.unit == Unit::Weight ? tr(" g") : QString());
    m_quantity->setAccessibleName(tr("Quantity"));
    form->addRow(tr("&Quantity:"), m_quantity);
    m_fulfilment = new QComboBox(this);
    m_fulfilment->setObjectName(QStringLiteral("aisleFulfilmentComboBox"));
    m_fulfilment->addItems({tr("Customer collects it at that store"), tr("Home delivery from that store")});
    m_fulfilment->setAccessibleName(tr("How the customer gets it"));
    form->addRow(tr("&Fulfilment:"), m_fulfilment);
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("aisleAddressLineEdit"));
    m_address->setAccessibleName(tr("Delivery address"));
    form->addRow(tr("&Address:"), m_address);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("aisleNameLineEdit"));
    m_name->setAccessibleName(tr("Customer's name"));
    form->addRow(tr("&Name:"), m_name);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("aislePhoneLineEdit"));
    m_phone->setAccessibleName(tr("Customer's phone"));
    form->addRow(tr("&Phone:"), m_phone);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The customer pays when collecting it or on delivery."), this));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("aisleErrorLabel"));
    m_error->setWordWrap(true);
    Theme::setRole(m_error, QStringLiteral("error"));
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* placeButton = buttons->addButton(tr("Place order"), QDialogButtonBox::ActionRole);
    placeButton->setObjectName(QStringLiteral("aislePlacePushButton"));
    placeButton->setEnabled(!stores.isEmpty());
    connect(placeButton, &QPushButton::clicked, this, &AisleOrderDialog::place);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    layout->addWidget(new QLabel(tr("Recent orders from this till:"), this));
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("aisleRecentList"));
    m_recent->setAccessibleName(tr("Recent orders from this till"));
    layout->addWidget(m_recent);
    connect(m_fulfilment, &QComboBox::currentIndexChanged, this, &AisleOrderDialog::updateFulfilment);
    updateFulfilment();
    showRecent();
    if (stores.isEmpty())
        m_error->setText(tr("No other store had it at the last sync"));
}

void AisleOrderDialog::updateFulfilment()
{
    m_address->setEnabled(m_fulfilment->currentIndex() == 1);
}

void AisleOrderDialog::place()
{
    const QList<QTableWidgetItem*> selected = m_stores->selectedItems();
    if (selected.isEmpty()) {
        m_error->setText(tr("Choose the store that has the goods"));
        return;
    }
    AisleOrderRequest request;
    request.fulfilment =
        m_fulfilment->currentIndex() == 1 ? AisleOrderRequest::Fulfilment::Delivery : AisleOrderRequest::Fulfilment::Pickup;
    request.storeId = m_stores->item(selected.first()->row(), 0)->text();
    request.address = m_address->text();
    request.customerName = m_name->text();
    request.phone = m_phone->text();
    request.lines = {{m_product.id, m_quantity->value()}};
    try {
        m_placed = m_till.aisle().place(m_session, request);
        accept();
    } catch (const DomainError& e) {
        m_error->setText(e.message());
    }
}

void AisleOrderDialog::showRecent()
{
    m_recent->clear();
    for (const AisleOrder& o : m_till.aisle().recent(20)) {
        const QString state = o.state == AisleOrder::State::Pending  ? tr("waiting to be sent")
                              : o.state == AisleOrder::State::Placed ? tr("placed")
                                                                     : tr("refused: %1").arg(o.problem);
        m_recent->addItem(tr("%1 - %2 - %3 - %4").arg(o.number, o.storeId, o.customerName, state));
    }
}

} // namespace omnitill::ui
