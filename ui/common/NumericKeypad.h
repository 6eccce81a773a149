#pragma once

#include <QPointer>
#include <QWidget>

#include <QLineEdit>
class QPushButton;

namespace omnitill::ui {

// A touch keypad that types into whichever line edit it is attached to.
class NumericKeypad : public QWidget
{
    Q_OBJECT
public:
    explicit NumericKeypad(QWidget* parent = nullptr);
    void setTarget(QLineEdit* target) { m_target = target; }

signals:
    void enterPressed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void press(const QString& key);
    void retranslate();

    QPointer<QLineEdit> m_target;
    QPushButton* m_back = nullptr;
    QPushButton* m_clear = nullptr;
    QPushButton* m_decimal = nullptr;
    QPushButton* m_enter = nullptr;
};

} // namespace omnitill::ui
