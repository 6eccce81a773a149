#include "ReturnDialog.h"
#include "LanguageManager.h"
#include "MemberText.h"
#include "Theme.h"

#include "ApprovalDialog.h"
#include "BackgroundSync.h"
#include "common/DomainError.h"
#include "journal/Journal.h"
#include "payment/CardPayments.h"
#include "payment/CardTerminalCall.h"
#include "receipt/ReceiptLayout.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace omnitill::ui {

namespace {
enum Column
{
    Item,
    Sold,
    ReturnedBefore,
    Quantity,
    Where,
    Paid,
    Columns
};
enum RefundTo
{
    AsPaid,
    StoreCredit,
    Cash
};
} // namespace

ReturnDialog::ReturnDialog(Till& till, const Session& session, BackgroundSync* sync, QWidget* parent)
    : QDialog(parent), m_till(till), m_session(session), m_sync(sync)
{
    setObjectName(QStringLiteral("returnDialog"));
    setWindowTitle(tr("Return"));
    resize(820, 560);
    auto* layout = new QVBoxLayout(this);
    auto* findRow = new QHBoxLayout;
    m_receipt = new QLineEdit(this);
    m_receipt->setObjectName(QStringLiteral("receiptLineEdit"));
    m_receipt->setPlaceholderText(tr("Scan the receipt's QR code, or type the receipt id or number"));
    m_receipt->setAccessibleName(tr("Receipt"));
    findRow->addWidget(m_receipt, 1);
    auto* findButton = new QPushButton(tr("Find"), this);
    findButton->setObjectName(QStringLiteral("findReceiptPushButton"));
    findButton->setAutoDefault(false);
    findRow->addWidget(findButton);
    layout->addLayout(findRow);
    auto* noReceipt = new QPushButton(tr("No receipt"), this);
    noReceipt->setObjectName(QStringLiteral("noReceiptPushButton"));
    noReceipt->setAutoDefault(false);
    findRow->addWidget(noReceipt);
    m_offlineButton = new QPushButton(tr("Return against it offline"), this);
    m_offlineButton->setObjectName(QStringLiteral("offlineReturnPushButton"));
    m_offlineButton->setAutoDefault(false);
    m_offlineButton->hide();
    findRow->addWidget(m_offlineButton);
    connect(m_receipt, &QLineEdit::returnPressed, this, &ReturnDialog::enterPressed);
    connect(findButton, &QPushButton::clicked, this, &ReturnDialog::enterPressed);
    connect(noReceipt, &QPushButton::clicked, this, [this] { setMode(Mode::NoReceipt); });
    connect(m_offlineButton, &QPushButton::clicked, this, [this] { setMode(Mode::OfflineReceipt); });

    m_saleLabel = new QLabel(this);
    m_saleLabel->setObjectName(QStringLiteral("saleLabel"));
    m_saleLabel->setWordWrap(true);
    layout->addWidget(m_saleLabel);
    m_lines = new QTableWidget(0, Columns, this);
    m_lines->setObjectName(QStringLiteral("returnLinesTable"));
    m_lines->setHorizontalHeaderLabels({tr("Item"), tr("Sold"), tr("Returned before"), tr("Return"), tr("Goes to"), tr("Paid")});
    m_lines->horizontalHeader()->setSectionResizeMode(Item, QHeaderView::Stretch);
    m_lines->verticalHeader()->hide();
    m_lines->setSelectionMode(QAbstractItemView::NoSelection);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_lines, 1);
    m_quoteLabel = new QLabel(this);
    m_quoteLabel->setObjectName(QStringLiteral("quoteLabel"));
    m_quoteLabel->setWordWrap(true);
    layout->addWidget(m_quoteLabel);

    auto* form = new QFormLayout;
    m_form = form;
    m_refundTo = new QComboBox(this);
    m_refundTo->setObjectName(QStringLiteral("refundToComboBox"));
    m_refundTo->addItems({tr("The way it was paid"), tr("Store credit"), tr("Cash (a supervisor approves)")});
    form->addRow(tr("Refund to"), m_refundTo);
    m_cardLast4 = new QLineEdit(this);
    m_cardLast4->setObjectName(QStringLiteral("cardLast4LineEdit"));
    m_cardLast4->setInputMask(QStringLiteral("9999;_"));
    form->addRow(tr("Card presented, last 4 digits"), m_cardLast4);
    m_cardApproval = new QLineEdit(this);
    m_cardApproval->setObjectName(QStringLiteral("cardApprovalLineEdit"));
    form->addRow(tr("Terminal refund approval code"), m_cardApproval);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonLineEdit"));
    m_reason->setMaxLength(120);
    form->addRow(tr("Reason"), m_reason);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("returnMessageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    // F12 takes the money at the till; here it gives it back.
    m_refundButton = buttons->addButton(tr("Refund (F12)"), QDialogButtonBox::AcceptRole);
    m_refundButton->setObjectName(QStringLiteral("refundPushButton"));
    m_refundButton->setShortcut(Qt::Key_F12);
    m_refundButton->setEnabled(false);
    m_refundButton->setAutoDefault(false);
    connect(m_refundButton, &QPushButton::clicked, this, &ReturnDialog::refund);
    m_exchangeButton = buttons->addButton(tr("Exchange"), QDialogButtonBox::ActionRole);
    m_exchangeButton->setObjectName(QStringLiteral("exchangePushButton"));
    m_exchangeButton->setAutoDefault(false);
    m_exchangeButton->setEnabled(false);
    m_exchangeButton->hide();
    connect(m_exchangeButton, &QPushButton::clicked, this, &ReturnDialog::chooseExchange);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    if (m_sync) {
        connect(m_sync, &BackgroundSync::saleFound, this, [this](const QJsonObject& answer) {
            const QString receipt = answer.value(QStringLiteral("sale")).toObject().value(QStringLiteral("receipt_id")).toString();
            if (receipt != m_waitingFor)
                return; // an answer to an earlier question
            m_waitingFor.clear();
            try {
                m_sale = m_till.returns().fromHub(answer);
                showMessage(QString());
                showSale();
            } catch (const DomainError& e) {
                showMessage(e.message(), true);
            }
        });
        connect(m_sync, &BackgroundSync::saleLookupFailed, this, [this](const QString& receipt, const QString& message, bool unknown) {
            if (receipt != m_waitingFor)
                return;
            m_waitingFor.clear();
            showMessage(message, true);
            // The hub cannot be asked, but the receipt's QR says what was paid: the store's policy may allow it.
            m_offlineButton->setVisible(!unknown && m_offlineQr.startsWith(QLatin1String(Journal::kFormat) + QLatin1Char('|')));
        });
    }
    m_receipt->setFocus();
}

