#include "HubIntegrator.h"
#include "EventType.h"
#include "OnlineOrder.h"

#include "HubAmounts.h"
#include "HubDatabase.h"
#include "HubError.h"
#include "HubFeeds.h"
#include "catalog/Product.h"
#include "common/Clock.h"
#include "crypto/Crypto.h"
#include "crypto/HubToken.h"
#include "crypto/Signer.h"
#include "money/Currency.h"
#include "money/Money.h"

#include <QJsonDocument>
#include <QUuid>

namespace omnitill::hub {

namespace {

QString keyHash(const QByteArray& key)
{
    return QString::fromLatin1(crypto::sha256(key.trimmed()).toHex());
}

[[noreturn]] void invalid(const QString& what)
{
    throw HubError(400, QStringLiteral("order.invalid"), what);
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

const QStringList& HubIntegrator::scopes()
{
    static const QStringList all{QStringLiteral("orders"),        QStringLiteral("members"), QStringLiteral("coupons"),
                                 QStringLiteral("gift-cards"),    QStringLiteral("catalog"), QStringLiteral("prices"),
                                 QStringLiteral("replenishment"), QStringLiteral("feed")};
    return all;
}

namespace {
QString checkedScopes(QStringList scopes)
{
    for (QString& s : scopes)
        s = s.trimmed();
    scopes.removeAll(QString());
    scopes.removeDuplicates();
    if (scopes.isEmpty())
        throw HubError(400, QStringLiteral("api_key.scopes"),
                       QStringLiteral("name what the key may do: --scopes with any of %1").arg(HubIntegrator::scopes().join(u',')));
    for (const QString& s : scopes) {
        if (!HubIntegrator::scopes().contains(s))
            throw HubError(400, QStringLiteral("api_key.scopes"),
                           QStringLiteral("no scope \"%1\"; the scopes are %2").arg(s, HubIntegrator::scopes().join(u',')));
    }
    return scopes.join(u',');
}
} // namespace

QJsonObject HubIntegrator::createApiKey(const QString& name, const QStringList& scopes)
{
    if (name.trimmed().isEmpty())
        throw HubError(400, QStringLiteral("api_key.name"), QStringLiteral("name the integrator the key is for"));
    const QString granted = checkedScopes(scopes);
    const QByteArray key = "otk_" + crypto::randomBytes(24).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db.exec(QStringLiteral("INSERT INTO api_keys(id, name, key_hash, created_at, scopes) VALUES(?, ?, ?, ?, ?)"),
              {id, name.trimmed(), keyHash(key), m_clock.nowUtc().toString(Qt::ISODateWithMs), granted});
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name.trimmed()},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(granted.split(u','))},
            {QStringLiteral("key"), QString::fromLatin1(key)}};
}

void HubIntegrator::setApiKeyScopes(const QString& id, const QStringList& scopes)
{
    if (m_db.execAffected(QStringLiteral("UPDATE api_keys SET scopes = ? WHERE id = ?"), {checkedScopes(scopes), id}) != 1)
        throw HubError(404, QStringLiteral("api_key.unknown"), QStringLiteral("no API key %1").arg(id));
}

void HubIntegrator::revokeApiKey(const QString& id)
{
    if (m_db.execAffected(QStringLiteral("UPDATE api_keys SET revoked = 1 WHERE id = ?"), {id}) != 1)
        throw HubError(404, QStringLiteral("api_key.unknown"), QStringLiteral("no API key %1").arg(id));
}

QJsonArray HubIntegrator::apiKeys()
{
    QJsonArray out;
    QSqlQuery& q =
        m_db.exec(QStringLiteral("SELECT id, name, created_at, revoked, last_used_at, scopes FROM api_keys ORDER BY created_at"));
    while (q.next())
        out.append(QJsonObject{{QStringLiteral("id"), q.value(QStringLiteral("id")).toString()},
                               {QStringLiteral("name"), q.value(QStringLiteral("name")).toString()},
                               {QStringLiteral("created_at"), q.value(QStringLiteral("created_at")).toString()},
                               {QStringLiteral("revoked"), q.value(QStringLiteral("revoked")).toInt() != 0},
                               {QStringLiteral("last_used_at"), q.value(QStringLiteral("last_used_at")).toString()},
                               {QStringLiteral("scopes"),
                                QJsonArray::fromStringList(q.value(QStringLiteral("scopes")).toString().split(u',', Qt::SkipEmptyParts))}});
    return out;
}

