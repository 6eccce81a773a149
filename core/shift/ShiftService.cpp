#include "ShiftService.h"

#include "common/Clock.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "journal/Journal.h"
#include "outbox/Outbox.h"
#include "print/PrintQueue.h"
#include "staff/StaffService.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace omnitill {

namespace {
QJsonObject reportJson(const ShiftReport& r)
{
    QJsonArray taxes;
    for (const auto& t : r.taxes)
        taxes.append(QJsonObject{{QStringLiteral("code"), t.code},
                                 {QStringLiteral("bp"), t.basisPoints},
                                 {QStringLiteral("net"), t.net},
                                 {QStringLiteral("tax"), t.tax},
                                 {QStringLiteral("gross"), t.gross}});
    QJsonObject tenders;
    for (auto it = r.tenders.cbegin(); it != r.tenders.cend(); ++it)
        tenders.insert(it.key(), it.value());
    QJsonObject counted;
    for (auto it = r.counted.cbegin(); it != r.counted.cend(); ++it)
        counted.insert(QString::number(it.key()), it.value());
    return {{QStringLiteral("kind"), r.kind},
            {QStringLiteral("shift_id"), r.shiftId},
            {QStringLiteral("sales"), r.salesCount},
            {QStringLiteral("training_sales"), r.trainingSalesCount},
            {QStringLiteral("voids"), r.voids},
            {QStringLiteral("gross"), r.gross},
            {QStringLiteral("discounts"), r.discounts},
            {QStringLiteral("tax"), r.tax},
            {QStringLiteral("taxes"), taxes},
            {QStringLiteral("tenders"), tenders},
            {QStringLiteral("opening_float"), r.openingFloat},
            {QStringLiteral("cash_in"), r.cashIn},
            {QStringLiteral("cash_out"), r.cashOut},
            {QStringLiteral("expected_cash"), r.expectedCash},
            {QStringLiteral("counted_cash"), r.countedCash},
            {QStringLiteral("difference"), r.difference},
            {QStringLiteral("counted"), counted}};
}
} // namespace

ShiftService::ShiftService(Database& db, const Clock& clock, StoreSettings& settings, StaffService& staff,
                           Journal& journal, Outbox& outbox, PrintQueue& printQueue)
    : m_db(db), m_clock(clock), m_settings(settings), m_staff(staff), m_journal(journal), m_outbox(outbox),
      m_printQueue(printQueue)
{
}

std::optional<Shift> ShiftService::current()
{
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT id, opened_by, opened_at, business_day, opening_float FROM shifts"
                                            " WHERE status = 'open'"));
    if (!q.next())
        return std::nullopt;
    Shift s{q.value(0).toLongLong(), q.value(1).toLongLong(),
            QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs),
            QDate::fromString(q.value(3).toString(), Qt::ISODate), q.value(4).toLongLong()};
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

Shift ShiftService::open(const Session& session, qint64 openingFloat)
{
    if (!session.isValid())
        throw DomainError(QStringLiteral("auth.no_session"), Tr::tr("Nobody is logged in"));
    if (openingFloat < 0)
        throw DomainError(QStringLiteral("shift.float"), Tr::tr("The float cannot be negative"));
    if (current())
        throw DomainError(QStringLiteral("shift.already_open"), Tr::tr("A shift is already open"));
    const QDateTime now = m_clock.nowUtc();
    Transaction tx(m_db);
    m_db.exec(QStringLiteral("INSERT INTO shifts(till_code, opened_by, opened_at, business_day, opening_float, status)"
                             " VALUES(?, ?, ?, ?, ?, 'open')"),
              {m_settings.tillCode(), session.staffId, isoUtc(now), m_settings.businessDay(now).toString(Qt::ISODate),
               openingFloat});
    const qint64 id = m_db.lastInsertId();
    m_db.exec(QStringLiteral("INSERT INTO cash_movements(shift_id, kind, amount, staff_id, created_at)"
                             " VALUES(?, 'float', ?, ?, ?)"),
              {id, openingFloat, session.staffId, isoUtc(now)});
    const QJsonObject payload{{QStringLiteral("shift_id"), id},
                              {QStringLiteral("staff_id"), session.staffId},
                              {QStringLiteral("opening_float"), openingFloat}};
    m_journal.append(QStringLiteral("shift_open"), QStringLiteral("shift-%1").arg(id), openingFloat,
                     m_settings.currency().code(), payload, session.training);
    m_outbox.append(QStringLiteral("shift_open"), payload);
    tx.commit();
    return Shift{id, session.staffId, now, m_settings.businessDay(now), openingFloat};
}

