#pragma once

#include "Till.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace omnitill::ui {

class ExpiryTab;
class ReportsTab;
class StockCountTab;
class StockRequestsTab;
class StockTab;

// The store manager's console (omnitill --mode manager, or from the till with a manager's PIN):
// stock and its movements, batches near expiry, stock counts, requests for goods from the warehouse
// or other stores, and reports.
class ManagerPage : public QWidget
{
    Q_OBJECT
public:
    explicit ManagerPage(Till& till, QWidget* parent = nullptr);

    void setSession(const Session& session);
    void setBackVisible(bool visible);
    void setLanguage(const QString& language);
    void refresh();
    // A scanner's code goes to the tab on screen: counted, added to a request, or looked up.
    void handleScan(const QString& code);
    // A sync attempt ended: the requests on screen show what the hub now holds.
    void syncProgressed();

signals:
    void backRequested();
    void somethingToSync();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Till& m_till;
    QLabel* m_title = nullptr;
    QTabWidget* m_tabs = nullptr;
    StockTab* m_stock = nullptr;
    StockCountTab* m_count = nullptr;
    StockRequestsTab* m_requests = nullptr;
    ExpiryTab* m_expiry = nullptr;
    ReportsTab* m_reports = nullptr;
    QPushButton* m_back = nullptr;
};

} // namespace omnitill::ui
