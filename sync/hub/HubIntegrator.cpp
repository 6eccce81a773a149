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
constexpr qint64 kMaxQuantity = 1000000;      // pieces, or grams of a weighed product
constexpr qint64 kMaxUnitPrice = 10000000000; // minor units; keeps quantity × price inside 64 bits

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
        out.append(
            QJsonObject{{QStringLiteral("id"), q.value(0).toString()},
                        {QStringLiteral("name"), q.value(1).toString()},
                        {QStringLiteral("created_at"), q.value(2).toString()},
                        {QStringLiteral("revoked"), q.value(3).toInt() != 0},
                        {QStringLiteral("last_used_at"), q.value(4).toString()},
                        {QStringLiteral("scopes"), QJsonArray::fromStringList(q.value(5).toString().split(u',', Qt::SkipEmptyParts))}});
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
    const QString id = q.value(0).toString();
    const bool revoked = q.value(1).toInt() != 0;
    const QStringList granted = q.value(2).toString().split(u',', Qt::SkipEmptyParts);
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

QJsonObject HubIntegrator::placeOrder(const QJsonObject& order)
{
    HubTransaction tx(m_db);
    QJsonObject placed = placeOrderIn(order);
    tx.commit();
    return placed;
}

QJsonObject HubIntegrator::placeOrderIn(const QJsonObject& order)
{
    const QString id = order.value(QStringLiteral("id")).toString().trimmed();
    const QString storeId = order.value(QStringLiteral("store_id")).toString();
    const QString number = order.value(QStringLiteral("number")).toString().trimmed();
    if (id.isEmpty() || id.size() > 64 || number.isEmpty() || number.size() > 32)
        invalid(QStringLiteral("an order needs an id (up to 64 characters) and a number (up to 32)"));
    // Both go into the pickup token the hub signs: plain printable text only.
    static const QRegularExpression plain(QStringLiteral("^[\\p{L}\\p{N}._:/#+-]+$"));
    if (!plain.match(id).hasMatch() || !plain.match(number).hasMatch())
        invalid(QStringLiteral("an order's id and number hold letters, digits and . _ : / # + - only"));
    Currency currency;
    try {
        currency = Currency::fromCode(order.value(QStringLiteral("currency")).toString());
    } catch (const DomainError& e) {
        invalid(e.message());
    }
    const QJsonObject customer = order.value(QStringLiteral("customer")).toObject();
    if (customer.value(QStringLiteral("name")).toString().trimmed().isEmpty())
        invalid(QStringLiteral("%1: the customer's name is needed at the pickup desk").arg(number));
    const QJsonArray lines = order.value(QStringLiteral("lines")).toArray();
    if (lines.isEmpty() || lines.size() > 1000)
        invalid(QStringLiteral("%1: an order has 1 to 1000 lines").arg(number));
    const QString fulfilment = order.value(QStringLiteral("fulfilment")).toString(QStringLiteral("pickup"));
    const QString address = order.value(QStringLiteral("address")).toString().trimmed();
    if (fulfilment != QLatin1String("pickup") && fulfilment != QLatin1String("delivery"))
        invalid(QStringLiteral("%1: fulfilment is pickup or delivery").arg(number));
    if (fulfilment == QLatin1String("delivery") && address.isEmpty())
        invalid(QStringLiteral("%1: a delivery needs the address").arg(number));

    if (!m_db.scalar(QStringLiteral("SELECT 1 FROM stores WHERE id = ?"), {storeId}).isValid())
        throw HubError(404, QStringLiteral("store.unknown"), QStringLiteral("no store %1").arg(storeId));
    protocol::OnlineOrder normalized;
    qint64 total = 0;
    for (const QJsonValue& v : lines) {
        const QJsonObject line = v.toObject();
        const QString sku = line.value(QStringLiteral("sku")).toString();
        const qint64 quantity = line.value(QStringLiteral("quantity")).toInteger(0);
        const qint64 unitPrice = line.value(QStringLiteral("unit_price")).toInteger(-1);
        if (quantity <= 0 || quantity > kMaxQuantity || unitPrice < 0 || unitPrice > kMaxUnitPrice)
            invalid(QStringLiteral("%1: %2 needs a quantity from 1 to %3 and a unit price in whole minor units")
                        .arg(number, sku)
                        .arg(kMaxQuantity));
        QSqlQuery& p = m_db.exec(QStringLiteral("SELECT name_en, unit FROM products WHERE sku = ?"), {sku});
        if (!p.next())
            invalid(QStringLiteral("%1: the hub's catalog has no SKU \"%2\"").arg(number, sku));
        const QString name = p.value(0).toString();
        const bool weighed = p.value(1).toString() == QLatin1String("weight");
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
    normalized.customerName = customer.value(QStringLiteral("name")).toString().trimmed();
    normalized.phone = customer.value(QStringLiteral("phone")).toString().trimmed();
    normalized.paid = order.value(QStringLiteral("paid")).toBool();
    normalized.currency = currency.code();
    normalized.total = total;
    if (fulfilment == protocol::OnlineOrder::kDelivery) {
        normalized.fulfilment = fulfilment;
        normalized.address = address;
    }
    normalized.originStore = order.value(QStringLiteral("origin_store")).toString();
    QSqlQuery& existing = m_db.exec(QStringLiteral("SELECT body FROM online_orders WHERE id = ?"), {id});
    if (existing.next()) {
        const QJsonObject stored = QJsonDocument::fromJson(existing.value(0).toString().toUtf8()).object();
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
    QJsonObject body = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    body.insert(QStringLiteral("status"), q.value(0).toString());
    body.insert(QStringLiteral("updated_at"), q.value(2).toString());
    q.finish();
    return body;
}

void HubIntegrator::publishOrder(const QString& orderId)
{
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT store_id, status, body, updated_at FROM online_orders WHERE id = ?"), {orderId});
    q.next();
    const QString storeId = q.value(0).toString();
    protocol::OnlineOrder published = protocol::OnlineOrder::fromJson(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
    published.status = q.value(1).toString();
    published.updatedAt = q.value(3).toString();
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
        last = q.value(0).toLongLong();
        items.append(QJsonObject{{QStringLiteral("seq"), last},
                                 {QStringLiteral("kind"), q.value(1).toString()},
                                 {QStringLiteral("store_id"), q.value(2).toString()},
                                 {QStringLiteral("device_id"), q.value(3).toString()},
                                 {QStringLiteral("event"), QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object()}});
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
