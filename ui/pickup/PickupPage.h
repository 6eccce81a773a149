#pragma once

#include "Till.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace omnitill::ui {

// The click-and-collect desk (omnitill --mode pickup, or Ctrl+K from the till): the store's online
// orders by status, found by number, name or phone; an order is picked by scanning its items,
// short lines and substitutes are recorded with the customer's consent, and it is handed over to
// whoever shows its pickup QR (or its number and the phone's last four digits) — paid at the desk
// through the normal payment dialog when it was not paid online.
class PickupPage : public QWidget
{
    Q_OBJECT
public:
    PickupPage(Till& till, QWidget* parent = nullptr);

    void setSession(const Session& session) { m_session = session; }
    void setLanguage(const QString& language) { m_language = language; }
    // From the till: a button leads back to it.
    void setBackVisible(bool visible);
    void refresh();
    // A scanner's code: a pickup QR opens that order; anything else is an item picked for the
    // order on screen.
    void handleScan(const QString& code);
    QString currentOrder() const { return m_orderId; }

signals:
    void backRequested();
    void saleCompleted(); // something for the hub: ready, handed over, back to stock
    void shiftNeeded();   // taking a payment needs the till's shift: count the float first

protected:
    void changeEvent(QEvent* event) override;

private:
    void openOrder(const QString& orderId);
    void showOrder();
    int selectedLine() const;
    QString productName(qint64 productId, const QString& fallback) const;
    void shortPick();
    void substitute();
    void resetLine();
    void markReady();
    void handOver();
    void returnToStock();
    void run(const std::function<void()>& op, const QString& success = {});
    void showMessage(const QString& text, bool error = false);
    QString money(qint64 minor) const;
    void retranslate();

    Till& m_till;
    Session m_session;
    QString m_language = QStringLiteral("en");
    QString m_orderId;
    QString m_verifiedFor; // the order whose pickup QR or phone digits were shown

    QLineEdit* m_search = nullptr;
    QComboBox* m_filter = nullptr;
    QTableWidget* m_orders = nullptr;
    QLabel* m_orderLabel = nullptr;
    QTableWidget* m_lines = nullptr;
    QLineEdit* m_scan = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_short = nullptr;
    QPushButton* m_substitute = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_ready = nullptr;
    QPushButton* m_handOver = nullptr;
    QPushButton* m_restock = nullptr;
    QPushButton* m_back = nullptr;
    QLabel* m_searchLabel = nullptr;
    QLabel* m_scanLabel = nullptr;
};

} // namespace omnitill::ui
