#include "PaymentDialog.h"

#include "NumericKeypad.h"
#include "QrImage.h"
#include "ScannerEventFilter.h"
#include "Theme.h"
#include "Till.h"
#include "common/DomainError.h"
#include "payment/CardPayments.h"
#include "payment/CardTerminalCall.h"
#include "receipt/ReceiptLayout.h"
#include "sale/EmvQrPayload.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

namespace omnitill::ui {

QString PaymentDialog::paymentReference(Till& till)
{
    return till.settings().storeCode() + QLatin1Char('-') + till.settings().tillCode() + QLatin1Char('-') +
           QString::number(till.clock().nowUtc().toSecsSinceEpoch());
}

void PaymentDialog::useStore(Till& till)
{
    StoreSettings& s = till.settings();
    setQrBuilder([&s, currency = m_currency, reference = m_qrReference](qint64 amount) {
        const EmvQrPayload::Merchant merchant{s.value(QStringLiteral("payment.qr_guid")),
                                              s.value(QStringLiteral("payment.qr_account")),
                                              s.value(QStringLiteral("payment.mcc"), QStringLiteral("5411")),
                                              s.value(QStringLiteral("payment.country"), QStringLiteral("DE")),
                                              s.storeName(),
                                              s.value(QStringLiteral("payment.city"))};
        return EmvQrPayload::build(merchant, amount, currency.exponent(), currency.numericCode(), reference);
    });
    setGiftCardPayer([&till](Payment& payment, const QString& number, qint64 amount) {
        GiftCardService& cards = till.giftCards();
        cards.pay(payment, number, amount > 0 ? amount : std::max<qint64>(1, cards.spendable(number, payment.remaining())));
    });
}

PaymentDialog::PaymentDialog(qint64 due, Currency currency, QString reference, Completer complete, QWidget* parent)
    : QDialog(parent), m_payment(due), m_currency(std::move(currency)), m_complete(std::move(complete)), m_qrReference(std::move(reference))
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Payment"));
    auto* layout = new QGridLayout(this);

    m_dueLabel = new QLabel(this);
    m_dueLabel->setObjectName(QStringLiteral("dueLabel"));
    QFont big = m_dueLabel->font();
    big.setPointSize(big.pointSize() * 2);
    big.setBold(true);
    m_dueLabel->setFont(big);
    layout->addWidget(m_dueLabel, 0, 0, 1, 2);

    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amountLineEdit"));
    m_amount->setPlaceholderText(tr("Amount (empty = what is left to pay)"));
    m_amount->setProperty(ScannerEventFilter::kRefusesScans, true);
    layout->addWidget(m_amount, 1, 0);
    auto* keypad = new NumericKeypad(this);
    keypad->setTarget(m_amount);
    connect(keypad, &NumericKeypad::enterPressed, this, &PaymentDialog::payCash);
    layout->addWidget(keypad, 2, 0);

    auto* buttons = new QVBoxLayout;
    auto* cash = new QPushButton(tr("Cash (F1)"), this);
    cash->setObjectName(QStringLiteral("cashPushButton"));
    cash->setShortcut(Qt::Key_F1);
    connect(cash, &QPushButton::clicked, this, &PaymentDialog::payCash);
    auto* exact = new QPushButton(tr("Exact cash (F2)"), this);
    exact->setObjectName(QStringLiteral("exactPushButton"));
    exact->setShortcut(Qt::Key_F2);
    connect(exact, &QPushButton::clicked, this, &PaymentDialog::payExact);
    buttons->addWidget(cash);
    buttons->addWidget(exact);

