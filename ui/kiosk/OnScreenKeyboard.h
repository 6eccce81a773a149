#pragma once

#include <QPointer>
#include <QWidget>

class QGridLayout;
class QLineEdit;
class QPushButton;

namespace omnitill::ui {

// A touch keyboard for the kiosk's search: Latin, Cyrillic and digits, with space, delete and
// clear. Every key is a button a switch device can reach, named for screen readers.
class OnScreenKeyboard : public QWidget
{
    Q_OBJECT
public:
    enum class Layout
    {
        Latin,
        Cyrillic,
        Digits
    };

    explicit OnScreenKeyboard(QWidget* parent = nullptr);
    void setTarget(QLineEdit* target) { m_target = target; }
    void setLayout(Layout layout);
    Layout layout() const { return m_layout; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void press(const QString& text);
    void retranslate();

    QPointer<QLineEdit> m_target;
    Layout m_layout = Layout::Latin;
    QGridLayout* m_keys = nullptr;
    QPushButton* m_space = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_clear = nullptr;
    QPushButton* m_switch = nullptr;
};

} // namespace omnitill::ui
