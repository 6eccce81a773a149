#include "CardPayments.h"

#include "common/Clock.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "print/PrintQueue.h"
#include "sale/Tender.h"
#include "staff/Role.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QUuid>

namespace omnitill {

namespace {

QString kindName(CardPayments::Kind kind)
{
    return kind == CardPayments::Kind::Refund ? QStringLiteral("refund") : QStringLiteral("payment");
}

const QString kColumns = QStringLiteral("id, kind, amount, status, previous_receipt, receipt_no, terminal_id, trace, approval_code,"
                                        " card_brand, card_last4, slip, message, sale_id, created_at");

CardPaymentRecord readRecord(QSqlQuery& q)
{
    CardPaymentRecord r;
    r.id = q.value(0).toString();
    r.kind = q.value(1).toString();
    r.amount = q.value(2).toLongLong();
    r.status = q.value(3).toString();
    r.previousReceipt = q.value(4).toString();
    r.receiptNumber = q.value(5).toString();
    r.terminalId = q.value(6).toString();
    r.trace = q.value(7).toString();
    r.approvalCode = q.value(8).toString();
    r.cardBrand = q.value(9).toString();
    r.cardLast4 = q.value(10).toString();
    const QString slip = q.value(11).toString();
    r.slip = slip.isEmpty() ? QStringList() : slip.split(QLatin1Char('\n'));
    r.message = q.value(12).toString();
    r.saleId = q.value(13).toString();
    r.createdAt = q.value(14).toString();
    return r;
}

} // namespace

QString CardPayments::lastReceipt()
{
    const QString last = m_db.scalar(QStringLiteral("SELECT receipt_no FROM card_payments WHERE receipt_no IS NOT NULL"
                                                    " AND kind <> 'end_of_day' ORDER BY created_at DESC, rowid DESC LIMIT 1"))
                             .toString();
    return last.isNull() ? QStringLiteral("") : last; // a null string would be stored as NULL
}

CardRequest CardPayments::begin(const Session& session, Kind kind, qint64 amount)
{
    if (!session.isValid())
        throw DomainError(QStringLiteral("auth.no_session"), Tr::tr("Nobody is logged in"));
    if (session.training)
        throw DomainError(QStringLiteral("card.training"),
                          Tr::tr("In training mode the card terminal is not used; take the card payment by hand"));
    if (amount <= 0)
        throw DomainError(QStringLiteral("card.amount"), Tr::tr("A card payment must be more than zero"));
    Transaction tx(m_db);
    CardRequest request;
    request.idempotencyKey = QStringLiteral("CP-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.amount = amount;
    request.currency = m_settings.currency().code();
    request.previousReceipt = lastReceipt();
    const QString now = isoUtc(m_clock.nowUtc());
    m_db.exec(QStringLiteral("INSERT INTO card_payments(id, kind, amount, currency, status, previous_receipt, staff_id, created_at,"
                             " updated_at) VALUES(?, ?, ?, ?, 'pending', ?, ?, ?, ?)"),
              {request.idempotencyKey, kindName(kind), amount, request.currency, request.previousReceipt, session.staffId, now, now});
    tx.commit();
    return request;
}

void CardPayments::mark(const QString& id, const QString& status, const QString& message, const CardResult* result)
{
    const auto field = [result](const QString CardResult::*member) {
        return result && !(result->*member).isEmpty() ? QVariant(result->*member) : QVariant();
    };
    QString slip = result ? result->slip.join(QLatin1Char('\n')) : QString();
    if (slip.isNull())
        slip = QStringLiteral(""); // a null string binds as NULL
    m_db.exec(QStringLiteral("UPDATE card_payments SET status = ?, message = ?, updated_at = ?, receipt_no = COALESCE(?, receipt_no),"
                             " terminal_id = COALESCE(?, terminal_id), trace = COALESCE(?, trace),"
                             " approval_code = COALESCE(?, approval_code), card_brand = COALESCE(?, card_brand),"
                             " card_last4 = COALESCE(?, card_last4), result_code = COALESCE(?, result_code),"
                             " terminal_time = COALESCE(?, terminal_time), slip = CASE WHEN ? = '' THEN slip ELSE ? END WHERE id = ?"),
              {status, message.isNull() ? QStringLiteral("") : message, isoUtc(m_clock.nowUtc()), field(&CardResult::receiptNumber),
               field(&CardResult::terminalId), field(&CardResult::trace), field(&CardResult::approvalCode), field(&CardResult::cardBrand),
               field(&CardResult::cardLast4), result && result->resultCode >= 0 ? QVariant(result->resultCode) : QVariant(),
               field(&CardResult::terminalTime), slip, slip, id});
}

void CardPayments::record(const CardRequest& request, const CardResult& result)
{
    Transaction tx(m_db);
    switch (result.outcome) {
    case CardResult::Outcome::Approved:
        mark(request.idempotencyKey, QStringLiteral("approved"), result.message, &result);
        if (!result.slip.isEmpty())
            m_printQueue.enqueue(PrintJob::Kind::CardSlip, request.idempotencyKey);
        break;
    case CardResult::Outcome::Declined:
        mark(request.idempotencyKey, QStringLiteral("declined"), result.message, &result);
        break;
    case CardResult::Outcome::Unavailable:
        mark(request.idempotencyKey, QStringLiteral("failed"), result.message, &result);
        break;
    case CardResult::Outcome::Unknown:
        mark(request.idempotencyKey, QStringLiteral("pending"), result.message);
        break;
    }
    tx.commit();
}

Tender CardPayments::tenderFor(const CardRequest& request, const CardResult& result)
{
    Tender t;
    t.kind = Tender::Kind::Card;
    t.amount = request.amount;
    t.tendered = request.amount;
    t.approvalCode = result.approvalCode;
    t.cardBrand = result.cardBrand;
    t.cardLast4 = result.cardLast4;
    t.reference = request.idempotencyKey;
    return t;
}

void CardPayments::attach(const QString& saleId, const QList<Tender>& tenders, Kind kind)
{
    for (const Tender& t : tenders) {
        if (t.kind != Tender::Kind::Card || !t.reference.startsWith(QLatin1String("CP-")))
            continue;
        m_db.exec(QStringLiteral("UPDATE card_payments SET status = 'completed', sale_id = ?, updated_at = ?"
                                 " WHERE id = ? AND status = 'approved' AND kind = ? AND amount = ?"),
                  {saleId, isoUtc(m_clock.nowUtc()), t.reference, kindName(kind), t.amount});
        if (m_db.scalar(QStringLiteral("SELECT changes()")).toInt() != 1)
            throw DomainError(QStringLiteral("card.not_approved"),
                              Tr::tr("The card payment %1 is not an approved payment of this amount").arg(t.reference));
    }
}

CardPaymentRecord CardPayments::find(const QString& id)
{
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT %1 FROM card_payments WHERE id = ?").arg(kColumns), {id});
    CardPaymentRecord r;
    if (q.next())
        r = readRecord(q);
    q.finish();
    return r;
}

QList<CardPaymentRecord> CardPayments::open()
{
    QList<CardPaymentRecord> open;
    QSqlQuery& q = m_db.exec(
        QStringLiteral("SELECT %1 FROM card_payments WHERE status IN ('pending','approved') ORDER BY created_at, rowid").arg(kColumns));
    while (q.next())
        open.append(readRecord(q));
    q.finish();
    return open;
}

CardRequest CardPayments::requestOf(const CardPaymentRecord& record) const
{
    return {record.id, record.amount, m_settings.currency().code(), record.previousReceipt};
}

CardResult CardPayments::resultOf(const CardPaymentRecord& record)
{
    CardResult r = CardResult::of(CardResult::Outcome::Approved, record.message, record.terminalId);
    r.receiptNumber = record.receiptNumber;
    r.trace = record.trace;
    r.approvalCode = record.approvalCode;
    r.cardBrand = record.cardBrand;
    r.cardLast4 = record.cardLast4;
    return r;
}

std::pair<CardRequest, CardResult> CardPayments::reversalOf(const QString& id)
{
    const CardPaymentRecord record = find(id);
    if (record.status != QLatin1String("approved") || record.kind == QLatin1String("end_of_day"))
        throw DomainError(QStringLiteral("card.not_approved"), Tr::tr("The card payment %1 is not an approved payment").arg(id));
    return {requestOf(record), resultOf(record)};
}

void CardPayments::recordReversal(const QString& id)
{
    Transaction tx(m_db);
    mark(id, QStringLiteral("reversed"), Tr::tr("Reversed"));
    tx.commit();
}

bool CardPayments::reverse(const QString& id, CardTerminal& terminal)
{
    const CardPaymentRecord record = find(id);
    if (record.status != QLatin1String("approved") || record.kind == QLatin1String("end_of_day"))
        return record.status == QLatin1String("reversed");
    if (!terminal.reverse(requestOf(record), resultOf(record)))
        return false;
    recordReversal(id);
    return true;
}

int CardPayments::recover(CardTerminal& terminal)
{
    int settled = 0;
    for (const CardPaymentRecord& open : open()) {
        if (open.status == QLatin1String("pending")) {
            const CardResult result = terminal.status(requestOf(open));
            if (result.outcome == CardResult::Outcome::Unknown || result.outcome == CardResult::Outcome::Unavailable)
                continue; // still cannot tell: stays open
            record(requestOf(open), result);
            if (!result.approved()) {
                ++settled;
                continue;
            }
        }
        // Approved, and no sale or return took it (gone with the crash): the money goes back
        // where it came from, a refund included.
        if (reverse(open.id, terminal))
            ++settled;
    }
    return settled;
}

int CardPayments::settle(const Session& session, CardTerminal& terminal)
{
    if (!session.isValid())
        throw DomainError(QStringLiteral("auth.no_session"), Tr::tr("Nobody is logged in"));
    return recover(terminal);
}

void CardPayments::checkEndOfDay(const Session& session) const
{
    if (!session.isValid())
        throw DomainError(QStringLiteral("auth.no_session"), Tr::tr("Nobody is logged in"));
    if (session.training)
        throw DomainError(QStringLiteral("card.training"), Tr::tr("The card terminal's end of day is not run in training mode"));
}

CardReconciliation CardPayments::endOfDay(const Session& session, CardTerminal& terminal)
{
    checkEndOfDay(session);
    return reconcile(session, terminal.endOfDay());
}

CardReconciliation CardPayments::reconcile(const Session& session, const CardTerminalTotals& totals)
{
    checkEndOfDay(session);
    CardReconciliation rec;
    rec.ok = totals.ok;
    rec.message = totals.message;
    if (!totals.ok)
        return rec;
    rec.terminalTotal = totals.total;
    rec.terminalCount = totals.count;
    rec.groups = totals.groups;
    Transaction tx(m_db);
    const QString since = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(created_at), '') FROM card_payments"
                                                     " WHERE kind = 'end_of_day' AND status = 'completed'"))
                              .toString();
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT kind, count(*), COALESCE(SUM(amount), 0) FROM card_payments"
                                            " WHERE status = 'completed' AND kind IN ('payment','refund') AND updated_at > ?"
                                            " GROUP BY kind"),
                             {since});
    while (q.next()) {
        const qint64 sum = q.value(2).toLongLong();
        rec.recordedCount += q.value(1).toInt();
        rec.recordedTotal += q.value(0).toString() == QLatin1String("refund") ? -sum : sum;
    }
    q.finish();
    const QString id = QStringLiteral("CP-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = isoUtc(m_clock.nowUtc());
    m_db.exec(QStringLiteral("INSERT INTO card_payments(id, kind, amount, currency, status, staff_id, terminal_id, slip, message,"
                             " created_at, updated_at) VALUES(?, 'end_of_day', ?, ?, 'completed', ?, ?, ?, ?, ?, ?)"),
              {id, rec.terminalTotal, m_settings.currency().code(), session.staffId, totals.terminalId, totals.slip.join(QLatin1Char('\n')),
               rec.difference() == 0
                   ? QStringLiteral("")
                   : Tr::tr("Difference %1 (terminal %2, till %3)").arg(rec.difference()).arg(rec.terminalTotal).arg(rec.recordedTotal),
               now, now});
    if (!totals.slip.isEmpty())
        m_printQueue.enqueue(PrintJob::Kind::CardSlip, id);
    tx.commit();
    return rec;
}

} // namespace omnitill
