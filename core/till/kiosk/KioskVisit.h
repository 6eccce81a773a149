#pragma once

#include "KioskPaymentService.h"
#include "member/MemberService.h"
#include "sale/Cart.h"
#include "staff/StaffService.h"

#include <QObject>

#include <functional>
#include <optional>

namespace omnitill {

class CardPaymentRunner;
class CardTerminal;
struct KioskOrder;
struct ShiftReport;
class Till;

// One customer's visit at the self-order kiosk, from the welcome screen to the paid order, and the
// staff who step in: which stage the kiosk is at, what may change the order when, which changes
// staff must approve (self-checkout), and the card payment that nothing may interrupt. The kiosk's
// window shows the stage and asks; every rule is here.
class KioskVisit : public QObject
{
    Q_OBJECT
public:
    enum class Stage
    {
        Attract,
        Shop,
        Checkout,
        StaffMenu
    };
    // What the visit waits for a member of staff to do, with their PIN.
    enum class StaffTask
    {
        None,
        OpenMenu,
        CheckAge,
        ApproveChange
    };
    enum class ScanOutcome
    {
        Ignored, // staff are asked or at work, or the order is being paid
        Member,
        Item
    };

    // terminal may be null: the kiosk then takes counter orders only.
    KioskVisit(Till& till, CardTerminal* terminal, QObject* parent = nullptr);
    ~KioskVisit() override;

    Stage stage() const { return m_stage; }
    StaffTask staffTask() const { return m_task; }
    const Cart& cart() const { return m_cart; }
    const std::optional<MemberSummary>& member() const { return m_member; }
    const Session& staff() const { return m_staff; }
    bool isPaying() const { return m_paying; }
    bool isSelfCheckout() const { return m_selfCheckout; }
    bool cardAvailable() const;
    // Inactivity may end the visit: a customer at the shop or checkout, nobody waiting for staff.
    bool mayTimeOut() const;

    // Kept in the store's settings; throws DomainError when they cannot be written.
    void setSelfCheckout(bool on);
    void start();
    // Back to the welcome screen with nothing of this customer left; false (and nothing changes)
    // while the terminal has their card.
    bool reset();

    // A code from the scanner: a member's card or app, else an item (which may call staff for an
    // age check at self-checkout). Throws DomainError for a code the store does not know.
    ScanOutcome scan(const QString& code);
    void addProduct(qint64 productId, qint64 quantity);
    // false: staff must approve first (self-checkout); the change is made when they do.
    bool changeQuantity(int lineId, qint64 quantity);
    bool removeLine(int lineId);
    void signOutMember();

    void askStaff(StaffTask task);
    void cancelStaff();
    // The PIN typed for the task asked: logs the member of staff in (throws DomainError when
    // refused) and does what they were asked for. Returns who it was.
    Session staffArrived(const QString& pin);
    void leaveStaffMenu();
    bool staffMayExit() const;
    // The kiosk's Z closure; it takes no cash, so nothing is counted.
    ShiftReport closeDay();
    // Asks the terminal about payments left open; returns how many it settled.
    int settlePayments();
    int openPayments() const;

    bool checkout();
    void backToShop();
    // Starts paying by card; false when staff must check the customer's age first (the payment
    // starts when they have). Throws DomainError when it cannot start. paymentFinished follows.
    bool payByCard();
    // The amount the running payment asks for.
    qint64 payingAmount() const { return m_payingAmount; }
    // Places the order to pay at the counter; a new order begins.
    KioskOrder payAtCounter(const QString& language);

    // The customer gave up at the terminal: it is asked to stop; paymentFinished still follows.
    void cancelPayment();

signals:
    // What the card terminal asks of the customer now, in the current language where the terminal
    // leaves the wording to us.
    void terminalMessage(const QString& text);
    void paymentFinished(const omnitill::KioskPaymentOutcome& outcome);
    void paymentFailed(const QString& message);

private:
    // Runs change now, or when staff approve it at self-checkout; what is recorded as approved.
    bool changeOrder(bool needsApproval, const QString& what, std::function<void(const Session&)> change);
    void setPaying(bool paying);

    Till& m_till;
    CardTerminal* m_terminal = nullptr;
    CardPaymentRunner* m_runner = nullptr;
    Session m_kiosk;
    Session m_staff;
    Cart m_cart;
    std::optional<MemberSummary> m_member;
    Stage m_stage = Stage::Attract;
    StaffTask m_task = StaffTask::None;
    std::function<void(const Session&)> m_approved;
    bool m_selfCheckout = false;
    bool m_paying = false; // the card terminal has the customer
    qint64 m_payingAmount = 0;
};

} // namespace omnitill
