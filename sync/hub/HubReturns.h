#pragma once

#include "ReturnEvent.h"

#include <QJsonObject>
#include <QSet>

namespace omnitill::hub {

class HubDatabase;
class HubGiftCards;
class HubLoyalty;

// Returns from every store: how much of each sale line came back anywhere, so two stores cannot
// refund the same line twice unnoticed (the second becomes a conflict), the points earned on the
// returned goods taken back, points and gift card money given back, and the sale a till asks for
// to return it.
class HubReturns
{
public:
    HubReturns(HubDatabase& db, HubLoyalty& loyalty, HubGiftCards& giftCards) : m_db(db), m_loyalty(loyalty), m_giftCards(giftCards) {}

    // Inside the push's transaction: a till's return event body. Returns the conflict reasons
    // (empty: none); members and cards collect whose balances changed.
    QString postReturn(const QString& storeId, const QString& deviceId, const protocol::ReturnEvent& ret, QSet<QString>& members,
                       QSet<QString>& cards);
    // {sale, returned: [{line, quantity}], refunded} for a receipt id; HubError 404 when the hub
    // has no such sale.
    QJsonObject saleForReturn(const QString& receiptId);
    // The sale event's body as the till sent it (an online order's hand-over: the sale it became).
    QJsonObject saleBody(const QString& saleId);

private:
    HubDatabase& m_db;
    HubLoyalty& m_loyalty;
    HubGiftCards& m_giftCards;
};

} // namespace omnitill::hub
