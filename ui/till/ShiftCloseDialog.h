#pragma once

#include "money/Currency.h"

#include <QDialog>
#include <QMap>

#include <memory>

class QLabel;
class QPushButton;
class QSpinBox;

namespace omnitill {
class CardPayments;
class CardTerminal;
class CardTerminalCall;
struct Session;
} // namespace omnitill

namespace omnitill::ui {

// The Z close: the cashier counts notes and coins; the dialog shows the counted total. With a card
// terminal it also runs the terminal's end of day and shows it next to the card payments the till
// recorded, with any difference.
class ShiftCloseDialog : public QDialog
{
    Q_OBJECT
public:
    ShiftCloseDialog(const Currency& currency, QWidget* parent = nullptr);
    ~ShiftCloseDialog() override;
    QMap<qint64, int> counted() const;
    void offerCardEndOfDay(std::shared_ptr<CardTerminal> terminal, CardPayments& payments, const Session& session);

private:
    void updateTotal();
    void runEndOfDay();

    Currency m_currency;
    QMap<qint64, QSpinBox*> m_counts;
    QLabel* m_total = nullptr;
    QPushButton* m_endOfDay = nullptr;
    QLabel* m_reconciliation = nullptr;
    std::shared_ptr<CardTerminal> m_terminal;
    CardPayments* m_cardPayments = nullptr;
    std::unique_ptr<Session> m_session;
    CardTerminalCall* m_call = nullptr;
};

} // namespace omnitill::ui
