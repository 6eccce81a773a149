#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace omnitill::protocol {

// The journal anchored at the hub (POST /v1/journal): the hub asks, the till answers, until the
// hub holds every entry and has checked that the till still holds what it saw before.
struct JournalSyncRequest
{
    static constexpr qsizetype kMaxEntries = 1000;
    static constexpr qsizetype kMaxProbes = 256;

    struct Entry
    {
        QByteArray canonical;   // JournalText
        QByteArray signature;   // DER; empty when the till's signing device failed
        QString unsignedReason; // why, then
        QByteArray payload;     // of a key_change entry: the key that signs the entries after it
    };
    struct Probe
    {
        qint64 seq = 0;
        QByteArray hash; // the till's entry's SHA-256 now; empty: the till has no such entry
    };

    qint64 headSeq = 0;      // the till's newest entry
    QByteArray publicKeyDer; // the journal key, for a till enrolled before the hub anchored journals
    QList<Probe> probes;     // the entries the hub asked about in its last answer
    QList<Entry> entries;    // from the hub's want_from on, in order

    QJsonObject toJson() const;
    static JournalSyncRequest fromJson(const QJsonObject& json);
    QString problem() const;
};

struct JournalSyncAnswer
{
    qint64 headSeq = 0; // the hub holds the till's entries up to this one
    QByteArray headHash;
    qint64 wantFrom = 0; // send entries from this one on (0: none)
    QList<qint64> probe; // send these entries' hashes
    qint64 brokenAt = 0; // the first entry that differs from what the hub saw (0: none found)
    QString reason;      // why, in the conflict's words
    bool done = false;   // nothing more to send in this sync

    QJsonObject toJson() const;
    static JournalSyncAnswer fromJson(const QJsonObject& json);
};

// What the hub holds of a till's journal (GET /v1/journal/hashes): its key and the entries' hashes,
// for `omnitillctl journal verify --hub`.
struct JournalHashes
{
    static constexpr int kMaxPage = 5000;

    QByteArray publicKeyDer;
    qint64 headSeq = 0;
    qint64 from = 1;
    QList<QByteArray> hashes; // of entries from, from + 1, …

    QJsonObject toJson() const;
    static JournalHashes fromJson(const QJsonObject& json);
};

} // namespace omnitill::protocol
