#include "HubJournalExport.h"
#include "HubDatabase.h"
#include "HubJournal.h"
#include "HubReturns.h"

#include "SaleEvent.h"
#include "journal/JournalExportDocument.h"
#include "journal/JournalText.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace omnitill::hub {

namespace {

using Document = JournalExportDocument;

QString isoDay(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toString(Qt::ISODateWithMs);
}

Document::Sale saleRecord(const protocol::SaleEvent& sale, qint64 journalSeq)
{
    Document::Sale out{sale.receiptId, sale.receiptNumber, journalSeq, sale.createdAt, sale.currency, sale.total, sale.training, {}, {}};
    for (const protocol::SaleEventLine& l : sale.lines)
        out.lines.append({l.sku, l.name, l.quantity, l.unitPrice, l.gross, l.net, l.tax, l.taxCode, l.taxBasisPoints});
    for (const protocol::SaleEventTender& t : sale.tenders)
        out.tenders.append({t.kind, t.amount});
    return out;
}

} // namespace

QJsonObject HubJournalExport::period(const QString& deviceId, const QDate& from, const QDate& to)
{
    HeldJournalPeriod held = m_journal.period(deviceId, isoDay(from), isoDay(to.addDays(1)));
    Document doc;
    doc.source = QStringLiteral("hub");
    QSqlQuery& d = m_db.exec(QStringLiteral("SELECT store_id, till_code FROM devices WHERE id = ?"), {deviceId});
    if (d.next()) {
        doc.store = d.value(0).toString();
        doc.till = d.value(1).toString();
    }
    d.finish();
    doc.deviceId = deviceId;
    doc.keyId = m_journal.anchor(deviceId).value(QStringLiteral("key_id")).toString();
    doc.from = from;
    doc.to = to;
    doc.timeZone = QStringLiteral("UTC");
    doc.previousHash = held.previousHash;
    doc.keyChanges = held.keyChanges;

    // The hub's sale records of the till around the period (a sale's time and its entry's may
    // straddle midnight), by receipt id; a till set up again may repeat one: the latest sale wins.
    QHash<QString, QString> saleIds;
    QSqlQuery& s = m_db.exec(
        QStringLiteral("SELECT id, receipt_id FROM sales WHERE device_id = ? AND created_at >= ? AND created_at < ? ORDER BY created_at"),
        {deviceId, isoDay(from.addDays(-1)), isoDay(to.addDays(2))});
    while (s.next())
        saleIds.insert(s.value(1).toString(), s.value(0).toString());
    s.finish();
    for (Document::Entry& e : held.entries) {
        if (e.type != JournalText::kSale && e.type != JournalText::kTrainingSale)
            continue;
        const auto id = saleIds.constFind(e.reference);
        if (id == saleIds.constEnd())
            continue; // not booked at the hub: the entry goes without its payload, and no sale row
        const QJsonObject body = m_returns.saleBody(*id);
        // The till signed the compact text of this very object; the verifier compares the hashes.
        e.payload = QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
        doc.sales.append(saleRecord(protocol::SaleEvent::fromJson(body), e.seq));
    }
    doc.entries = std::move(held.entries);
    return doc.toJson();
}

} // namespace omnitill::hub
