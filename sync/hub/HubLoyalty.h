#pragma once

#include "SaleEvent.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace omnitill {
class Clock;
}

namespace omnitill::hub {

class HubDatabase;
class HubFeeds;

// The points ledger, the source of truth for every member's balance (standards §5). Entries are
// append-only (earn, redeem, expire, adjust, reverse), each under an idempotency key so a retry
// posts nothing twice. Earnings are lots with an expiry; redemptions take from the lots that expire
// first, and the allocations are kept so reversals give back exactly what was taken. Invariant:
// the lots' remaining points add up to the balance whenever the balance is not negative.
// Everything runs inside the caller's transaction.
class HubLoyalty
{
public:
    static constexpr int kDefaultExpiryDays = 365;
    // A member's balance (and lifetime points) stay within this, so no sum of postings can wrap.
    static constexpr qint64 kMaxBalance = 1'000'000'000'000'000;

    HubLoyalty(HubDatabase& db, HubFeeds& feeds, const Clock& clock) : m_db(db), m_feeds(feeds), m_clock(clock) {}

    // A till's sale event body: redemption first, then the earning. Returns a conflict reason when
    // the member is unknown or the redemption overdrew the balance (posted anyway: the sale
    // happened), else empty. members collects whose balance changed.
    QString postSale(const QString& storeId, const protocol::SaleEvent& sale, QSet<QString>& members);

    struct Posted
    {
        qint64 entryId = 0;
        qint64 balance = 0;
        bool replayed = false; // the key was already posted: nothing changed
    };
    // Points from or for another channel (the online shop) or a person at the hub. kind is
    // "earn", "redeem" or "adjust" (signed). A redemption or negative adjustment never overdraws:
    // HubError 409.
    Posted post(const QString& memberId, const QString& kind, qint64 points, const QString& idempotencyKey, const QString& reference);
    // Undoes part or all of an earlier entry (a returned line, a refunded redemption) in proportion
    // given by points. Earned points come off their own lot; redeemed points go back to the lots
    // they were taken from. Throws HubError beyond what is left to reverse.
    Posted reverse(const QString& originalKey, qint64 points, const QString& idempotencyKey, const QString& reference);
    // Writes expiry entries for every lot past its date; returns the points expired.
    qint64 expire(QSet<QString>& members);
    // Brings an imported member's balance to `balance` with one adjustment (opening balances).
    void setBalance(const QString& memberId, qint64 balance, const QString& reference);

    // {member_id, points_balance, lifetime_points, lots: [...], entries: [...]} (latest first)
    QJsonObject account(const QString& memberId, int limit = 50);
    // [{id, points_balance, lifetime_points}] for the push answer.
    QJsonArray balances(const QSet<QString>& members);
    // The member's current document to every till (balance, lifetime, personal data unless erased).
    void publishMember(const QString& memberId);
    void publishMembers(const QSet<QString>& members);

    int expiryDays();
    void setExpiryDays(int days);

private:
    // Inserts an entry unless its key exists; false when it did (a replay).
    bool insertEntry(qint64 id, const QString& memberId, const QString& kind, qint64 points, const QString& key, const QString& reference,
                     const QString& storeId, const QString& expiresAt, qint64 remaining, qint64 reverses);
    qint64 addToBalance(const QString& memberId, qint64 delta, qint64 lifetimeDelta);
    // A new lot (kind earn or adjust); only earnings count towards tiers.
    qint64 earn(const QString& memberId, const QString& kind, qint64 points, const QString& key, const QString& reference,
                const QString& storeId, bool& replayed);
    // Takes points from the lots expiring first; returns what the lots could not cover.
    qint64 takeFefo(qint64 entryId, const QString& memberId, qint64 points);
    bool memberExists(const QString& memberId);
    qint64 balanceOf(const QString& memberId);
    // The first result again when the key was already posted.
    std::optional<Posted> replayOf(const QString& key, const QString& memberId);
    QString now() const;

    HubDatabase& m_db;
    HubFeeds& m_feeds;
    const Clock& m_clock;
};

} // namespace omnitill::hub
