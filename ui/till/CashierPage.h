#pragma once

#include "ReturnDialog.h"
#include "sale/Cart.h"
#include "staff/Role.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace omnitill {
class BackgroundSync;
class CardTerminalCall;
class Till;
struct MemberSummary;
struct CompletedSale;
} // namespace omnitill

namespace omnitill::ui {

class CartTableModel;
class StoreDevices;

// The cashier's screen: a scan field that keeps the focus, the cart, totals per tax rate, a
// keypad for touch, and every operation on a key.
class CashierPage : public QWidget
{
    Q_OBJECT
public:
    CashierPage(Till& till, QWidget* parent = nullptr);

    void setSession(const Session& session);
    const Session& session() const { return m_session; }
    void setLanguage(const QString& language);
    bool hasOpenSale() const { return !m_cart.isEmpty(); }
    const Cart& cart() const { return m_cart; }
    // Printer, scale and customer displays; null on a till without devices (tests, back office).
    void setDevices(StoreDevices* devices) { m_devices = devices; }
    // Where another till's sale is asked for a return; null without a hub.
    void setSaleLookup(BackgroundSync* sync) { m_sync = sync; }

public slots:
    void handleScan(const QString& code);
    void reprintLast();
    // Opens the return desk; with a scanned receipt, finds its sale at once.
    void startReturn(const QString& receipt = {});

signals:
    void saleCompleted(const omnitill::CompletedSale& sale);
    void returnCompleted(); // a refund waits in the outbox
    void orderPlaced();     // an order for another store waits in the outbox
    void statusChanged();   // session or waiting events changed; not on every scan (the status reads the store)

protected:
    void changeEvent(QEvent* event) override;

private:
    void enterPressed();
    void searchAsYouType(const QString& text);
    void addSearchResult(int row);
    void addProduct(qint64 productId);
    void afterLineAdded(int lineId);
    void changeQuantity();
    void discountLine();
    void discountSale();
    void voidLine();
    void subtotal();
    void overridePrice();
    void voidSale();
    void park();
    void resume();
    void pay();
    void showLastReceipt();
    void refresh(int selectLineId = 0);
    void showMessage(const QString& text, bool error = false);
    void runGuarded(const std::function<void()>& op);
    void retranslate();
    int selectedLineId() const;
    void showReceipt(const QString& receiptId);
    void scanWithScale(const QString& code);
    void findMember();
    void redeemPoints();
    void showSuggestions();
    void giftCard();
    void startReturnFromKey();
    void orderFromOtherStore();
    void exchange(const ReturnDialog::Exchange& request);
    void reverseCardRefund(const QString& cardRefund);
    void showMember(const MemberSummary& member);
    void addCode(const QString& code, bool fromScanner);

    Till& m_till;
    StoreDevices* m_devices = nullptr;
    CardTerminalCall* m_terminalCall = nullptr; // created with the first reversal
    BackgroundSync* m_sync = nullptr;
    QString m_language = QStringLiteral("en");
    Session m_session;
    Cart m_cart;
    QString m_lastReceiptId;

    CartTableModel* m_model = nullptr;
    QLineEdit* m_scan = nullptr;
    QTableView* m_table = nullptr;
    QListWidget* m_search = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_taxes = nullptr;
    QLabel* m_suggestions = nullptr;
    QLabel* m_member = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_preview = nullptr;
    QList<QPair<QPushButton*, const char*>> m_buttons;
    QList<QPushButton*> m_quickKeys;
};

} // namespace omnitill::ui
