#include "HubGiftCards.h"
#include "ReferenceFeedItems.h"

#include "HubAmounts.h"
#include "HubDatabase.h"
#include "HubError.h"
#include "HubFeeds.h"
#include "common/Clock.h"
#include "giftcards/GiftCardNumber.h"

namespace omnitill::hub {

QString HubGiftCards::now() const
{
    return m_clock.nowUtc().toString(Qt::ISODateWithMs);
}

HubGiftCards::Posted HubGiftCards::post(const QString& number, const QString& kind, qint64 amount, const QString& currency,
                                        const QString& key, const QString& reference, const QString& storeId, bool strict)
{
    Posted out;
    const auto refuse = [&](int status, const QString& code, const QString& why) {
        if (strict)
            throw HubError(status, code, why);
        out.problem = why;
    };
    if (!GiftCardNumber::isValid(number))
        throw HubError(400, QStringLiteral("giftcard.number"), QStringLiteral("%1 is not a gift card number").arg(number));
    if (amount <= 0 || amount > HubAmounts::kMaxMoney || key.trimmed().isEmpty())
        throw HubError(400, QStringLiteral("giftcard.posting"),
                       QStringLiteral("a posting needs an amount from 1 to %1 and a key").arg(HubAmounts::kMaxMoney));
    const bool adds = kind == QLatin1String("activate") || kind == QLatin1String("topup") || kind == QLatin1String("refund");
    if (!adds && kind != QLatin1String("spend"))
        throw HubError(400, QStringLiteral("giftcard.kind"), QStringLiteral("kind is activate, topup, spend or refund"));
    if (m_db.scalar(QStringLiteral("SELECT 1 FROM gift_card_ledger WHERE idem_key = ?"), {key}).isValid()) {
        out.balance = m_db.scalar(QStringLiteral("SELECT balance FROM gift_cards WHERE number = ?"), {number}).toLongLong();
        out.replayed = true;
        return out;
    }
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT currency, balance, status FROM gift_cards WHERE number = ?"), {number});
    const bool exists = q.next();
    const QString cardCurrency = exists ? q.value(QStringLiteral("currency")).toString() : currency;
    const qint64 balance = exists ? q.value(QStringLiteral("balance")).toLongLong() : 0;
    q.finish();
    if (kind == QLatin1String("activate")) {
        if (exists)
            refuse(409, QStringLiteral("giftcard.active"),
                   QStringLiteral("card %1 was already activated").arg(GiftCardNumber::masked(number)));
        else
            m_db.exec(QStringLiteral("INSERT INTO gift_cards(number, kind, currency, balance, status, created_at, updated_at)"
                                     " VALUES(?, ?, ?, 0, 'active', ?, ?)"),
                      {number, GiftCardNumber::kindName(GiftCardNumber::kindOf(number)), currency, now(), now()});
    } else if (!exists) {
        // Spent or topped up before the hub heard of its activation: the card is created so the
        // money is not lost, and the conflict says what happened.
        refuse(404, QStringLiteral("giftcard.unknown"), QStringLiteral("card %1 was never activated").arg(GiftCardNumber::masked(number)));
        m_db.exec(QStringLiteral("INSERT INTO gift_cards(number, kind, currency, balance, status, created_at, updated_at)"
                                 " VALUES(?, ?, ?, 0, 'active', ?, ?)"),
                  {number, GiftCardNumber::kindName(GiftCardNumber::kindOf(number)), currency, now(), now()});
    }
    if (!currency.isEmpty() && currency != cardCurrency)
        refuse(400, QStringLiteral("giftcard.currency"),
               QStringLiteral("card %1 holds %2, not %3").arg(GiftCardNumber::masked(number), cardCurrency, currency));
    if (kind == QLatin1String("spend") && amount > balance)
        refuse(409, QStringLiteral("giftcard.insufficient"),
               QStringLiteral("card %1 had %2 and paid %3: overdrawn by %4")
                   .arg(GiftCardNumber::masked(number))
                   .arg(balance)
                   .arg(amount)
                   .arg(amount - balance));
    const qint64 delta = adds ? amount : -amount;
    // Checked before anything is written: a balance never wraps or turns into a float.
    HubAmounts::add(balance, delta, HubAmounts::kMaxMoney, 409, QStringLiteral("giftcard.range"));
    const qint64 id = m_db.reserveSequence(QStringLiteral("gift_cards"), 1);
    m_db.exec(QStringLiteral("INSERT INTO gift_card_ledger(id, number, kind, amount, idem_key, reference, store_id, created_at)"
                             " VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
              {id, number, kind, delta, key, reference.isNull() ? QStringLiteral("") : reference,
               storeId.isEmpty() ? QVariant() : QVariant(storeId), now()});
    m_db.exec(QStringLiteral("UPDATE gift_cards SET balance = balance + ?, updated_at = ? WHERE number = ?"), {delta, now(), number});
    out.balance = m_db.scalar(QStringLiteral("SELECT balance FROM gift_cards WHERE number = ?"), {number}).toLongLong();
    publish(number);
    return out;
}

QString HubGiftCards::postSale(const QString& storeId, const protocol::SaleEvent& sale, QSet<QString>& cards)
{
    const QString& saleId = sale.saleId;
    const QString& receipt = sale.receiptId;
    const QString& currency = sale.currency;
    QStringList problems;
    const auto one = [&](const QString& number, const QString& kind, qint64 amount, int seq) {
        try {
            const Posted p =
                post(number, kind, amount, currency, QStringLiteral("sale:%1:gc:%2").arg(saleId).arg(seq), receipt, storeId, false);
            if (!p.replayed)
                cards.insert(number);
            if (!p.problem.isEmpty())
                problems.append(QStringLiteral("sale %1: %2").arg(receipt, p.problem));
        } catch (const HubError& e) {
            problems.append(QStringLiteral("sale %1: %2").arg(receipt, e.message()));
        }
    };
    int seq = 0;
    for (const protocol::SaleEventGiftCardLoad& g : sale.giftCards)
        one(g.number, g.kind, g.amount, ++seq);
    for (const protocol::SaleEventTender& t : sale.tenders) {
        ++seq;
        if (t.kind == protocol::SaleEventTender::kGiftCard)
            one(t.reference, QStringLiteral("spend"), t.amount, seq);
    }
    return problems.join(QStringLiteral("; "));
}

QJsonObject HubGiftCards::postOnline(const QString& number, const QJsonObject& r)
{
    HubTransaction tx(m_db);
    const qint64 amount = HubAmounts::wholeNumber(r, "amount", 1, HubAmounts::kMaxMoney, QStringLiteral("giftcard.posting"));
    const Posted p = post(number, r.value(QStringLiteral("kind")).toString(), amount, r.value(QStringLiteral("currency")).toString(),
                          r.value(QStringLiteral("idempotency_key")).toString(), r.value(QStringLiteral("reference")).toString(),
                          QStringLiteral("online"), true);
    tx.commit();
    return {{QStringLiteral("number"), number}, {QStringLiteral("balance"), p.balance}, {QStringLiteral("replayed"), p.replayed}};
}

QJsonObject HubGiftCards::card(const QString& number)
{
    QJsonObject out = body(number);
    if (out.isEmpty())
        throw HubError(404, QStringLiteral("giftcard.unknown"), QStringLiteral("no card %1").arg(GiftCardNumber::masked(number)));
    QJsonArray entries;
    QSqlQuery& e = m_db.exec(QStringLiteral("SELECT kind, amount, reference, store_id, created_at FROM gift_card_ledger"
                                            " WHERE number = ? ORDER BY id DESC LIMIT 50"),
                             {number});
    while (e.next())
        entries.append(QJsonObject{{QStringLiteral("kind"), e.value(QStringLiteral("kind")).toString()},
                                   {QStringLiteral("amount"), e.value(QStringLiteral("amount")).toLongLong()},
                                   {QStringLiteral("reference"), e.value(QStringLiteral("reference")).toString()},
                                   {QStringLiteral("store_id"), e.value(QStringLiteral("store_id")).toString()},
                                   {QStringLiteral("created_at"), e.value(QStringLiteral("created_at")).toString()}});
    e.finish();
    out.insert(QStringLiteral("entries"), entries);
    return out;
}

QJsonArray HubGiftCards::balances(const QSet<QString>& cards)
{
    QJsonArray out;
    for (const QString& number : cards)
        out.append(body(number));
    return out;
}

QJsonObject HubGiftCards::body(const QString& number)
{
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT kind, currency, balance, status FROM gift_cards WHERE number = ?"), {number});
    QJsonObject out;
    if (q.next())
        out = protocol::GiftCardFeedItem{number, q.value(QStringLiteral("kind")).toString(), q.value(QStringLiteral("currency")).toString(),
                                         q.value(QStringLiteral("balance")).toLongLong(), q.value(QStringLiteral("status")).toString()}
                  .toJson();
    q.finish();
    return out;
}

void HubGiftCards::publish(const QString& number)
{
    const QJsonObject current = body(number);
    if (!current.isEmpty())
        m_feeds.publish(protocol::GiftCardFeedItem::kFeed, {{QStringLiteral("*"), number, current}});
}

} // namespace omnitill::hub
