#pragma once

#include "payment/CardTerminal.h"
#include "sale/SaleService.h"

namespace omnitill {

class KioskOrderService;
class PrintQueue;

struct KioskPaymentOutcome
{
    // InDoubt: the terminal may have taken the money but no order was recorded, or it could not
    // be asked; staff resolve it (recover) before the kiosk is used again.
    enum class Status
    {
        Paid,
        Declined,
        Unavailable,
        Reversed,
        InDoubt
    };

    Status status = Status::Unavailable;
    CompletedSale sale;
    QString orderNumber;
    QString message;
};

struct OpenKioskPayment
{
    QString key;
    qint64 amount = 0;
    QString status;
    QString createdAt;
};

// Card payment at the kiosk, with the order, as one step. The attempt is written down under its
// idempotency key before the terminal is asked; an approval and the sale are then committed
// together, and a sale that cannot be recorded reverses the payment. What is left in between (a
// lost answer, a failed reversal) stays on record until recover() settles it one way or the other:
// there is never an approved payment without its order, nor an order without its payment. The
// terminal's slip prints with the order.
class KioskPaymentService
{
public:
    KioskPaymentService(Database& db, const Clock& clock, StoreSettings& settings, SaleService& sales, KioskOrderService& orders,
                        PrintQueue& printQueue)
        : m_db(db), m_clock(clock), m_settings(settings), m_sales(sales), m_orders(orders), m_printQueue(printQueue)
    {
    }

    KioskPaymentOutcome payByCard(Cart& cart, CardTerminal& terminal);
    // The same in steps, for a caller that waits for the terminal elsewhere (the kiosk's screen
    // stays alive while the customer deals with the terminal): begin() records the attempt and
    // gives the request to send; finish() takes the terminal's answer. Both on this thread.
    CardRequest begin(Cart& cart);
    KioskPaymentOutcome finish(const CardRequest& request, Cart& cart, CardResult result, CardTerminal& terminal);
    // Settles attempts left open: completes the order of an approved payment (or reverses it),
    // closes the rest. Returns how many were settled.
    int recover(CardTerminal& terminal);
    QList<OpenKioskPayment> openPayments();

private:
    KioskPaymentOutcome settle(const CardRequest& request, Cart& cart, const CardResult& result, CardTerminal& terminal);
    CardRequest requestOf(const QString& key);
    KioskPaymentOutcome abandon(Cart& cart, const QString& why);
    void mark(const QString& key, const QString& status, const QString& message, const CardResult* result = nullptr);

    Database& m_db;
    const Clock& m_clock;
    StoreSettings& m_settings;
    SaleService& m_sales;
    KioskOrderService& m_orders;
    PrintQueue& m_printQueue;
};

} // namespace omnitill
