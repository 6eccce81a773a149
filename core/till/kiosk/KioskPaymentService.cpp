#include "KioskPaymentService.h"

#include "KioskOrderCode.h"
#include "KioskOrderService.h"
#include "common/Clock.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "payment/CardTerminal.h"
#include "print/PrintQueue.h"
#include "sale/Cart.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QJsonDocument>

namespace omnitill {

void KioskPaymentService::mark(const QString& key, const QString& status, const QString& message, const CardResult* result)
{
    const auto field = [result](const QString CardResult::*member) { return result ? QVariant(result->*member) : QVariant(); };
    const QVariant slip = result && !result->slip.isEmpty() ? QVariant(result->slip.join(QLatin1Char('\n'))) : QVariant();
    m_db.exec(QStringLiteral("UPDATE kiosk_payments SET status = ?, message = ?, updated_at = ?,"
                             " approval_code = COALESCE(?, approval_code), card_brand = COALESCE(?, card_brand),"
                             " card_last4 = COALESCE(?, card_last4), receipt_no = COALESCE(?, receipt_no),"
                             " terminal_id = COALESCE(?, terminal_id), trace = COALESCE(?, trace), slip = COALESCE(?, slip)"
                             " WHERE idempotency_key = ?"),
              {status, message.isNull() ? QStringLiteral("") : message, isoUtc(m_clock.nowUtc()), field(&CardResult::approvalCode),
               field(&CardResult::cardBrand), field(&CardResult::cardLast4), field(&CardResult::receiptNumber),
               field(&CardResult::terminalId), field(&CardResult::trace), slip, key});
}

KioskPaymentOutcome KioskPaymentService::payByCard(Cart& cart, CardTerminal& terminal)
{
    if (!terminal.isAvailable()) {
        begin(cart); // the same refusals, then nothing is left open
        return abandon(cart, Tr::tr("The card terminal is not available"));
    }
    const CardRequest request = begin(cart);
    return finish(request, cart, request.amount == 0 ? CardResult::of(CardResult::Outcome::Approved) : terminal.authorize(request),
                  terminal);
}

CardRequest KioskPaymentService::begin(Cart& cart)
{
    if (cart.isEmpty())
        throw DomainError(QStringLiteral("sale.empty"), Tr::tr("The order has no items"));
    if (cart.needsAgeConfirmation())
        throw DomainError(QStringLiteral("sale.age_unconfirmed"), Tr::tr("A member of staff must confirm your age first"));
    if (!openPayments().isEmpty())
        throw DomainError(QStringLiteral("kiosk.payment_open"),
                          Tr::tr("An earlier card payment is not settled yet; please ask a member of staff"));
    m_orders.kioskSession();
    const qint64 amount = cart.totals().total.minor();
    // Written down (and committed) before the terminal is asked, so no answer can be lost.
    Transaction tx(m_db);
    KioskOrderCode code;
    code.store = m_settings.storeCode();
    code.kiosk = m_settings.tillCode();
    code.sequence = m_orders.nextSequence();
    const QString key = code.orderId();
    cart.setKioskOrder(key);
    // The terminal's last receipt number we know of: after a lost answer, a newer one is this payment.
    QString previous = m_db.scalar(QStringLiteral("SELECT receipt_no FROM kiosk_payments WHERE receipt_no IS NOT NULL"
                                                  " ORDER BY created_at DESC, rowid DESC LIMIT 1"))
                           .toString();
    if (previous.isNull())
        previous = QStringLiteral(""); // a null string would be stored as NULL
    m_db.exec(QStringLiteral("INSERT INTO kiosk_payments(idempotency_key, order_id, amount, currency, cart, status,"
                             " created_at, updated_at, previous_receipt) VALUES(?, ?, ?, ?, ?, 'pending', ?, ?, ?)"),
              {key, key, amount, cart.currency().code(), QString::fromUtf8(QJsonDocument(cart.toJson()).toJson(QJsonDocument::Compact)),
               isoUtc(m_clock.nowUtc()), isoUtc(m_clock.nowUtc()), previous});
    tx.commit();
    return {key, amount, cart.currency().code(), previous};
}

KioskPaymentOutcome KioskPaymentService::abandon(Cart& cart, const QString& why)
{
    mark(cart.kioskOrder(), QStringLiteral("failed"), why);
    cart.setKioskOrder({});
    return {KioskPaymentOutcome::Status::Unavailable, {}, {}, why};
}

KioskPaymentOutcome KioskPaymentService::finish(const CardRequest& request, Cart& cart, CardResult result, CardTerminal& terminal)
{
    const QString& key = request.idempotencyKey;
    if (result.outcome == CardResult::Outcome::Unknown)
        result = terminal.status(request);
    switch (result.outcome) {
    case CardResult::Outcome::Approved:
        return settle(request, cart, result, terminal);
    case CardResult::Outcome::Declined:
        mark(key, QStringLiteral("declined"), result.message);
        cart.setKioskOrder({});
        return {KioskPaymentOutcome::Status::Declined, {}, {}, result.message};
    case CardResult::Outcome::Unavailable:
        return abandon(cart, result.message);
    case CardResult::Outcome::Unknown:
        break;
    }
    mark(key, QStringLiteral("pending"), result.message);
    return {KioskPaymentOutcome::Status::InDoubt,
            {},
            {},
            Tr::tr("The card terminal did not answer. Please ask a member of staff before paying again.")};
}

KioskPaymentOutcome KioskPaymentService::settle(const CardRequest& request, Cart& cart, const CardResult& result, CardTerminal& terminal)
{
    const QString& key = request.idempotencyKey;
    {
        // The money is taken: keep that fact even if the sale below fails.
        Transaction tx(m_db);
        mark(key, QStringLiteral("approved"), result.message, &result);
        tx.commit();
    }
    const qint64 amount = cart.totals().total.minor();
    try {
        const Session session = m_orders.kioskSession();
        Payment payment(amount);
        if (amount > 0)
            payment.addCard(amount, result.approvalCode, result.cardBrand, result.cardLast4);
        Transaction tx(m_db);
        const QString member = cart.memberId();
        const CompletedSale sale = m_sales.complete(session, cart, payment);
        m_db.exec(QStringLiteral("INSERT INTO kiosk_orders(id, number, kind, status, member_id, total, currency, code, sale_id,"
                                 " created_at) VALUES(?, ?, 'card', 'paid', ?, ?, ?, '', ?, ?)"),
                  {key, KioskOrderCode::numberFor(key.section(QLatin1Char('-'), -1).toLongLong()),
                   member.isEmpty() ? QVariant() : QVariant(member), amount,
                   m_db.scalar(QStringLiteral("SELECT currency FROM sales WHERE id = ?"), {sale.saleId}), sale.saleId,
                   isoUtc(m_clock.nowUtc())});
        m_db.exec(QStringLiteral("UPDATE kiosk_payments SET status = 'completed', sale_id = ?, updated_at = ? WHERE idempotency_key = ?"),
                  {sale.saleId, isoUtc(m_clock.nowUtc()), key});
        if (!m_db.scalar(QStringLiteral("SELECT slip FROM kiosk_payments WHERE idempotency_key = ?"), {key}).toString().isEmpty())
            m_printQueue.enqueue(PrintJob::Kind::CardSlip, key);
        tx.commit();
        return {KioskPaymentOutcome::Status::Paid, sale, KioskOrderCode::numberFor(key.section(QLatin1Char('-'), -1).toLongLong()),
                result.message};
    } catch (const DomainError& e) {
        if (amount == 0 || terminal.reverse(request, result)) {
            mark(key, QStringLiteral("reversed"), e.message());
            cart.setKioskOrder({});
            return {KioskPaymentOutcome::Status::Reversed,
                    {},
                    {},
                    Tr::tr("The order could not be recorded (%1). Your payment was cancelled; nothing was charged.").arg(e.message())};
        }
        return {KioskPaymentOutcome::Status::InDoubt,
                {},
                {},
                Tr::tr("The order could not be recorded (%1) and the payment could not be cancelled. Please ask a member of staff.")
                    .arg(e.message())};
    }
}

QList<OpenKioskPayment> KioskPaymentService::openPayments()
{
    QList<OpenKioskPayment> open;
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT idempotency_key, amount, status, created_at FROM kiosk_payments"
                                            " WHERE status IN ('pending','approved') ORDER BY created_at"));
    while (q.next())
        open.append({q.value(QStringLiteral("idempotency_key")).toString(), q.value(QStringLiteral("amount")).toLongLong(),
                     q.value(QStringLiteral("status")).toString(), q.value(QStringLiteral("created_at")).toString()});
    q.finish();
    return open;
}

