#pragma once

#include "OrderRequest.h"

#include <QJsonArray>
#include <QJsonObject>

namespace omnitill {
class Clock;
class Signer;
} // namespace omnitill

namespace omnitill::hub {

class HubDatabase;
class HubFeeds;

// What the online shop, the warehouse and the ERP do through the hub: API keys, online orders for
// pickup at a store, and the cursor feed of what the stores did (sales, returns, pickups,
// replenishment requests).
class HubIntegrator
{
public:
    // How long the tokens the hub hands out stay valid: a pickup code for the life of an order,
    // a member code for a week (the app fetches a fresh one when online).
    static constexpr int kPickupTokenDays = 180;
    static constexpr int kMemberTokenDays = 7;

    HubIntegrator(HubDatabase& db, HubFeeds& feeds, const Clock& clock, Signer& hubKey)
        : m_db(db), m_feeds(feeds), m_clock(clock), m_hubKey(hubKey)
    {
    }

    // What a key may do, one scope per group of endpoints: orders, members (codes and points),
    // coupons, gift-cards, catalog, prices, replenishment, feed.
    static const QStringList& scopes();
    // Returns {id, name, scopes, key}; only the key's hash is kept, so it is shown this once.
    // Every key names its scopes (HubError 400 otherwise): a web shop's key cannot set prices.
    QJsonObject createApiKey(const QString& name, const QStringList& scopes);
    void setApiKeyScopes(const QString& id, const QStringList& scopes);
    void revokeApiKey(const QString& id);
    QJsonArray apiKeys();
    // Throws HubError 401/403 unless the bearer key is known, not revoked and holds the scope.
    // Returns the key's id.
    QString authenticate(const QByteArray& authorizationHeader, QLatin1String scope);

    // {id, store_id, number, customer: {name, phone}, paid, currency, lines: [{sku, quantity, unit_price}]}.
    // Posting the same order again answers the stored one; the same id with other content is refused.
    // fulfilment "pickup" (the default) goes to the store's pickup desk; "delivery" (with an
    // address) is shipped from the store by the shop's own process and reaches no till.
    QJsonObject placeOrder(const protocol::OrderRequest& order);
    // The same inside the caller's transaction (an order a till placed for a customer, endless
    // aisle). Throws HubError before writing anything when the order cannot be placed.
    QJsonObject placeOrderIn(const protocol::OrderRequest& order);
    QJsonObject cancelOrder(const QString& orderId);
    // The order as stored, with its status (placed, ready, collected, cancelled, returned) and what
    // the pickup desk reported: picked lines, hand-over, the amount to refund.
    QJsonObject order(const QString& orderId);
    // Puts the order's current form on the tills' orders feed.
    void publishOrder(const QString& orderId);
    QString now() const;

    // Kind of integrator feed entry an event type is (sale, return, pickup, replenishment, transfer,
    // order, stock), or empty when integrators do not see it.
    static QString feedKind(const QString& eventType);
    // {"items": [{seq, kind, store_id, device_id, event}], "cursor", "remaining"}
    QJsonObject feed(const QString& cursor, int limit);

    // The QR in the retailer's app that identifies a member at any till, offline (OTM2 token:
    // member id, issue time and expiry, signed with the hub's key). 404 for an unknown or erased member.
    QJsonObject memberToken(const QString& memberId);

private:
    QString pickupToken(const QString& orderId, const QString& storeId, const QString& number);

    HubDatabase& m_db;
    HubFeeds& m_feeds;
    const Clock& m_clock;
    Signer& m_hubKey;
};

} // namespace omnitill::hub
