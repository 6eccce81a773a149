#include "ShiftService.h"
#include "ShiftEvents.h"
#include "ShiftReportJson.h"

#include "common/Clock.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "journal/Journal.h"
#include "money/Money.h"
#include "outbox/Outbox.h"
#include "print/PrintQueue.h"
#include "staff/StaffService.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace omnitill {

ShiftService::ShiftService(Database& db, const Clock& clock, StoreSettings& settings, StaffService& staff, Journal& journal, Outbox& outbox,
                           PrintQueue& printQueue)
    : m_db(db), m_clock(clock), m_settings(settings), m_staff(staff), m_journal(journal), m_outbox(outbox), m_printQueue(printQueue)
{
}

std::optional<Shift> ShiftService::current()
{
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT id, opened_by, opened_at, business_day, opening_float FROM shifts"
                                            " WHERE status = 'open'"));
    if (!q.next())
        return std::nullopt;
    Shift s{q.value(QStringLiteral("id")).toLongLong(), q.value(QStringLiteral("opened_by")).toLongLong(),
            QDateTime::fromString(q.value(QStringLiteral("opened_at")).toString(), Qt::ISODateWithMs),
            QDate::fromString(q.value(QStringLiteral("business_day")).toString(), Qt::ISODate),
            q.value(QStringLiteral("opening_float")).toLongLong()};
    q.finish();
    return s;
}

Shift ShiftService::requireOpen()
{
    const std::optional<Shift> shift = current();
    if (!shift)
        throw DomainError(QStringLiteral("shift.closed"), Tr::tr("No shift is open"));
    return *shift;
}

void ShiftService::checkTypedAmount(qint64 amount, bool confirmed) const
{
    const Currency currency = m_settings.currency();
    const auto limit = [&](const char* key, qint64 majorUnits) {
        bool ok = false;
        const qint64 v = m_settings.value(QLatin1String(key)).toLongLong(&ok);
        return ok && v > 0 ? v : majorUnits * currency.minorPerMajor();
    };
    const qint64 maximum = limit("cash.max_amount", 1000000);
    if (amount > maximum)
        throw DomainError(QStringLiteral("shift.amount_limit"),
                          Tr::tr("%1 is more than a drawer holds (at most %2). Was a barcode scanned into the amount?")
                              .arg(Money(amount, currency).format(), Money(maximum, currency).format()));
    if (!confirmed && amount > limit("cash.confirm_above", 2000))
        throw DomainError(QStringLiteral("shift.amount_unconfirmed"),
                          Tr::tr("%1 is a large amount: confirm it is right.").arg(Money(amount, currency).format()));
}

Shift ShiftService::open(const Session& session, qint64 openingFloat, bool amountConfirmed)
{
    if (!session.isValid())
        throw DomainError(QStringLiteral("auth.no_session"), Tr::tr("Nobody is logged in"));
    if (openingFloat < 0)
        throw DomainError(QStringLiteral("shift.float"), Tr::tr("The float cannot be negative"));
    checkTypedAmount(openingFloat, amountConfirmed);
    if (current())
        throw DomainError(QStringLiteral("shift.already_open"), Tr::tr("A shift is already open"));
    const QDateTime now = m_clock.nowUtc();
    Transaction tx(m_db);
    m_db.exec(QStringLiteral("INSERT INTO shifts(till_code, opened_by, opened_at, business_day, opening_float, status)"
                             " VALUES(?, ?, ?, ?, ?, 'open')"),
              {m_settings.tillCode(), session.staffId, isoUtc(now), m_settings.businessDay(now).toString(Qt::ISODate), openingFloat});
    const qint64 id = m_db.lastInsertId();
    m_db.exec(QStringLiteral("INSERT INTO cash_movements(shift_id, kind, amount, staff_id, created_at)"
                             " VALUES(?, 'float', ?, ?, ?)"),
              {id, openingFloat, session.staffId, isoUtc(now)});
    const QJsonObject payload = protocol::ShiftOpenedEvent{id, session.staffId, openingFloat}.toJson();
    m_journal.append(QStringLiteral("shift_open"), QStringLiteral("shift-%1").arg(id), openingFloat, m_settings.currency().code(), payload,
                     session.training);
    m_outbox.append(protocol::ShiftOpenedEvent::kType, payload);
    tx.commit();
    return Shift{id, session.staffId, now, m_settings.businessDay(now), openingFloat};
}

