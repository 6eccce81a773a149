#include "SaleFinder.h"

#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "crypto/HubTokenRefusal.h"
#include "journal/Journal.h"
#include "outbox/Outbox.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace omnitill {

QString SaleFinder::receiptIdOf(const QString& scannedOrTyped)
{
    const QString text = scannedOrTyped.trimmed();
    // The receipt's QR: the signed journal line, whose fifth field is the receipt id.
    if (text.startsWith(QLatin1String(Journal::kFormat) + QLatin1Char('|'))) {
        const QStringList fields = text.split(QLatin1Char('|'));
        return fields.size() >= 12 ? fields[4] : QString();
    }
    static const QRegularExpression receiptId(QStringLiteral("^[A-Za-z0-9_.]+-[A-Za-z0-9_.]+-(TR)?\\d{6,}$"));
    return receiptId.match(text).hasMatch() ? text : QString();
}

void SaleFinder::mapProducts(OriginalSale& sale)
{
    for (OriginalSale::Line& l : sale.lines)
        l.productId = m_catalog.idForSku(l.sku);
}

void SaleFinder::loadReturned(OriginalSale& sale, bool unsyncedOnly)
{
    const qint64 held = Outbox::heldUpTo(m_db);
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT l.original_line, sum(l.quantity) AS quantity FROM return_lines l"
                                            " JOIN returns r ON r.id = l.return_id"
                                            " WHERE r.original_sale_id = ? AND r.training = ?"
                                            " AND (? = 0 OR r.outbox_seq IS NULL OR r.outbox_seq > ?) GROUP BY l.original_line"),
                             {sale.saleId, sale.training, unsyncedOnly, held});
    while (q.next())
        sale.returned[q.value(QStringLiteral("original_line")).toInt()] += q.value(QStringLiteral("quantity")).toLongLong();
    q.finish();
    sale.refunded += m_db.scalar(QStringLiteral("SELECT coalesce(sum(r.refund), 0) FROM returns r"
                                                " WHERE r.original_sale_id = ? AND r.training = ?"
                                                " AND (? = 0 OR r.outbox_seq IS NULL OR r.outbox_seq > ?)"),
                                 {sale.saleId, sale.training, unsyncedOnly, held})
                         .toLongLong();
}

std::optional<OriginalSale> SaleFinder::findLocal(const QString& scannedOrTyped)
{
    QString receiptId = receiptIdOf(scannedOrTyped);
    if (receiptId.isEmpty()) {
        bool isNumber = false;
        const qint64 number = scannedOrTyped.trimmed().toLongLong(&isNumber);
        if (isNumber)
            receiptId =
                m_db.scalar(QStringLiteral("SELECT receipt_id FROM sales WHERE receipt_number = ? AND training = 0"), {number}).toString();
    }
    QString payload = receiptId.isEmpty()
                          ? QString()
                          : m_db.scalar(QStringLiteral("SELECT j.payload FROM sales s JOIN journal j ON j.seq = s.journal_seq"
                                                       " WHERE s.receipt_id = ?"),
                                        {receiptId})
                                .toString();
    if (payload.isEmpty())
        payload = collectedOnlineOrder(scannedOrTyped);
    if (payload.isEmpty())
        return std::nullopt;
    OriginalSale sale = OriginalSale::fromEvent(QJsonDocument::fromJson(payload.toUtf8()).object());
    mapProducts(sale);
    loadReturned(sale, false);
    return sale;
}

QString SaleFinder::collectedOnlineOrder(const QString& scannedOrTyped)
{
    QString key = scannedOrTyped.trimmed();
    if (HubToken::looksLike(key, HubToken::kPickup)) {
        // A collected order is returned long after: an expired pickup code still names it.
        const HubToken::Checked checked = HubToken::check(key, HubToken::kPickup, 3, m_settings.hubPublicKey(), m_clock.nowUtc());
        if (!checked.fields && checked.refusal != HubToken::Refusal::Expired)
            throw DomainError(QStringLiteral("pickup.bad_token"), HubTokenRefusal::message(checked, HubToken::kPickup));
        if (!checked.fields)
            return {};
        key = checked.fields->first();
    }
    // Handed over here (the hand-over event carries the sale), or anywhere in the store as the
    // hub's orders feed said: found offline either way.
    return m_db
        .scalar(QStringLiteral("SELECT coalesce((SELECT json_extract(e.payload, '$.body.sale') FROM pickups p JOIN outbox e"
                               " ON e.device_seq = p.outbox_seq WHERE p.order_id = o.id AND p.status = 'collected'"
                               " AND p.sale_id IS NULL), json_extract(o.body, '$.collected.sale'))"
                               " FROM online_orders o WHERE o.id = ? OR o.number = ? LIMIT 1"),
                {key, key})
        .toString();
}

QList<SaleMatch> SaleFinder::search(const SaleSearch& c, int limit)
{
    QList<SaleMatch> out;
    QSqlQuery& q = m_db.exec(
        QStringLiteral("SELECT s.receipt_id, s.created_at, s.total, coalesce(s.member_id, '') AS member_id FROM sales s"
                       " WHERE s.training = 0 AND (? = '' OR s.business_day = ?) AND (? < 0 OR s.total = ?)"
                       " AND (? = '' OR s.member_id = ?)"
                       " AND (? = '' OR EXISTS (SELECT 1 FROM sale_tenders t WHERE t.sale_id = s.id AND t.card_last4 = ?))"
                       " ORDER BY s.created_at DESC LIMIT ?"),
        {c.day.isValid() ? c.day.toString(Qt::ISODate) : QStringLiteral(""),
         c.day.isValid() ? c.day.toString(Qt::ISODate) : QStringLiteral(""), c.total, c.total,
         c.memberId.isEmpty() ? QStringLiteral("") : c.memberId, c.memberId.isEmpty() ? QStringLiteral("") : c.memberId,
         c.cardLast4.isEmpty() ? QStringLiteral("") : c.cardLast4, c.cardLast4.isEmpty() ? QStringLiteral("") : c.cardLast4, limit});
    while (q.next())
        out.append({q.value(QStringLiteral("receipt_id")).toString(),
                    QDateTime::fromString(q.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs),
                    q.value(QStringLiteral("total")).toLongLong(), q.value(QStringLiteral("member_id")).toString()});
    q.finish();
    return out;
}

OriginalSale SaleFinder::fromHub(const QJsonObject& answer)
{
    OriginalSale sale = OriginalSale::fromEvent(answer.value(QStringLiteral("sale")).toObject());
    for (const QJsonValue& v : answer.value(QStringLiteral("returned")).toArray())
        sale.returned[v.toObject().value(QStringLiteral("line")).toInt()] += v.toObject().value(QStringLiteral("quantity")).toInteger();
    sale.refunded = answer.value(QStringLiteral("refunded")).toInteger();
    mapProducts(sale);
    // This till's returns the hub has not heard of yet count too.
    loadReturned(sale, true);
    return sale;
}

} // namespace omnitill
