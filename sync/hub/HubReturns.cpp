#include "HubReturns.h"

#include "HubDatabase.h"
#include "HubError.h"
#include "HubGiftCards.h"
#include "HubLoyalty.h"
#include "giftcards/GiftCardNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMultiMap>

namespace omnitill::hub {

QJsonObject HubReturns::saleBody(const QString& saleId)
{
    const QString payload = m_db.scalar(QStringLiteral("SELECT e.payload FROM sales s JOIN events e"
                                                       " ON e.device_id = s.device_id AND e.device_seq = s.device_seq"
                                                       " WHERE s.id = ?"),
                                        {saleId})
                                .toString();
    const QJsonObject body = QJsonDocument::fromJson(payload.toUtf8()).object().value(QStringLiteral("body")).toObject();
    // An online order paid online: its hand-over carries the sale it became.
    return body.contains(QStringLiteral("sale")) ? body.value(QStringLiteral("sale")).toObject() : body;
}

QJsonObject HubReturns::saleForReturn(const QString& receiptId)
{
    // A receipt id is unique per store and till; a till set up again from scratch could repeat one:
    // the latest sale answers.
    const QString saleId =
        m_db.scalar(QStringLiteral("SELECT id FROM sales WHERE receipt_id = ? ORDER BY created_at DESC LIMIT 1"), {receiptId}).toString();
    const QJsonObject sale = saleId.isEmpty() ? QJsonObject() : saleBody(saleId);
    if (sale.isEmpty())
        throw HubError(404, QStringLiteral("sale.unknown"), QStringLiteral("no sale with receipt %1").arg(receiptId));
    QJsonArray returned;
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT line, quantity FROM returned_lines WHERE sale_id = ? ORDER BY line"), {saleId});
    while (q.next())
        returned.append(QJsonObject{{QStringLiteral("line"), q.value(QStringLiteral("line")).toInt()},
                                    {QStringLiteral("quantity"), q.value(QStringLiteral("quantity")).toLongLong()}});
    q.finish();
    const qint64 refunded =
        m_db.scalar(QStringLiteral("SELECT coalesce(sum(refund), 0) FROM returns WHERE sale_id = ?"), {saleId}).toLongLong();
    return {{QStringLiteral("sale"), sale}, {QStringLiteral("returned"), returned}, {QStringLiteral("refunded"), refunded}};
}

QString HubReturns::postReturn(const QString& storeId, const QString& deviceId, const protocol::ReturnEvent& ret, QSet<QString>& members,
                               QSet<QString>& cards)
{
    const QString& returnId = ret.returnId;
    const QString& receipt = ret.receiptId;
    const QString& flagged = ret.flagged;
    QString saleId = ret.original.saleId;
    // Returned offline against another till's receipt: the hub finds the sale by its receipt.
    if (saleId.isEmpty() && !flagged.isEmpty())
        saleId = m_db.scalar(QStringLiteral("SELECT id FROM sales WHERE receipt_id = ? ORDER BY created_at DESC LIMIT 1"),
                             {ret.original.receiptId})
                     .toString();
    QStringList problems;
    if (!flagged.isEmpty())
        problems.append(QStringLiteral("return %1 %2; reconcile it").arg(receipt, flagged));
    if (returnId.isEmpty())
        return QStringLiteral("a return without an id: %1").arg(receipt);
    // A sale the hub has not received yet (its till is offline): the money is still posted below.
    if (saleId.isEmpty() && !ret.noReceipt)
        problems.append(QStringLiteral("return %1 names no sale the hub knows").arg(receipt));
    if (!saleId.isEmpty()) {
        m_db.exec(QStringLiteral("INSERT INTO returns(id, sale_id, store_id, device_id, receipt_id, refund, created_at)"
                                 " VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                  {returnId, saleId, storeId, deviceId, receipt, ret.refund, ret.createdAt});
    }
    // Line by line, in line order (two hubs on one PostgreSQL take the rows in the same order).
    QHash<int, qint64> sold;
    QMultiMap<QString, int> linesOfSku;
    const QJsonObject saleJson = saleBody(saleId);
    const protocol::SaleEvent sale = protocol::SaleEvent::fromJson(saleJson);
    for (const protocol::SaleEventLine& l : sale.lines) {
        sold.insert(l.line, l.quantity);
        linesOfSku.insert(l.sku, l.line);
    }
    QMap<int, qint64> lines; // none counted against a sale for goods returned without a receipt
    for (const protocol::ReturnEventLine& l : saleId.isEmpty() ? QList<protocol::ReturnEventLine>() : ret.lines) {
        int line = l.line;
        if (!flagged.isEmpty()) {
            // The till numbered the scanned goods itself: they count against the sale's line of that SKU.
            const QList<int> candidates = linesOfSku.values(l.sku);
            if (candidates.isEmpty()) {
                problems.append(QStringLiteral("%1 was not sold on %2").arg(l.sku, ret.original.receiptId));
                continue;
            }
            line = *std::min_element(candidates.begin(), candidates.end());
        }
        lines[line] += l.quantity;
    }
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        m_db.exec(QStringLiteral("INSERT INTO returned_lines(sale_id, line, quantity) VALUES(?, ?, ?)"
                                 " ON CONFLICT(sale_id, line) DO UPDATE SET quantity = returned_lines.quantity + excluded.quantity"),
                  {saleId, it.key(), it.value()});
        const qint64 returned =
            m_db.scalar(QStringLiteral("SELECT quantity FROM returned_lines WHERE sale_id = ? AND line = ?"), {saleId, it.key()})
                .toLongLong();
        // A sale the hub has not received yet (its till is offline) is checked by what comes later.
        if (!saleJson.isEmpty() && returned > sold.value(it.key())) {
            QStringList stores;
            QSqlQuery& q = m_db.exec(QStringLiteral("SELECT DISTINCT store_id FROM returns WHERE sale_id = ? ORDER BY store_id"), {saleId});
            while (q.next())
                stores.append(q.value(QStringLiteral("store_id")).toString());
            q.finish();
            problems.append(QStringLiteral("receipt %1 line %2 refunded twice: %3 sold, %4 returned (%5; this return %6)")
                                .arg(ret.original.receiptId)
                                .arg(it.key())
                                .arg(sold.value(it.key()))
                                .arg(returned)
                                .arg(stores.join(QStringLiteral(", ")), receipt));
        }
    }
    if (ret.loyalty) {
        for (const auto& [points, kind] : {std::pair{ret.loyalty->reversed, "earn"}, std::pair{ret.loyalty->refunded, "redeem"}}) {
            if (points <= 0 || saleId.isEmpty())
                continue;
            try {
                m_loyalty.reverse(QStringLiteral("sale:%1:%2").arg(saleId, QLatin1String(kind)), points,
                                  QStringLiteral("return:%1:%2").arg(returnId, QLatin1String(kind)), receipt);
                members.insert(ret.loyalty->memberId);
            } catch (const HubError& e) {
                problems.append(QStringLiteral("return %1: %2 points not reversed: %3").arg(receipt, QString::number(points), e.message()));
            }
        }
    }
    int seq = 0;
    for (const protocol::ReturnEventTender& t : ret.tenders) {
        ++seq;
        if (t.kind != protocol::SaleEventTender::kGiftCard)
            continue;
        const QString& number = t.reference;
        // Store credit the till issued for this refund starts its life here.
        const bool issued = GiftCardNumber::isValid(number) && GiftCardNumber::kindOf(number) == GiftCardNumber::Kind::StoreCredit &&
                            !m_db.scalar(QStringLiteral("SELECT 1 FROM gift_cards WHERE number = ?"), {number}).isValid();
        try {
            const HubGiftCards::Posted posted =
                m_giftCards.post(number, issued ? QStringLiteral("activate") : QStringLiteral("refund"), t.amount, ret.currency,
                                 QStringLiteral("return:%1:%2").arg(returnId).arg(seq), receipt, storeId, false);
            cards.insert(number);
            if (!posted.problem.isEmpty())
                problems.append(posted.problem);
        } catch (const HubError& e) {
            // Kept with the conflict rather than refusing the push: the till's refund happened.
            problems.append(QStringLiteral("return %1: %2").arg(receipt, e.message()));
        }
    }
    return problems.join(QStringLiteral("; "));
}

} // namespace omnitill::hub