void ShiftService::cashMovement(const Session& session, const QString& kind, qint64 amount, const QString& reason,
                                const QString& approverPin, bool amountConfirmed)
{
    if (amount <= 0)
        throw DomainError(QStringLiteral("shift.amount"), Tr::tr("The amount must be more than zero"));
    checkTypedAmount(amount, amountConfirmed);
    if (reason.trimmed().isEmpty())
        throw DomainError(QStringLiteral("shift.reason"), Tr::tr("Give a reason"));
    const Shift shift = requireOpen();
    if (kind == protocol::EventType::kCashOut) {
        const qint64 inDrawer = m_db.scalar(QStringLiteral("SELECT coalesce(sum(amount), 0) FROM cash_movements"
                                                           " WHERE shift_id = ?"),
                                            {shift.id})
                                    .toLongLong();
        if (amount > inDrawer)
            throw DomainError(QStringLiteral("shift.drawer_short"), Tr::tr("The drawer does not hold that much cash"));
    }
    const auto approval = m_staff.authorize(session, Action::CashInOut, approverPin);
    const qint64 signedAmount = kind == protocol::EventType::kCashOut ? -amount : amount;
    Transaction tx(m_db);
    if (approval)
        m_staff.recordApproval(session, *approval, kind);
    m_db.exec(QStringLiteral("INSERT INTO cash_movements(shift_id, kind, amount, reason, staff_id, approved_by, created_at)"
                             " VALUES(?, ?, ?, ?, ?, ?, ?)"),
              {shift.id, kind, signedAmount, reason.trimmed(), session.staffId, approval ? QVariant(approval->approverId) : QVariant(),
               isoUtc(m_clock.nowUtc())});
    const QJsonObject payload =
        protocol::CashMovementEvent{kind, shift.id, session.staffId, signedAmount, reason.trimmed(), approval ? approval->approverId : 0}
            .toJson();
    const JournalEntry entry = m_journal.append(kind, QStringLiteral("shift-%1").arg(shift.id), signedAmount, m_settings.currency().code(),
                                                payload, session.training);
    m_outbox.append(kind, payload);
    if (!session.training)
        m_printQueue.enqueue(PrintJob::Kind::DrawerKick, QStringLiteral("%1-%2").arg(kind).arg(entry.seq));
    tx.commit();
}

void ShiftService::cashIn(const Session& session, qint64 amount, const QString& reason, const QString& approverPin, bool amountConfirmed)
{
    cashMovement(session, protocol::EventType::kCashIn, amount, reason, approverPin, amountConfirmed);
}

void ShiftService::cashOut(const Session& session, qint64 amount, const QString& reason, const QString& approverPin, bool amountConfirmed)
{
    cashMovement(session, protocol::EventType::kCashOut, amount, reason, approverPin, amountConfirmed);
}

void ShiftService::noSale(const Session& session, const QString& approverPin)
{
    const Shift shift = requireOpen();
    const auto approval = m_staff.authorize(session, Action::NoSale, approverPin);
    Transaction tx(m_db);
    if (approval)
        m_staff.recordApproval(session, *approval, QStringLiteral("no_sale"));
    const JournalEntry entry = m_journal.append(
        QStringLiteral("no_sale"), QStringLiteral("shift-%1").arg(shift.id), 0, m_settings.currency().code(),
        {{QStringLiteral("staff_id"), session.staffId}, {QStringLiteral("approved_by"), approval ? approval->approverId : 0}},
        session.training);
    if (!session.training) // practice never opens the real drawer
        m_printQueue.enqueue(PrintJob::Kind::DrawerKick, QStringLiteral("no_sale-%1").arg(entry.seq));
    tx.commit();
}

