#include "Journal.h"

#include "common/Clock.h"
#include "common/DomainError.h"
#include "crypto/Crypto.h"
#include "crypto/Signer.h"
#include "store/Database.h"

#include <QJsonDocument>

namespace omnitill {

namespace {
const QString kColumns =
    QStringLiteral("seq, event_type, created_at, reference, training, canonical, payload, hash, signature, key_id, unsigned_reason");

JournalEntry readEntry(const QSqlQuery& q)
{
    JournalEntry e;
    e.seq = q.value(QStringLiteral("seq")).toLongLong();
    e.type = q.value(QStringLiteral("event_type")).toString();
    e.createdAt = QDateTime::fromString(q.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    e.reference = q.value(QStringLiteral("reference")).toString();
    e.training = q.value(QStringLiteral("training")).toBool();
    e.canonical = q.value(QStringLiteral("canonical")).toString().toUtf8();
    e.payload = q.value(QStringLiteral("payload")).toString().toUtf8();
    e.hash = q.value(QStringLiteral("hash")).toByteArray();
    e.signature = q.value(QStringLiteral("signature")).toByteArray();
    e.keyId = q.value(QStringLiteral("key_id")).toString();
    e.unsignedReason = q.value(QStringLiteral("unsigned_reason")).toString();
    return e;
}
} // namespace

QString JournalEntry::qrText() const
{
    return QString::fromUtf8(canonical) + QLatin1Char('|') + QString::fromLatin1(signature.toBase64());
}

Journal::Journal(Database& db, const Clock& clock, Signer& signer, QString deviceId)
    : m_db(db), m_clock(clock), m_signer(signer), m_deviceId(std::move(deviceId))
{
}

QByteArray Journal::canonicalBytes(const QString& type, const QString& deviceId, qint64 seq, const QString& reference, const QDateTime& at,
                                   qint64 amount, const QString& currency, bool training, const QByteArray& prevHash,
                                   const QByteArray& payload)
{
    return JournalText{type,   deviceId, seq,      reference, at.toUTC().toString(Qt::ISODateWithMs),
                       amount, currency, training, prevHash,  crypto::sha256(payload)}
        .compose();
}

JournalEntry Journal::append(const QString& type, const QString& reference, qint64 amount, const QString& currency,
                             const QJsonObject& payload, bool training)
{
    if (!m_db.inTransaction())
        throw DomainError(QStringLiteral("journal.no_transaction"),
                          QStringLiteral("journal entries are written inside the operation's transaction"));
    qint64 seq = 1;
    QByteArray prevHash(32, '\0');
    bool lastUnsigned = false;
    QSqlQuery& last = m_db.exec(QStringLiteral("SELECT seq, hash, unsigned_reason FROM journal ORDER BY seq DESC LIMIT 1"));
    if (last.next()) {
        seq = last.value(0).toLongLong() + 1;
        prevHash = last.value(1).toByteArray();
        lastUnsigned = !last.value(2).toString().isEmpty();
    }
    last.finish();
    const QDateTime at = m_clock.nowUtc();
    const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    JournalEntry e = compose(type, reference, amount, currency, body, training, seq, prevHash, at);
    sign(e);
    const bool failed = !e.unsignedReason.isEmpty();
    if (failed != lastUnsigned) {
        // The signer failed, or works again, since the last entry: that is journaled first.
        QJsonObject note{{QStringLiteral("key_id"), m_signer.keyId()}};
        if (failed)
            note.insert(QStringLiteral("reason"), e.unsignedReason);
        JournalEntry marker = compose(failed ? QStringLiteral("signer_failed") : QStringLiteral("signer_restored"), QString(), 0, QString(),
                                      QJsonDocument(note).toJson(QJsonDocument::Compact), false, seq, prevHash, at);
        if (failed)
            marker.unsignedReason = e.unsignedReason;
        else
            sign(marker);
        insert(marker);
        e = compose(type, reference, amount, currency, body, training, seq + 1, marker.hash, at);
        if (failed)
            e.unsignedReason = marker.unsignedReason;
        else
            sign(e);
    }
    insert(e);
    return e;
}

JournalEntry Journal::compose(const QString& type, const QString& reference, qint64 amount, const QString& currency,
                              const QByteArray& payload, bool training, qint64 seq, const QByteArray& prevHash, const QDateTime& at) const
{
    JournalEntry e;
    e.seq = seq;
    e.type = type;
    e.createdAt = at;
    e.reference = reference;
    e.training = training;
    e.payload = payload;
    e.canonical = canonicalBytes(type, m_deviceId, seq, reference, at, amount, currency, training, prevHash, payload);
    e.hash = crypto::sha256(e.canonical);
    e.keyId = m_signer.keyId();
    return e;
}

void Journal::sign(JournalEntry& e)
{
    try {
        e.signature = m_signer.sign(e.canonical);
        e.unsignedReason.clear();
    } catch (const DomainError& error) {
        e.signature.clear();
        e.unsignedReason = error.message().isEmpty() ? error.code() : error.message();
    }
}

void Journal::insert(const JournalEntry& e)
{
    m_db.exec(QStringLiteral("INSERT INTO journal(") + kColumns + QStringLiteral(") VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {e.seq, e.type, e.createdAt.toString(Qt::ISODateWithMs), e.reference, e.training, QString::fromUtf8(e.canonical),
               QString::fromUtf8(e.payload), e.hash, e.signature.isEmpty() ? QByteArray("", 0) : e.signature, e.keyId,
               e.unsignedReason.isEmpty() ? QStringLiteral("") : e.unsignedReason}); // '' rather than NULL
}

std::optional<JournalEntry> Journal::entry(qint64 seq)
{
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM journal WHERE seq = ?"), {seq});
    if (!q.next())
        return std::nullopt;
    JournalEntry e = readEntry(q);
    q.finish();
    return e;
}

qint64 Journal::headSeq(Database& db)
{
    return db.scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM journal")).toLongLong();
}

QList<JournalEntry> Journal::entriesFrom(Database& db, qint64 fromSeq, int limit)
{
    QList<JournalEntry> out;
    QSqlQuery& q = db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM journal WHERE seq >= ? ORDER BY seq LIMIT ?"),
                           {fromSeq, limit});
    while (q.next())
        out.append(readEntry(q));
    q.finish();
    return out;
}

QList<JournalEntry> Journal::hashesAt(Database& db, const QList<qint64>& seqs)
{
    QList<JournalEntry> out;
    for (const qint64 seq : seqs) {
        QSqlQuery& q = db.exec(QStringLiteral("SELECT hash FROM journal WHERE seq = ?"), {seq});
        if (q.next()) {
            JournalEntry e;
            e.seq = seq;
            e.hash = q.value(0).toByteArray();
            out.append(e);
        }
        q.finish();
    }
    return out;
}

} // namespace omnitill
