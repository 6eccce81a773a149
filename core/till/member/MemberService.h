#pragma once

#include "ReferenceFeedItems.h"

#include <QList>
#include <QString>

#include <optional>

namespace omnitill {

class Cart;
class Database;
class SaleService;
class StoreSettings;
class Clock;
class Outbox;
struct Session;

struct MemberSummary
{
    QString id; // pseudonymous: what sales and ledgers keep
    QString cardCode;
    QString name;        // empty unless the member consented to it
    QString phoneEnding; // the last four digits, to confirm with the customer
    qint64 pointsBalance = 0;
};

// A member as the hub keeps them (the members feed, the demo store).
using MemberRecord = protocol::MemberFeedItem;

// Who the customer is: from the app's QR (a member token signed by the hub, checked offline), a
// card barcode, or a phone number. Erased members cannot be found; a member known only from a
// token (not synced yet) is identified by id alone.
class MemberService
{
public:
    MemberService(Database& db, const Clock& clock, const StoreSettings& settings, SaleService& sales, Outbox& outbox)
        : m_db(db), m_clock(clock), m_settings(settings), m_sales(sales), m_outbox(outbox)
    {
    }

    // The members table is this class's: within the caller's transaction, a member as the hub
    // sends them (a card code given to someone else now belongs to them; an erased member's
    // enrolment is erased from the outbox too) ...
    static void applyHubMember(Database& db, const MemberRecord& member);
    // ... and their points after the hub posted this till's sales.
    static void applyHubBalance(Database& db, const QString& memberId, qint64 balance, qint64 lifetimePoints);

    // Whether a scanned code is a member's (token or card) rather than a product's.
    bool isMemberCode(const QString& code);
    // Identifies the cart's customer from a token or card code; the promotions are re-decided.
    // Throws DomainError for a forged token or an unknown card.
    MemberSummary identify(Cart& cart, const QString& code);
    // By phone number (any formatting; the digits must match, at least the last seven).
    QList<MemberSummary> findByPhone(const QString& phone);
    MemberSummary select(Cart& cart, const QString& memberId);
    // Enrols the customer with minimal data and their recorded consent (required), gives them a
    // card number (GS1 RCN 29…), identifies them on the cart and queues the enrolment for the hub.
    MemberSummary enrol(const Session& session, Cart& cart, const QString& name, const QString& phone, bool consent);
    void clear(Cart& cart);
    // What staff may be shown of a member (card number, the name where consented); nullopt for one
    // this till does not know (yet) or that was erased.
    std::optional<MemberSummary> summary(const QString& memberId);

private:
    std::optional<MemberSummary> one(const QString& column, const QString& value);
    std::optional<MemberSummary> byId(const QString& id);
    std::optional<MemberSummary> byCard(const QString& cardCode);

    Database& m_db;
    const Clock& m_clock;
    const StoreSettings& m_settings;
    SaleService& m_sales;
    Outbox& m_outbox;
};

} // namespace omnitill
