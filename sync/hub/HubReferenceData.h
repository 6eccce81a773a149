#pragma once

#include "MemberEnrolledEvent.h"

#include <QJsonArray>

namespace omnitill {
class Clock;
}

namespace omnitill::hub {

class HubDatabase;
class HubFeeds;
class HubLoyalty;

// The people and rules the hub hands to the tills: staff with hashed PINs, store settings and
// members. Each change is published to its feed in the same transaction that makes it.
class HubReferenceData
{
public:
    HubReferenceData(HubDatabase& db, HubFeeds& feeds, HubLoyalty& loyalty, const Clock& clock)
        : m_db(db), m_feeds(feeds), m_loyalty(loyalty), m_clock(clock)
    {
    }

    // [{store_id ("*" or absent: every store), code, name, role, pin, active}]; PINs are hashed
    // here with PBKDF2 and never stored or sent in clear.
    qint64 importStaff(const QJsonArray& staff);
    // [{store_id, key, value}]
    qint64 importSettings(const QJsonArray& settings);
    // [{id, card_code, name, phone, email, consent, points_balance}]; a balance that differs from
    // the ledger's is reached with one adjustment entry (opening balances from an old system).
    qint64 importMembers(const QJsonArray& members);
    // [{store_id, id, name, kind, skus, categories, percent_bp, amount, buy, get, threshold,
    // member_only, valid_from, valid_until, daily_from, daily_until, priority, stackable, active}];
    // every promotion is checked as the tills will read it; "active": false withdraws one.
    qint64 importPromotions(const QJsonArray& promotions);
    // A member a till enrolled (event member_enrolled), inside the push's transaction: stored
    // and published to every till. Returns a conflict reason when the card already belongs to
    // another member, else empty.
    QString enrolFromTill(const protocol::MemberEnrolledEvent& member);
    // Removes a member's personal data from members and, through the feed, from every till; inside
    // the caller's transaction (HubService::eraseMember, which also cleans the event log).
    void eraseMember(const QString& memberId);

private:
    HubDatabase& m_db;
    HubFeeds& m_feeds;
    HubLoyalty& m_loyalty;
    const Clock& m_clock;
};

} // namespace omnitill::hub