    auto* cardBox = new QGroupBox(tr("Card terminal"), this);
    auto* cardLayout = new QVBoxLayout(cardBox);
    m_manualCard = new QWidget(cardBox);
    auto* cardForm = new QFormLayout(m_manualCard);
    cardForm->setContentsMargins(0, 0, 0, 0);
    cardLayout->addWidget(m_manualCard);
    m_brand = new QComboBox(cardBox);
    m_brand->setObjectName(QStringLiteral("brandComboBox"));
    m_brand->addItems({QStringLiteral("VISA"), QStringLiteral("Mastercard"), QStringLiteral("Maestro"), QStringLiteral("UnionPay"),
                       QStringLiteral("Mir"), QStringLiteral("Amex"), tr("Other")});
    m_approval = new QLineEdit(cardBox);
    m_approval->setObjectName(QStringLiteral("approvalLineEdit"));
    m_approval->setMaxLength(12);
    m_last4 = new QLineEdit(cardBox);
    m_last4->setObjectName(QStringLiteral("last4LineEdit"));
    m_last4->setMaxLength(4);
    // A validator, not an input mask: a mask puts the cursor where the click landed, past its blanks,
    // and everything typed after the click is lost.
    m_last4->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,4}")), m_last4));
    cardForm->addRow(tr("Brand"), m_brand);
    cardForm->addRow(tr("Approval code"), m_approval);
    cardForm->addRow(tr("Last 4 digits"), m_last4);
    m_cardButton = new QPushButton(tr("Card paid (F3)"), cardBox);
    m_cardButton->setObjectName(QStringLiteral("cardPushButton"));
    m_cardButton->setShortcut(Qt::Key_F3);
    connect(m_cardButton, &QPushButton::clicked, this, &PaymentDialog::payCard);
    cardLayout->addWidget(m_cardButton);
    m_terminalMessage = new QLabel(cardBox);
    m_terminalMessage->setObjectName(QStringLiteral("terminalMessageLabel"));
    m_terminalMessage->setWordWrap(true);
    m_terminalMessage->setVisible(false);
    cardLayout->addWidget(m_terminalMessage);
    m_terminalCancel = new QPushButton(tr("Cancel on the terminal"), cardBox);
    m_terminalCancel->setObjectName(QStringLiteral("terminalCancelPushButton"));
    m_terminalCancel->setVisible(false);
    cardLayout->addWidget(m_terminalCancel);
    buttons->addWidget(cardBox);

    auto* qr = new QPushButton(tr("Show payment QR (F4)"), this);
    qr->setObjectName(QStringLiteral("qrPushButton"));
    qr->setShortcut(Qt::Key_F4);
    connect(qr, &QPushButton::clicked, this, &PaymentDialog::showQr);
    buttons->addWidget(qr);
    m_qrImage = new QLabel(this);
    m_qrImage->setObjectName(QStringLiteral("qrImageLabel"));
    m_qrImage->setAlignment(Qt::AlignCenter);
    buttons->addWidget(m_qrImage);
    m_qrConfirm = new QPushButton(tr("QR payment received"), this);
    m_qrConfirm->setObjectName(QStringLiteral("qrConfirmPushButton"));
    m_qrConfirm->setVisible(false);
    connect(m_qrConfirm, &QPushButton::clicked, this, &PaymentDialog::confirmQr);
    buttons->addWidget(m_qrConfirm);

    auto* giftRow = new QHBoxLayout;
    m_giftCard = new QLineEdit(this);
    m_giftCard->setObjectName(QStringLiteral("giftCardLineEdit"));
    m_giftCard->setPlaceholderText(tr("Gift card or store credit number"));
    m_giftCard->setMaxLength(16);
    auto* gift = new QPushButton(tr("Gift card (F6)"), this);
    gift->setObjectName(QStringLiteral("giftCardPushButton"));
    gift->setShortcut(Qt::Key_F6);
    connect(gift, &QPushButton::clicked, this, &PaymentDialog::payGiftCard);
    giftRow->addWidget(m_giftCard);
    giftRow->addWidget(gift);
    buttons->addLayout(giftRow);

    m_tenders = new QListWidget(this);
    m_tenders->setObjectName(QStringLiteral("tendersListWidget"));
    buttons->addWidget(m_tenders);
    auto* undo = new QPushButton(tr("Remove last payment"), this);
    undo->setObjectName(QStringLiteral("undoTenderPushButton"));
    connect(undo, &QPushButton::clicked, this, &PaymentDialog::removeLastTender);
    buttons->addWidget(undo);
    auto* cancel = new QPushButton(tr("Back to sale (Esc)"), this);
    cancel->setObjectName(QStringLiteral("cancelPaymentPushButton"));
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    buttons->addWidget(cancel);
    layout->addLayout(buttons, 1, 1, 2, 1);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("paymentErrorLabel"));
    Theme::setRole(m_errorLabel, QStringLiteral("error"));
    m_errorLabel->setWordWrap(true);
    layout->addWidget(m_errorLabel, 3, 0, 1, 2);
    m_amount->setFocus();
    refresh();
}

qint64 PaymentDialog::enteredAmount(bool defaultRemaining) const
{
    if (m_amount->text().trimmed().isEmpty() && defaultRemaining)
        return m_payment.remaining();
    return Money::parse(m_amount->text(), m_currency).minor();
}

void PaymentDialog::fail(const QString& message)
{
    m_errorLabel->setText(message);
}

void PaymentDialog::addPoints(qint64 points, qint64 value)
{
    prefill([&] { m_payment.addPoints(points, value); });
}

void PaymentDialog::addExchangeCredit(qint64 amount)
{
    prefill([&] { m_payment.addExchangeCredit(amount); });
}

