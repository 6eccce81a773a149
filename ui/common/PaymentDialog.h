#pragma once

#include "sale/SaleService.h"
#include "sale/Tender.h"
#include "staff/Role.h"

#include <QDialog>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace omnitill {
class CardPayments;
class CardTerminal;
class CardTerminalCall;
class Till;
} // namespace omnitill

namespace omnitill::ui {

// Takes the tenders for one sale: cash with change, card through a standalone terminal, a QR
// payment, or any mix; completes the sale once it is fully paid.
class PaymentDialog : public QDialog
{
    Q_OBJECT
public:
    using Completer = std::function<CompletedSale(const Payment&)>;

    PaymentDialog(qint64 due, Currency currency, QString qrReference, Completer complete, QWidget* parent = nullptr);
    // Builds the dynamic EMV QR text for an amount (set by the owner, who knows the store).
    void setQrBuilder(std::function<QString(qint64 amount)> builder) { m_qrBuilder = std::move(builder); }
    // The store's QR merchant (for the payment QR) and its gift cards and store credit, as every
    // sale at this till takes them.
    void useStore(Till& till);
    // A reference for the payment QR, unique to this till and moment.
    static QString paymentReference(Till& till);
    const CompletedSale& result() const { return m_result; }
    // Loyalty points the cashier already put on the sale, as its first tender.
    void addPoints(qint64 points, qint64 value);
    // Goods returned in the same visit pay this much (an exchange).
    void addExchangeCredit(qint64 amount);
    // Adds a gift card tender after checking the card (amount 0: as much as the card may pay).
    using GiftCardPayer = std::function<void(Payment&, const QString& number, qint64 amount)>;
    void setGiftCardPayer(GiftCardPayer payer) { m_giftCardPayer = std::move(payer); }
    // The card tender drives this terminal (ZVT): no approval code to type, the terminal's messages
    // shown as it goes; a card payment taken off again, or left when the cashier goes back to the
    // sale, is reversed on the terminal.
    void useCardTerminal(std::shared_ptr<CardTerminal> terminal, CardPayments& payments, const Session& session);

public slots:
    void reject() override;

signals:
    // A payment QR is on screen (for the customer display).
    void qrShown(const QString& payload, qint64 amount);

private:
    void payByTerminal();
    void removeLastTender();
    // Reverses these card payments on the terminal, then runs next if all were reversed.
    void reverseTerminalCards(const QStringList& ids, std::function<void()> next);
    QStringList terminalCards() const;
    void setBusy(bool busy);
    void prefill(const std::function<void()>& add);
    qint64 enteredAmount(bool defaultRemaining) const;
    void payCash();
    void payExact();
    void payCard();
    void showQr();
    void confirmQr();
    void payGiftCard();
    void refresh();
    void fail(const QString& message);
    void tryComplete();

    Payment m_payment;
    Currency m_currency;
    Completer m_complete;
    std::function<QString(qint64)> m_qrBuilder;
    GiftCardPayer m_giftCardPayer;
    CompletedSale m_result;
    qint64 m_qrAmount = 0;
    QString m_qrReference;

    QLabel* m_dueLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QLineEdit* m_amount = nullptr;
    QLineEdit* m_approval = nullptr;
    QLineEdit* m_last4 = nullptr;
    QComboBox* m_brand = nullptr;
    QListWidget* m_tenders = nullptr;
    QLabel* m_qrImage = nullptr;
    QWidget* m_manualCard = nullptr;
    QPushButton* m_cardButton = nullptr;
    QLabel* m_terminalMessage = nullptr;
    QPushButton* m_terminalCancel = nullptr;
    std::shared_ptr<CardTerminal> m_terminal;
    CardPayments* m_cardPayments = nullptr;
    Session m_session;
    CardTerminalCall* m_call = nullptr;
    QPushButton* m_qrConfirm = nullptr;
    QLineEdit* m_giftCard = nullptr;
};

} // namespace omnitill::ui
