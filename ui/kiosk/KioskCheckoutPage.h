#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace omnitill::ui {

// The end of a kiosk order: the choice between paying here by card and paying at the counter,
// the card payment under way, its result, and the counter ticket with its number and QR.
class KioskCheckoutPage : public QWidget
{
    Q_OBJECT
public:
    explicit KioskCheckoutPage(QWidget* parent = nullptr);

    void showChoice(const QString& totalText, bool cardAvailable);
    void showWorking(const QString& totalText);
    // What the card terminal asks of the customer now ("Insert card", "Enter PIN").
    void showTerminalMessage(const QString& text);
    void showPaid(const QString& number, const QString& receiptId);
    // counterAllowed false: a card payment is in doubt and staff must settle it first.
    void showFailed(const QString& message, bool cardAvailable, bool counterAllowed = true);
    void showTicket(const QString& number, const QString& code, const QString& totalText);
    QString ticketCode() const { return m_code; }

signals:
    void cardChosen();
    void cardCancelRequested();
    void counterChosen();
    void backRequested();
    void finished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QStackedWidget* m_stack = nullptr;
    QWidget* m_choice = nullptr;
    QLabel* m_choiceTotal = nullptr;
    QPushButton* m_card = nullptr;
    QLabel* m_cardNote = nullptr;
    QPushButton* m_counter = nullptr;
    QPushButton* m_back = nullptr;
    QWidget* m_working = nullptr;
    QLabel* m_workingText = nullptr;
    QLabel* m_terminalText = nullptr;
    QPushButton* m_cancelCard = nullptr;
    QWidget* m_result = nullptr;
    QLabel* m_resultText = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_resultCounter = nullptr;
    QPushButton* m_resultDone = nullptr;
    QWidget* m_ticket = nullptr;
    QLabel* m_ticketIntro = nullptr;
    QLabel* m_number = nullptr;
    QLabel* m_qr = nullptr;
    QLabel* m_ticketText = nullptr;
    QPushButton* m_ticketDone = nullptr;
    QString m_total;
    QString m_code;
    QString m_ticketNumber;
    QString m_paidNumber;
    QString m_receiptId;
    QString m_failure;
    bool m_cardAvailable = false;
    bool m_paid = false;
    bool m_counterAllowed = true;
};

} // namespace omnitill::ui