void PaymentDialog::prefill(const std::function<void()>& add)
{
    try {
        add();
        refresh();
        if (m_payment.isComplete()) // paid in full already: complete as soon as the dialog is up
            QTimer::singleShot(0, this, &PaymentDialog::tryComplete);
    } catch (const DomainError& e) {
        fail(e.message());
    }
}

void PaymentDialog::payCash()
{
    try {
        m_payment.addCash(enteredAmount(true));
        m_amount->clear();
        tryComplete();
    } catch (const DomainError& e) {
        fail(e.message());
    }
}

void PaymentDialog::payExact()
{
    try {
        m_payment.addExactCash();
        tryComplete();
    } catch (const DomainError& e) {
        fail(e.message());
    }
}

void PaymentDialog::useCardTerminal(std::shared_ptr<CardTerminal> terminal, CardPayments& payments, const Session& session)
{
    m_terminal = std::move(terminal);
    m_cardPayments = &payments;
    m_session = session;
    if (!m_call) {
        m_call = new CardTerminalCall(this);
        connect(m_call, &CardTerminalCall::message, m_terminalMessage, &QLabel::setText);
        connect(m_terminalCancel, &QPushButton::clicked, m_call, &CardTerminalCall::cancel);
    }
    m_manualCard->setVisible(false);
    m_cardButton->setText(tr("Card on the terminal (F3)"));
    m_cardButton->setShortcut(Qt::Key_F3);
    m_terminalMessage->setVisible(true);
    m_terminalMessage->setText(tr("Terminal ready"));
}

void PaymentDialog::setBusy(bool busy)
{
    // While the terminal has the customer, only "Cancel on the terminal" is offered.
    for (QPushButton* b : findChildren<QPushButton*>())
        b->setEnabled(!busy || b == m_terminalCancel);
    m_terminalCancel->setVisible(busy);
    m_amount->setEnabled(!busy);
}

void PaymentDialog::payByTerminal()
{
    if (m_call->isRunning())
        return;
    try {
        const qint64 amount = enteredAmount(true);
        if (amount <= 0 || amount > m_payment.remaining())
            throw DomainError(QStringLiteral("tender.over"), tr("A card payment cannot exceed the amount due"));
        const CardRequest request = m_cardPayments->begin(m_session, CardPayments::Kind::Payment, amount);
        auto result = std::make_shared<CardResult>();
        setBusy(true);
        fail({});
        m_terminalMessage->setText(tr("Amount %1 sent to the card terminal").arg(ReceiptLayout::amount(amount, m_currency, QLocale())));
        connect(
            m_call, &CardTerminalCall::finished, this,
            [this, request, result] {
                setBusy(false);
                try {
                    m_cardPayments->record(request, *result);
                    if (result->approved()) {
                        m_payment.addTerminalCard(CardPayments::tenderFor(request, *result));
                        m_amount->clear();
                        m_terminalMessage->setText(tr("Approved"));
                        tryComplete();
                        return;
                    }
                    m_terminalMessage->setText(tr("Not paid"));
                    fail(result->outcome == CardResult::Outcome::Unknown
                             ? tr("The card terminal did not confirm the payment. Check its last receipt before taking the card"
                                  " again; settle card payments from the Till menu once it answers.")
                             : result->message);
                } catch (const DomainError& e) {
                    fail(e.message());
                }
            },
            Qt::SingleShotConnection);
        m_call->start(m_terminal, [request, result](CardTerminal& terminal) {
            CardResult answer = terminal.authorize(request);
            if (answer.outcome == CardResult::Outcome::Unknown)
                answer = terminal.status(request);
            *result = answer;
        });
    } catch (const DomainError& e) {
        fail(e.message());
    }
}

QStringList PaymentDialog::terminalCards() const
{
    QStringList ids;
    for (const Tender& t : m_payment.tenders())
        if (t.kind == Tender::Kind::Card && !t.reference.isEmpty())
            ids.append(t.reference);
    return ids;
}

void PaymentDialog::reverseTerminalCards(const QStringList& ids, std::function<void()> next)
{
    if (ids.isEmpty() || !m_call) {
        next();
        return;
    }
    QList<std::pair<CardRequest, CardResult>> asks;
    try {
        for (const QString& id : ids)
            asks.append(m_cardPayments->reversalOf(id));
    } catch (const DomainError& e) {
        fail(e.message());
        return;
    }
    auto reversed = std::make_shared<QStringList>();
    setBusy(true);
    m_terminalMessage->setText(tr("Reversing the card payment on the terminal…"));
    connect(
        m_call, &CardTerminalCall::finished, this,
        [this, ids, reversed, next] {
            setBusy(false);
            try {
                for (const QString& id : *reversed)
                    m_cardPayments->recordReversal(id);
            } catch (const DomainError& e) {
                fail(e.message());
                return;
            }
            if (reversed->size() != ids.size()) {
                m_terminalMessage->setText(tr("Not reversed"));
                fail(tr("The card terminal could not reverse the card payment. Try again, or finish the sale with it."));
                return;
            }
            m_terminalMessage->setText(tr("Reversed"));
            next();
        },
        Qt::SingleShotConnection);
    m_call->start(m_terminal, [asks, reversed](CardTerminal& terminal) {
        for (const auto& [request, approved] : asks)
            if (terminal.reverse(request, approved))
                reversed->append(request.idempotencyKey);
    });
}