ShiftReport ShiftService::report(qint64 shiftId, const QString& kind)
{
    ShiftReport r;
    r.kind = kind;
    r.shiftId = shiftId;
    r.at = m_clock.nowUtc();
    QSqlQuery& sales = m_db.exec(
        QStringLiteral(
            "SELECT count(*) AS n, coalesce(sum(total), 0) AS gross,"
            " coalesce(sum(discount_total), 0) AS discounts, coalesce(sum(tax_total), 0) AS tax FROM sales WHERE shift_id = ? AND training = 0"),
        {shiftId});
    if (sales.next()) {
        r.salesCount = sales.value(QStringLiteral("n")).toInt();
        r.gross = sales.value(QStringLiteral("gross")).toLongLong();
        r.discounts = sales.value(QStringLiteral("discounts")).toLongLong();
        r.tax = sales.value(QStringLiteral("tax")).toLongLong();
    }
    sales.finish();
    r.trainingSalesCount = m_db.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE shift_id = ? AND training = 1"), {shiftId}).toInt();
    // Per rate as sold; a return takes the rate of the line it gives back (today's for a return
    // without a receipt), so a rate changed mid-shift keeps its own line.
    QMap<std::pair<QString, int>, TaxTotal> taxByRate;
    QSqlQuery& taxes =
        m_db.exec(QStringLiteral("SELECT l.tax_code, l.tax_basis_points, sum(l.net) AS net, sum(l.tax) AS tax, sum(l.gross) AS gross"
                                 " FROM sale_lines l JOIN sales s ON s.id = l.sale_id"
                                 " WHERE s.shift_id = ? AND s.training = 0 GROUP BY 1, 2"),
                  {shiftId});
    while (taxes.next()) {
        const std::pair key{taxes.value(QStringLiteral("tax_code")).toString(), taxes.value(QStringLiteral("tax_basis_points")).toInt()};
        taxByRate.insert(key, {key.first, key.second, taxes.value(QStringLiteral("net")).toLongLong(),
                               taxes.value(QStringLiteral("tax")).toLongLong(), taxes.value(QStringLiteral("gross")).toLongLong()});
    }
    taxes.finish();
    QSqlQuery& returned =
        m_db.exec(QStringLiteral("SELECT l.tax_code, coalesce(sl.tax_basis_points, tr.basis_points, 0) AS basis_points,"
                                 " sum(l.refund - l.tax) AS net, sum(l.tax) AS tax, sum(l.refund) AS gross"
                                 " FROM return_lines l JOIN returns r ON r.id = l.return_id"
                                 " LEFT JOIN sale_lines sl ON sl.sale_id = r.original_sale_id AND sl.line_no = l.original_line"
                                 " LEFT JOIN tax_rates tr ON tr.code = l.tax_code"
                                 " WHERE r.shift_id = ? AND r.training = 0 GROUP BY 1, 2"),
                  {shiftId});
    while (returned.next()) {
        const std::pair key{returned.value(QStringLiteral("tax_code")).toString(), returned.value(QStringLiteral("basis_points")).toInt()};
        TaxTotal& t = taxByRate[key];
        t.code = key.first;
        t.basisPoints = key.second;
        t.net -= returned.value(QStringLiteral("net")).toLongLong();
        t.tax -= returned.value(QStringLiteral("tax")).toLongLong();
        t.gross -= returned.value(QStringLiteral("gross")).toLongLong();
        r.tax -= returned.value(QStringLiteral("tax")).toLongLong();
    }
    returned.finish();
    r.taxes = taxByRate.values();
    const auto byKind = [&](const QString& sql) {
        QMap<QString, qint64> amounts;
        QSqlQuery& q = m_db.exec(sql, {shiftId});
        while (q.next())
            amounts.insert(q.value(QStringLiteral("kind")).toString(), q.value(QStringLiteral("amount")).toLongLong());
        q.finish();
        return amounts;
    };
    r.tenders = byKind(QStringLiteral("SELECT t.kind, sum(t.amount) AS amount FROM sale_tenders t JOIN sales s ON s.id = t.sale_id"
                                      " WHERE s.shift_id = ? AND s.training = 0 GROUP BY t.kind"));
    r.refundTenders =
        byKind(QStringLiteral("SELECT t.kind, sum(t.amount) AS amount FROM return_tenders t JOIN returns r ON r.id = t.return_id"
                              " WHERE r.shift_id = ? AND r.training = 0 GROUP BY t.kind"));
    QSqlQuery& returns = m_db.exec(
        QStringLiteral("SELECT count(*) AS n, coalesce(sum(refund), 0) AS refunds FROM returns WHERE shift_id = ? AND training = 0"),
        {shiftId});
    if (returns.next()) {
        r.returnsCount = returns.value(QStringLiteral("n")).toInt();
        r.refunds = returns.value(QStringLiteral("refunds")).toLongLong();
    }
    returns.finish();
    QSqlQuery& cash =
        m_db.exec(QStringLiteral("SELECT kind, sum(amount) AS amount FROM cash_movements WHERE shift_id = ? GROUP BY kind"), {shiftId});
    while (cash.next()) {
        const QString k = cash.value(QStringLiteral("kind")).toString();
        const qint64 amount = cash.value(QStringLiteral("amount")).toLongLong();
        if (k == QLatin1String("float"))
            r.openingFloat = amount;
        else if (k == QLatin1String("cash_in"))
            r.cashIn = amount;
        else if (k == QLatin1String("cash_out"))
            r.cashOut = -amount;
        else if (k == QLatin1String("sale"))
            r.cashSales = amount;
        else if (k == QLatin1String("refund"))
            r.cashRefunds = -amount;
        r.expectedCash += amount;
    }
    cash.finish();
    const QString opened = m_db.scalar(QStringLiteral("SELECT opened_at FROM shifts WHERE id = ?"), {shiftId}).toString();
    r.voids = m_db.scalar(QStringLiteral("SELECT count(*) FROM journal WHERE event_type IN ('line_void', 'sale_void',"
                                         " 'line_reduce') AND created_at >= ? AND training = 0"),
                          {opened})
                  .toInt();
    return r;
}

