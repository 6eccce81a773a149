#include "JournalExport.h"

#include "journal/JournalText.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QJsonArray>
#include <QTimeZone>

namespace omnitill {

namespace {

QString iso(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QJsonArray entries(Database& db, const QString& where, const QVariantList& bindings)
{
    QJsonArray out;
    QSqlQuery& q = db.exec(QStringLiteral("SELECT seq, event_type, created_at, reference, training, canonical, payload, hash, signature,"
                                          " unsigned_reason FROM journal WHERE ") +
                               where + QStringLiteral(" ORDER BY seq"),
                           bindings);
    while (q.next())
        out.append(
            QJsonObject{{QStringLiteral("seq"), q.value(QStringLiteral("seq")).toLongLong()},
                        {QStringLiteral("type"), q.value(QStringLiteral("event_type")).toString()},
                        {QStringLiteral("created_at"), q.value(QStringLiteral("created_at")).toString()},
                        {QStringLiteral("reference"), q.value(QStringLiteral("reference")).toString()},
                        {QStringLiteral("training"), q.value(QStringLiteral("training")).toBool()},
                        {QStringLiteral("canonical"), q.value(QStringLiteral("canonical")).toString()},
                        {QStringLiteral("payload"), q.value(QStringLiteral("payload")).toString()},
                        {QStringLiteral("hash"), QString::fromLatin1(q.value(QStringLiteral("hash")).toByteArray().toBase64())},
                        {QStringLiteral("signature"), QString::fromLatin1(q.value(QStringLiteral("signature")).toByteArray().toBase64())},
                        {QStringLiteral("unsigned_reason"), q.value(QStringLiteral("unsigned_reason")).toString()}});
    q.finish();
    return out;
}

QJsonArray sales(Database& db, qint64 firstSeq, qint64 lastSeq)
{
    QJsonArray out;
    QSqlQuery& s = db.exec(QStringLiteral("SELECT id, receipt_id, receipt_number, journal_seq, created_at, currency, total, training"
                                          " FROM sales WHERE journal_seq BETWEEN ? AND ? ORDER BY journal_seq"),
                           {firstSeq, lastSeq});
    QList<QJsonObject> found;
    QStringList ids;
    while (s.next()) {
        ids.append(s.value(QStringLiteral("id")).toString());
        found.append({{QStringLiteral("receipt_id"), s.value(QStringLiteral("receipt_id")).toString()},
                      {QStringLiteral("receipt_number"), s.value(QStringLiteral("receipt_number")).toLongLong()},
                      {QStringLiteral("journal_seq"), s.value(QStringLiteral("journal_seq")).toLongLong()},
                      {QStringLiteral("created_at"), s.value(QStringLiteral("created_at")).toString()},
                      {QStringLiteral("currency"), s.value(QStringLiteral("currency")).toString()},
                      {QStringLiteral("total"), s.value(QStringLiteral("total")).toLongLong()},
                      {QStringLiteral("training"), s.value(QStringLiteral("training")).toBool()}});
    }
    s.finish();
    for (qsizetype i = 0; i < found.size(); ++i) {
        QJsonArray lines;
        QSqlQuery& l = db.exec(QStringLiteral("SELECT sku, name, quantity, unit_price, gross, net, tax, tax_code, tax_basis_points"
                                              " FROM sale_lines WHERE sale_id = ? ORDER BY line_no"),
                               {ids.at(i)});
        while (l.next())
            lines.append(QJsonObject{{QStringLiteral("sku"), l.value(QStringLiteral("sku")).toString()},
                                     {QStringLiteral("name"), l.value(QStringLiteral("name")).toString()},
                                     {QStringLiteral("quantity"), l.value(QStringLiteral("quantity")).toLongLong()},
                                     {QStringLiteral("unit_price"), l.value(QStringLiteral("unit_price")).toLongLong()},
                                     {QStringLiteral("gross"), l.value(QStringLiteral("gross")).toLongLong()},
                                     {QStringLiteral("net"), l.value(QStringLiteral("net")).toLongLong()},
                                     {QStringLiteral("tax"), l.value(QStringLiteral("tax")).toLongLong()},
                                     {QStringLiteral("tax_code"), l.value(QStringLiteral("tax_code")).toString()},
                                     {QStringLiteral("tax_basis_points"), l.value(QStringLiteral("tax_basis_points")).toLongLong()}});
        l.finish();
        QJsonArray tenders;
        QSqlQuery& t = db.exec(QStringLiteral("SELECT kind, amount FROM sale_tenders WHERE sale_id = ? ORDER BY seq"), {ids.at(i)});
        while (t.next())
            tenders.append(QJsonObject{{QStringLiteral("kind"), t.value(QStringLiteral("kind")).toString()},
                                       {QStringLiteral("amount"), t.value(QStringLiteral("amount")).toLongLong()}});
        t.finish();
        QJsonObject sale = found.at(i);
        sale.insert(QStringLiteral("lines"), lines);
        sale.insert(QStringLiteral("tenders"), tenders);
        out.append(sale);
    }
    return out;
}

} // namespace

QJsonObject JournalExport::period(Database& db, const StoreSettings& settings, const QDate& from, const QDate& to)
{
    const QTimeZone zone = settings.timeZone();
    const QString since = iso(QDateTime(from, QTime(0, 0), zone));
    const QString until = iso(QDateTime(to.addDays(1), QTime(0, 0), zone));
    const QJsonArray journal = entries(db, QStringLiteral("created_at >= ? AND created_at < ?"), {since, until});
    const qint64 first = journal.isEmpty() ? 0 : journal.first().toObject().value(QStringLiteral("seq")).toInteger();
    const qint64 last = journal.isEmpty() ? -1 : journal.last().toObject().value(QStringLiteral("seq")).toInteger();
    // The link into the export: the hash of the entry before its first (zeros before the journal's first).
    QByteArray previous(32, '\0');
    if (first > 1)
        previous = db.scalar(QStringLiteral("SELECT hash FROM journal WHERE seq = ?"), {first - 1}).toByteArray();
    return {{QStringLiteral("format"), QStringLiteral("omnitill-journal-export")},
            {QStringLiteral("version"), kVersion},
            {QStringLiteral("store"), settings.storeCode()},
            {QStringLiteral("till"), settings.tillCode()},
            {QStringLiteral("device_id"), settings.deviceId()},
            {QStringLiteral("key_id"), settings.value(QStringLiteral("journal.key_id"))},
            {QStringLiteral("from"), from.toString(Qt::ISODate)},
            {QStringLiteral("to"), to.toString(Qt::ISODate)},
            {QStringLiteral("time_zone"), QString::fromLatin1(zone.id())},
            {QStringLiteral("previous_hash"), QString::fromLatin1(previous.toBase64())},
            {QStringLiteral("entries"), journal},
            // The journal's keys before the period: whoever holds its first key follows them to the key of the period.
            {QStringLiteral("key_changes"),
             entries(db, QStringLiteral("event_type = ? AND seq < ?"), {JournalText::kKeyChange, first > 0 ? first : qint64(1) << 62})},
            {QStringLiteral("sales"), sales(db, first, last)}};
}

} // namespace omnitill
