#include "StockRequestsTab.h"
#include "money/Money.h"

#include "ApprovalDialog.h"
#include "PageWidgets.h"
#include "common/DomainError.h"
#include "stock/StockLedger.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace omnitill::ui {

namespace {
enum NewColumn
{
    NewSku,
    NewName,
    NewOnHand,
    NewInbound,
    NewSuggested,
    NewQuantity,
    NewCost,
    NewBatch,
    NewExpiry,
    NewColumns
};
enum ListColumn
{
    Number,
    Kind,
    From,
    To,
    Status,
    Updated,
    ListColumns
};
enum DetailColumn
{
    DetailSku,
    DetailName,
    Requested,
    Approved,
    Shipped,
    Received,
    Quantity,
    DetailColumns
};

QString statusTitle(const StockRequest& r)
{
    if (r.waitingToSend)
        return StockRequestsTab::tr("waiting to send");
    switch (r.status) {
    case StockRequest::Status::Submitted:
        return StockRequestsTab::tr("submitted");
    case StockRequest::Status::Approved:
        return StockRequestsTab::tr("approved");
    case StockRequest::Status::Rejected:
        return StockRequestsTab::tr("rejected");
    case StockRequest::Status::Shipped:
        return StockRequestsTab::tr("shipped");
    case StockRequest::Status::Received:
        return StockRequestsTab::tr("received");
    case StockRequest::Status::Cancelled:
        return StockRequestsTab::tr("cancelled");
    }
    return {};
}

QTableWidgetItem* editable(qint64 value)
{
    auto* item = new QTableWidgetItem(QString::number(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

StockRequestsTab::StockRequestsTab(Till& till, QWidget* parent) : QWidget(parent), m_till(till)
{
    setObjectName(QStringLiteral("stockRequestsTab"));
    auto* layout = new QHBoxLayout(this);

    auto* left = new QVBoxLayout;
    m_newLabel = new QLabel(this);
    left->addWidget(m_newLabel);
    m_new = makeTable("requestLinesTable", this);
    m_new->setColumnCount(NewColumns);
    m_new->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_new->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_new->horizontalHeader()->setSectionResizeMode(NewName, QHeaderView::Stretch);
    left->addWidget(m_new, 1);
    auto* form = new QGridLayout;
    m_scanLabel = new QLabel(this);
    m_scan = new QLineEdit(this);
    m_scan->setObjectName(QStringLiteral("requestScanLineEdit"));
    m_scanLabel->setBuddy(m_scan);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("requestNoteLineEdit"));
    m_note->setMaxLength(500);
    form->addWidget(m_scanLabel, 0, 0);
    form->addWidget(m_scan, 0, 1);
    form->addWidget(m_note, 1, 0, 1, 2);
    left->addLayout(form);
    // Two rows, so that longer labels (Russian) never widen the console past a 1366 px screen.
    auto* newButtons = new QGridLayout;
    m_suggest = makeButton("requestSuggestPushButton", this);
    m_submit = makeButton("requestSubmitPushButton", this);
    m_store = new QComboBox(this);
    m_store->setObjectName(QStringLiteral("requestStoreComboBox"));
    m_store->setMinimumHeight(44);
    m_transfer = makeButton("requestTransferPushButton", this);
    m_unannounced = makeButton("requestUnannouncedPushButton", this);
    newButtons->addWidget(m_suggest, 0, 0);
    newButtons->addWidget(m_submit, 0, 1);
    newButtons->addWidget(m_unannounced, 0, 2);
    newButtons->addWidget(m_store, 1, 0);
    newButtons->addWidget(m_transfer, 1, 1, 1, 2);
    left->addLayout(newButtons);
    layout->addLayout(left, 1);

    auto* right = new QVBoxLayout;
    m_listLabel = new QLabel(this);
    right->addWidget(m_listLabel);
    m_requests = makeTable("requestsTable", this);
    m_requests->setColumnCount(ListColumns);
    m_requests->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    right->addWidget(m_requests, 1);
    m_detail = makeTable("requestDetailTable", this);
    m_detail->setColumnCount(DetailColumns);
    m_detail->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_detail->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_detail->horizontalHeader()->setSectionResizeMode(DetailName, QHeaderView::Stretch);
    right->addWidget(m_detail, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("requestMessageLabel"));
    m_message->setWordWrap(true);
    right->addWidget(m_message);
    auto* buttons = new QGridLayout;
    m_receive = makeButton("requestReceivePushButton", this);
    m_ship = makeButton("requestShipPushButton", this);
    m_refuse = makeButton("requestRefusePushButton", this);
    m_cancel = makeButton("requestCancelPushButton", this);
    buttons->addWidget(m_receive, 0, 0);
    buttons->addWidget(m_ship, 0, 1);
    buttons->addWidget(m_refuse, 1, 0);
    buttons->addWidget(m_cancel, 1, 1);
    right->addLayout(buttons);
    layout->addLayout(right, 1);

    connect(m_suggest, &QPushButton::clicked, this, &StockRequestsTab::fillWithSuggestions);
    connect(m_submit, &QPushButton::clicked, this, [this] { submit(false); });
    connect(m_transfer, &QPushButton::clicked, this, [this] { submit(true); });
    connect(m_unannounced, &QPushButton::clicked, this, &StockRequestsTab::receiveUnannounced);
    connect(m_scan, &QLineEdit::returnPressed, this, [this] {
        const QString code = m_scan->text().trimmed();
        m_scan->clear();
        if (!code.isEmpty())
            handleScan(code);
    });
    connect(m_requests, &QTableWidget::itemSelectionChanged, this, &StockRequestsTab::showRequest);
    connect(m_receive, &QPushButton::clicked, this, &StockRequestsTab::receive);
    connect(m_ship, &QPushButton::clicked, this, &StockRequestsTab::ship);
    connect(m_refuse, &QPushButton::clicked, this, &StockRequestsTab::refuse);
    connect(m_cancel, &QPushButton::clicked, this, &StockRequestsTab::cancelRequest);
    setFocusProxy(m_scan);
    retranslate();
}

void StockRequestsTab::run(const std::function<void(const QString&)>& op, const QString& success)
{
    const QString error = ApprovalDialog::runWithApproval(this, op);
    showMessage(m_message, error.isEmpty() ? success : error, !error.isEmpty());
    if (error.isEmpty())
        emit requestChanged();
    refresh();
}

void StockRequestsTab::addLine(qint64 productId, qint64 quantity, qint64 suggested, const QString& batch,
                               const std::optional<QDate>& expiry)
{
    const QString expiryText = expiry ? expiry->toString(Qt::ISODate) : QString();
    for (int row = 0; row < m_new->rowCount(); ++row) {
        if (m_new->item(row, NewSku)->data(Qt::UserRole).toLongLong() == productId && m_new->item(row, NewBatch)->text() == batch &&
            m_new->item(row, NewExpiry)->text() == expiryText) {
            m_new->item(row, NewQuantity)->setText(QString::number(m_new->item(row, NewQuantity)->text().toLongLong() + quantity));
            return;
        }
    }
    const std::optional<Product> p = m_till.catalog().findById(productId);
    if (!p)
        return;
    const bool weighed = p->unit == Unit::Weight;
    const int row = m_new->rowCount();
    m_new->insertRow(row);
    auto* sku = cell(p->sku);
    sku->setData(Qt::UserRole, productId);
    m_new->setItem(row, NewSku, sku);
    m_new->setItem(row, NewName, cell(p->nameEn));
    m_new->setItem(row, NewOnHand, cell(quantityText(StockLedger(m_till.db(), m_till.clock()).onHand(productId), weighed), true));
    m_new->setItem(row, NewInbound, cell(quantityText(m_till.stockRequests().inbound().value(productId), weighed), true));
    m_new->setItem(row, NewSuggested, cell(suggested > 0 ? quantityText(suggested, weighed) : QString(), true));
    m_new->setItem(row, NewQuantity, editable(quantity));
    // Only a delivery taken in without a request uses it: prefilled with the average cost.
    m_new->setItem(row, NewCost,
                   new QTableWidgetItem(
                       Money((m_till.receiving().averageCost(productId) + 500) / 1000, m_till.settings().currency()).toPlainString()));
    // Likewise batch and expiry: from a case's GS1 label, or typed.
    m_new->setItem(row, NewBatch, new QTableWidgetItem(batch));
    m_new->setItem(row, NewExpiry, new QTableWidgetItem(expiryText));
}

void StockRequestsTab::fillWithSuggestions()
{
    const QList<ReplenishmentLine> lines = m_till.planner().suggestions();
    for (const ReplenishmentLine& l : lines)
        addLine(l.productId, l.suggestion.quantity, l.suggestion.quantity, {}, std::nullopt);
    showMessage(m_message,
                lines.isEmpty() ? tr("Nothing to order: every product is above its restocking point.")
                                : tr("%n product(s) suggested; change the quantities as needed.", "", int(lines.size())),
                false);
}

void StockRequestsTab::handleScan(const QString& code)
{
    try {
        const ReceivedLine scanned = m_till.receiving().lineFromScan(code);
        addLine(scanned.productId, scanned.quantity, 0, scanned.batch, scanned.expiry);
        showMessage(m_message, tr("Added: %1").arg(m_till.catalog().findById(scanned.productId).value_or(Product{}).nameEn), false);
    } catch (const DomainError& e) {
        showMessage(m_message, e.message(), true);
    }
}

void StockRequestsTab::receiveUnannounced()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Delivery without a request"), tr("Why is it taken in (supplier, note)?"),
                                                 QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    CompletedReceipt done;
    run(
        [&](const QString& pin) {
            QList<ReceivedLine> lines;
            const QList<RequestedQuantity> quantities = newLines();
            for (int row = 0; row < quantities.size(); ++row) {
                qint64 cost = -1;
                try {
                    cost = Money::parse(m_new->item(row, NewCost)->text().trimmed(), m_till.settings().currency()).minor();
                } catch (const DomainError&) {
                }
                if (cost < 0)
                    throw DomainError(QStringLiteral("ui.cost"),
                                      tr("Type the unit cost of %1 as an amount, e.g. 3.47").arg(m_new->item(row, NewSku)->text()));
                const QString expiryText = m_new->item(row, NewExpiry)->text().trimmed();
                const QDate expiry = QDate::fromString(expiryText, Qt::ISODate);
                if (!expiryText.isEmpty() && !expiry.isValid())
                    throw DomainError(QStringLiteral("ui.expiry"),
                                      tr("Type the expiry of %1 as YYYY-MM-DD").arg(m_new->item(row, NewSku)->text()));
                if (quantities[row].quantity > 0)
                    lines.append({quantities[row].productId, quantities[row].quantity, cost, m_new->item(row, NewBatch)->text().trimmed(),
                                  expiry.isValid() ? std::optional<QDate>(expiry) : std::nullopt});
            }
            done = m_till.receiving().receiveUnexpected(m_session, lines, reason, m_note->text(), pin);
        },
        QString());
    if (done.id.isEmpty())
        return;
    m_new->setRowCount(0);
    m_note->clear();
    showMessage(m_message, tr("Delivery taken into stock."), false);
}

QList<RequestedQuantity> StockRequestsTab::newLines() const
{
    QList<RequestedQuantity> out;
    for (int row = 0; row < m_new->rowCount(); ++row) {
        bool ok = false;
        const qint64 q = m_new->item(row, NewQuantity)->text().trimmed().toLongLong(&ok);
        if (!ok || q < 0)
            throw DomainError(QStringLiteral("ui.quantity"), tr("Type a whole quantity for %1").arg(m_new->item(row, NewSku)->text()));
        out.append({m_new->item(row, NewSku)->data(Qt::UserRole).toLongLong(), q});
    }
    return out;
}

void StockRequestsTab::submit(bool transfer)
{
    StockRequest made;
    run(
        [&](const QString& pin) {
            const QList<RequestedQuantity> lines = newLines();
            made = transfer ? m_till.stockRequests().requestTransfer(m_session, m_store->currentText(), lines, m_note->text(), pin)
                            : m_till.stockRequests().submitReplenishment(m_session, lines, m_note->text(), pin);
        },
        QString());
    if (made.id.isEmpty())
        return;
    m_new->setRowCount(0);
    m_note->clear();
    showMessage(m_message, tr("Request %1 is on its way to the hub.").arg(made.number), false);
}

QString StockRequestsTab::selectedRequest() const
{
    const QList<QTableWidgetItem*> selected = m_requests->selectedItems();
    return selected.isEmpty() ? QString() : m_requests->item(selected.first()->row(), Number)->data(Qt::UserRole).toString();
}

void StockRequestsTab::showRequest()
{
    const QString id = selectedRequest();
    m_detail->setRowCount(0);
    m_receive->setEnabled(false);
    m_ship->setEnabled(false);
    m_refuse->setEnabled(false);
    m_cancel->setEnabled(false);
    if (id.isEmpty())
        return;
    const StockRequest r = m_till.stockRequests().request(id);
    const QString here = m_till.settings().storeCode();
    const bool toReceive = r.destination == here && r.status == StockRequest::Status::Shipped;
    const bool toShip = r.kind == StockRequest::Kind::Transfer && r.source == here &&
                        (r.status == StockRequest::Status::Submitted || r.status == StockRequest::Status::Approved);
    m_receive->setEnabled(toReceive);
    m_ship->setEnabled(toShip);
    m_refuse->setEnabled(toShip);
    m_cancel->setEnabled(r.destination == here &&
                         (r.status == StockRequest::Status::Submitted || r.status == StockRequest::Status::Approved));
    m_detail->setRowCount(int(r.lines.size()));
    for (int row = 0; row < r.lines.size(); ++row) {
        const StockRequestLine& l = r.lines[row];
        auto* sku = cell(l.sku);
        sku->setData(Qt::UserRole, l.productId);
        m_detail->setItem(row, DetailSku, sku);
        m_detail->setItem(row, DetailName, cell(l.name));
        m_detail->setItem(row, Requested, cell(QString::number(l.requested), true));
        m_detail->setItem(row, Approved, cell(l.approved ? QString::number(*l.approved) : QString(), true));
        m_detail->setItem(row, Shipped, cell(QString::number(l.shipped), true));
        m_detail->setItem(row, Received, cell(QString::number(l.received), true));
        // What arrived (prefilled with what was shipped), or what to ship (what was asked).
        if (toReceive || toShip)
            m_detail->setItem(row, Quantity, editable(toReceive ? l.shipped : l.approved.value_or(l.requested)));
        else
            m_detail->setItem(row, Quantity, cell(QString()));
    }
    if (!r.problem.isEmpty())
        showMessage(m_message, tr("%1: %2").arg(r.number, r.problem), r.status != StockRequest::Status::Rejected);
}

QList<RequestedQuantity> StockRequestsTab::detailQuantities() const
{
    QList<RequestedQuantity> out;
    for (int row = 0; row < m_detail->rowCount(); ++row) {
        bool ok = false;
        const qint64 q = m_detail->item(row, Quantity)->text().trimmed().toLongLong(&ok);
        if (!ok || q < 0)
            throw DomainError(QStringLiteral("ui.quantity"),
                              tr("Type a whole quantity for %1").arg(m_detail->item(row, DetailSku)->text()));
        const qint64 productId = m_detail->item(row, DetailSku)->data(Qt::UserRole).toLongLong();
        if (productId > 0)
            out.append({productId, q});
    }
    return out;
}

void StockRequestsTab::receive()
{
    const QString id = selectedRequest();
    QList<ReceivingDiscrepancy> differences;
    run(
        [&](const QString& pin) {
            QList<ReceivedLine> counted;
            for (const RequestedQuantity& q : detailQuantities())
                counted.append({q.productId, q.quantity, 0, {}, std::nullopt});
            m_till.receiving().receiveExpected(m_session, id, counted, &differences, pin);
        },
        tr("Received into stock."));
    if (!differences.isEmpty())
        showMessage(m_message, tr("Received, with %n difference(s) from the shipment recorded for the hub.", "", int(differences.size())),
                    false);
}

void StockRequestsTab::ship()
{
    const QString id = selectedRequest();
    run([&](const QString& pin) { m_till.stockRequests().shipTransfer(m_session, id, detailQuantities(), pin); },
        tr("Shipped: the goods have left this store's stock."));
}

void StockRequestsTab::refuse()
{
    const QString id = selectedRequest();
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Refuse the transfer"), tr("Why?"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    run([&](const QString& pin) { m_till.stockRequests().refuseTransfer(m_session, id, reason, pin); }, tr("Transfer refused."));
}

void StockRequestsTab::cancelRequest()
{
    const QString id = selectedRequest();
    run([&](const QString& pin) { m_till.stockRequests().cancel(m_session, id, pin); }, tr("Request cancelled."));
}

void StockRequestsTab::refresh()
{
    const QString selected = selectedRequest();
    const QString store = m_store->currentText();
    {
        const QSignalBlocker block(m_store);
        m_store->clear();
        m_store->addItems(m_till.stockRequests().otherStores());
        m_store->setCurrentText(store);
    }
    m_transfer->setEnabled(m_store->count() > 0);
    const QList<StockRequest> requests = m_till.stockRequests().requests();
    const QSignalBlocker block(m_requests);
    m_requests->setRowCount(int(requests.size()));
    int reselect = -1;
    for (int row = 0; row < requests.size(); ++row) {
        const StockRequest& r = requests[row];
        auto* number = cell(r.number);
        number->setData(Qt::UserRole, r.id);
        m_requests->setItem(row, Number, number);
        m_requests->setItem(row, Kind, cell(r.kind == StockRequest::Kind::Transfer ? tr("transfer") : tr("replenishment")));
        m_requests->setItem(row, From, cell(r.source == QLatin1String("warehouse") ? tr("warehouse") : r.source));
        m_requests->setItem(row, To, cell(r.destination));
        m_requests->setItem(row, Status, cell(statusTitle(r)));
        m_requests->setItem(row, Updated, cell(QLocale().toString(m_till.settings().localTime(r.updatedAt), QLocale::ShortFormat)));
        if (r.id == selected)
            reselect = row;
    }
    if (reselect >= 0)
        m_requests->selectRow(reselect);
    showRequest();
}

void StockRequestsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StockRequestsTab::retranslate()
{
    m_newLabel->setText(tr("New request"));
    m_new->setHorizontalHeaderLabels({tr("SKU"), tr("Product"), tr("On hand"), tr("Inbound"), tr("Suggested"), tr("Quantity"),
                                      tr("Unit cost"), tr("Batch"), tr("Expiry (YYYY-MM-DD)")});
    m_new->setAccessibleName(tr("Lines of the new request; the quantity can be edited"));
    m_scanLabel->setText(tr("&Add item:"));
    m_scan->setPlaceholderText(tr("Scan or type a barcode"));
    m_scan->setAccessibleName(tr("Add an item to the new request"));
    m_note->setPlaceholderText(tr("Note for the warehouse (optional)"));
    m_note->setAccessibleName(tr("Note"));
    m_suggest->setText(tr("&Suggest quantities"));
    m_submit->setText(tr("Send to &warehouse"));
    m_store->setAccessibleName(tr("Store to transfer from"));
    m_transfer->setText(tr("Ask store for a tra&nsfer"));
    m_unannounced->setText(tr("Recei&ve without a request..."));
    m_unannounced->setAccessibleDescription(tr("Takes these lines into stock at the unit costs shown, with a reason"));
    m_listLabel->setText(tr("Requests"));
    m_requests->setHorizontalHeaderLabels({tr("Number"), tr("Kind"), tr("From"), tr("To"), tr("Status"), tr("Updated")});
    m_requests->setAccessibleName(tr("Stock requests"));
    m_detail->setHorizontalHeaderLabels(
        {tr("SKU"), tr("Product"), tr("Requested"), tr("Approved"), tr("Shipped"), tr("Received"), tr("Quantity now")});
    m_detail->setAccessibleName(tr("Lines of the selected request"));
    m_receive->setText(tr("&Receive"));
    m_ship->setText(tr("Sh&ip transfer"));
    m_refuse->setText(tr("Re&fuse transfer"));
    m_cancel->setText(tr("&Cancel request"));
    refresh();
}

} // namespace omnitill::ui
