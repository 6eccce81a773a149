#include "StockCountService.h"
#include "StockAdjustmentEvents.h"

#include "MovingAverageCost.h"
#include "StockLedger.h"
#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "outbox/Outbox.h"
#include "sale/SaleService.h"
#include "staff/StaffService.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace omnitill {

namespace {
constexpr qint64 kMaxCounted = 100000000;

QString statusName(StockCount::Status s)
{
    switch (s) {
    case StockCount::Status::Open:
        return QStringLiteral("open");
    case StockCount::Status::Closed:
        return QStringLiteral("closed");
    case StockCount::Status::Approved:
        return QStringLiteral("approved");
    case StockCount::Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

const QString kLineQuery =
    QStringLiteral("SELECT l.product_id, p.sku, p.name_en, l.expected, l.counted, p.unit, coalesce(c.average_milli, 0) AS average_milli,"
                   " s.blind, s.status"
                   " FROM stock_count_lines l JOIN products p ON p.id = l.product_id JOIN stock_counts s ON s.id = l.count_id"
                   " LEFT JOIN product_costs c ON c.product_id = l.product_id WHERE l.count_id = ?");

StockCountLine lineFromRow(const QSqlQuery& q)
{
    StockCountLine l;
    l.productId = q.value(QStringLiteral("product_id")).toLongLong();
    l.sku = q.value(QStringLiteral("sku")).toString();
    l.name = q.value(QStringLiteral("name_en")).toString();
    l.weighed = q.value(QStringLiteral("unit")).toString() == QLatin1String("weight");
    l.counted = q.value(QStringLiteral("counted")).toLongLong();
    // Blind: what the ledger expects is not shown while people are still counting.
    if (!q.value(QStringLiteral("blind")).toBool() || q.value(QStringLiteral("status")).toString() != QLatin1String("open")) {
        l.expected = q.value(QStringLiteral("expected")).toLongLong();
        l.variance = l.counted - *l.expected;
        l.varianceValue = MovingAverageCost::value(l.variance, q.value(QStringLiteral("average_milli")).toLongLong(), l.weighed);
    }
    return l;
}
} // namespace

QString StockCountService::start(const Session& session, bool blind, const QString& note)
{
    if (!session.isValid())
        throw DomainError(QStringLiteral("auth.no_session"), Tr::tr("Nobody is logged in"));
    if (session.training)
        throw DomainError(QStringLiteral("stock.training"), Tr::tr("Stock is real: leave training mode to count it"));
    if (note.size() > 500)
        throw DomainError(QStringLiteral("stock.note"), Tr::tr("The note is too long"));
    Transaction tx(m_db);
    if (current())
        throw DomainError(QStringLiteral("stock.count_open"), Tr::tr("A count is already in progress: finish it first"));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db.exec(
        QStringLiteral("INSERT INTO stock_counts(id, status, blind, note, started_by, started_at) VALUES(?, 'open', ?, ?, ?, ?)"),
        {id, blind ? 1 : 0, note.trimmed().isEmpty() ? QStringLiteral("") : note.trimmed(), session.staffId, isoUtc(m_clock.nowUtc())});
    tx.commit();
    return id;
}

std::optional<QString> StockCountService::current()
{
    const QVariant id =
        m_db.scalar(QStringLiteral("SELECT id FROM stock_counts WHERE status IN ('open', 'closed') ORDER BY started_at DESC LIMIT 1"));
    return id.isValid() ? std::optional<QString>(id.toString()) : std::nullopt;
}

StockCount::Status StockCountService::statusOf(const QString& countId)
{
    const QString status = m_db.scalar(QStringLiteral("SELECT status FROM stock_counts WHERE id = ?"), {countId}).toString();
    for (StockCount::Status s :
         {StockCount::Status::Open, StockCount::Status::Closed, StockCount::Status::Approved, StockCount::Status::Cancelled}) {
        if (statusName(s) == status)
            return s;
    }
    throw DomainError(QStringLiteral("stock.unknown_count"), Tr::tr("Unknown stock count"));
}

void StockCountService::requireOpen(const Session& session, const QString& countId)
{
    if (!session.isValid())
        throw DomainError(QStringLiteral("auth.no_session"), Tr::tr("Nobody is logged in"));
    if (statusOf(countId) != StockCount::Status::Open)
        throw DomainError(QStringLiteral("stock.count_closed"), Tr::tr("This count is closed"));
}

StockCountLine StockCountService::line(const QString& countId, qint64 productId)
{
    QSqlQuery& q = m_db.exec(kLineQuery + QStringLiteral(" AND l.product_id = ?"), {countId, productId});
    q.next();
    const StockCountLine l = lineFromRow(q);
    q.finish();
    return l;
}

StockCountLine StockCountService::addCounted(const QString& countId, qint64 productId, qint64 quantity, bool replace)
{
    // The ledger's figure as the product is first counted: what sells after the scan is not a loss.
    const qint64 expected = StockLedger(m_db, m_clock).onHand(productId);
    m_db.exec(QStringLiteral("INSERT INTO stock_count_lines(count_id, product_id, expected, counted, counted_at) VALUES(?, ?, ?, ?, ?)"
                             " ON CONFLICT(count_id, product_id) DO UPDATE SET counted = %1, counted_at = excluded.counted_at")
                  .arg(replace ? QStringLiteral("excluded.counted") : QStringLiteral("stock_count_lines.counted + excluded.counted")),
              {countId, productId, expected, quantity, isoUtc(m_clock.nowUtc())});
    if (m_db.scalar(QStringLiteral("SELECT counted FROM stock_count_lines WHERE count_id = ? AND product_id = ?"), {countId, productId})
            .toLongLong() > kMaxCounted)
        throw DomainError(QStringLiteral("stock.quantity"), Tr::tr("That is more than a store can hold"));
    return line(countId, productId);
}

StockCountLine StockCountService::scan(const Session& session, const QString& countId, const QString& code)
{
    requireOpen(session, countId);
    const auto [product, quantity] = m_sales.productForCode(code);
    Transaction tx(m_db);
    const StockCountLine l = addCounted(countId, product.id, quantity, false);
    tx.commit();
    return l;
}

StockCountLine StockCountService::setCounted(const Session& session, const QString& countId, qint64 productId, qint64 counted)
{
    requireOpen(session, countId);
    if (counted < 0 || counted > kMaxCounted)
        throw DomainError(QStringLiteral("stock.quantity"), Tr::tr("Type the quantity on the shelf (0 or more)"));
    if (!m_catalog.findById(productId))
        throw DomainError(QStringLiteral("catalog.unknown_product"), Tr::tr("Unknown product: %1").arg(productId));
    Transaction tx(m_db);
    const StockCountLine l = addCounted(countId, productId, counted, true);
    tx.commit();
    return l;
}

void StockCountService::close(const Session& session, const QString& countId)
{
    requireOpen(session, countId);
    Transaction tx(m_db);
    m_db.exec(QStringLiteral("UPDATE stock_counts SET status = 'closed', closed_at = ? WHERE id = ?"), {isoUtc(m_clock.nowUtc()), countId});
    tx.commit();
}

void StockCountService::cancel(const Session& session, const QString& countId)
{
    if (!session.isValid())
        throw DomainError(QStringLiteral("auth.no_session"), Tr::tr("Nobody is logged in"));
    const StockCount::Status status = statusOf(countId);
    if (status == StockCount::Status::Approved)
        throw DomainError(QStringLiteral("stock.count_approved"), Tr::tr("An approved count cannot be cancelled"));
    Transaction tx(m_db);
    m_db.exec(QStringLiteral("UPDATE stock_counts SET status = 'cancelled' WHERE id = ?"), {countId});
    tx.commit();
}

int StockCountService::approve(const Session& session, const QString& countId, const QString& approverPin)
{
    if (!session.isValid())
        throw DomainError(QStringLiteral("auth.no_session"), Tr::tr("Nobody is logged in"));
    const std::optional<Approval> approval = m_staff.authorize(session, Action::StockManage, approverPin);
    Transaction tx(m_db);
    if (statusOf(countId) != StockCount::Status::Closed)
        throw DomainError(QStringLiteral("stock.count_not_closed"), Tr::tr("Close the count before approving it"));
    const StockCount c = count(countId);
    const QString now = isoUtc(m_clock.nowUtc());
    const QString reference = QStringLiteral("count ") + countId.left(8);
    protocol::StockCountedEvent counted;
    int adjusted = 0;
    for (const StockCountLine& l : c.lines) {
        if (l.variance == 0)
            continue;
        StockLedger::book(m_db, l.productId, l.variance, QStringLiteral("count"), reference, now);
        counted.lines.append({l.sku, l.expected.value_or(0), l.counted, l.variance, l.varianceValue});
        ++adjusted;
    }
    const qint64 approver = approval ? approval->approverId : session.staffId;
    counted.countId = countId;
    counted.blind = c.blind;
    counted.note = c.note;
    counted.countedProducts = c.lines.size();
    counted.approvedBy = approver;
    counted.approvedAt = now;
    const OutboxEvent sent = m_outbox.append(protocol::StockCountedEvent::kType, counted.toJson());
    m_db.exec(QStringLiteral("UPDATE stock_counts SET status = 'approved', approved_by = ?, approved_at = ?, outbox_seq = ? WHERE id = ?"),
              {approver, now, sent.deviceSeq, countId});
    tx.commit();
    return adjusted;
}

StockCount StockCountService::count(const QString& countId)
{
    StockCount c;
    c.status = statusOf(countId);
    c.id = countId;
    QSqlQuery& h = m_db.exec(QStringLiteral("SELECT blind, note, started_at FROM stock_counts WHERE id = ?"), {countId});
    h.next();
    c.blind = h.value(QStringLiteral("blind")).toBool();
    c.note = h.value(QStringLiteral("note")).toString();
    c.startedAt = QDateTime::fromString(h.value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs);
    h.finish();
    QSqlQuery& q = m_db.exec(kLineQuery + QStringLiteral(" ORDER BY p.sku"), {countId});
    while (q.next())
        c.lines.append(lineFromRow(q));
    q.finish();
    return c;
}

} // namespace omnitill
