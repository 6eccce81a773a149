#pragma once

#include "Till.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace omnitill::ui {

// A cycle count on the shop floor: start it (blind or not), scan what is on the shelves or type a
// quantity, close it to see the variances and their value at cost, and have a manager approve
// them into the stock. Works offline; the approved count goes to the hub with the next sync.
class StockCountTab : public QWidget
{
    Q_OBJECT
public:
    explicit StockCountTab(Till& till, QWidget* parent = nullptr);

    void setSession(const Session& session) { m_session = session; }
    void refresh();
    void handleScan(const QString& code);

signals:
    void countApproved(); // something for the hub

protected:
    void changeEvent(QEvent* event) override;

private:
    void start();
    void setQuantity();
    void closeCount();
    void approve();
    void cancelCount();
    void run(const std::function<void()>& op, const QString& success = {});
    void retranslate();

    Till& m_till;
    Session m_session;
    QString m_countId;
    QCheckBox* m_blind = nullptr;
    QPushButton* m_start = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_scanLabel = nullptr;
    QLineEdit* m_scan = nullptr;
    QTableWidget* m_lines = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_setQuantity = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace omnitill::ui
