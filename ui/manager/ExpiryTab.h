#pragma once

#include "Till.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace omnitill::ui {

// Batches close to their expiry date, soonest first: mark a batch down (its GS1 label then sells
// at the reduced price) or write off what has expired.
class ExpiryTab : public QWidget
{
    Q_OBJECT
public:
    explicit ExpiryTab(Till& till, QWidget* parent = nullptr);

    void setSession(const Session& session) { m_session = session; }
    void refresh();

signals:
    void stockChanged(); // something for the hub

protected:
    void changeEvent(QEvent* event) override;

private:
    void markDown();
    void writeOff();
    void retranslate();

    Till& m_till;
    Session m_session;
    QList<ExpiringBatch> m_batches;
    QLabel* m_daysLabel = nullptr;
    QSpinBox* m_days = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_markDown = nullptr;
    QPushButton* m_writeOff = nullptr;
};

} // namespace omnitill::ui
