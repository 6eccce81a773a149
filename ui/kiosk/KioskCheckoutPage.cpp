#include "KioskCheckoutPage.h"

#include "QrImage.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace omnitill::ui {

namespace {
QLabel* wrapped(const char* objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

QPushButton* button(const char* objectName, QWidget* parent, bool primary = false)
{
    auto* b = new QPushButton(parent);
    b->setObjectName(QLatin1String(objectName));
    b->setProperty("primary", primary);
    return b;
}
} // namespace

KioskCheckoutPage::KioskCheckoutPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("kioskCheckoutPage"));
    auto* layout = new QVBoxLayout(this);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_choice = new QWidget(m_stack);
    auto* choice = new QVBoxLayout(m_choice);
    m_choiceTotal = wrapped("kioskHeadline", m_choice);
    choice->addWidget(m_choiceTotal);
    m_card = button("kioskPayCardPushButton", m_choice, true);
    connect(m_card, &QPushButton::clicked, this, &KioskCheckoutPage::cardChosen);
    choice->addWidget(m_card);
    m_cardNote = wrapped("kioskCardNoteLabel", m_choice);
    choice->addWidget(m_cardNote);
    m_counter = button("kioskPayCounterPushButton", m_choice);
    connect(m_counter, &QPushButton::clicked, this, &KioskCheckoutPage::counterChosen);
    choice->addWidget(m_counter);
    m_back = button("kioskCheckoutBackPushButton", m_choice);
    connect(m_back, &QPushButton::clicked, this, &KioskCheckoutPage::backRequested);
    choice->addWidget(m_back);
    choice->addStretch();
    m_stack->addWidget(m_choice);

    m_working = new QWidget(m_stack);
    auto* working = new QVBoxLayout(m_working);
    m_workingText = wrapped("kioskCardWorkingLabel", m_working);
    working->addWidget(m_workingText);
    m_terminalText = wrapped("kioskTerminalMessageLabel", m_working);
    working->addWidget(m_terminalText);
    m_cancelCard = button("kioskCancelCardPushButton", m_working);
    connect(m_cancelCard, &QPushButton::clicked, this, &KioskCheckoutPage::cardCancelRequested);
    working->addWidget(m_cancelCard);
    m_stack->addWidget(m_working);

    m_result = new QWidget(m_stack);
    auto* result = new QVBoxLayout(m_result);
    m_resultText = wrapped("kioskResultLabel", m_result);
    result->addWidget(m_resultText);
    m_retry = button("kioskRetryCardPushButton", m_result, true);
    connect(m_retry, &QPushButton::clicked, this, &KioskCheckoutPage::cardChosen);
    result->addWidget(m_retry);
    m_resultCounter = button("kioskResultCounterPushButton", m_result);
    connect(m_resultCounter, &QPushButton::clicked, this, &KioskCheckoutPage::counterChosen);
    result->addWidget(m_resultCounter);
    m_resultDone = button("kioskResultDonePushButton", m_result);
    connect(m_resultDone, &QPushButton::clicked, this, [this] {
        if (m_paid)
            emit finished();
        else
            emit backRequested();
    });
    result->addWidget(m_resultDone);
    result->addStretch();
    m_stack->addWidget(m_result);

    m_ticket = new QWidget(m_stack);
    auto* ticket = new QVBoxLayout(m_ticket);
    m_ticketIntro = wrapped("kioskTicketIntroLabel", m_ticket);
    ticket->addWidget(m_ticketIntro);
    m_number = wrapped("kioskOrderNumberLabel", m_ticket);
    ticket->addWidget(m_number);
    m_qr = wrapped("kioskTicketQrLabel", m_ticket);
    ticket->addWidget(m_qr);
    m_ticketText = wrapped("kioskTicketTextLabel", m_ticket);
    ticket->addWidget(m_ticketText);
    m_ticketDone = button("kioskTicketDonePushButton", m_ticket, true);
    connect(m_ticketDone, &QPushButton::clicked, this, &KioskCheckoutPage::finished);
    ticket->addWidget(m_ticketDone);
    ticket->addStretch();
    m_stack->addWidget(m_ticket);
    retranslate();
}

