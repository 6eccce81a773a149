#pragma once

#include "HubCatalog.h"
#include "HubCoupons.h"
#include "HubDatabase.h"
#include "HubFeeds.h"
#include "HubGiftCards.h"
#include "HubIntegrator.h"
#include "HubJournal.h"
#include "HubKey.h"
#include "HubLoyalty.h"
#include "HubOffers.h"
#include "HubPickups.h"
#include "HubReferenceData.h"
#include "HubReturns.h"
#include "HubStock.h"
#include "HubStockRequests.h"
#include "PreparedPush.h"
#include "PushRequest.h"
#include "SaleEvent.h"
#include "SharedSigner.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace omnitill {
class Clock;
class EcdsaP256Signer;
struct RequestSignature;
} // namespace omnitill

namespace omnitill::hub {

struct PushResult
{
    qint64 highestSeq = 0; // every event up to this sequence is held by the hub
    int applied = 0;
    int duplicates = 0;
    int conflicts = 0;
    // [{device_seq, event_id, reason}]: every conflict the hub holds for the batch's events, also
    // those opened by an earlier copy of the batch whose answer was lost
    QJsonArray conflictDetails;
    // [{id, points_balance, lifetime_points}]: members whose points the batch posted
    QJsonArray members;
    // [{number, balance, status}]: gift cards and store credit the batch changed
    QJsonArray giftCards;
    QString kioskCodeKey; // base64, the device's store's (HubService::kioskCodeKey)
};

// The hub's rules: stores and enrollment, request authentication, and applying pushed events
// exactly once. A store fact is never rejected: what breaks a rule is stored and opens a conflict.
class HubService
{
public:
    // An enrollment token is good for this long after it is made.
    static constexpr int kEnrollTokenHours = 72;

    // The token-signing key comes from HubKey (a file beside the hub, never its database, or a
    // PKCS#11 token).
    HubService(HubDatabase& db, const Clock& clock, HubSigningKey key);
    HubService(HubDatabase& db, const Clock& clock, std::unique_ptr<EcdsaP256Signer> key)
        : HubService(db, clock, HubSigningKey::fromKey(std::move(key)))
    {
    }
    ~HubService();

    void createStore(const QString& id, const QString& name);
    // A one-time enrollment token for a till of a store (the text to type or put in a QR), good
    // for kEnrollTokenHours.
    QString createEnrollToken(const QString& storeId, const QString& tillCode);
    // Idempotent for the same key: a till whose answer was lost asks again and gets the same device.
    // journalKeyDer: the key the till's journal is signed with, which the hub anchors it against.
    QJsonObject enroll(const QString& token, const QByteArray& publicKeyDer, const QByteArray& journalKeyDer = {});
    void revoke(const QString& deviceId);
    QJsonArray devices();
    QJsonArray conflicts(const QString& status = QStringLiteral("open"));
    void resolveConflict(const QString& id, const QString& resolution);
    QJsonObject stats();

    // Throws HubError (401/403) unless the signature, device, clock and nonce are right.
    // What can be checked of a signed request before its body arrives: the device is enrolled and
    // not revoked, the time is within the allowed skew and the nonce has a possible length.
    void checkSignedHead(const RequestSignature& signature);
    QString authenticate(const RequestSignature& signature, const QByteArray& method, const QString& path, const QByteArray& body);
    // Every event of the device up to this sequence is held.
    qint64 heldUpTo(const QString& deviceId);
    // after: PushRequest::kAfterParameter, 0 when the till has no earlier push on its way.
    PushResult push(const QString& deviceId, const QList<protocol::PushRequest::Event>& events, qint64 after = 0);
    // A push read beforehand (on a worker thread: HubServer::push).
    PushResult push(const QString& deviceId, const PreparedPush& prepared, qint64 after = 0);
    PushResult push(const QString& deviceId, const QJsonArray& events); // each event kept as written out again
    // One step of anchoring the device's journal, in one transaction; a break found opens (or
    // sharpens) the conflict "journal of till S1-T1 broken at entry N".
    protocol::JournalSyncAnswer journalSync(const QString& deviceId, const protocol::JournalSyncRequest& request);
    HubJournal& journal() { return m_journal; }
    // A till's journal of the days from `from` to `to` (UTC) with the hub's sale records, for an
    // auditor (HubJournalExport).
    QJsonObject journalExport(const QString& deviceId, const QDate& from, const QDate& to);
    QByteArray publicKey() const;
    // The same key for a HubService on another thread (HubThread): one lock guards every use.
    HubSigningKey keyForAnotherThread() const { return HubSigningKey{m_key->another(), m_kioskSecret}; }
    // The key a store's kiosks sign their order codes with and its tills check them with
    // (KioskOrderCode): derived from the hub's key and the store, so every device of the store
    // gets the same one at enrollment and with every push answer, and no other store's works.
    QByteArray kioskCodeKey(const QString& storeId) const;
    // A page of a reference feed for the store of the (authenticated) device.
    QJsonObject feedPage(const QString& deviceId, const QString& feed, const QString& cursor, int limit);
    // Catalog and the other reference data from one JSON document (any of tax_rates, products,
    // prices, staff, settings, members, stock), written in that order. Each part is validated
    // before any of it is written; a part that fails stops the import there.
    QJsonObject importData(const QJsonObject& data, const std::function<void(qint64, qint64)>& progress = {});

