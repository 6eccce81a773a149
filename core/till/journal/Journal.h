#pragma once

#include "journal/JournalText.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace omnitill {

class Clock;
class Database;
class Signer;

struct JournalEntry
{
    qint64 seq = 0;
    QString type;
    QDateTime createdAt;
    QString reference;
    bool training = false;
    QByteArray canonical; // the signed bytes
    QByteArray payload;   // compact JSON, hashed into canonical
    QByteArray hash;      // SHA-256 of canonical; the next entry links to it
    QByteArray signature; // empty when the signing device failed
    QString keyId;
    QString unsignedReason; // why there is no signature

    // What a receipt's QR carries: the signed bytes and the signature, checkable offline with
    // the till's public key.
    QString qrText() const;
};

// The append-only fiscal journal: every entry is canonical bytes that name the previous entry's
// SHA-256, signed by the till's key, written in the same transaction as the operation.
class Journal
{
public:
    static constexpr const char* kFormat = JournalText::kFormat;

    Journal(Database& db, const Clock& clock, Signer& signer, QString deviceId);

    // Must run inside the operation's transaction. When the signer fails (a token removed, an HSM
    // gone), the entry is written unsigned with the reason, after a `signer_failed` entry; the
    // first entry signed again follows a `signer_restored` one. Fiscal law asks for the record,
    // not for the till to stop.
    JournalEntry append(const QString& type, const QString& reference, qint64 amount, const QString& currency, const QJsonObject& payload,
                        bool training = false);

    std::optional<JournalEntry> entry(qint64 seq);

    // What the sync client sends the hub, which anchors the journal (HubJournal): the newest
    // number, the entries from a number on, and the hashes of chosen entries.
    static qint64 headSeq(Database& db);
    static QList<JournalEntry> entriesFrom(Database& db, qint64 fromSeq, int limit);
    static QList<JournalEntry> hashesAt(Database& db, const QList<qint64>& seqs); // seq and hash only

    static QByteArray canonicalBytes(const QString& type, const QString& deviceId, qint64 seq, const QString& reference,
                                     const QDateTime& at, qint64 amount, const QString& currency, bool training, const QByteArray& prevHash,
                                     const QByteArray& payload);

private:
    JournalEntry compose(const QString& type, const QString& reference, qint64 amount, const QString& currency, const QByteArray& payload,
                         bool training, qint64 seq, const QByteArray& prevHash, const QDateTime& at) const;
    void sign(JournalEntry& e); // or says why it could not
    void insert(const JournalEntry& e);

    Database& m_db;
    const Clock& m_clock;
    Signer& m_signer;
    QString m_deviceId;
};

} // namespace omnitill
