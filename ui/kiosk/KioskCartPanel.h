#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace omnitill {
class Cart;
class Till;
struct Suggestion;
} // namespace omnitill

namespace omnitill::ui {

// The customer's order beside the catalog: each line with a quantity stepper and a remove
// button, the promotions that apply and what each means, the total, suggestions and the way on.
class KioskCartPanel : public QWidget
{
    Q_OBJECT
public:
    KioskCartPanel(Till& till, QWidget* parent = nullptr);

    void display(const Cart& cart, const QString& language, const QList<Suggestion>& suggestions, bool member);

signals:
    void quantityRequested(int lineId, qint64 quantity);
    void removeRequested(int lineId);
    void suggestionChosen(qint64 productId);
    void checkoutRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Till& m_till;
    QLabel* m_title = nullptr;
    QVBoxLayout* m_lines = nullptr;
    QLabel* m_promotions = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_suggestionsTitle = nullptr;
    QVBoxLayout* m_suggestions = nullptr;
    QPushButton* m_checkout = nullptr;
    bool m_member = false;
    bool m_empty = true;
};

} // namespace omnitill::ui