void ShiftService::cashMovement(const Session& session, const QString& kind, qint64 amount, const QString& reason,
                                const QString& approverPin)
{
    if (amount <= 0)
        throw DomainError(QStringLiteral("shift.amount"), Tr::tr("The amount must be more than zero"));
    if (reason.trimmed().isEmpty())
        throw DomainError(QStringLiteral("shift.reason"), Tr::tr("Give a reason"));
    const Shift shift = requireOpen();
    if (kind == QLatin1String("cash_out")) {
        const qint64 inDrawer = m_db.scalar(QStringLiteral("SELECT coalesce(sum(amount), 0) FROM cash_movements"
                                                           " WHERE shift_id = ?"),
                                            {shift.id})
                                    .toLongLong();
        if (amount > inDrawer)
            throw DomainError(QStringLiteral("shift.drawer_short"),
                              Tr::tr("The drawer does not hold that much cash"));
    }
    const auto approval = m_staff.authorize(session, Action::CashInOut, approverPin);
    const qint64 signedAmount = kind == QLatin1String("cash_out") ? -amount : amount;
    Transaction tx(m_db);
    if (approval)
        m_staff.recordApproval(session, *approval, kind);
    m_db.exec(QStringLiteral("INSERT INTO cash_movements(shift_id, kind, amount, reason, staff_id, approved_by, created_at)"
                             " VALUES(?, ?, ?, ?, ?, ?, ?)"),
              {shift.id, kind, signedAmount, reason.trimmed(), session.staffId,
               approval ? QVariant(approval->approverId) : QVariant(), isoUtc(m_clock.nowUtc())});
    const QJsonObject payload{{QStringLiteral("shift_id"), shift.id},
                              {QStringLiteral("staff_id"), session.staffId},
                              {QStringLiteral("amount"), signedAmount},
                              {QStringLiteral("reason"), reason.trimmed()},
                              {QStringLiteral("approved_by"), approval ? approval->approverId : 0}};
    const JournalEntry entry = m_journal.append(kind, QStringLiteral("shift-%1").arg(shift.id), signedAmount,
                                                m_settings.currency().code(), payload, session.training);
    m_outbox.append(kind, payload);
    if (!session.training)
        m_printQueue.enqueue(PrintJob::Kind::DrawerKick, QStringLiteral("%1-%2").arg(kind).arg(entry.seq));
    tx.commit();
}

void ShiftService::cashIn(const Session& session, qint64 amount, const QString& reason, const QString& approverPin)
{
    cashMovement(session, QStringLiteral("cash_in"), amount, reason, approverPin);
}

void ShiftService::cashOut(const Session& session, qint64 amount, const QString& reason, const QString& approverPin)
{
    cashMovement(session, QStringLiteral("cash_out"), amount, reason, approverPin);
}

