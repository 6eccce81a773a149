#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;
class QPushButton;

namespace omnitill::ui {

class NumericKeypad;

// A staff member's PIN over the kiosk screen: to open the staff menu, to confirm a customer's
// age, or to approve a change at self-checkout. The customer sees why staff are needed.
class KioskPinOverlay : public QFrame
{
    Q_OBJECT
public:
    explicit KioskPinOverlay(QWidget* parent);

    void ask(const QString& title, const QString& message, bool cancellable = true);
    void refuse(const QString& error);
    QString title() const;

signals:
    void pinEntered(const QString& pin);
    void cancelled();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_title = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_error = nullptr;
    QLineEdit* m_pin = nullptr;
    NumericKeypad* m_keypad = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace omnitill::ui
