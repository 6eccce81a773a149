#include "StockCountTab.h"
#include "StoreFormats.h"

#include "ApprovalDialog.h"
#include "PageWidgets.h"
#include "common/DomainError.h"
#include "receipt/ReceiptLayout.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace omnitill::ui {

namespace {
enum Column
{
    Sku,
    Name,
    Counted,
    Expected,
    Variance,
    Value,
    Columns
};
} // namespace

StockCountTab::StockCountTab(Till& till, QWidget* parent) : QWidget(parent), m_till(till)
{
    setObjectName(QStringLiteral("stockCountTab"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_blind = new QCheckBox(this);
    m_blind->setObjectName(QStringLiteral("countBlindCheckBox"));
    m_start = makeButton("countStartPushButton", this);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("countStateLabel"));
    top->addWidget(m_blind);
    top->addWidget(m_start);
    top->addWidget(m_state, 1);
    layout->addLayout(top);
    auto* scanRow = new QHBoxLayout;
    m_scanLabel = new QLabel(this);
    m_scan = new QLineEdit(this);
    m_scan->setObjectName(QStringLiteral("countScanLineEdit"));
    m_scanLabel->setBuddy(m_scan);
    scanRow->addWidget(m_scanLabel);
    scanRow->addWidget(m_scan, 1);
    layout->addLayout(scanRow);
    m_lines = makeTable("countLinesTable", this);
    m_lines->setColumnCount(Columns);
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    layout->addWidget(m_lines, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("countSummaryLabel"));
    layout->addWidget(m_summary);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("countMessageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    m_setQuantity = makeButton("countSetQuantityPushButton", this);
    m_close = makeButton("countClosePushButton", this);
    m_approve = makeButton("countApprovePushButton", this);
    m_cancel = makeButton("countCancelPushButton", this);
    for (QPushButton* b : {m_setQuantity, m_close, m_approve, m_cancel})
        buttons->addWidget(b);
    layout->addLayout(buttons);

    connect(m_start, &QPushButton::clicked, this, &StockCountTab::start);
    connect(m_scan, &QLineEdit::returnPressed, this, [this] {
        const QString code = m_scan->text().trimmed();
        m_scan->clear();
        if (!code.isEmpty())
            handleScan(code);
    });
    connect(m_setQuantity, &QPushButton::clicked, this, &StockCountTab::setQuantity);
    connect(m_close, &QPushButton::clicked, this, &StockCountTab::closeCount);
    connect(m_approve, &QPushButton::clicked, this, &StockCountTab::approve);
    connect(m_cancel, &QPushButton::clicked, this, &StockCountTab::cancelCount);
    setFocusProxy(m_scan);
    retranslate();
}

void StockCountTab::run(const std::function<void()>& op, const QString& success)
{
    try {
        op();
        showMessage(m_message, success, false);
    } catch (const DomainError& e) {
        showMessage(m_message, e.message(), true);
    }
    refresh();
    m_scan->setFocus();
}

void StockCountTab::handleScan(const QString& code)
{
    if (m_countId.isEmpty()) {
        showMessage(m_message, tr("Start a count before scanning."), true);
        return;
    }
    QString name;
    run([&] { name = m_till.stockCounts().scan(m_session, m_countId, code).name; });
    if (!name.isEmpty())
        showMessage(m_message, tr("Counted: %1").arg(name), false);
}

void StockCountTab::start()
{
    run([&] { m_countId = m_till.stockCounts().start(m_session, m_blind->isChecked(), {}); },
        tr("Count started: scan every item on the shelves."));
}

void StockCountTab::setQuantity()
{
    const int row = m_lines->currentRow();
    if (m_countId.isEmpty() || row < 0) {
        showMessage(m_message, tr("Select a counted product first."), true);
        return;
    }
    bool ok = false;
    const int counted = QInputDialog::getInt(this, tr("Counted quantity"), tr("How many are on the shelf?"),
                                             m_lines->item(row, Counted)->data(Qt::UserRole).toInt(), 0, 100000000, 1, &ok);
    if (!ok)
        return;
    const qint64 productId = m_lines->item(row, Sku)->data(Qt::UserRole).toLongLong();
    run([&] { m_till.stockCounts().setCounted(m_session, m_countId, productId, counted); });
}

void StockCountTab::closeCount()
{
    run([&] { m_till.stockCounts().close(m_session, m_countId); }, tr("Count closed: check the variances, then approve."));
}

void StockCountTab::approve()
{
    // Approving books every variance as a stock movement: say what it is worth before it is done.
    const StockCount count = m_till.stockCounts().count(m_countId);
    qint64 net = 0;
    int products = 0;
    for (const StockCountLine& l : count.lines) {
        net += l.varianceValue;
        products += l.variance != 0 ? 1 : 0;
    }
    const QString worth = ReceiptLayout::amount(net, m_till.settings().currency(), QLocale());
    if (QMessageBox::question(this, tr("Approve the count"),
                              net < 0 ? tr("%n product(s) will be written down, a loss of %1 at cost. Approve?", "", products).arg(worth)
                                      : tr("%n product(s) will be adjusted, net %1 at cost. Approve?", "", products).arg(worth)) !=
        QMessageBox::Yes)
        return;
    int adjusted = 0;
    const QString error = ApprovalDialog::runWithApproval(
        this, [&](const QString& pin) { adjusted = m_till.stockCounts().approve(m_session, m_countId, pin); });
    if (!error.isEmpty()) {
        showMessage(m_message, error, true);
        return;
    }
    m_countId.clear();
    refresh();
    showMessage(m_message, tr("Count approved: %n product(s) adjusted.", "", adjusted), false);
    emit countApproved();
}

void StockCountTab::cancelCount()
{
    run(
        [&] {
            m_till.stockCounts().cancel(m_session, m_countId);
            m_countId.clear();
        },
        tr("Count cancelled; the stock is unchanged."));
}

void StockCountTab::refresh()
{
    m_countId = m_till.stockCounts().current().value_or(QString());
    StockCount count;
    if (!m_countId.isEmpty())
        count = m_till.stockCounts().count(m_countId);
    const bool open = !m_countId.isEmpty() && count.status == StockCount::Status::Open;
    const bool closed = !m_countId.isEmpty() && count.status == StockCount::Status::Closed;
    m_start->setEnabled(m_countId.isEmpty());
    m_blind->setEnabled(m_countId.isEmpty());
    m_scan->setEnabled(open);
    m_setQuantity->setEnabled(open);
    m_close->setEnabled(open);
    m_approve->setEnabled(closed);
    m_cancel->setEnabled(open || closed);
    if (m_countId.isEmpty())
        m_state->setText(tr("No count in progress."));
    else if (open)
        m_state->setText(
            (count.blind ? tr("Blind count open since %1: expected quantities show once it is closed.") : tr("Count open since %1."))
                .arg(StoreFormats::dateTime(count.startedAt)));
    else
        m_state->setText(tr("Count closed: waiting for a manager's approval."));

    const Currency currency = m_till.settings().currency();
    m_lines->setRowCount(int(count.lines.size()));
    int withVariance = 0;
    qint64 net = 0;
    for (int row = 0; row < count.lines.size(); ++row) {
        const StockCountLine& l = count.lines[row];
        const bool weighed = l.weighed;
        auto* sku = cell(l.sku);
        sku->setData(Qt::UserRole, l.productId);
        m_lines->setItem(row, Sku, sku);
        m_lines->setItem(row, Name, cell(l.name));
        auto* counted = cell(quantityText(l.counted, weighed), true);
        counted->setData(Qt::UserRole, l.counted);
        m_lines->setItem(row, Counted, counted);
        // Hidden (not merely blank) in a blind count, and said so in words rather than colour.
        m_lines->setItem(row, Expected, cell(l.expected ? quantityText(*l.expected, weighed) : tr("hidden"), true));
        m_lines->setItem(
            row, Variance,
            cell(l.expected ? (l.variance > 0 ? QStringLiteral("+") : QString()) + quantityText(l.variance, weighed) : QString(), true));
        m_lines->setItem(row, Value, cell(l.expected ? ReceiptLayout::amount(l.varianceValue, currency, QLocale()) : QString(), true));
        if (l.expected && l.variance != 0)
            ++withVariance;
        net += l.varianceValue;
    }
    m_summary->setText(closed ? tr("%n product(s) counted, %1 with a variance; net %2 at cost", "", int(count.lines.size()))
                                    .arg(withVariance)
                                    .arg(ReceiptLayout::amount(net, currency, QLocale()))
                              : tr("%n product(s) counted", "", int(count.lines.size())));
}

void StockCountTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StockCountTab::retranslate()
{
    m_blind->setText(tr("Bl&ind count"));
    m_blind->setAccessibleDescription(tr("Counters do not see the expected quantities until the count is closed"));
    m_start->setText(tr("&Start count"));
    m_scanLabel->setText(tr("Sc&an:"));
    m_scan->setPlaceholderText(tr("Scan each item, or a case's GS1 label"));
    m_scan->setAccessibleName(tr("Scan an item to count it"));
    m_lines->setHorizontalHeaderLabels({tr("SKU"), tr("Product"), tr("Counted"), tr("Expected"), tr("Variance"), tr("Value")});
    m_lines->setAccessibleName(tr("Counted products"));
    m_setQuantity->setText(tr("Type q&uantity..."));
    m_close->setText(tr("Clos&e count"));
    m_approve->setText(tr("Appro&ve variances"));
    m_cancel->setText(tr("Ca&ncel count"));
    refresh();
}

} // namespace omnitill::ui
