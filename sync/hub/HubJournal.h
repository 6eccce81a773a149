#pragma once

#include "JournalSync.h"
#include "journal/JournalExportDocument.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace omnitill::hub {

class HubDatabase;

// What a journal sync found, for the conflict it opens or sharpens (HubService).
struct JournalFinding
{
    qint64 seq = 0;     // the first entry known to differ
    bool exact = false; // the entry before it is known to be the one the hub saw
    QString detail;     // what is wrong with it
    QString conflictId; // the conflict already open for this break, if any
};

// The entries of a period as the hub holds them (payloads only of key changes), the hash of the
// entry before the first, and the key changes before the period.
struct HeldJournalPeriod
{
    QList<JournalExportDocument::Entry> entries;
    QList<JournalExportDocument::Entry> keyChanges;
    QByteArray previousHash;
};

// Entries a till wrote while its signing device failed, from the first of a run.
struct JournalUnsignedRun
{
    qint64 seq = 0;
    QString reason;
};

// The tills' journals as the hub has seen them (tables journal_anchors, journal_entries,
// journal_keys): every
// entry in order with its hash and signature, checked against the key the till registered. The
// hub asks a till for the hashes of entries it holds (the newest one, a moving window, and when
// something differs, ever closer around it) so that a journal rewritten after the hub saw it is
// found and the first changed entry named.
class HubJournal
{
public:
    static constexpr int kAuditWindow = 64;

    explicit HubJournal(HubDatabase& db);

    // At enrollment (or a till's first journal sync when it enrolled before): the key its journal
    // is signed with. Keeps the key already registered.
    void registerKey(const QString& deviceId, const QByteArray& publicKeyDer, const QString& now);
    // Inside the caller's transaction. `finding` is set when this request found a break or
    // narrowed one down.
    protocol::JournalSyncAnswer sync(const QString& deviceId, const protocol::JournalSyncRequest& request, const QString& now,
                                     std::optional<JournalFinding>& finding, QList<JournalUnsignedRun>& unsignedRuns);
    void setConflict(const QString& deviceId, const QString& conflictId);
    // The key and the hashes of entries from `from` on (at most `limit`).
    protocol::JournalHashes hashes(const QString& deviceId, qint64 from, int limit);
    // Entries written in [sinceUtc, untilUtc) (ISO 8601 UTC, the time in their signed text).
    HeldJournalPeriod period(const QString& deviceId, const QString& sinceUtc, const QString& untilUtc);
    // {device_id, public_key (PEM, the key in force), key_id, first_public_key (PEM: where a verifier
    // starts), head_seq, head_hash, broken_at}
    QJsonObject anchor(const QString& deviceId);
    // Every till's registered journal key: [{store_id, till_code, key_id, public_key (PEM)}].
    QJsonArray keys();
    // Whether a receipt's check code (its QR text) was signed by a till of this hub, which one, and
    // whether the hub holds that very entry: {genuine, held, store_id, till_code, key_id, seq,
    // receipt, time, amount, currency, training, reason}.
    QJsonObject verifyReceipt(const QString& code);

private:
    struct State
    {
        QByteArray publicKeyDer;
        qint64 headSeq = 0;
        QByteArray headHash;
        qint64 auditFrom = 1;
        qint64 matchUpTo = 0; // while a break is searched: the newest entry known to match
        qint64 differsAt = 0; // and the first known to differ (0: no search)
        QString differsDetail;
        qint64 brokenAt = 0; // found: the journal is no longer anchored past it
        QString conflictId;
        QString journalDevice;    // the till's own id its entries name (not the hub's device id)
        qint64 unsignedSince = 0; // the newest entries are unsigned from this one
    };
    std::optional<State> load(const QString& deviceId, bool forUpdate);
    void save(const QString& deviceId, const State& s);
    // keyChangePayload: the key_change entry's payload that names the key (empty for the first key).
    void recordKey(const QString& deviceId, qint64 fromSeq, const QByteArray& publicKeyDer, const QByteArray& keyChangePayload);
    // The key that signs entry seq (the first key, or the one the last key_change before it names).
    QByteArray keyFor(const QString& deviceId, qint64 seq);
    QList<qint64> nextProbes(State& s, qint64 tillHead, bool opening) const;

    HubDatabase& m_db;
};

} // namespace omnitill::hub