QString ReturnDialog::money(qint64 minor) const
{
    return ReceiptLayout::amount(minor, m_till.settings().currency(), QLocale());
}

void ReturnDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    Theme::setRole(m_message, error ? QStringLiteral("error") : QString());
}

void ReturnDialog::setMode(Mode mode)
{
    m_mode = mode;
    m_sale.reset();
    m_quote.reset();
    m_items.clear();
    m_offlineButton->hide();
    m_receipt->clear();
    m_receipt->setPlaceholderText(mode == Mode::Receipt ? tr("Scan the receipt's QR code, or type the receipt id or number")
                                                        : tr("Scan the items that come back"));
    m_refundTo->setCurrentIndex(mode == Mode::Receipt ? AsPaid : StoreCredit);
    if (mode == Mode::NoReceipt)
        m_saleLabel->setText(tr("Without a receipt: today's prices, a manager approves, a reason is needed, refunded as store credit"));
    else if (mode == Mode::OfflineReceipt)
        m_saleLabel->setText(tr("Receipt %1 of another till, without the hub: scan the goods; a supervisor approves and the hub "
                                "checks it later")
                                 .arg(ReturnService::receiptIdOf(m_offlineQr)));
    showItems();
    m_receipt->setFocus();
}

void ReturnDialog::enterPressed()
{
    if (m_mode == Mode::Receipt)
        find(m_receipt->text());
    else
        addItem(m_receipt->text());
}

void ReturnDialog::addItem(const QString& code)
{
    m_receipt->clear();
    if (code.trimmed().isEmpty())
        return;
    try {
        m_items.append(m_till.returns().productForCode(code.trimmed()));
        showMessage(QString());
    } catch (const DomainError& e) {
        showMessage(e.message(), true);
    }
    showItems();
}

QList<ReturnService::UnreceiptedLine> ReturnDialog::items() const
{
    QList<ReturnService::UnreceiptedLine> out;
    for (int row = 0; row < m_items.size(); ++row) {
        const auto* quantity = qobject_cast<QSpinBox*>(m_lines->cellWidget(row, Quantity));
        const auto* where = qobject_cast<QComboBox*>(m_lines->cellWidget(row, Where));
        if (quantity && where && quantity->value() > 0)
            out.append({m_items[row].first.id, quantity->value(), dispositionFromName(where->currentData().toString())});
    }
    return out;
}

