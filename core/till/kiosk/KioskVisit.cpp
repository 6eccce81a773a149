#include "KioskVisit.h"

#include "CardPaymentRunner.h"
#include "Till.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "payment/CardTerminal.h"
#include "payment/CardTerminalCall.h"

namespace omnitill {

KioskVisit::KioskVisit(Till& till, CardTerminal* terminal, QObject* parent)
    : QObject(parent), m_till(till), m_terminal(terminal), m_runner(new CardPaymentRunner(till.kioskPayments(), this)),
      m_kiosk(till.kioskOrders().kioskSession()), m_cart(till.sales().newCart())
{
    m_selfCheckout = till.settings().value(QStringLiteral("kiosk.self_checkout")) == QLatin1String("1");
    connect(m_runner, &CardPaymentRunner::finished, this, [this](const KioskPaymentOutcome& outcome) {
        setPaying(false);
        emit paymentFinished(outcome);
    });
    connect(m_runner, &CardPaymentRunner::failed, this, [this](const QString& message) {
        setPaying(false);
        emit paymentFailed(message);
    });
    if (m_terminal)
        forwardTerminalStatus(*m_terminal, this, [this](const QString& text) { emit terminalMessage(text); });
}

void KioskVisit::cancelPayment()
{
    if (m_paying && m_terminal)
        m_terminal->cancel();
}

KioskVisit::~KioskVisit()
{
    delete m_runner; // waits for a terminal still being asked, before the cart it pays goes
    if (m_terminal)
        m_terminal->setStatusHandler({});
}

bool KioskVisit::cardAvailable() const
{
    return m_terminal && m_terminal->isAvailable();
}

bool KioskVisit::mayTimeOut() const
{
    return !m_paying && (m_stage == Stage::Shop || m_stage == Stage::Checkout) &&
           (m_task == StaffTask::None || m_task == StaffTask::OpenMenu); // a customer waiting for staff is not idle
}

void KioskVisit::setSelfCheckout(bool on)
{
    m_till.settings().setValue(QStringLiteral("kiosk.self_checkout"), on ? QStringLiteral("1") : QStringLiteral("0"));
    m_selfCheckout = on;
}

void KioskVisit::start()
{
    if (m_stage == Stage::Attract)
        m_stage = Stage::Shop;
}

bool KioskVisit::reset()
{
    if (m_paying)
        return false; // the terminal has the customer's card: the order stays until it answers
    m_cart = m_till.sales().newCart();
    m_member.reset();
    m_staff = Session{};
    m_task = StaffTask::None;
    m_approved = nullptr;
    m_stage = Stage::Attract;
    return true;
}

KioskVisit::ScanOutcome KioskVisit::scan(const QString& code)
{
    // Staff are being asked, staff are at work, or the order is being paid: nothing may change it now.
    if (m_task != StaffTask::None || m_stage == Stage::StaffMenu || m_stage == Stage::Checkout)
        return ScanOutcome::Ignored;
    if (m_till.members().isMemberCode(code)) {
        m_member = m_till.members().identify(m_cart, code);
        start();
        return ScanOutcome::Member;
    }
    start();
    m_till.sales().scan(m_cart, code);
    if (m_selfCheckout && m_cart.needsAgeConfirmation())
        askStaff(StaffTask::CheckAge);
    return ScanOutcome::Item;
}

void KioskVisit::addProduct(qint64 productId, qint64 quantity)
{
    m_till.sales().addProduct(m_cart, productId, quantity);
}

bool KioskVisit::changeOrder(bool needsApproval, const QString& what, std::function<void(const Session&)> change)
{
    const auto apply = [this, what, change](const Session& who) {
        change(who);
        // Who let items off a self-checkout order is what loss prevention looks at; the customer's
        // own change before paying needs nobody.
        if (who.staffId != m_kiosk.staffId)
            m_till.staff().recordApproval(m_kiosk, Approval{who.staffId, who.name, Action::VoidAfterSubtotal}, what);
    };
    if (!needsApproval) {
        apply(m_kiosk);
        return true;
    }
    m_approved = apply;
    askStaff(StaffTask::ApproveChange);
    return false;
}

bool KioskVisit::changeQuantity(int lineId, qint64 quantity)
{
    const CartLine& line = m_cart.line(lineId);
    // At self-checkout fewer items than were scanned is what staff watch for.
    return changeOrder(m_selfCheckout && quantity < line.quantity, QStringLiteral("self-checkout: %1 to %2").arg(line.sku).arg(quantity),
                       [this, lineId, quantity](const Session& who) { m_till.sales().setQuantity(who, m_cart, lineId, quantity); });
}

bool KioskVisit::removeLine(int lineId)
{
    return changeOrder(m_selfCheckout, QStringLiteral("self-checkout: remove %1").arg(m_cart.line(lineId).sku),
                       [this, lineId](const Session& who) { m_till.sales().voidLine(who, m_cart, lineId); });
}

void KioskVisit::signOutMember()
{
    m_till.members().clear(m_cart);
    m_member.reset();
}

void KioskVisit::askStaff(StaffTask task)
{
    m_task = task;
}

void KioskVisit::cancelStaff()
{
    m_task = StaffTask::None;
    m_approved = nullptr;
}

Session KioskVisit::staffArrived(const QString& pin)
{
    const Session staff = m_till.staff().login(pin);
    switch (m_task) {
    case StaffTask::OpenMenu:
        m_staff = staff;
        m_stage = Stage::StaffMenu;
        break;
    case StaffTask::CheckAge:
        m_till.sales().confirmAge(staff, m_cart); // refused: still waiting for someone who may
        break;
    case StaffTask::ApproveChange:
    case StaffTask::None:
        break;
    }
    m_task = StaffTask::None;
    if (auto approved = std::exchange(m_approved, nullptr))
        approved(staff);
    return staff;
}

void KioskVisit::leaveStaffMenu()
{
    m_staff = Session{};
    // Staff who helped a customer mid-order hand the order back as it was.
    if (m_cart.isEmpty())
        reset();
    else
        m_stage = Stage::Shop;
}

bool KioskVisit::staffMayExit() const
{
    return m_stage == Stage::StaffMenu && int(m_staff.role) >= int(Role::Supervisor);
}

ShiftReport KioskVisit::closeDay()
{
    const ShiftReport z = m_till.shifts().close(m_staff, {});
    m_kiosk = m_till.kioskOrders().kioskSession(); // and the next day begins
    return z;
}

int KioskVisit::settlePayments()
{
    if (!m_terminal)
        throw DomainError(QStringLiteral("kiosk.no_terminal"), Tr::tr("No card terminal is set up"));
    return m_till.kioskPayments().recover(*m_terminal);
}

int KioskVisit::openPayments() const
{
    return int(m_till.kioskPayments().openPayments().size());
}

bool KioskVisit::checkout()
{
    if (m_cart.isEmpty() || m_stage != Stage::Shop)
        return false;
    m_stage = Stage::Checkout;
    return true;
}

void KioskVisit::backToShop()
{
    if (m_stage == Stage::Checkout && !m_paying)
        m_stage = Stage::Shop;
}

bool KioskVisit::payByCard()
{
    if (!m_terminal)
        throw DomainError(QStringLiteral("kiosk.no_terminal"), Tr::tr("No card terminal is set up"));
    if (m_cart.needsAgeConfirmation()) {
        m_approved = [this](const Session&) { payByCard(); };
        askStaff(StaffTask::CheckAge);
        return false;
    }
    m_payingAmount = m_runner->start(m_cart, *m_terminal);
    // The customer deals with the terminal (card, PIN) for as long as it takes; nothing may change
    // the order, start over or time out under it.
    setPaying(true);
    return true;
}

KioskOrder KioskVisit::payAtCounter(const QString& language)
{
    if (openPayments() > 0)
        throw DomainError(QStringLiteral("kiosk.payment_open"),
                          Tr::tr("An earlier card payment is not settled yet; please ask a member of staff"));
    const KioskOrder order = m_till.kioskOrders().placeCounterOrder(m_cart, language);
    m_cart = m_till.sales().newCart(); // the member signs out with the finished order
    m_member.reset();
    return order;
}

void KioskVisit::setPaying(bool paying)
{
    m_paying = paying;
}

} // namespace omnitill
