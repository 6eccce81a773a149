#pragma once

#include "HubReply.h"
#include "HubTrust.h"
#include "JournalSync.h"
#include <QDateTime>
#include <QJsonObject>

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace omnitill {

class Clock;
class Database;
class EcdsaP256Signer;
class Signer;
class Outbox;
class StoreSettings;

struct SyncSummary
{
    qint64 sent = 0;
    qint64 acknowledged = 0; // highest device sequence the hub holds
    qint64 pending = 0;      // events still waiting afterwards
    int duplicates = 0;
    int conflicts = 0;
    qint64 pulledProducts = 0;  // catalog changes applied from the hub
    qint64 pulledItems = 0;     // staff, settings, members, orders and stock changes
    qint64 journalHeld = 0;     // the hub holds the journal up to this entry
    qint64 journalBrokenAt = 0; // the first entry the hub found changed or gone (0: none)
    QString journalProblem;
};

// Enrolls the till with the hub and pushes its outbox in device-sequence order. Events are marked
// sent only from the hub's answer, so a lost reply or a crash between send and acknowledgement
// just sends them again; the hub keeps each event once. While the hub works on one push the next
// is read, signed and sent (kPushesInFlight); the hub applies it only after the earlier one
// (PushRequest::kAfterParameter), and the answers are taken in the order the pushes were sent.
// Talks through signals, never dialogs.
class SyncClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int kBatchSize = 2000;
    static constexpr int kPushesInFlight = 3;
    static constexpr int kPageSize = 2000;
    static constexpr int kTransferTimeoutMs = 60000;
    static constexpr int kEnrollTimeoutMs = 30000;
    static constexpr int kJournalBatch = int(protocol::JournalSyncRequest::kMaxEntries); // as many as the hub takes at once
    // Requests of one sync's journal step: 1000 rounds of kJournalBatch entries, or the hub's
    // questions around a changed entry (a few rounds).
    static constexpr int kMaxJournalRounds = 1000;
    // A request whose answer was lost (or that met a busy hub) is sent again, freshly signed, this
    // many times in all, after 250 ms, 500 ms, 1 s, before the sync reports a failure.
    static constexpr int kMaxAttempts = 4;

    SyncClient(Database& db, StoreSettings& settings, const Clock& clock, QNetworkAccessManager& network, QObject* parent = nullptr);
    ~SyncClient() override;

    bool isEnrolled() const;
    void reloadSettings(); // another process (omnitillctl enroll) may have changed them
    QString deviceId() const;
    qint64 pendingCount();
    QDateTime lastSuccess() const;

    // Sent again on a lost answer with the same key, which the hub recognises: a till is never
    // left with a burnt token. Asking again with the same token reuses the key too. trust: the
    // hub's own CA or key pins, kept for every later request.
    void enroll(const QUrl& hub, const QString& token, const HubTrust& trust = {});
    void syncNow();
    // Asks the hub for a sale of any till, for a return here: saleFound({sale, returned, refunded})
    // or saleLookupFailed (unknown: the hub has no such sale; otherwise the hub was not reached).
    void lookupSale(const QString& receiptId);
    // What the hub holds of this till's journal: journalFetched(key, head, hashes from entry 1),
    // or failed. For `omnitillctl journal verify --hub`; reads the store only for the hub's address
    // and the device key.
    void fetchJournal();

signals:
    void saleFound(const QJsonObject& answer);
    void saleLookupFailed(const QString& receiptId, const QString& message, bool unknown);
    void journalFetched(const QByteArray& publicKeyDer, qint64 headSeq, const QList<QByteArray>& hashes);
    void enrolled(const QString& deviceId, const QString& storeId);
    void catalogProgress(qint64 applied, qint64 remaining);
    void eventsPushed(); // every event is held by the hub; the feeds follow once the journal is too
    void finished(const omnitill::SyncSummary& summary);
    void failed(const QString& message);

private:
    void pushNextBatch();
    void sendBatch();
    // Beside the events, before the feeds: the journal's entries and the hashes the hub asks for.
    void sendJournal(const protocol::JournalSyncAnswer* last);
    // sendJournal, ending the journal (not the events) on an error.
    void sendJournalStep(const protocol::JournalSyncAnswer* last);
    void journalEnded(const std::optional<QString>& failure = std::nullopt);
    void abandonJournal();
    // The feeds once the events are pushed and the journal anchored (or the failure of either).
    void uploadsDone();
    void onJournalReply(QNetworkReply* reply, const std::shared_ptr<protocol::JournalSyncAnswer>& last);
    QByteArray journalPublicKey();
    void requestJournalHashes(qint64 from, const std::shared_ptr<QList<QByteArray>>& held);
    static QStringList feeds(); // catalog first, then the reference feeds
    void pullNextPage();
    QNetworkReply* requestPage(const QString& cursor);
    void onPageReply(QNetworkReply* reply);
    void finish();
    QNetworkRequest signedRequest(const QByteArray& method, const QUrl& url, const QByteArray& body);
    struct PushInFlight
    {
        qint64 first = 0;
        qint64 last = 0;
        QNetworkReply* reply = nullptr;
        bool uploaded = false; // every byte handed to the connection: the next may follow
        std::optional<HubReply> answer;
    };
    void onPushReply(QNetworkReply* reply);
    // One push's answer, in the order the pushes went; false when the push stopped (failed).
    bool takePushAnswer(const PushInFlight& push);
    void abandonPushes();
    void fail(const QString& message);
    // Schedules another attempt of a failed step, counted in attempt (each stream of requests has
    // its own); false when it has had its attempts.
    bool retryLater(const std::function<void()>& step, int atLeastMs, int& attempt);
    // A POST the HTTP layer cannot send again by itself (OneShotUpload).
    QNetworkReply* postOnce(QNetworkRequest request, const QByteArray& body);
    QNetworkReply* get(QNetworkRequest request);
    // The trust being enrolled with, or the one kept since.
    HubTrust trust() const;
    void sendEnrollment();
    Signer& key();
    Outbox outbox();

    Database& m_db;
    StoreSettings& m_settings;
    const Clock& m_clock;
    QNetworkAccessManager& m_network;
    std::unique_ptr<Signer> m_key;
    std::unique_ptr<EcdsaP256Signer> m_enrollKey; // until the hub answers the enrollment
    QUrl m_enrollHub;
    QString m_enrollToken;
    std::optional<HubTrust> m_enrollTrust;
    int m_attempt = 0;        // of the step in hand: enrollment, a push, a feed page, a journal fetch
    int m_journalAttempt = 0; // of the journal step, which goes beside the pushes
    SyncSummary m_summary;
    bool m_running = false;
    quint64 m_run = 0; // which sync is running: counts syncNow's starts
    int m_feed = 0;    // index into feeds() while pulling
    int m_journalRound = 0;
    bool m_eventsPushed = false;
    bool m_journalEnded = false;
    std::optional<QString> m_journalFailure; // why the journal step ended without being anchored
    QNetworkReply* m_journalReply = nullptr; // the journal step on its way
    QList<PushInFlight> m_pushes;            // sent, in order, until their answers are taken
    qint64 m_sentUpTo = 0;                   // the last event of the pushes sent and not failed
    std::optional<HubReply> m_pushRetry;     // a push that failed for now: sent again once the others are answered
};

} // namespace omnitill

Q_DECLARE_METATYPE(omnitill::SyncSummary)