void KioskCheckoutPage::showChoice(const QString& totalText, bool cardAvailable)
{
    m_total = totalText;
    m_cardAvailable = cardAvailable;
    m_stack->setCurrentWidget(m_choice);
    retranslate();
    m_card->setFocus();
}

void KioskCheckoutPage::showTerminalMessage(const QString& text)
{
    m_terminalText->setText(text);
    m_terminalText->setAccessibleName(text);
}

void KioskCheckoutPage::showWorking(const QString& totalText)
{
    m_terminalText->clear();
    m_total = totalText;
    m_stack->setCurrentWidget(m_working);
    retranslate();
}

void KioskCheckoutPage::showPaid(const QString& number, const QString& receiptId)
{
    m_paid = true;
    m_counterAllowed = true;
    m_paidNumber = number;
    m_receiptId = receiptId;
    m_stack->setCurrentWidget(m_result);
    retranslate();
    m_resultDone->setFocus();
}

void KioskCheckoutPage::showFailed(const QString& message, bool cardAvailable, bool counterAllowed)
{
    m_paid = false;
    m_counterAllowed = counterAllowed;
    m_failure = message;
    m_cardAvailable = cardAvailable;
    m_stack->setCurrentWidget(m_result);
    retranslate();
}

void KioskCheckoutPage::showTicket(const QString& number, const QString& code, const QString& totalText)
{
    m_ticketNumber = number;
    m_code = code;
    m_total = totalText;
    m_qr->setPixmap(QPixmap::fromImage(QrImage::encodeToFit(code, 360, 5)));
    m_stack->setCurrentWidget(m_ticket);
    retranslate();
    m_ticketDone->setFocus();
}

void KioskCheckoutPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KioskCheckoutPage::retranslate()
{
    m_choiceTotal->setText(tr("To pay: %1").arg(m_total));
    m_card->setText(tr("Pay here by card"));
    m_card->setEnabled(m_cardAvailable);
    m_card->setAccessibleDescription(tr("Pay with a card or phone at the card terminal beside the screen"));
    m_cardNote->setText(m_cardAvailable ? QString() : tr("Card payment is not available right now. Please pay at the counter."));
    m_cardNote->setVisible(!m_cardAvailable);
    m_counter->setText(tr("Pay at the counter"));
    m_counter->setAccessibleDescription(tr("You get an order number and a code to show at the counter"));
    m_back->setText(tr("Back to my order"));
    m_workingText->setText(tr("Please follow the instructions on the card terminal.\nAmount: %1").arg(m_total));
    m_workingText->setAccessibleName(m_workingText->text());
    m_cancelCard->setText(tr("Cancel card payment"));
    m_resultText->setText(m_paid ? tr("Thank you! Your order %1 is paid.\nPlease take your receipt (%2).").arg(m_paidNumber, m_receiptId)
                                 : tr("Not paid: %1").arg(m_failure));
    m_resultText->setAccessibleName(m_resultText->text());
    m_retry->setText(tr("Try the card again"));
    m_retry->setVisible(!m_paid && m_cardAvailable);
    m_resultCounter->setText(tr("Pay at the counter instead"));
    m_resultCounter->setVisible(!m_paid && m_counterAllowed);
    m_resultDone->setText(m_paid ? tr("Done") : tr("Back to my order"));
    m_ticketIntro->setText(tr("Your order number"));
    m_number->setText(m_ticketNumber);
    m_number->setAccessibleName(tr("Order number %1").arg(m_ticketNumber));
    m_qr->setAccessibleName(tr("Code of order %1 for the cashier to scan").arg(m_ticketNumber));
    m_ticketText->setText(
        tr("Take your ticket and pay %1 at the counter. The cashier scans the code and your order is ready.").arg(m_total));
    m_ticketDone->setText(tr("Done"));
}

} // namespace omnitill::ui