QString HubIntegrator::authenticate(const QByteArray& authorizationHeader, QLatin1String scope)
{
    if (!authorizationHeader.startsWith("Bearer "))
        throw HubError(401, QStringLiteral("auth.api_key"), QStringLiteral("send the API key as \"Authorization: Bearer KEY\""));
    QSqlQuery& q =
        m_db.exec(QStringLiteral("SELECT id, revoked, scopes FROM api_keys WHERE key_hash = ?"), {keyHash(authorizationHeader.mid(7))});
    if (!q.next())
        throw HubError(401, QStringLiteral("auth.api_key"), QStringLiteral("unknown API key"));
    const QString id = q.value(QStringLiteral("id")).toString();
    const bool revoked = q.value(QStringLiteral("revoked")).toInt() != 0;
    const QStringList granted = q.value(QStringLiteral("scopes")).toString().split(u',', Qt::SkipEmptyParts);
    q.finish();
    if (revoked)
        throw HubError(403, QStringLiteral("auth.api_key_revoked"), QStringLiteral("this API key has been revoked"));
    if (!granted.contains(scope))
        throw HubError(403, QStringLiteral("auth.scope"),
                       QStringLiteral("this API key may not use %1 (its scopes: %2)").arg(scope).arg(granted.join(u',')));
    m_db.exec(QStringLiteral("UPDATE api_keys SET last_used_at = ? WHERE id = ?"), {m_clock.nowUtc().toString(Qt::ISODateWithMs), id});
    return id;
}

QString HubIntegrator::pickupToken(const QString& orderId, const QString& storeId, const QString& number)
{
    // Verified offline by the till with the hub's public key it got at enrollment.
    const QDateTime now = m_clock.nowUtc();
    return HubToken::sign(m_hubKey, HubToken::kPickup, {orderId, storeId, number}, now, now.addDays(kPickupTokenDays));
}

QJsonObject HubIntegrator::memberToken(const QString& memberId)
{
    if (!m_db.scalar(QStringLiteral("SELECT 1 FROM members WHERE id = ? AND erased = 0"), {memberId}).isValid())
        throw HubError(404, QStringLiteral("member.unknown"), QStringLiteral("no member %1").arg(memberId));
    return {{QStringLiteral("member_id"), memberId},
            {QStringLiteral("token"),
             HubToken::sign(m_hubKey, HubToken::kMember, {memberId}, m_clock.nowUtc(), m_clock.nowUtc().addDays(kMemberTokenDays))}};
}

QJsonObject HubIntegrator::placeOrder(const protocol::OrderRequest& order)
{
    HubTransaction tx(m_db);
    QJsonObject placed = placeOrderIn(order);
    tx.commit();
    return placed;
}

