#pragma once

#include "kiosk/KioskVisit.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace omnitill {
class BackgroundSync;
class CardTerminal;
class Till;
} // namespace omnitill

namespace omnitill::ui {

class KioskCartPanel;
class KioskCheckoutPage;
class KioskIdleMonitor;
class KioskPinOverlay;
class KioskShopPage;
class KioskStaffMenu;
class LanguageManager;
class ScannerEventFilter;
class StoreDevices;

// The customer's self-order kiosk (omnitill --mode kiosk): full screen and locked down. Customers
// browse or scan, sign in with their app's QR, and pay here by card or at the counter; staff
// reach a maintenance menu with their PIN. Inactivity returns it to the attract screen with
// nothing of the last customer left. The visit (KioskVisit) decides; the window shows and asks.
class KioskWindow : public QWidget
{
    Q_OBJECT
public:
    enum class Page
    {
        Attract,
        Shop,
        Checkout,
        StaffMenu
    };

    // terminal, sync and devices may be null (no card terminal, no hub, no hardware).
    KioskWindow(Till& till, LanguageManager& languages, CardTerminal* terminal = nullptr, BackgroundSync* sync = nullptr,
                StoreDevices* devices = nullptr, QWidget* parent = nullptr);
    ~KioskWindow() override;

    void setIdleTimeouts(int idleMs, int countdownSeconds);
    KioskIdleMonitor& idleMonitor() { return *m_idle; }
    void setSelfCheckout(bool on);
    bool isSelfCheckout() const;
    void setAccessible(bool on);
    bool isAccessibleMode() const { return m_accessible; }
    const Cart& cart() const;
    const std::optional<MemberSummary>& member() const;
    Page page() const;
    KioskShopPage* shopPage() const { return m_shop; }
    KioskCheckoutPage* checkoutPage() const { return m_checkout; }

    void handleScan(const QString& code);
    void startSession();
    void resetToAttract();
    void switchLanguage(const QString& language);

protected:
    void closeEvent(QCloseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildHeader();
    QWidget* buildAttract();
    QWidget* buildIdleOverlay();
    void addProduct(qint64 productId, qint64 quantity);
    void changeQuantity(int lineId, qint64 quantity);
    void removeLine(int lineId);
    void checkout();
    void payByCard();
    void showWorking();
    void cardPaymentFinished(const KioskPaymentOutcome& outcome);
    void payAtCounter();
    void askStaff(KioskVisit::StaffTask task);
    void askPinIfNeeded();
    void pinEntered(const QString& pin);
    void presentStaffMenu();
    void settlePayments();
    void closeDay();
    void refresh();
    void showMessage(const QString& text, bool error = false);
    // The page of the visit's stage, the staff button and the idle timer as the visit stands.
    void showStage();
    void showPaying();
    QString money(qint64 minor) const;
    QString todaysOffers() const;
    void retranslate();

    Till& m_till;
    LanguageManager& m_languages;
    BackgroundSync* m_sync = nullptr;
    StoreDevices* m_devices = nullptr;
    KioskVisit* m_visit = nullptr;
    QString m_defaultLanguage;
    bool m_accessible = false;
    bool m_unlocked = false;

    ScannerEventFilter* m_scanner = nullptr;
    KioskIdleMonitor* m_idle = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<QPushButton*> m_languageButtons;
    QPushButton* m_accessibility = nullptr;
    QLabel* m_memberLabel = nullptr;
    QPushButton* m_signOut = nullptr;
    QPushButton* m_startOver = nullptr;
    QWidget* m_attract = nullptr;
    QLabel* m_attractTitle = nullptr;
    QLabel* m_attractText = nullptr;
    QPushButton* m_start = nullptr;
    QWidget* m_shopArea = nullptr;
    QBoxLayout* m_split = nullptr;
    QLabel* m_banner = nullptr;
    KioskShopPage* m_shop = nullptr;
    KioskCartPanel* m_cartPanel = nullptr;
    KioskCheckoutPage* m_checkout = nullptr;
    KioskStaffMenu* m_staffMenu = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_staffButton = nullptr;
    KioskPinOverlay* m_pin = nullptr;
    QWidget* m_idleOverlay = nullptr;
    QLabel* m_idleText = nullptr;
    QPushButton* m_stillHere = nullptr;
    QPushButton* m_idleStartOver = nullptr;
    int m_idleLeft = 0;
};

} // namespace omnitill::ui
