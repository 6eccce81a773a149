#include "PickupPage.h"
#include "ShortcutPassThrough.h"

#include "ApprovalDialog.h"
#include "PageWidgets.h"
#include "PaymentDialog.h"
#include "common/DomainError.h"
#include "crypto/HubToken.h"
#include "receipt/ReceiptLayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace omnitill::ui {

namespace {
// The filter's choices: open orders first (the desk's work), then each status, then everything.
const QList<std::optional<PickupStatus>> kFilters = {
    std::nullopt,          PickupStatus::ToPick,    PickupStatus::Picking,   PickupStatus::Ready,
    PickupStatus::Overdue, PickupStatus::Collected, PickupStatus::Cancelled, PickupStatus::Restocked,
    std::nullopt};

} // namespace

PickupPage::PickupPage(Till& till, QWidget* parent) : QWidget(parent), m_till(till)
{
    setObjectName(QStringLiteral("pickupPage"));
    auto* layout = new QHBoxLayout(this);

    auto* left = new QVBoxLayout;
    auto* searchRow = new QHBoxLayout;
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("pickupSearchLineEdit"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("pickupFilterComboBox"));
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_filter);
    left->addLayout(searchRow);
    m_orders = makeTable("pickupOrdersTable", this);
    m_orders->setColumnCount(6);
    m_orders->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_orders->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_orders->setWordWrap(false);
    left->addWidget(m_orders, 1);
    m_back = makeButton("pickupBackPushButton", this);
    m_back->hide();
    left->addWidget(m_back);
    layout->addLayout(left, 3);

    auto* right = new QVBoxLayout;
    m_orderLabel = new QLabel(this);
    m_orderLabel->setObjectName(QStringLiteral("pickupOrderLabel"));
    m_orderLabel->setWordWrap(true);
    QFont big = m_orderLabel->font();
    big.setPointSize(big.pointSize() + 3);
    m_orderLabel->setFont(big);
    right->addWidget(m_orderLabel);
    m_lines = makeTable("pickupLinesTable", this);
    m_lines->setColumnCount(4);
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    right->addWidget(m_lines, 1);
    auto* scanRow = new QHBoxLayout;
    m_scanLabel = new QLabel(this);
    m_scan = new QLineEdit(this);
    m_scan->setObjectName(QStringLiteral("pickupScanLineEdit"));
    ShortcutPassThrough::install(m_scan);
    m_scanLabel->setBuddy(m_scan);
    scanRow->addWidget(m_scanLabel);
    scanRow->addWidget(m_scan, 1);
    right->addLayout(scanRow);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("pickupMessageLabel"));
    m_message->setWordWrap(true);
    right->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    m_short = makeButton("pickupShortPushButton", this);
    m_substitute = makeButton("pickupSubstitutePushButton", this);
    m_reset = makeButton("pickupResetPushButton", this);
    m_ready = makeButton("pickupReadyPushButton", this);
    m_handOver = makeButton("pickupHandOverPushButton", this);
    m_restock = makeButton("pickupRestockPushButton", this);
    for (QPushButton* b : {m_short, m_substitute, m_reset, m_ready, m_handOver, m_restock})
        buttons->addWidget(b);
    right->addLayout(buttons);
    layout->addLayout(right, 4);

    connect(m_search, &QLineEdit::textChanged, this, &PickupPage::refresh);
    // Enter in the search opens the first order found, ready to pick by scanning.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_orders->rowCount() > 0) {
            m_orders->selectRow(0);
            m_scan->setFocus();
        }
    });
    connect(m_filter, &QComboBox::currentIndexChanged, this, &PickupPage::refresh);
    connect(m_orders, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem*> selected = m_orders->selectedItems();
        if (!selected.isEmpty() && selected.first()->data(Qt::UserRole).toString() != m_orderId)
            openOrder(m_orders->item(selected.first()->row(), 0)->data(Qt::UserRole).toString());
    });
    connect(m_scan, &QLineEdit::returnPressed, this, [this] {
        const QString code = m_scan->text().trimmed();
        m_scan->clear();
        if (!code.isEmpty())
            handleScan(code);
    });
    connect(m_short, &QPushButton::clicked, this, &PickupPage::shortPick);
    connect(m_substitute, &QPushButton::clicked, this, &PickupPage::substitute);
    connect(m_reset, &QPushButton::clicked, this, &PickupPage::resetLine);
    connect(m_ready, &QPushButton::clicked, this, &PickupPage::markReady);
    connect(m_handOver, &QPushButton::clicked, this, &PickupPage::handOver);
    connect(m_restock, &QPushButton::clicked, this, &PickupPage::returnToStock);
    connect(m_back, &QPushButton::clicked, this, &PickupPage::backRequested);
    setFocusProxy(m_scan);
    retranslate();
}