QJsonObject HubIntegrator::placeOrderIn(const protocol::OrderRequest& order)
{
    if (const QString problem = order.problem(); !problem.isEmpty())
        invalid(problem);
    const QString& id = order.id;
    const QString& storeId = order.storeId;
    const QString& number = order.number;
    Currency currency;
    try {
        currency = Currency::fromCode(order.currency);
    } catch (const DomainError& e) {
        invalid(e.message());
    }

    if (!m_db.scalar(QStringLiteral("SELECT 1 FROM stores WHERE id = ?"), {storeId}).isValid())
        throw HubError(404, QStringLiteral("store.unknown"), QStringLiteral("no store %1").arg(storeId));
    protocol::OnlineOrder normalized;
    qint64 total = 0;
    for (const auto& [sku, quantity, unitPrice] : order.lines) {
        QSqlQuery& p = m_db.exec(QStringLiteral("SELECT name_en, unit FROM products WHERE sku = ?"), {sku});
        if (!p.next())
            invalid(QStringLiteral("%1: the hub's catalog has no SKU \"%2\"").arg(number, sku));
        const QString name = p.value(QStringLiteral("name_en")).toString();
        const bool weighed = p.value(QStringLiteral("unit")).toString() == QLatin1String("weight");
        p.finish();
        // A weighed product's quantity is in grams and its price per kilogram.
        const qint64 lineTotal = lineAmount(weighed ? Unit::Weight : Unit::Piece, quantity, unitPrice);
        // A total no till could take in is refused, never wrapped.
        try {
            total = (Money(total, currency) + Money(lineTotal, currency)).minor();
        } catch (const DomainError&) {
            total = HubAmounts::kMaxMoney + 1;
        }
        if (total > HubAmounts::kMaxMoney)
            invalid(QStringLiteral("%1: the order's total would exceed %2 minor units").arg(number).arg(HubAmounts::kMaxMoney));
        normalized.lines.append({sku, name, quantity, unitPrice, lineTotal});
    }
    normalized.id = id;
    normalized.storeId = storeId;
    normalized.number = number;
    normalized.customerName = order.customerName;
    normalized.phone = order.phone;
    normalized.paid = order.paid;
    normalized.currency = currency.code();
    normalized.total = total;
    if (order.fulfilment == protocol::OnlineOrder::kDelivery) {
        normalized.fulfilment = order.fulfilment;
        normalized.address = order.address;
    }
    normalized.originStore = order.originStore;
    QSqlQuery& existing = m_db.exec(QStringLiteral("SELECT body FROM online_orders WHERE id = ?"), {id});
    if (existing.next()) {
        const QJsonObject stored = QJsonDocument::fromJson(existing.value(QStringLiteral("body")).toString().toUtf8()).object();
        existing.finish();
        // What the hub and the pickup desk added is not the order's content.
        if (protocol::OnlineOrder::fromJson(stored).content() != normalized)
            throw HubError(409, QStringLiteral("order.exists"), QStringLiteral("order %1 exists with other content").arg(id));
        return stored; // a retry of a request whose answer was lost
    }
    existing.finish();
    if (m_db.scalar(QStringLiteral("SELECT 1 FROM online_orders WHERE store_id = ? AND number = ?"), {storeId, number}).isValid())
        throw HubError(409, QStringLiteral("order.number_taken"),
                       QStringLiteral("store %1 already has an order numbered %2").arg(storeId, number));
    const QString stamp = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    normalized.pickupToken = pickupToken(id, storeId, number);
    normalized.createdAt = stamp;
    const QJsonObject body = normalized.toJson();
    m_db.exec(QStringLiteral("INSERT INTO online_orders(id, store_id, number, status, body, created_at, updated_at)"
                             " VALUES(?, ?, ?, 'placed', ?, ?, ?)"),
              {id, storeId, number, QString::fromUtf8(compact(body)), stamp, stamp});
    publishOrder(id);
    return body;
}

QJsonObject HubIntegrator::cancelOrder(const QString& orderId)
{
    HubTransaction tx(m_db);
    const QString status = m_db.scalar(QStringLiteral("SELECT status FROM online_orders WHERE id = ?"), {orderId}).toString();
    if (status.isEmpty())
        throw HubError(404, QStringLiteral("order.unknown"), QStringLiteral("no order %1").arg(orderId));
    if (status == QLatin1String("collected"))
        throw HubError(409, QStringLiteral("order.collected"), QStringLiteral("order %1 was already collected").arg(orderId));
    if (status == QLatin1String("cancelled"))
        return {{QStringLiteral("id"), orderId}, {QStringLiteral("status"), status}}; // a retry
    m_db.exec(QStringLiteral("UPDATE online_orders SET status = 'cancelled', updated_at = ? WHERE id = ?"),
              {m_clock.nowUtc().toString(Qt::ISODateWithMs), orderId});
    publishOrder(orderId);
    tx.commit();
    return {{QStringLiteral("id"), orderId}, {QStringLiteral("status"), QStringLiteral("cancelled")}};
}

