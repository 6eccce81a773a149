#pragma once

#include "Till.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace omnitill {
class BackgroundSync;
class CardPayments;
class CardTerminal;
class CardTerminalCall;
} // namespace omnitill

namespace omnitill::ui {

// The return desk on the till: scan the receipt's QR (or type its id or number), choose what comes
// back and where it goes, see the refund with the promotions worked out again, and refund it the
// way it was paid — or as store credit, or in cash with a supervisor. Another till's or store's
// sale is asked of the hub.
class ReturnDialog : public QDialog
{
    Q_OBJECT
public:
    ReturnDialog(Till& till, const Session& session, BackgroundSync* sync, QWidget* parent = nullptr);

    // exec() answers this when the cashier chose to exchange against the sale in progress.
    static constexpr int ExchangeChosen = QDialog::Accepted + 1;
    struct Exchange
    {
        OriginalSale sale;
        QList<ReturnRequestLine> lines;
        qint64 credit = 0;
        QList<RefundTender> back; // what the return is worth beyond the cart, the chosen way
        QString reason;
        QString approverPin;    // given here already when the terminal paid `back` first
        QString terminalRefund; // the card refund the terminal paid for `back`; reversed if the exchange fails
    };

    void find(const QString& scannedOrTyped);
    const CompletedReturn& result() const { return m_done; }
    // With a sale in progress, the goods can pay for it instead (an exchange).
    void setExchangeCart(const Cart& cart);
    const Exchange& exchange() const { return m_exchange; }
    // Refunds to a card go through this terminal (ZVT refund, 06 31): the card presented there must
    // be the one that paid; a refund the return then refuses is reversed on the terminal.
    void useCardTerminal(std::shared_ptr<CardTerminal> terminal, CardPayments& payments);

private:
    // Against a sale found here or at the hub; goods without a receipt; another till's receipt
    // while the hub cannot be asked (goods scanned, checked by the hub later).
    enum class Mode
    {
        Receipt,
        NoReceipt,
        OfflineReceipt
    };
    void setMode(Mode mode);
    void enterPressed();
    void addItem(const QString& code);
    void showItems();
    QList<ReturnService::UnreceiptedLine> items() const;
    void showSale();
    // The quantity and disposition choosers of a row.
    void addChoice(int row, const QString& name, qint64 most, qint64 value, bool weighed);
    QList<ReturnRequestLine> request() const;
    QList<RefundTender> refundsFor(qint64 amount) const;
    void requote();
    void refund();
    Exchange exchangeRequest() const;
    void chooseExchange();
    void refundThroughTerminal(const QList<ReturnRequestLine>& lines, QList<RefundTender> refunds);
    void exchangeThroughTerminal(Exchange exchange);
    // Pays the card refunds among `refunds` on the terminal; once it approves, `then` gets them
    // naming the terminal's refund.
    void refundOnTerminal(QList<RefundTender> refunds,
                          std::function<void(const QString& cardRefund, const QList<RefundTender>& paid)> then);
    void reverseRefund(const QString& cardRefund);
    void setTerminalBusy(bool busy);
    void showMessage(const QString& text, bool error = false);
    QString money(qint64 minor) const;

    Till& m_till;
    Session m_session;
    BackgroundSync* m_sync = nullptr;
    std::optional<OriginalSale> m_sale;
    std::optional<ReturnQuote> m_quote;
    QString m_waitingFor; // the receipt asked of the hub
    Mode m_mode = Mode::Receipt;
    QString m_offlineQr;                       // the other till's receipt, in OfflineReceipt mode
    QList<std::pair<Product, qint64>> m_items; // scanned goods in the other modes
    CompletedReturn m_done;
    Exchange m_exchange;

    QLineEdit* m_receipt = nullptr;
    QLabel* m_saleLabel = nullptr;
    QTableWidget* m_lines = nullptr;
    QLabel* m_quoteLabel = nullptr;
    QComboBox* m_refundTo = nullptr;
    QLineEdit* m_cardLast4 = nullptr;
    QLineEdit* m_cardApproval = nullptr;
    QFormLayout* m_form = nullptr;
    std::shared_ptr<CardTerminal> m_terminal;
    CardPayments* m_cardPayments = nullptr;
    CardTerminalCall* m_call = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_refundButton = nullptr;
    QPushButton* m_offlineButton = nullptr;
    QPushButton* m_exchangeButton = nullptr;
    const Cart* m_exchangeCart = nullptr;
    qint64 m_exchangeTotal = 0;
    QLabel* m_message = nullptr;
};

} // namespace omnitill::ui