void PickupPage::setBackVisible(bool visible)
{
    m_back->setVisible(visible);
}

QString PickupPage::money(qint64 minor) const
{
    return ReceiptLayout::amount(minor, m_till.sales().newCart().currency(), QLocale());
}

void PickupPage::refresh()
{
    PickupSearch search;
    search.text = m_search->text();
    const int filter = std::max(0, m_filter->currentIndex());
    search.status = kFilters.value(filter);
    search.openOnly = filter == 0;
    QList<PickupSummary> orders;
    try {
        orders = m_till.pickups().list(search);
    } catch (const DomainError& e) {
        showMessage(e.message(), true);
    }
    const QSignalBlocker block(m_orders);
    m_orders->setRowCount(int(orders.size()));
    int selectedRow = -1;
    for (int row = 0; row < orders.size(); ++row) {
        const PickupSummary& o = orders[row];
        // Only the end of the number: the hand-over asks the customer for its last four digits.
        const QString phoneEnd = o.phone.right(4);
        const QStringList cells{o.number,
                                o.customerName,
                                o.phone.isEmpty() ? QString() : QStringLiteral("…") + phoneEnd,
                                pickupStatusTitle(o.status),
                                o.paid ? tr("Paid online") : tr("Pay at pickup"),
                                money(o.total)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, o.id);
            m_orders->setItem(row, column, item);
        }
        if (o.id == m_orderId)
            selectedRow = row;
    }
    if (selectedRow >= 0)
        m_orders->selectRow(selectedRow);
    showOrder();
}

void PickupPage::openOrder(const QString& orderId)
{
    if (orderId != m_orderId)
        m_verifiedFor.clear();
    m_orderId = orderId;
    showOrder();
    m_scan->setFocus();
}

void PickupPage::showOrder()
{
    std::optional<PickupOrder> order;
    if (!m_orderId.isEmpty()) {
        try {
            order = m_till.pickups().load(m_orderId);
        } catch (const DomainError& e) {
            showMessage(e.message(), true);
        }
    }
    for (QPushButton* b : {m_short, m_substitute, m_reset, m_ready, m_handOver, m_restock})
        b->setEnabled(false);
    if (!order) {
        m_orderLabel->setText(tr("Choose an order, or scan the customer's pickup code"));
        m_lines->setRowCount(0);
        return;
    }
    QString text = tr("Order %1 - %2 - %3").arg(order->number, order->customerName, pickupStatusTitle(order->status));
    text += QLatin1Char('\n') +
            (order->paid ? tr("Paid online: %1").arg(money(order->total))
                         : tr("Pay at pickup: %1").arg(money(order->deliveredValue() > 0 ? order->deliveredValue() : order->total)));
    m_orderLabel->setText(text);
    const int previous = selectedLine();
    m_lines->setRowCount(int(order->lines.size()));
    for (int row = 0; row < order->lines.size(); ++row) {
        const PickupLine& l = order->lines[row];
        QString note;
        if (l.substituteQuantity > 0)
            note =
                tr("Substitute: %1 x %2 (%3)")
                    .arg(QString::number(l.substituteQuantity), productName(l.substituteProductId, l.substituteName), l.substituteConsent);
        else if (!l.shortConsent.isEmpty())
            note = tr("Short, agreed: %1").arg(l.shortConsent);
        else if (l.picked >= l.ordered)
            note = tr("Picked");
        if (l.refused)
            note = tr("Refused at hand-over");
        const QStringList cells{productName(l.productId, l.name), QString::number(l.ordered), QString::number(l.picked), note};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, l.line);
            m_lines->setItem(row, column, item);
        }
    }
    if (previous > 0 && previous <= m_lines->rowCount())
        m_lines->selectRow(previous - 1);
    const bool picking = order->status == PickupStatus::ToPick || order->status == PickupStatus::Picking;
    const bool ready = order->status == PickupStatus::Ready || order->status == PickupStatus::Overdue;
    m_short->setEnabled(picking);
    m_substitute->setEnabled(picking);
    m_reset->setEnabled(picking || ready);
    // Ready once every line is picked, or short or replaced with the customer's consent.
    const bool settled = std::all_of(order->lines.cbegin(), order->lines.cend(), [](const PickupLine& l) { return l.isSettled(); });
    m_ready->setEnabled(picking && settled && order->deliveredValue() > 0);
    m_ready->setToolTip(picking && !m_ready->isEnabled() ? tr("Pick every line first, or record the customer's consent to a short pick")
                                                         : QString());
    m_handOver->setEnabled(ready);
    m_restock->setEnabled(order->isOpen() || order->status == PickupStatus::Cancelled);
}