QString HubIntegrator::now() const
{
    return m_clock.nowUtc().toString(Qt::ISODateWithMs);
}

QJsonObject HubIntegrator::order(const QString& orderId)
{
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT status, body, updated_at FROM online_orders WHERE id = ?"), {orderId});
    if (!q.next()) {
        q.finish();
        throw HubError(404, QStringLiteral("order.unknown"), QStringLiteral("no order %1").arg(orderId));
    }
    QJsonObject body = QJsonDocument::fromJson(q.value(QStringLiteral("body")).toString().toUtf8()).object();
    body.insert(QStringLiteral("status"), q.value(QStringLiteral("status")).toString());
    body.insert(QStringLiteral("updated_at"), q.value(QStringLiteral("updated_at")).toString());
    q.finish();
    return body;
}

void HubIntegrator::publishOrder(const QString& orderId)
{
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT store_id, status, body, updated_at FROM online_orders WHERE id = ?"), {orderId});
    q.next();
    const QString storeId = q.value(QStringLiteral("store_id")).toString();
    protocol::OnlineOrder published =
        protocol::OnlineOrder::fromJson(QJsonDocument::fromJson(q.value(QStringLiteral("body")).toString().toUtf8()).object());
    published.status = q.value(QStringLiteral("status")).toString();
    published.updatedAt = q.value(QStringLiteral("updated_at")).toString();
    q.finish();
    if (published.fulfilment == protocol::OnlineOrder::kDelivery)
        return; // shipped by the shop, not collected at a desk
    m_feeds.publish(protocol::OnlineOrder::kFeed, {{storeId, orderId, published.toJson()}});
}

QString HubIntegrator::feedKind(const QString& eventType)
{
    if (eventType == protocol::EventType::kAisleOrder)
        return QStringLiteral("order"); // placed at a till for the customer: the shop takes it from here
    for (const char* kind : {"sale", "return", "pickup", "replenishment", "transfer", "stock", "kiosk"}) {
        if (eventType == QLatin1String(kind) || eventType.startsWith(QLatin1String(kind) + QLatin1Char('.')))
            return QString::fromLatin1(kind);
    }
    return {};
}

QJsonObject HubIntegrator::feed(const QString& cursor, int limit)
{
    qint64 last = HubFeeds::decodeCursor(QStringLiteral("integrator"), cursor);
    limit = std::clamp(limit, 1, 5000);
    QJsonArray items;
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT f.seq, f.kind, f.store_id, f.device_id, e.payload FROM integrator_feed f"
                                            " JOIN events e ON e.device_id = f.device_id AND e.device_seq = f.device_seq"
                                            " WHERE f.seq > ? ORDER BY f.seq LIMIT ?"),
                             {last, limit});
    while (q.next()) {
        last = q.value(QStringLiteral("seq")).toLongLong();
        items.append(QJsonObject{
            {QStringLiteral("seq"), last},
            {QStringLiteral("kind"), q.value(QStringLiteral("kind")).toString()},
            {QStringLiteral("store_id"), q.value(QStringLiteral("store_id")).toString()},
            {QStringLiteral("device_id"), q.value(QStringLiteral("device_id")).toString()},
            {QStringLiteral("event"), QJsonDocument::fromJson(q.value(QStringLiteral("payload")).toString().toUtf8()).object()}});
    }
    q.finish();
    const qint64 remaining = m_db.scalar(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM integrator_feed WHERE seq > ?"
                                                        " LIMIT 1000000) AS r"),
                                         {last})
                                 .toLongLong();
    return {{QStringLiteral("items"), items},
            {QStringLiteral("cursor"), HubFeeds::encodeCursor(QStringLiteral("integrator"), last)},
            {QStringLiteral("remaining"), remaining}};
}

} // namespace omnitill::hub
