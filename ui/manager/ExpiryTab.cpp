#include "ExpiryTab.h"

#include "ApprovalDialog.h"
#include "PageWidgets.h"
#include "receipt/ReceiptLayout.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace omnitill::ui {

namespace {
enum Column
{
    Sku,
    Name,
    Batch,
    Expiry,
    State,
    OnHand,
    Price,
    Markdown,
    Columns
};
} // namespace

ExpiryTab::ExpiryTab(Till& till, QWidget* parent) : QWidget(parent), m_till(till)
{
    setObjectName(QStringLiteral("expiryTab"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_daysLabel = new QLabel(this);
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("expiryDaysSpinBox"));
    m_days->setRange(0, 60);
    m_days->setValue(3);
    m_days->setMinimumHeight(44);
    m_daysLabel->setBuddy(m_days);
    top->addWidget(m_daysLabel);
    top->addWidget(m_days);
    top->addStretch(1);
    layout->addLayout(top);
    m_table = makeTable("expiryTable", this);
    m_table->setColumnCount(Columns);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("expiryMessageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    m_markDown = makeButton("expiryMarkDownPushButton", this);
    m_writeOff = makeButton("expiryWriteOffPushButton", this);
    buttons->addWidget(m_markDown);
    buttons->addWidget(m_writeOff);
    layout->addLayout(buttons);
    connect(m_days, &QSpinBox::valueChanged, this, &ExpiryTab::refresh);
    connect(m_markDown, &QPushButton::clicked, this, &ExpiryTab::markDown);
    connect(m_writeOff, &QPushButton::clicked, this, &ExpiryTab::writeOff);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        const bool expired = row >= 0 && row < m_batches.size() && m_batches[row].expired;
        m_markDown->setEnabled(row >= 0 && !expired);
        m_writeOff->setEnabled(expired);
    });
    setFocusProxy(m_table);
    retranslate();
}

void ExpiryTab::refresh()
{
    m_batches = m_till.markdowns().expiringSoon(m_days->value());
    const Currency currency = m_till.settings().currency();
    const QDate today = m_till.settings().businessDay(m_till.clock().nowUtc());
    m_table->setRowCount(int(m_batches.size()));
    for (int row = 0; row < m_batches.size(); ++row) {
        const ExpiringBatch& b = m_batches[row];
        m_table->setItem(row, Sku, cell(b.sku));
        m_table->setItem(row, Name, cell(b.name));
        m_table->setItem(row, Batch, cell(b.batch));
        m_table->setItem(row, Expiry, cell(QLocale().toString(b.expiry, QLocale::ShortFormat)));
        const qint64 days = today.daysTo(b.expiry);
        m_table->setItem(row, State, cell(b.expired ? tr("expired") : tr("%n day(s) left", "", int(days))));
        m_table->setItem(row, OnHand, cell(quantityText(b.quantity, b.weighed), true));
        m_table->setItem(row, Price, cell(ReceiptLayout::amount(b.price, currency, QLocale()), true));
        m_table->setItem(row, Markdown, cell(b.markdown ? ReceiptLayout::amount(*b.markdown, currency, QLocale()) : QString(), true));
    }
    m_markDown->setEnabled(false);
    m_writeOff->setEnabled(false);
    if (m_batches.isEmpty())
        showMessage(m_message, tr("No batch expires within these days."), false);
}

void ExpiryTab::markDown()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_batches.size())
        return;
    const ExpiringBatch b = m_batches[row];
    bool ok = false;
    const int percent =
        QInputDialog::getInt(this, tr("Mark down"), tr("Percent off batch %1 of %2:").arg(b.batch, b.name), 30, 1, 90, 5, &ok);
    if (!ok)
        return;
    qint64 price = 0;
    const QString error = ApprovalDialog::runWithApproval(
        this, [&](const QString& pin) { price = m_till.markdowns().markDown(m_session, b.productId, b.batch, percent, pin); });
    refresh();
    showMessage(m_message,
                error.isEmpty()
                    ? tr("Batch %1 now sells at %2.").arg(b.batch, ReceiptLayout::amount(price, m_till.settings().currency(), QLocale()))
                    : error,
                !error.isEmpty());
    if (error.isEmpty())
        emit stockChanged();
}

void ExpiryTab::writeOff()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_batches.size())
        return;
    const ExpiringBatch b = m_batches[row];
    qint64 quantity = 0;
    const QString error = ApprovalDialog::runWithApproval(
        this, [&](const QString& pin) { quantity = m_till.markdowns().writeOffExpired(m_session, b.productId, b.batch, pin); });
    refresh();
    showMessage(m_message, error.isEmpty() ? tr("%1 of batch %2 written off.").arg(quantityText(quantity, b.weighed), b.batch) : error,
                !error.isEmpty());
    if (error.isEmpty())
        emit stockChanged();
}

void ExpiryTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ExpiryTab::retranslate()
{
    m_daysLabel->setText(tr("Expiring within (&days):"));
    m_days->setAccessibleName(tr("Days ahead"));
    m_table->setHorizontalHeaderLabels(
        {tr("SKU"), tr("Product"), tr("Batch"), tr("Expiry"), tr("State"), tr("On hand"), tr("Price"), tr("Marked down to")});
    m_table->setAccessibleName(tr("Batches expiring soon"));
    m_markDown->setText(tr("&Mark down batch..."));
    m_writeOff->setText(tr("&Write off expired batch"));
    refresh();
}

} // namespace omnitill::ui