void ShiftService::noSale(const Session& session, const QString& approverPin)
{
    const Shift shift = requireOpen();
    const auto approval = m_staff.authorize(session, Action::NoSale, approverPin);
    Transaction tx(m_db);
    if (approval)
        m_staff.recordApproval(session, *approval, QStringLiteral("no_sale"));
    const JournalEntry entry =
        m_journal.append(QStringLiteral("no_sale"), QStringLiteral("shift-%1").arg(shift.id), 0, m_settings.currency().code(),
                         {{QStringLiteral("staff_id"), session.staffId},
                          {QStringLiteral("approved_by"), approval ? approval->approverId : 0}},
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
    QSqlQuery& sales = m_db.exec(QStringLiteral("SELECT count(*), coalesce(sum(total), 0), coalesce(sum(discount_total), 0),"
                                                " coalesce(sum(tax_total), 0) FROM sales WHERE shift_id = ? AND training = 0"),
                                 {shiftId});
    if (sales.next()) {
        r.salesCount = sales.value(0).toInt();
        r.gross = sales.value(1).toLongLong();
        r.discounts = sales.value(2).toLongLong();
        r.tax = sales.value(3).toLongLong();
    }
    sales.finish();
    r.trainingSalesCount =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE shift_id = ? AND training = 1"), {shiftId}).toInt();
    QSqlQuery& taxes = m_db.exec(QStringLiteral("SELECT l.tax_code, l.tax_basis_points, sum(l.net), sum(l.tax), sum(l.gross)"
                                                " FROM sale_lines l JOIN sales s ON s.id = l.sale_id"
                                                " WHERE s.shift_id = ? AND s.training = 0"
                                                " GROUP BY l.tax_code, l.tax_basis_points ORDER BY l.tax_code"),
                                 {shiftId});
    while (taxes.next())
        r.taxes.append({taxes.value(0).toString(), taxes.value(1).toInt(), taxes.value(2).toLongLong(),
                        taxes.value(3).toLongLong(), taxes.value(4).toLongLong()});
    taxes.finish();
    QSqlQuery& tenders = m_db.exec(QStringLiteral("SELECT t.kind, sum(t.amount) FROM sale_tenders t JOIN sales s ON s.id = t.sale_id"
                                                  " WHERE s.shift_id = ? AND s.training = 0 GROUP BY t.kind"),
                                   {shiftId});
    while (tenders.next())
        r.tenders.insert(tenders.value(0).toString(), tenders.value(1).toLongLong());
    tenders.finish();
    QSqlQuery& cash = m_db.exec(QStringLiteral("SELECT kind, sum(amount) FROM cash_movements WHERE shift_id = ? GROUP BY kind"),
                                {shiftId});
    while (cash.next()) {
        const QString k = cash.value(0).toString();
        const qint64 amount = cash.value(1).toLongLong();
        if (k == QLatin1String("float"))
            r.openingFloat = amount;
        else if (k == QLatin1String("cash_in"))
            r.cashIn = amount;
        else if (k == QLatin1String("cash_out"))
            r.cashOut = -amount;
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

ShiftReport ShiftService::xReport(const Session& session)
{
    const Shift shift = requireOpen();
    ShiftReport r = report(shift.id, QStringLiteral("X"));
    Transaction tx(m_db);
    QJsonObject payload = reportJson(r);
    payload.insert(QStringLiteral("staff_id"), session.staffId);
    m_journal.append(QStringLiteral("x_report"), QStringLiteral("shift-%1").arg(shift.id), r.gross,
                     m_settings.currency().code(), payload, session.training);
    tx.commit();
    return r;
}

ShiftReport ShiftService::close(const Session& session, const QMap<qint64, int>& counted, const QString& approverPin)
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
    const QJsonObject json = reportJson(r);
    Transaction tx(m_db);
    if (approval)
        m_staff.recordApproval(session, *approval, QStringLiteral("shift-%1").arg(shift.id));
    m_db.exec(QStringLiteral("UPDATE shifts SET status = 'closed', closed_by = ?, closed_at = ?, counted_cash = ?,"
                             " expected_cash = ?, difference = ?, counted_detail = ? WHERE id = ?"),
              {session.staffId, isoUtc(r.at), countedCash, r.expectedCash, r.difference,
               QString::fromUtf8(QJsonDocument(json.value(QStringLiteral("counted")).toObject()).toJson(QJsonDocument::Compact)),
               shift.id});
    QJsonObject payload = json;
    payload.insert(QStringLiteral("staff_id"), session.staffId);
    payload.insert(QStringLiteral("approved_by"), approval ? approval->approverId : 0);
    m_journal.append(QStringLiteral("z_report"), QStringLiteral("shift-%1").arg(shift.id), r.gross,
                     m_settings.currency().code(), payload, session.training);
    m_outbox.append(QStringLiteral("shift_close"), payload);
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