CardRequest KioskPaymentService::requestOf(const QString& key)
{
    CardRequest request;
    QSqlQuery& q =
        m_db.exec(QStringLiteral("SELECT amount, currency, previous_receipt FROM kiosk_payments WHERE idempotency_key = ?"), {key});
    if (q.next())
        request = {key, q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    q.finish();
    return request;
}

int KioskPaymentService::recover(CardTerminal& terminal)
{
    int settled = 0;
    for (const OpenKioskPayment& open : openPayments()) {
        const CardRequest request = requestOf(open.key);
        CardResult result;
        if (open.status == QLatin1String("approved")) {
            QSqlQuery& q = m_db.exec(QStringLiteral("SELECT approval_code, card_brand, card_last4, receipt_no, terminal_id, trace"
                                                    " FROM kiosk_payments WHERE idempotency_key = ?"),
                                     {open.key});
            if (q.next()) {
                result.outcome = CardResult::Outcome::Approved;
                result.approvalCode = q.value(0).toString();
                result.cardBrand = q.value(1).toString();
                result.cardLast4 = q.value(2).toString();
                result.receiptNumber = q.value(3).toString();
                result.terminalId = q.value(4).toString();
                result.trace = q.value(5).toString();
            }
            q.finish();
        } else {
            result = terminal.status(request);
        }
        if (result.outcome == CardResult::Outcome::Unknown || result.outcome == CardResult::Outcome::Unavailable)
            continue; // still cannot tell; stays open
        if (result.outcome == CardResult::Outcome::Declined) {
            mark(open.key, QStringLiteral("failed"), result.message);
            ++settled;
            continue;
        }
        const QString stored =
            m_db.scalar(QStringLiteral("SELECT cart FROM kiosk_payments WHERE idempotency_key = ?"), {open.key}).toString();
        Cart cart = Cart::fromJson(QJsonDocument::fromJson(stored.toUtf8()).object());
        m_sales.reprice(cart);
        if (cart.totals().total.minor() != open.amount) {
            // Today's promotions price it differently: the customer is refunded rather than overcharged.
            if (terminal.reverse(request, result)) {
                mark(open.key, QStringLiteral("reversed"), Tr::tr("The price changed before the order could be recorded"));
                ++settled;
            }
            continue;
        }
        if (settle(request, cart, result, terminal).status != KioskPaymentOutcome::Status::InDoubt)
            ++settled;
    }
    return settled;
}

} // namespace omnitill