QString PickupPage::productName(qint64 productId, const QString& fallback) const
{
    // The store's own name for the product, in the desk's language; the shop's otherwise.
    const std::optional<Product> product = productId ? m_till.catalog().findById(productId) : std::nullopt;
    return product ? product->name(m_language) : fallback;
}

int PickupPage::selectedLine() const
{
    const QList<QTableWidgetItem*> selected = m_lines->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(Qt::UserRole).toInt();
}

void PickupPage::handleScan(const QString& code)
{
    if (!m_session.isValid())
        return;
    if (HubToken::looksLike(code, HubToken::kPickup)) {
        try {
            const QString orderId = m_till.pickups().orderForToken(code);
            m_verifiedFor = orderId;
            m_orderId = orderId;
            m_search->clear();
            refresh();
            const PickupOrder order = m_till.pickups().load(orderId);
            showMessage(tr("Pickup code of order %1 checked").arg(order.number));
            if (order.status == PickupStatus::Ready || order.status == PickupStatus::Overdue)
                handOver();
        } catch (const DomainError& e) {
            showMessage(e.message(), true);
        }
        return;
    }
    if (m_orderId.isEmpty()) {
        showMessage(tr("Choose the order to pick first"), true);
        return;
    }
    run([&] {
        const int line = m_till.pickups().pick(m_session, m_orderId, code);
        const PickupLine& l = m_till.pickups().load(m_orderId).line(line);
        showMessage(tr("%1: %2 of %3 picked").arg(productName(l.productId, l.name), QString::number(l.picked), QString::number(l.ordered)));
    });
}

void PickupPage::run(const std::function<void()>& op, const QString& success)
{
    try {
        op();
        if (!success.isEmpty())
            showMessage(success);
    } catch (const DomainError& e) {
        showMessage(e.message(), true);
    }
    refresh();
    m_scan->setFocus();
}

void PickupPage::shortPick()
{
    const int line = selectedLine();
    if (line == 0) {
        showMessage(tr("Choose the line first"), true);
        return;
    }
    bool ok = false;
    const QString consent = QInputDialog::getText(this, tr("Short pick"), tr("How did the customer agree to receive less?"),
                                                  QLineEdit::Normal, tr("by phone"), &ok);
    if (ok)
        run([&] { m_till.pickups().shortPick(m_session, m_orderId, line, consent); }, tr("Short pick recorded"));
}

