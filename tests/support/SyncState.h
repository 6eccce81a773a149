#pragma once

#include "QueryRows.h"
#include "SaleEvent.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

// Whole states of a till and of what the hub holds for it, in the same words, for sync tests to
// compare: every event byte for byte, every receipt with every line and tender, every sale row.
// Templates over the database, so that the till's store and the hub's database (a library the
// test support does not link) are read alike.
namespace omnitill::test {

struct SyncState
{
    QStringList events;   // device_seq, event id, type, payload
    QStringList receipts; // one per sale: header | lines | tenders
    QStringList sales;    // the sales table's own row

    friend bool operator==(const SyncState&, const SyncState&) = default;
};

namespace syncstate {
inline QString receipt(const QString& receiptId, qint64 number, qint64 total, const QStringList& lines, const QStringList& tenders)
{
    return QStringLiteral("%1 #%2 %3 | %4 | %5").arg(receiptId).arg(number).arg(total).arg(lines.join(u';'), tenders.join(u';'));
}

inline QString line(const QString& sku, const QString& name, const QString& unit, qint64 quantity, qint64 unitPrice, qint64 listPrice,
                    qint64 discount, qint64 net, qint64 tax, qint64 gross, const QString& taxCode, qint64 taxBasisPoints)
{
    return QStringLiteral("%1 %2 [%3] %4@%5/%6 -%7 %8+%9=%10 %11/%12")
        .arg(sku, name, unit)
        .arg(quantity)
        .arg(unitPrice)
        .arg(listPrice)
        .arg(discount)
        .arg(net)
        .arg(tax)
        .arg(gross)
        .arg(taxCode)
        .arg(taxBasisPoints);
}

inline QString tender(const QString& kind, qint64 amount, qint64 tendered, const QString& approval, const QString& brand,
                      const QString& last4, const QString& reference, qint64 points)
{
    return QStringLiteral("%1 %2/%3 %4 %5 %6 %7 %8").arg(kind).arg(amount).arg(tendered).arg(approval, brand, last4, reference).arg(points);
}

inline const QString kSaleRow = QStringLiteral("id, receipt_id, total, currency, created_at");
} // namespace syncstate

// The till: its outbox, and its sales as its own tables hold them (training sales stay home).
template <typename Db> SyncState tillState(Db& db)
{
    SyncState s;
    s.events = rows(db.exec(QStringLiteral("SELECT device_seq, event_id, event_type, payload FROM outbox ORDER BY device_seq")));
    s.sales = rows(db.exec(QStringLiteral("SELECT ") + syncstate::kSaleRow + QStringLiteral(" FROM sales WHERE training = 0 ORDER BY id")));
    QSqlQuery sales(db.connection());
    sales.exec(QStringLiteral("SELECT id, receipt_id, receipt_number, total FROM sales WHERE training = 0 ORDER BY receipt_id"));
    while (sales.next()) {
        QStringList lines;
        QSqlQuery& l = db.exec(QStringLiteral("SELECT sku, name, unit, quantity, unit_price, list_price, discount, net, tax, gross,"
                                              " tax_code, tax_basis_points FROM sale_lines WHERE sale_id = ? ORDER BY line_no"),
                               {sales.value(0)});
        while (l.next())
            lines.append(syncstate::line(l.value(0).toString(), l.value(1).toString(), l.value(2).toString(), l.value(3).toLongLong(),
                                         l.value(4).toLongLong(), l.value(5).toLongLong(), l.value(6).toLongLong(), l.value(7).toLongLong(),
                                         l.value(8).toLongLong(), l.value(9).toLongLong(), l.value(10).toString(),
                                         l.value(11).toLongLong()));
        l.finish();
        QStringList tenders;
        QSqlQuery& t = db.exec(QStringLiteral("SELECT kind, amount, tendered, coalesce(approval_code, ''), coalesce(card_brand, ''),"
                                              " coalesce(card_last4, ''), coalesce(reference, ''), points FROM sale_tenders"
                                              " WHERE sale_id = ? ORDER BY seq"),
                               {sales.value(0)});
        while (t.next())
            tenders.append(syncstate::tender(t.value(0).toString(), t.value(1).toLongLong(), t.value(2).toLongLong(), t.value(3).toString(),
                                             t.value(4).toString(), t.value(5).toString(), t.value(6).toString(), t.value(7).toLongLong()));
        t.finish();
        s.receipts.append(
            syncstate::receipt(sales.value(1).toString(), sales.value(2).toLongLong(), sales.value(3).toLongLong(), lines, tenders));
    }
    return s;
}

// The hub: the events it holds from the device, its sales rows, and the receipts as its copy of
// each sale event says.
template <typename Db> SyncState hubState(Db& db, const QString& deviceId)
{
    SyncState s;
    s.events =
        rows(db.exec(QStringLiteral("SELECT device_seq, event_id, event_type, payload FROM events WHERE device_id = ? ORDER BY device_seq"),
                     {deviceId}));
    s.sales = rows(db.exec(QStringLiteral("SELECT ") + syncstate::kSaleRow + QStringLiteral(" FROM sales WHERE device_id = ? ORDER BY id"),
                           {deviceId}));
    QList<protocol::SaleEvent> sales;
    QSqlQuery& q = db.exec(QStringLiteral("SELECT payload FROM events WHERE device_id = ? AND event_type = ? ORDER BY device_seq"),
                           {deviceId, QString(protocol::SaleEvent::kType)});
    while (q.next()) {
        const protocol::SaleEvent sale = protocol::SaleEvent::fromJson(
            QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().value(QStringLiteral("body")).toObject());
        if (!sale.training)
            sales.append(sale);
    }
    q.finish();
    std::sort(sales.begin(), sales.end(), [](const auto& a, const auto& b) { return a.receiptId < b.receiptId; });
    for (const protocol::SaleEvent& sale : sales) {
        QStringList lines;
        for (const protocol::SaleEventLine& l : sale.lines)
            lines.append(syncstate::line(l.sku, l.name, l.unit, l.quantity, l.unitPrice, l.listPrice, l.discount, l.net, l.tax, l.gross,
                                         l.taxCode, l.taxBasisPoints));
        QStringList tenders;
        for (const protocol::SaleEventTender& t : sale.tenders)
            tenders.append(
                syncstate::tender(t.kind, t.amount, t.tendered, t.approvalCode, t.cardBrand, t.cardLast4, t.reference, t.points));
        s.receipts.append(syncstate::receipt(sale.receiptId, sale.receiptNumber, sale.total, lines, tenders));
    }
    return s;
}

} // namespace omnitill::test
