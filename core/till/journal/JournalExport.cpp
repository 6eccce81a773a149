#include "JournalExport.h"

#include "journal/JournalExportDocument.h"
#include "journal/JournalText.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QTimeZone>

namespace omnitill {

namespace {

using Document = JournalExportDocument;

QString iso(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QList<Document::Entry> entries(Database& db, const QString& where, const QVariantList& bindings)
{
    QList<Document::Entry> out;
    QSqlQuery& q = db.exec(QStringLiteral("SELECT seq, event_type, created_at, reference, training, canonical, payload, hash, signature,"
                                          " unsigned_reason FROM journal WHERE ") +
                               where + QStringLiteral(" ORDER BY seq"),
                           bindings);
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toBool(),
                    q.value(5).toString(), q.value(6).toString(), q.value(7).toByteArray(), q.value(8).toByteArray(),
                    q.value(9).toString()});
    q.finish();
    return out;
}

QList<Document::Sale> sales(Database& db, qint64 firstSeq, qint64 lastSeq)
{
    QList<Document::Sale> out;
    QStringList ids;
    QSqlQuery& s = db.exec(QStringLiteral("SELECT id, receipt_id, receipt_number, journal_seq, created_at, currency, total, training"
                                          " FROM sales WHERE journal_seq BETWEEN ? AND ? ORDER BY journal_seq"),
                           {firstSeq, lastSeq});
    while (s.next()) {
        ids.append(s.value(0).toString());
        Document::Sale sale;
        sale.receiptId = s.value(1).toString();
        sale.receiptNumber = s.value(2).toLongLong();
        sale.journalSeq = s.value(3).toLongLong();
        sale.createdAt = s.value(4).toString();
        sale.currency = s.value(5).toString();
        sale.total = s.value(6).toLongLong();
        sale.training = s.value(7).toBool();
        out.append(sale);
    }
    s.finish();
    for (qsizetype i = 0; i < out.size(); ++i) {
        QSqlQuery& l = db.exec(QStringLiteral("SELECT sku, name, quantity, unit_price, gross, net, tax, tax_code, tax_basis_points"
                                              " FROM sale_lines WHERE sale_id = ? ORDER BY line_no"),
                               {ids.at(i)});
        while (l.next())
            out[i].lines.append({l.value(0).toString(), l.value(1).toString(), l.value(2).toLongLong(), l.value(3).toLongLong(),
                                 l.value(4).toLongLong(), l.value(5).toLongLong(), l.value(6).toLongLong(), l.value(7).toString(),
                                 l.value(8).toLongLong()});
        l.finish();
        QSqlQuery& t = db.exec(QStringLiteral("SELECT kind, amount FROM sale_tenders WHERE sale_id = ? ORDER BY seq"), {ids.at(i)});
        while (t.next())
            out[i].tenders.append({t.value(0).toString(), t.value(1).toLongLong()});
        t.finish();
    }
    return out;
}

} // namespace

QJsonObject JournalExport::period(Database& db, const StoreSettings& settings, const QDate& from, const QDate& to)
{
    const QTimeZone zone = settings.timeZone();
    Document doc;
    doc.source = QStringLiteral("till");
    doc.store = settings.storeCode();
    doc.till = settings.tillCode();
    doc.deviceId = settings.deviceId();
    doc.keyId = settings.value(QStringLiteral("journal.key_id"));
    doc.from = from;
    doc.to = to;
    doc.timeZone = QString::fromLatin1(zone.id());
    doc.entries = entries(db, QStringLiteral("created_at >= ? AND created_at < ?"),
                          {iso(QDateTime(from, QTime(0, 0), zone)), iso(QDateTime(to.addDays(1), QTime(0, 0), zone))});
    const qint64 first = doc.entries.isEmpty() ? 0 : doc.entries.first().seq;
    const qint64 last = doc.entries.isEmpty() ? -1 : doc.entries.last().seq;
    // The link into the export: the hash of the entry before its first (zeros before the journal's first).
    doc.previousHash = QByteArray(32, '\0');
    if (first > 1)
        doc.previousHash = db.scalar(QStringLiteral("SELECT hash FROM journal WHERE seq = ?"), {first - 1}).toByteArray();
    // The journal's keys before the period: whoever holds its first key follows them to the key of the period.
    doc.keyChanges =
        entries(db, QStringLiteral("event_type = ? AND seq < ?"), {JournalText::kKeyChange, first > 0 ? first : qint64(1) << 62});
    doc.sales = sales(db, first, last);
    return doc.toJson();
}

} // namespace omnitill
