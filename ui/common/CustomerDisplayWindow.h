#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace omnitill {
class Cart;
class Currency;
} // namespace omnitill

namespace omnitill::ui {

// What the customer sees on the second screen: the cart as it grows (discounts shown per line),
// the total, the payment QR while it is on the till's screen, and a thank-you with the change.
class CustomerDisplayWindow : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerDisplayWindow(QString storeName, QWidget* parent = nullptr);

    void showCart(const Cart& cart);
    void showPaymentQr(const QString& payload, const QString& amountText);
    void showThankYou(const QString& totalText, const QString& changeText);
    void showWelcome();
    // Up to three products the customer might like with this cart ("Name  price" each).
    void showSuggestions(const QStringList& suggestions);
    // Full screen on the first screen that is not the till's; false when there is only one.
    bool placeOnSecondScreen();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QString m_storeName;
    QLabel* m_title = nullptr;
    QListWidget* m_lines = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_qr = nullptr;
    QLabel* m_suggestions = nullptr;
    QStringList m_suggestionTexts;
    enum class Mode
    {
        Welcome,
        Cart,
        Qr,
        ThankYou
    } m_mode = Mode::Welcome;
    QString m_totalText;
    QString m_changeText;
    QString m_qrAmount;
};

} // namespace omnitill::ui