void PickupPage::substitute()
{
    const int line = selectedLine();
    if (line == 0) {
        showMessage(tr("Choose the line first"), true);
        return;
    }
    bool ok = false;
    const QString code =
        QInputDialog::getText(this, tr("Substitute"), tr("Scan or type the substitute's barcode"), QLineEdit::Normal, QString(), &ok);
    if (!ok || code.trimmed().isEmpty())
        return;
    int quantity = 1;
    try {
        // A weighed substitute is counted in grams (a weight label's own, to start with).
        const auto [product, scanned] = m_till.sales().productForCode(code.trimmed());
        const bool weighed = product.unit == Unit::Weight;
        quantity = QInputDialog::getInt(this, tr("Substitute"), weighed ? tr("How many grams?") : tr("How many?"), int(scanned), 1, 1000000,
                                        1, &ok);
    } catch (const DomainError& e) {
        showMessage(e.message(), true);
        return;
    }
    if (!ok)
        return;
    const QString consent = QInputDialog::getText(this, tr("Substitute"), tr("How did the customer agree to the substitute?"),
                                                  QLineEdit::Normal, tr("by phone"), &ok);
    if (ok)
        run([&] { m_till.pickups().substitute(m_session, m_orderId, line, code.trimmed(), quantity, consent); }, tr("Substitute recorded"));
}

void PickupPage::resetLine()
{
    const int line = selectedLine();
    if (line == 0) {
        showMessage(tr("Choose the line first"), true);
        return;
    }
    run([&] { m_till.pickups().resetLine(m_session, m_orderId, line); }, tr("Line put back: pick it again"));
}

void PickupPage::markReady()
{
    run(
        [&] {
            m_till.pickups().markReady(m_session, m_orderId);
            emit saleCompleted();
        },
        tr("Ready: the shop will tell the customer"));
}

void PickupPage::handOver()
{
    if (m_orderId.isEmpty())
        return;
    PickupOrder order;
    try {
        order = m_till.pickups().load(m_orderId);
        if (m_verifiedFor != m_orderId) {
            bool ok = false;
            const QString digits = QInputDialog::getText(this, tr("Hand over"),
                                                         tr("Scan the customer's pickup code, or type the last four digits of "
                                                            "their phone number"),
                                                         QLineEdit::Normal, QString(), &ok);
            if (!ok)
                return;
            if (m_till.pickups().orderForNumberAndPhone(order.number, digits) != m_orderId)
                throw DomainError(QStringLiteral("pickup.no_match"), tr("The digits do not match order %1").arg(order.number));
            m_verifiedFor = m_orderId;
        }
    } catch (const DomainError& e) {
        showMessage(e.message(), true);
        return;
    }

    if (!order.paid && !m_till.shifts().current()) {
        showMessage(tr("Order %1 is paid here: open the till's shift first (count the float).").arg(order.number), true);
        emit shiftNeeded();
        return;
    }

    // What the customer takes, and their age where the goods need it.
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("handOverDialog"));
    dialog.setWindowTitle(tr("Hand over order %1").arg(order.number));
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Untick what the customer does not take:"), &dialog));
    QList<std::pair<int, QCheckBox*>> takes;
    const bool ageRestricted = m_till.pickups().isAgeRestricted(order);
    for (const PickupLine& l : order.lines) {
        if (l.deliveredValue() == 0)
            continue;
        const QString name = l.substituteQuantity > 0 && l.picked == 0 ? productName(l.substituteProductId, l.substituteName)
                                                                       : productName(l.productId, l.name);
        const qint64 quantity = l.substituteQuantity > 0 && l.picked == 0 ? l.substituteQuantity : l.picked;
        const QString amount =
            l.unit == Unit::Weight ? tr("%1 kg").arg(QLocale().toString(double(quantity) / 1000.0, 'f', 3)) : QLocale().toString(quantity);
        auto* box = new QCheckBox(tr("%1 × %2 - %3").arg(amount, name, money(l.deliveredValue())), &dialog);
        box->setObjectName(QStringLiteral("takesLine%1CheckBox").arg(l.line));
        box->setChecked(true);
        layout->addWidget(box);
        takes.append({l.line, box});
    }
    QCheckBox* age = nullptr;
    if (ageRestricted) {
        age = new QCheckBox(tr("I checked the customer's proof of age"), &dialog);
        age->setObjectName(QStringLiteral("ageCheckedCheckBox"));
        layout->addWidget(age);
    }
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    box->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("handOverOkPushButton"));
    box->button(QDialogButtonBox::Ok)->setText(order.paid ? tr("Hand over") : tr("Take payment"));
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(box);
    if (dialog.exec() != QDialog::Accepted)
        return;
    HandOverOptions options;
    for (const auto& [line, check] : takes) {
        if (!check->isChecked())
            options.refusedLines.append(line);
    }
    options.ageConfirmed = age && age->isChecked();

    std::optional<CompletedPickup> done;
    try {
        if (order.paid) {
            done = m_till.pickups().handOver(m_session, m_orderId, options, std::nullopt, m_language);
        } else {
            const Cart cart = m_till.pickups().cartForHandOver(m_orderId, options.refusedLines);
            PaymentDialog payment(
                cart.totals().total.minor(), cart.currency(), PaymentDialog::paymentReference(m_till),
                [&](const Payment& p) {
                    done = m_till.pickups().handOver(m_session, m_orderId, options, p);
                    return done->sale;
                },
                this);
            payment.useStore(m_till);
            if (payment.exec() != QDialog::Accepted)
                done.reset();
        }
    } catch (const DomainError& e) {
        showMessage(e.message(), true);
    }
    if (done) {
        QString text = tr("Order %1 handed over").arg(order.number);
        if (!done->sale.receiptId.isEmpty())
            text += QLatin1Char(' ') + tr("- receipt %1, change %2").arg(done->sale.receiptId, money(done->sale.change));
        if (done->refundDue > 0)
            text += QLatin1Char(' ') + tr("- the shop refunds %1 to the customer").arg(money(done->refundDue));
        showMessage(text);
        emit saleCompleted();
    }
    refresh();
    m_scan->setFocus();
}