ShiftReport ShiftService::xReport(const Session& session, const QString& language)
{
    const Shift shift = requireOpen();
    ShiftReport r = report(shift.id, QStringLiteral("X"));
    Transaction tx(m_db);
    protocol::ShiftReportEvent x = shiftReportEvent(r);
    x.staffId = session.staffId;
    const JournalEntry entry = m_journal.append(QStringLiteral("x_report"), QStringLiteral("shift-%1").arg(shift.id), r.gross,
                                                m_settings.currency().code(), x.toJson(), session.training);
    m_printQueue.enqueue(PrintJob::Kind::ShiftReport, QString::number(entry.seq), language);
    tx.commit();
    return r;
}

ShiftReport ShiftService::close(const Session& session, const QMap<qint64, int>& counted, const QString& approverPin,
                                const QString& language)
{
    const Shift shift = requireOpen();
    const QList<qint64> valid = denominations(m_settings.currency());
    qint64 countedCash = 0;
    for (auto it = counted.cbegin(); it != counted.cend(); ++it) {
        if (!valid.contains(it.key()) || it.value() < 0)
            throw DomainError(QStringLiteral("shift.denomination"), Tr::tr("Invalid count of notes or coins"));
        countedCash += it.key() * it.value();
    }
    const auto approval = m_staff.authorize(session, Action::ShiftClose, approverPin);
    ShiftReport r = report(shift.id, QStringLiteral("Z"));
    r.counted = counted;
    r.countedCash = countedCash;
    r.difference = countedCash - r.expectedCash;
    protocol::ShiftReportEvent z = shiftReportEvent(r);
    z.staffId = session.staffId;
    z.approvedBy = approval ? approval->approverId : 0;
    Transaction tx(m_db);
    if (approval)
        m_staff.recordApproval(session, *approval, QStringLiteral("shift-%1").arg(shift.id));
    m_db.exec(QStringLiteral("UPDATE shifts SET status = 'closed', closed_by = ?, closed_at = ?, counted_cash = ?,"
                             " expected_cash = ?, difference = ?, counted_detail = ? WHERE id = ?"),
              {session.staffId, isoUtc(r.at), countedCash, r.expectedCash, r.difference,
               QString::fromUtf8(QJsonDocument(protocol::ShiftReportEvent::countedJson(counted)).toJson(QJsonDocument::Compact)),
               shift.id});
    const QJsonObject payload = z.toJson();
    const JournalEntry entry = m_journal.append(QStringLiteral("z_report"), QStringLiteral("shift-%1").arg(shift.id), r.gross,
                                                m_settings.currency().code(), payload, session.training);
    m_outbox.append(protocol::ShiftReportEvent::kType, payload);
    m_printQueue.enqueue(PrintJob::Kind::ShiftReport, QString::number(entry.seq), language);
    tx.commit();
    return r;
}

QList<qint64> ShiftService::denominations(const Currency& currency)
{
    const QString code = currency.code();
    if (code == QLatin1String("EUR"))
        return {50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1};
    if (code == QLatin1String("USD"))
        return {10000, 5000, 2000, 1000, 500, 200, 100, 25, 10, 5, 1};
    if (code == QLatin1String("RUB"))
        return {500000, 200000, 100000, 50000, 20000, 10000, 5000, 1000, 500, 200, 100, 50, 10};
    if (code == QLatin1String("CNY"))
        return {10000, 5000, 2000, 1000, 500, 100, 50, 10};
    if (code == QLatin1String("GBP"))
        return {5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1};
    if (code == QLatin1String("JPY"))
        return {10000, 5000, 2000, 1000, 500, 100, 50, 10, 5, 1};
    // Other currencies: count whole major units and single minor units.
    if (currency.exponent() == 0)
        return {1};
    return {currency.minorPerMajor(), 1};
}

} // namespace omnitill
