#pragma once

#include "staff/Role.h"

#include <QMainWindow>

class QProgressBar;

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;

namespace omnitill {
class BackgroundSync;
class Till;
} // namespace omnitill

namespace omnitill::ui {

class CashierPage;
class LanguageManager;
class LoginPage;
class ManagerPage;
class PickupPage;
class ScannerEventFilter;
class ShiftOpenPage;
class StoreDevices;
class StoreHealthBanner;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // What the window is for: the cashier's till, the click-and-collect desk (which the till also
    // reaches with Ctrl+K), or the store manager's console (Ctrl+Shift+M with a manager's PIN).
    enum class Mode
    {
        Till,
        Pickup,
        Manager
    };

    // sync may be null: a till that is not connected to a hub still sells.
    // devices may be null: a till without hardware (tests, a back-office PC).
    MainWindow(Till& till, LanguageManager& languages, BackgroundSync* sync = nullptr, StoreDevices* devices = nullptr,
               Mode mode = Mode::Till, QWidget* parent = nullptr);

    CashierPage* cashierPage() const { return m_cashier; }
    PickupPage* pickupPage() const { return m_pickup; }
    ManagerPage* managerPage() const { return m_manager; }

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void onLoggedIn(const Session& session);
    void showCashier();
    void showPickup();
    void showManager(const Session& manager);
    void openManagerConsole();
    // The page that takes scans now (cashier or pickup desk), or null.
    QWidget* scanTarget() const;
    void routeScan(const QString& code);
    void logout();
    void xReport();
    void closeShift();
    void cashMovement(bool in);
    void noSale();
    // Card payments a lost answer left undecided: the terminal is asked again, approvals no sale
    // took are reversed.
    void settleCardPayments();
    void openSyncConsole();
    void openDeviceSettings();
    void applyScannerSettings();
    void toggleTraining(bool on);
    void showShortcuts();
    void updateStatus();
    void retranslate();
    void showReport(const QString& title, const QString& text);
    void refuse(const QString& message);

    QString syncStatusText() const;

    Till& m_till;
    LanguageManager& m_languages;
    BackgroundSync* m_sync = nullptr;
    StoreDevices* m_devices = nullptr;
    Session m_session;
    QStackedWidget* m_stack = nullptr;
    LoginPage* m_login = nullptr;
    ShiftOpenPage* m_shiftOpen = nullptr;
    CashierPage* m_cashier = nullptr;
    PickupPage* m_pickup = nullptr;
    ManagerPage* m_manager = nullptr;
    Mode m_mode = Mode::Till;
    ScannerEventFilter* m_scanner = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_syncState = nullptr;
    QLabel* m_storeClock = nullptr;
    StoreHealthBanner* m_health = nullptr;
    QProgressBar* m_catalogProgress = nullptr;
    QMenu* m_tillMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QList<QPair<QAction*, const char*>> m_actions;
    QAction* m_training = nullptr;
};

} // namespace omnitill::ui