void ReturnDialog::showItems()
{
    m_lines->setRowCount(0);
    m_quoteLabel->clear();
    m_refundButton->setEnabled(false);
    if (m_mode == Mode::Receipt)
        return;
    m_lines->setRowCount(int(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        const auto& [product, quantity] = m_items[row];
        const QString name = product.name(LanguageManager::language());
        m_lines->setItem(row, Item, new QTableWidgetItem(name));
        m_lines->setItem(row, Sold, new QTableWidgetItem(QString()));
        m_lines->setItem(row, ReturnedBefore, new QTableWidgetItem(QString()));
        m_lines->setItem(row, Paid, new QTableWidgetItem(money(product.price)));
        addChoice(row, name, product.unit == Unit::Weight ? 100000 : 999, quantity, product.unit == Unit::Weight);
    }
    requote();
}

void ReturnDialog::find(const QString& scannedOrTyped)
{
    if (m_mode != Mode::Receipt)
        setMode(Mode::Receipt);
    m_offlineQr = scannedOrTyped.trimmed();
    m_offlineButton->hide();
    m_receipt->setText(scannedOrTyped.trimmed());
    m_sale.reset();
    m_quote.reset();
    showSale();
    try {
        m_sale = m_till.returns().findLocal(scannedOrTyped);
    } catch (const DomainError& e) {
        showMessage(e.message(), true);
        return;
    }
    if (m_sale) {
        showMessage(QString());
        showSale();
        return;
    }
    QString receiptId = ReturnService::receiptIdOf(scannedOrTyped);
    // An online order handed over elsewhere: the hub knows it under the order's number.
    static const QRegularExpression orderNumber(QStringLiteral("^[A-Za-z0-9_.-]{1,32}$"));
    if (receiptId.isEmpty() && orderNumber.match(scannedOrTyped.trimmed()).hasMatch())
        receiptId = scannedOrTyped.trimmed();
    if (receiptId.isEmpty()) {
        showMessage(tr("No sale of this till has that receipt number; scan the receipt's QR code or type its full id"), true);
        return;
    }
    if (!m_sync) {
        showMessage(tr("Receipt %1 is not from this till, and the till is not connected to a hub").arg(receiptId), true);
        return;
    }
    m_waitingFor = receiptId;
    showMessage(tr("Asking the hub for receipt %1...").arg(receiptId));
    m_sync->lookupSale(receiptId);
}

void ReturnDialog::showSale()
{
    m_lines->setRowCount(0);
    m_refundButton->setEnabled(false);
    m_quoteLabel->clear();
    if (!m_sale) {
        m_saleLabel->clear();
        return;
    }
    const OriginalSale& s = *m_sale;
    m_saleLabel->setText(tr("Receipt %1 of %2, store %3, till %4: %5%6")
                             .arg(s.receiptId, QLocale().toString(m_till.settings().localTime(s.createdAt), QLocale::ShortFormat),
                                  s.storeCode, s.tillCode, money(s.total),
                                  s.memberId.isEmpty() ? QString() : tr(", member %1").arg(MemberText::of(m_till.members(), s.memberId))));
    m_lines->setRowCount(int(s.lines.size()));
    for (int row = 0; row < s.lines.size(); ++row) {
        const OriginalSale::Line& l = s.lines[row];
        const auto quantityText = [&l](qint64 q) {
            return l.weighed ? QLocale().toString(double(q) / 1000.0, 'f', 3) + QStringLiteral(" kg") : QLocale().toString(q);
        };
        m_lines->setItem(row, Item, new QTableWidgetItem(l.name));
        m_lines->setItem(row, Sold, new QTableWidgetItem(quantityText(l.quantity)));
        m_lines->setItem(row, ReturnedBefore, new QTableWidgetItem(quantityText(s.returned.value(l.line))));
        m_lines->setItem(row, Paid, new QTableWidgetItem(money(l.gross)));
        addChoice(row, l.name, std::min<qint64>(s.returnable(l.line), 1000000), 0, l.weighed);
    }
    requote();
    // The receipt is found: the cashier types how many come back, straight away.
    for (int row = 0; row < m_lines->rowCount(); ++row)
        if (auto* quantity = qobject_cast<QSpinBox*>(m_lines->cellWidget(row, Quantity)); quantity && quantity->isEnabled()) {
            quantity->setFocus();
            quantity->selectAll();
            break;
        }
}

void ReturnDialog::addChoice(int row, const QString& name, qint64 most, qint64 value, bool weighed)
{
    auto* quantity = new QSpinBox(m_lines);
    quantity->setObjectName(QStringLiteral("returnQuantity%1SpinBox").arg(row));
    quantity->setAccessibleName(tr("How many of %1 come back").arg(name));
    quantity->setRange(0, int(most));
    quantity->setValue(int(value));
    quantity->setSuffix(weighed ? QStringLiteral(" g") : QString());
    quantity->setEnabled(most > 0);
    connect(quantity, &QSpinBox::valueChanged, this, &ReturnDialog::requote);
    m_lines->setCellWidget(row, Quantity, quantity);
    auto* where = new QComboBox(m_lines);
    where->setObjectName(QStringLiteral("disposition%1ComboBox").arg(row));
    where->setAccessibleName(tr("Where %1 goes").arg(name));
    where->addItem(tr("Back to stock"), dispositionName(Disposition::Restock));
    where->addItem(tr("Damaged"), dispositionName(Disposition::Damaged));
    where->addItem(tr("Return to vendor"), dispositionName(Disposition::ReturnToVendor));
    connect(where, &QComboBox::currentIndexChanged, this, &ReturnDialog::requote);
    m_lines->setCellWidget(row, Where, where);
}

QList<ReturnRequestLine> ReturnDialog::request() const
{
    QList<ReturnRequestLine> out;
    if (!m_sale)
        return out;
    for (int row = 0; row < m_sale->lines.size(); ++row) {
        const auto* quantity = qobject_cast<QSpinBox*>(m_lines->cellWidget(row, Quantity));
        const auto* where = qobject_cast<QComboBox*>(m_lines->cellWidget(row, Where));
        if (quantity && where && quantity->value() > 0)
            out.append({m_sale->lines[row].line, quantity->value(), dispositionFromName(where->currentData().toString())});
    }
    return out;
}

void ReturnDialog::requote()
{
    m_quote.reset();
    m_refundButton->setEnabled(false);
    m_exchangeButton->setEnabled(false);
    if (m_mode != Mode::Receipt) {
        const QList<ReturnService::UnreceiptedLine> goods = items();
        if (goods.isEmpty()) {
            m_quoteLabel->setText(tr("Scan the items that come back"));
            return;
        }
        try {
            m_quoteLabel->setText(tr("Refund at today's prices: %1").arg(money(m_till.returns().todaysValue(goods))));
            m_refundButton->setEnabled(true);
        } catch (const DomainError& e) {
            m_quoteLabel->setText(e.message());
        }
        return;
    }
    const QList<ReturnRequestLine> lines = request();
    if (lines.isEmpty()) {
        m_quoteLabel->setText(m_sale ? tr("Choose what comes back") : QString());
        return;
    }
    try {
        m_quote = m_till.returns().quote(*m_sale, lines);
    } catch (const DomainError& e) {
        m_quoteLabel->setText(e.message());
        return;
    }
    QStringList text{tr("The returned goods carried %1.").arg(money(m_quote->paid))};
    for (const ReturnQuote::Adjustment& a : m_quote->adjustments)
        text.append(tr("%1: %2 less, as the goods kept no longer get it in full")
                        .arg(a.name.isEmpty() ? tr("Other adjustments") : a.name, money(a.amount)));
    text.append(tr("Refund: %1").arg(money(m_quote->refund)));
    if (m_quote->pointsReversed > 0)
        text.append(tr("%1 points earned on them are taken back.").arg(m_quote->pointsReversed));
    m_quoteLabel->setText(text.join(QLatin1Char('\n')));
    m_refundButton->setEnabled(true);
    m_exchangeButton->setEnabled(m_quote->refund > 0);
}

QList<RefundTender> ReturnDialog::refundsFor(qint64 amount) const
{
    QList<RefundTender> refunds;
    if (amount <= 0 || !m_sale)
        return refunds;
    switch (m_refundTo->currentIndex()) {
    case StoreCredit:
        refunds.append({Tender::Kind::GiftCard, amount, {}, {}, {}, 0});
        break;
    case Cash:
        refunds.append({Tender::Kind::Cash, amount, {}, {}, {}, 0});
        break;
    default:
        refunds = m_till.returns().refundPlan(*m_sale, amount);
        for (RefundTender& r : refunds) {
            if (r.kind == Tender::Kind::Card) {
                r.cardLast4 = m_cardLast4->text().trimmed();
                r.approvalCode = m_cardApproval->text().trimmed();
            }
        }
    }
    return refunds;
}

ReturnDialog::Exchange ReturnDialog::exchangeRequest() const
{
    Exchange e;
    e.sale = *m_sale;
    e.lines = request();
    e.credit = m_quote->refund;
    e.back = refundsFor(std::max<qint64>(0, m_quote->refund - m_exchangeTotal));
    e.reason = m_reason->text().trimmed();
    return e;
}

void ReturnDialog::setExchangeCart(const Cart& cart)
{
    m_exchangeCart = &cart;
    m_exchangeTotal = cart.totals().total.minor();
    m_exchangeButton->setVisible(m_exchangeTotal > 0);
    m_exchangeButton->setText(tr("Exchange for the sale in progress (%1)").arg(money(m_exchangeTotal)));
}

void ReturnDialog::chooseExchange()
{
    if (m_mode != Mode::Receipt || !m_sale || !m_quote || m_quote->refund <= 0)
        return;
    Exchange e = exchangeRequest();
    if (m_terminal && std::any_of(e.back.cbegin(), e.back.cend(), [](const RefundTender& r) { return r.kind == Tender::Kind::Card; })) {
        exchangeThroughTerminal(e);
        return;
    }
    m_exchange = e;
    done(ExchangeChosen);
}

void ReturnDialog::useCardTerminal(std::shared_ptr<CardTerminal> terminal, CardPayments& payments)
{
    m_terminal = std::move(terminal);
    m_cardPayments = &payments;
    if (!m_call) {
        m_call = new CardTerminalCall(this);
        connect(m_call, &CardTerminalCall::message, this, [this](const QString& text) { showMessage(text); });
    }
    // The terminal reads the card: nothing to type.
    m_form->setRowVisible(m_cardLast4, false);
    m_form->setRowVisible(m_cardApproval, false);
}

void ReturnDialog::setTerminalBusy(bool busy)
{
    for (QPushButton* b : findChildren<QPushButton*>())
        b->setEnabled(!busy);
}

void ReturnDialog::refundThroughTerminal(const QList<ReturnRequestLine>& lines, QList<RefundTender> refunds)
{
    // The return is checked (and approved where it must be) before any money leaves.
    QString pin;
    const QString problem = ApprovalDialog::runWithApproval(this, [&](const QString& approver) {
        m_till.returns().checkBeforeTerminal(m_session, *m_sale, lines, refunds, approver);
        pin = approver;
    });
    if (!problem.isEmpty()) {
        showMessage(problem, true);
        return;
    }
    const QString reason = m_reason->text().trimmed();
    refundOnTerminal(refunds, [this, lines, pin, reason](const QString& cardRefund, const QList<RefundTender>& paid) {
        try {
            m_done = m_till.returns().complete(m_session, *m_sale, lines, paid, pin, reason);
            accept();
        } catch (const DomainError& e) {
            // The terminal paid but the return refuses it (another card than the one that paid):
            // the money is taken back at once.
            showMessage(e.message(), true);
            reverseRefund(cardRefund);
        }
    });
}

void ReturnDialog::exchangeThroughTerminal(Exchange exchange)
{
    QString pin;
    const QString problem = ApprovalDialog::runWithApproval(this, [&](const QString& approver) {
        m_till.returns().checkExchange(m_session, exchange.sale, exchange.lines, *m_exchangeCart, exchange.back, approver, true);
        pin = approver;
    });
    if (!problem.isEmpty()) {
        showMessage(problem, true);
        return;
    }
    // The card has its money back before the exchange is recorded; the cashier page reverses it
    // if the exchange then does not happen.
    refundOnTerminal(exchange.back, [this, exchange, pin](const QString& cardRefund, const QList<RefundTender>& paid) mutable {
        try {
            m_till.returns().checkExchange(m_session, exchange.sale, exchange.lines, *m_exchangeCart, paid, pin, false);
        } catch (const DomainError& e) {
            showMessage(e.message(), true); // another card than the one that paid: its money is taken back
            reverseRefund(cardRefund);
            return;
        }
        exchange.back = paid;
        exchange.approverPin = pin;
        exchange.terminalRefund = cardRefund;
        m_exchange = exchange;
        done(ExchangeChosen);
    });
}

void ReturnDialog::refundOnTerminal(QList<RefundTender> refunds,
                                    std::function<void(const QString& cardRefund, const QList<RefundTender>& paid)> then)
{
    qint64 amount = 0;
    for (const RefundTender& r : refunds)
        if (r.kind == Tender::Kind::Card)
            amount += r.amount;
    CardRequest request;
    try {
        request = m_cardPayments->begin(m_session, CardPayments::Kind::Refund, amount);
    } catch (const DomainError& e) {
        showMessage(e.message(), true);
        return;
    }
    auto result = std::make_shared<CardResult>();
    setTerminalBusy(true);
    showMessage(tr("Refund of %1 on the card terminal: the customer presents the card that paid").arg(money(amount)));
    connect(
        m_call, &CardTerminalCall::finished, this,
        [this, request, result, refunds, then]() mutable {
            setTerminalBusy(false);
            try {
                m_cardPayments->record(request, *result);
            } catch (const DomainError& e) {
                showMessage(e.message(), true);
                return;
            }
            if (!result->approved()) {
                showMessage(result->outcome == CardResult::Outcome::Unknown
                                ? tr("The card terminal did not confirm the refund; settle card payments from the Till menu once it"
                                     " answers (the till also does when it restarts).")
                                : result->message,
                            true);
                return;
            }
            for (RefundTender& r : refunds) {
                if (r.kind != Tender::Kind::Card)
                    continue;
                r.reference = request.idempotencyKey;
                r.cardLast4 = result->cardLast4;
                r.approvalCode = result->approvalCode;
            }
            then(request.idempotencyKey, refunds);
        },
        Qt::SingleShotConnection);
    m_call->start(m_terminal, [request, result](CardTerminal& terminal) {
        CardResult answer = terminal.refund(request);
        if (answer.outcome == CardResult::Outcome::Unknown)
            answer = terminal.status(request);
        *result = answer;
    });
}

void ReturnDialog::reverseRefund(const QString& cardRefund)
{
    const QString why = m_message->text();
    setTerminalBusy(true);
    m_call->reverse(m_terminal, *m_cardPayments, cardRefund, [this, why](bool reversed, const QString& problem) {
        setTerminalBusy(false);
        if (!problem.isEmpty())
            showMessage(why + QLatin1Char(' ') + problem, true);
        else if (!reversed)
            showMessage(why + QLatin1Char(' ') +
                            tr("The refund could not be reversed on the card terminal; settle card payments from the Till menu once it"
                               " answers."),
                        true);
        else
            showMessage(why + QLatin1Char(' ') + tr("The refund was reversed on the card terminal."), true);
    });
}

void ReturnDialog::refund()
{
    if (m_mode != Mode::Receipt) {
        const Tender::Kind to = m_refundTo->currentIndex() == Cash ? Tender::Kind::Cash : Tender::Kind::GiftCard;
        const QList<ReturnService::UnreceiptedLine> goods = items();
        const QString problem = ApprovalDialog::runWithApproval(this, [&](const QString& pin) {
            m_done = m_mode == Mode::NoReceipt
                         ? m_till.returns().completeWithoutReceipt(m_session, goods, to, pin, m_reason->text().trimmed())
                         : m_till.returns().completeOfflineOtherStore(m_session, m_offlineQr, goods, to, pin, m_reason->text().trimmed());
        });
        if (!problem.isEmpty()) {
            showMessage(problem, true);
            return;
        }
        accept();
        return;
    }
    if (!m_sale || !m_quote)
        return;
    const QList<ReturnRequestLine> lines = request();
    const QList<RefundTender> refunds = refundsFor(m_quote->refund);
    if (m_terminal && std::any_of(refunds.cbegin(), refunds.cend(), [](const RefundTender& r) { return r.kind == Tender::Kind::Card; })) {
        refundThroughTerminal(lines, refunds);
        return;
    }
    const QString problem = ApprovalDialog::runWithApproval(this, [&](const QString& pin) {
        m_done = m_till.returns().complete(m_session, *m_sale, lines, refunds, pin, m_reason->text().trimmed());
    });
    if (!problem.isEmpty()) {
        showMessage(problem, true);
        return;
    }
    accept();
}

} // namespace omnitill::ui