void PaymentDialog::removeLastTender()
{
    const QList<Tender>& tenders = m_payment.tenders();
    if (tenders.isEmpty())
        return;
    const Tender& last = tenders.last();
    const QStringList ids = last.kind == Tender::Kind::Card && !last.reference.isEmpty() ? QStringList{last.reference} : QStringList{};
    reverseTerminalCards(ids, [this] {
        m_payment.removeLast();
        refresh();
    });
}

void PaymentDialog::reject()
{
    if (m_call && m_call->isRunning()) {
        m_call->cancel(); // the customer is at the terminal: stop that first
        return;
    }
    reverseTerminalCards(terminalCards(), [this] { QDialog::reject(); });
}

void PaymentDialog::payCard()
{
    if (m_terminal) {
        payByTerminal();
        return;
    }
    try {
        m_payment.addCard(enteredAmount(true), m_approval->text().trimmed(), m_brand->currentText(), m_last4->text());
        m_amount->clear();
        m_approval->clear();
        m_last4->clear();
        tryComplete();
    } catch (const DomainError& e) {
        fail(e.message());
    }
}

void PaymentDialog::showQr()
{
    try {
        m_qrAmount = enteredAmount(true);
        if (m_qrAmount <= 0 || m_qrAmount > m_payment.remaining())
            throw DomainError(QStringLiteral("tender.over"), tr("A QR payment cannot exceed the amount due"));
        const QString payload = m_qrBuilder ? m_qrBuilder(m_qrAmount) : QString();
        const QImage image = QrImage::encode(payload, 4);
        m_qrImage->setPixmap(QPixmap::fromImage(image));
        m_qrImage->setToolTip(payload);
        emit qrShown(payload, m_qrAmount);
        m_qrConfirm->setVisible(true);
        fail(tr("Ask the customer to scan the code and pay %1").arg(ReceiptLayout::amount(m_qrAmount, m_currency, QLocale())));
    } catch (const DomainError& e) {
        fail(e.message());
    }
}

void PaymentDialog::confirmQr()
{
    try {
        m_payment.addQr(m_qrAmount, m_qrReference);
        m_qrImage->clear();
        m_qrConfirm->setVisible(false);
        m_amount->clear();
        tryComplete();
    } catch (const DomainError& e) {
        fail(e.message());
    }
}

void PaymentDialog::payGiftCard()
{
    try {
        if (!m_giftCardPayer)
            throw DomainError(QStringLiteral("giftcard.off"), tr("Gift cards are not accepted here"));
        const qint64 amount = m_amount->text().trimmed().isEmpty() ? 0 : enteredAmount(false);
        m_giftCardPayer(m_payment, m_giftCard->text().trimmed(), amount);
        m_giftCard->clear();
        m_amount->clear();
        tryComplete();
    } catch (const DomainError& e) {
        fail(e.message());
    }
}

void PaymentDialog::refresh()
{
    const QLocale locale;
    QString text = tr("Total %1").arg(Money(m_payment.due(), m_currency).format(locale));
    if (m_payment.remaining() > 0)
        text += QStringLiteral("   ") + tr("To pay %1").arg(Money(m_payment.remaining(), m_currency).format(locale));
    else
        text += QStringLiteral("   ") + tr("Change %1").arg(Money(m_payment.change(), m_currency).format(locale));
    m_dueLabel->setText(text);
    m_tenders->clear();
    for (const Tender& t : m_payment.tenders())
        m_tenders->addItem(QStringLiteral("%1  %2").arg(t.title(), ReceiptLayout::amount(t.tendered, m_currency, locale)));
}

void PaymentDialog::tryComplete()
{
    fail(QString());
    refresh();
    if (!m_payment.isComplete())
        return;
    try {
        m_result = m_complete(m_payment);
        accept();
    } catch (const DomainError& e) {
        // Nothing was recorded; the cashier can correct the tenders and try again. A card the
        // terminal approved stays on: taking it off reverses it on the terminal.
        fail(e.message());
        if (m_payment.tenders().last().reference.isEmpty() || m_payment.tenders().last().kind != Tender::Kind::Card)
            m_payment.removeLast();
        refresh();
    }
}

} // namespace omnitill::ui
