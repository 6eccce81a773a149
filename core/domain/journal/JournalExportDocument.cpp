#include "JournalExportDocument.h"
#include "JournalText.h"

#include <QJsonArray>

namespace omnitill {

namespace {
template <typename T> QJsonArray arrayOf(const QList<T>& items)
{
    QJsonArray out;
    for (const T& item : items)
        out.append(item.toJson());
    return out;
}
} // namespace

std::optional<JournalExportDocument::Entry> JournalExportDocument::Entry::fromCanonical(const QString& canonical)
{
    const std::optional<JournalText> text = JournalText::parse(canonical.toUtf8());
    if (!text)
        return std::nullopt;
    Entry e;
    e.seq = text->seq;
    e.type = text->type;
    e.createdAt = text->utc;
    e.reference = text->reference;
    e.training = text->training;
    e.canonical = canonical;
    return e;
}

QJsonObject JournalExportDocument::Entry::toJson() const
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("type"), type},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("reference"), reference},
            {QStringLiteral("training"), training},
            {QStringLiteral("canonical"), canonical},
            {QStringLiteral("payload"), payload ? QJsonValue(*payload) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("hash"), QString::fromLatin1(hash.toBase64())},
            {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())},
            {QStringLiteral("unsigned_reason"), unsignedReason}};
}

QJsonObject JournalExportDocument::Sale::toJson() const
{
    QJsonArray lineArray;
    for (const SaleLine& l : lines)
        lineArray.append(QJsonObject{{QStringLiteral("sku"), l.sku},
                                     {QStringLiteral("name"), l.name},
                                     {QStringLiteral("quantity"), l.quantity},
                                     {QStringLiteral("unit_price"), l.unitPrice},
                                     {QStringLiteral("gross"), l.gross},
                                     {QStringLiteral("net"), l.net},
                                     {QStringLiteral("tax"), l.tax},
                                     {QStringLiteral("tax_code"), l.taxCode},
                                     {QStringLiteral("tax_basis_points"), l.taxBasisPoints}});
    QJsonArray tenderArray;
    for (const SaleTender& t : tenders)
        tenderArray.append(QJsonObject{{QStringLiteral("kind"), t.kind}, {QStringLiteral("amount"), t.amount}});
    return {{QStringLiteral("receipt_id"), receiptId},   {QStringLiteral("receipt_number"), receiptNumber},
            {QStringLiteral("journal_seq"), journalSeq}, {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("currency"), currency},      {QStringLiteral("total"), total},
            {QStringLiteral("training"), training},      {QStringLiteral("lines"), lineArray},
            {QStringLiteral("tenders"), tenderArray}};
}

QJsonObject JournalExportDocument::toJson() const
{
    return {{QStringLiteral("format"), QStringLiteral("omnitill-journal-export")},
            {QStringLiteral("version"), kVersion},
            {QStringLiteral("source"), source},
            {QStringLiteral("store"), store},
            {QStringLiteral("till"), till},
            {QStringLiteral("device_id"), deviceId},
            {QStringLiteral("key_id"), keyId},
            {QStringLiteral("from"), from.toString(Qt::ISODate)},
            {QStringLiteral("to"), to.toString(Qt::ISODate)},
            {QStringLiteral("time_zone"), timeZone},
            {QStringLiteral("previous_hash"), QString::fromLatin1(previousHash.toBase64())},
            {QStringLiteral("entries"), arrayOf(entries)},
            {QStringLiteral("key_changes"), arrayOf(keyChanges)},
            {QStringLiteral("sales"), arrayOf(sales)}};
}

} // namespace omnitill
