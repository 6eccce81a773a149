#pragma once

#include "SaleEvent.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace omnitill {
class Clock;
}

namespace omnitill::hub {

class HubDatabase;
class HubFeeds;

// Gift cards and store credit as ledgers: activate (sell), top up, spend, refund, each under an
// idempotency key. The hub holds the balance every till works from; tills post what they did
// and the hub posts it in order. A spend a till accepted offline beyond the balance is posted (it
// happened) and opens a conflict; the online shop is refused instead. Every change goes to the
// tills' gift_cards feed. Runs inside the caller's transaction unless said otherwise.
class HubGiftCards
{
public:
    HubGiftCards(HubDatabase& db, HubFeeds& feeds, const Clock& clock) : m_db(db), m_feeds(feeds), m_clock(clock) {}

    struct Posted
    {
        qint64 balance = 0;
        bool replayed = false;
        QString problem; // why the posting breaks a rule (posted anyway when not strict)
    };
    // kind: activate | topup | spend | refund. strict: refuse (HubError 409/400) rather than post
    // what breaks a rule.
    Posted post(const QString& number, const QString& kind, qint64 amount, const QString& currency, const QString& key,
                const QString& reference, const QString& storeId, bool strict);
    // The gift card lines and tenders of a pushed sale; returns the conflict reasons (empty: none).
    QString postSale(const QString& storeId, const protocol::SaleEvent& sale, QSet<QString>& cards);
    // For the online shop, in its own transaction: {kind, amount, currency, idempotency_key, reference}.
    QJsonObject postOnline(const QString& number, const QJsonObject& request);
    // {number, kind, currency, balance, status, entries: [...]} (latest first)
    QJsonObject card(const QString& number);
    // [{number, kind, currency, balance, status}] for the push answer.
    QJsonArray balances(const QSet<QString>& cards);

private:
    void publish(const QString& number);
    QJsonObject body(const QString& number); // empty for an unknown card
    QString now() const;

    HubDatabase& m_db;
    HubFeeds& m_feeds;
    const Clock& m_clock;
};

} // namespace omnitill::hub