void PickupPage::returnToStock()
{
    const QString problem =
        ApprovalDialog::runWithApproval(this, [&](const QString& pin) { m_till.pickups().returnToStock(m_session, m_orderId, pin); });
    if (problem.isEmpty()) {
        showMessage(tr("Back to stock: put the goods back on the shelves"));
        emit saleCompleted();
    } else {
        showMessage(problem, true);
    }
    refresh();
}

void PickupPage::showMessage(const QString& text, bool error)
{
    ui::showMessage(m_message, text, error);
}

void PickupPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PickupPage::retranslate()
{
    m_searchLabel->setText(tr("&Find:"));
    m_search->setPlaceholderText(tr("Order number, customer name or phone"));
    m_search->setAccessibleName(tr("Find an order"));
    const int filter = m_filter->currentIndex();
    const QSignalBlocker block(m_filter);
    m_filter->clear();
    for (int i = 0; i < kFilters.size(); ++i) {
        if (i == 0)
            m_filter->addItem(tr("Open orders"));
        else if (kFilters[i])
            m_filter->addItem(pickupStatusTitle(*kFilters[i]));
        else
            m_filter->addItem(tr("All orders"));
    }
    m_filter->setCurrentIndex(std::max(0, filter));
    m_filter->setAccessibleName(tr("Show orders"));
    m_orders->setHorizontalHeaderLabels({tr("Order"), tr("Customer"), tr("Phone"), tr("Status"), tr("Payment"), tr("Total")});
    m_orders->setAccessibleName(tr("Online orders"));
    m_lines->setHorizontalHeaderLabels({tr("Item"), tr("Ordered"), tr("Picked"), tr("Note")});
    m_lines->setAccessibleName(tr("Order lines"));
    m_scanLabel->setText(tr("&Scan:"));
    m_scan->setPlaceholderText(tr("Scan an item to pick it, or the customer's pickup code"));
    m_scan->setAccessibleName(tr("Scan items or pickup code"));
    m_short->setText(tr("Short &pick..."));
    m_substitute->setText(tr("Subst&itute..."));
    m_reset->setText(tr("Put line bac&k"));
    m_ready->setText(tr("&Ready"));
    m_handOver->setText(tr("Hand &over..."));
    m_restock->setText(tr("Ret&urn to stock..."));
    m_back->setText(tr("&Back to the till"));
    for (QPushButton* b : {m_short, m_substitute, m_reset, m_ready, m_handOver, m_restock, m_back})
        b->setAccessibleName(b->text().remove(QStringLiteral("...")).remove(QLatin1Char('&')));
    m_message->setAccessibleName(tr("Message"));
    m_orderLabel->setAccessibleName(tr("Order"));
    showOrder();
}

} // namespace omnitill::ui
