#pragma once

#include "Till.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace omnitill::ui {

// Asking for goods and following them: a new request filled from the planner's suggestions (or by
// scanning), edited and sent to the warehouse or as a transfer to another store; the store's
// requests with the state the hub last reported; receiving a shipment against what was shipped (or
// a delivery nobody announced, with a reason), and shipping or refusing a transfer another store
// asked of this one.
class StockRequestsTab : public QWidget
{
    Q_OBJECT
public:
    explicit StockRequestsTab(Till& till, QWidget* parent = nullptr);

    void setSession(const Session& session) { m_session = session; }
    void refresh();
    // A scanned item joins the new request (or, with a request open for receiving, is counted in).
    void handleScan(const QString& code);

signals:
    void requestChanged(); // something for the hub

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillWithSuggestions();
    void addLine(qint64 productId, qint64 quantity, qint64 suggested, const QString& batch, const std::optional<QDate>& expiry);
    QList<RequestedQuantity> newLines() const;
    void submit(bool transfer);
    void showRequest();
    QString selectedRequest() const;
    QList<RequestedQuantity> detailQuantities() const;
    void receive();
    void receiveUnannounced();
    void ship();
    void refuse();
    void cancelRequest();
    void run(const std::function<void(const QString& approverPin)>& op, const QString& success);
    void retranslate();

    Till& m_till;
    Session m_session;
    QLabel* m_newLabel = nullptr;
    QTableWidget* m_new = nullptr;
    QLabel* m_scanLabel = nullptr;
    QLineEdit* m_scan = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_suggest = nullptr;
    QPushButton* m_submit = nullptr;
    QComboBox* m_store = nullptr;
    QPushButton* m_transfer = nullptr;
    QPushButton* m_unannounced = nullptr;
    QLabel* m_listLabel = nullptr;
    QTableWidget* m_requests = nullptr;
    QTableWidget* m_detail = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_receive = nullptr;
    QPushButton* m_ship = nullptr;
    QPushButton* m_refuse = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace omnitill::ui