    HubCatalog& catalog() { return m_catalog; }
    HubReferenceData& referenceData() { return m_reference; }
    // Erases a member's personal data everywhere the hub holds it, in one transaction: the member
    // (and every till, through the feed), and the name, phone and e-mail that the event log and
    // the conflicts kept from the member's enrolment before #19.
    void eraseMember(const QString& memberId);
    HubStock& stock() { return m_stock; }
    HubIntegrator& integrator() { return *m_integrator; }
    HubLoyalty& loyalty() { return m_loyalty; }
    HubCoupons& coupons() { return *m_coupons; }
    HubGiftCards& giftCards() { return m_giftCards; }
    HubOffers& offers() { return m_offers; }
    HubReturns& returns() { return m_returns; }
    HubStockRequests& stockRequests() { return m_requests; }
    // Expires every lot past its date, in one transaction; returns the points expired.
    qint64 expirePoints();
    // One posting from another channel, in its own transaction: {kind, points, idempotency_key,
    // reference} -> {entry_id, points_balance, replayed}.
    QJsonObject postPoints(const QString& memberId, const QJsonObject& request);
    // {original_key, points, idempotency_key, reference} -> {entry_id, points_balance, replayed}.
    QJsonObject reversePoints(const QJsonObject& request);

private:
    // The device's public key once checkSignedHead's checks pass.
    QByteArray publicKeyOf(const RequestSignature& signature);
    using PushEvent = PreparedPush::Event;
    // One transaction for the events; throws HubDatabase::kDataError when one breaks a table's rule.
    PushResult pushBatch(const QString& deviceId, const QList<PushEvent>& incoming, qint64 after = 0);
    // The event as the hub keeps it (log, conflicts): without a member's name, phone or e-mail.
    static QByteArray keptForEver(const PushEvent& in);
    // The sales read model's row: id, device, store, receipt, total, currency, time, device sequence.
    static QVariantList saleRow(const protocol::SaleEvent& sale, const QString& deviceId, const QString& storeId, qint64 seq);
    // Remembers which sale paid a kiosk order; a second one is a problem to resolve (a refund).
    QString recordKioskOrderSale(const QString& storeId, const protocol::SaleEvent& sale);
    void lockLedgerRows(const QList<PushEvent>& events);
    // payload: the event itself when it could not be stored under its sequence
    // Returns the conflict's id.
    QString openConflict(const QString& deviceId, qint64 seq, const QString& eventId, const QString& reason,
                         const QByteArray& payload = {});
    QString tillLabel(const QString& deviceId);
    QString now() const;

    HubDatabase& m_db;
    const Clock& m_clock;
    HubCatalog m_catalog;
    HubFeeds m_feeds;
    HubLoyalty m_loyalty;
    HubGiftCards m_giftCards;
    HubOffers m_offers;
    HubReturns m_returns;
    HubReferenceData m_reference;
    HubStock m_stock;
    HubStockRequests m_requests;
    HubJournal m_journal;
    std::unique_ptr<SharedSigner> m_key;
    QByteArray m_kioskSecret;
    std::unique_ptr<HubIntegrator> m_integrator;
    std::unique_ptr<HubCoupons> m_coupons;
    std::unique_ptr<HubPickups> m_pickups;
};

} // namespace omnitill::hub
