#include "StockTab.h"
#include "StoreFormats.h"

#include "PageWidgets.h"
#include "receipt/ReceiptLayout.h"
#include "stock/StockLedger.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace omnitill::ui {

namespace {
enum ProductColumn
{
    Sku,
    Name,
    OnHand,
    Cost,
    Value,
    ProductColumns
};
constexpr int kListed = 200;
enum HistoryColumn
{
    When,
    Change,
    Reason,
    Reference,
    HistoryColumns
};

QString reasonTitle(const QString& reason)
{
    static const QHash<QString, const char*> titles{
        {QStringLiteral("opening"), QT_TRANSLATE_NOOP("omnitill::ui::StockTab", "Opening stock")},
        {QStringLiteral("sale"), QT_TRANSLATE_NOOP("omnitill::ui::StockTab", "Sold")},
        {QStringLiteral("return"), QT_TRANSLATE_NOOP("omnitill::ui::StockTab", "Returned by a customer")},
        {QStringLiteral("pickup"), QT_TRANSLATE_NOOP("omnitill::ui::StockTab", "Online order handed over")},
        {QStringLiteral("receipt"), QT_TRANSLATE_NOOP("omnitill::ui::StockTab", "Goods received")},
        {QStringLiteral("transfer_in"), QT_TRANSLATE_NOOP("omnitill::ui::StockTab", "Transfer in")},
        {QStringLiteral("transfer_out"), QT_TRANSLATE_NOOP("omnitill::ui::StockTab", "Transfer out")},
        {QStringLiteral("count"), QT_TRANSLATE_NOOP("omnitill::ui::StockTab", "Stock count")},
        {QStringLiteral("write_off_damaged"), QT_TRANSLATE_NOOP("omnitill::ui::StockTab", "Written off (damaged)")},
        {QStringLiteral("return_to_vendor"), QT_TRANSLATE_NOOP("omnitill::ui::StockTab", "Back to the supplier")},
    };
    const char* title = titles.value(reason);
    return title ? QCoreApplication::translate("omnitill::ui::StockTab", title) : reason;
}
} // namespace

StockTab::StockTab(Till& till, QWidget* parent) : QWidget(parent), m_till(till)
{
    setObjectName(QStringLiteral("stockTab"));
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    auto* searchRow = new QHBoxLayout;
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("stockSearchLineEdit"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    left->addLayout(searchRow);
    m_products = makeTable("stockProductsTable", this);
    m_products->setColumnCount(ProductColumns);
    m_products->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_products->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    left->addWidget(m_products, 1);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("stockTotalLabel"));
    left->addWidget(m_total);
    layout->addLayout(left, 3);

    auto* right = new QVBoxLayout;
    m_productLabel = new QLabel(this);
    m_productLabel->setObjectName(QStringLiteral("stockProductLabel"));
    m_productLabel->setWordWrap(true);
    right->addWidget(m_productLabel);
    m_history = makeTable("stockHistoryTable", this);
    m_history->setColumnCount(HistoryColumns);
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    right->addWidget(m_history, 1);
    m_otherStores = new QLabel(this);
    m_otherStores->setObjectName(QStringLiteral("stockOtherStoresLabel"));
    m_otherStores->setWordWrap(true);
    right->addWidget(m_otherStores);
    layout->addLayout(right, 2);

    connect(m_search, &QLineEdit::textChanged, this, &StockTab::refresh);
    connect(m_products, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem*> selected = m_products->selectedItems();
        if (!selected.isEmpty())
            showProduct(m_products->item(selected.first()->row(), Sku)->data(Qt::UserRole).toLongLong());
    });
    setFocusProxy(m_search);
    retranslate();
}

void StockTab::find(const QString& code)
{
    m_search->setText(code);
    if (m_products->rowCount() > 0)
        m_products->selectRow(0);
}

void StockTab::refresh()
{
    StockLedger ledger(m_till.db(), m_till.clock());
    const QList<StockOverviewLine> lines = ledger.overview(m_search->text(), kListed);
    const Currency currency = m_till.settings().currency();
    m_products->setRowCount(int(lines.size()));
    qint64 total = 0;
    for (int row = 0; row < lines.size(); ++row) {
        const StockOverviewLine& l = lines[row];
        auto* sku = cell(l.sku);
        sku->setData(Qt::UserRole, l.productId);
        m_products->setItem(row, Sku, sku);
        m_products->setItem(row, Name, cell(l.name));
        m_products->setItem(row, OnHand, cell(quantityText(l.onHand, l.weighed), true));
        m_products->setItem(row, Cost, cell(ReceiptLayout::amount((l.averageMilli + 500) / 1000, currency, QLocale()), true));
        m_products->setItem(row, Value, cell(ReceiptLayout::amount(l.value, currency, QLocale()), true));
        total += l.value;
    }
    QString text =
        tr("%n product(s) listed, worth %1 at cost", "", int(lines.size())).arg(ReceiptLayout::amount(total, currency, QLocale()));
    const qint64 matching = lines.size() < kListed ? lines.size() : ledger.overviewCount(m_search->text());
    if (matching > lines.size())
        text += QLatin1Char(' ') + tr("(the first %1 of %2: type a name, SKU or barcode to narrow the list)")
                                       .arg(QLocale().toString(qlonglong(lines.size())), QLocale().toString(matching));
    m_total->setText(text);
}

void StockTab::showProduct(qint64 productId)
{
    StockLedger ledger(m_till.db(), m_till.clock());
    const std::optional<Product> product = m_till.catalog().findById(productId);
    if (!product)
        return;
    const bool weighed = product->unit == Unit::Weight;
    m_productLabel->setText(tr("%1 — %2: %3 on hand").arg(product->sku, product->nameEn, quantityText(ledger.onHand(productId), weighed)));
    const QList<StockMovement> movements = ledger.history(productId);
    m_history->setRowCount(int(movements.size()));
    for (int row = 0; row < movements.size(); ++row) {
        const StockMovement& m = movements[row];
        m_history->setItem(row, When, cell(StoreFormats::dateTime(m.at)));
        m_history->setItem(row, Change, cell((m.quantity > 0 ? QStringLiteral("+") : QString()) + quantityText(m.quantity, weighed), true));
        m_history->setItem(row, Reason, cell(reasonTitle(m.reason)));
        m_history->setItem(row, Reference, cell(m.reference));
    }
    QStringList others;
    for (const StoreStock& s : m_till.aisle().otherStores(productId))
        others << tr("%1: %2").arg(s.storeId, quantityText(s.onHand, weighed));
    m_otherStores->setText(others.isEmpty() ? tr("Other stores: none had it at the last sync")
                                            : tr("Other stores (at the last sync): %1").arg(others.join(QStringLiteral(", "))));
}

void StockTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StockTab::retranslate()
{
    m_searchLabel->setText(tr("&Find:"));
    m_search->setPlaceholderText(tr("SKU, barcode or name"));
    m_search->setAccessibleName(tr("Find a product"));
    m_products->setHorizontalHeaderLabels({tr("SKU"), tr("Product"), tr("On hand"), tr("Average cost"), tr("Value")});
    m_products->setAccessibleName(tr("Stock by product"));
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Change"), tr("Reason"), tr("Reference")});
    m_history->setAccessibleName(tr("Movements of the selected product"));
    if (m_productLabel->text().isEmpty())
        m_productLabel->setText(tr("Select a product to see its movements."));
    refresh();
}

} // namespace omnitill::ui
