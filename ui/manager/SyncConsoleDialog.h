#pragma once

#include "SyncConsole.h"

#include <QDialog>

#include <functional>

class QLabel;
class QTabWidget;
class QTableWidget;

namespace omnitill {
class BackgroundSync;
}

namespace omnitill::ui {

// The manager's view of sync: connection state, the events still waiting for the hub (how often
// tried, why they failed) and the conflicts the hub reported for this till's events.
class SyncConsoleDialog : public QDialog
{
    Q_OBJECT
public:
    // load reads a fresh report (permission was checked when the console was opened); sync may be
    // null for a till without a hub.
    SyncConsoleDialog(std::function<SyncConsoleReport()> load, BackgroundSync* sync, QWidget* parent = nullptr);

    void refresh();

private:
    void showStatus();

    std::function<SyncConsoleReport()> m_load;
    BackgroundSync* m_sync = nullptr;
    QLabel* m_status = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_events = nullptr;
    QTableWidget* m_conflicts = nullptr;
    SyncConsoleReport m_report;
};

} // namespace omnitill::ui
