#include "Journal.h"

#include "common/Clock.h"
#include "common/DomainError.h"
#include "crypto/Crypto.h"
#include "crypto/Signer.h"
#include "store/Database.h"

#include <QJsonDocument>

namespace omnitill {

namespace {
const QString kColumns = QStringLiteral("seq, event_type, created_at, reference, training, canonical, payload, hash, signature, key_id");

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
    JournalEntry e;
    QByteArray prevHash(32, '\0');
    QSqlQuery& last = m_db.exec(QStringLiteral("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1"));
    if (last.next()) {
        e.seq = last.value(QStringLiteral("seq")).toLongLong() + 1;
        prevHash = last.value(QStringLiteral("hash")).toByteArray();
    } else {
        e.seq = 1;
    }
    last.finish();
    e.type = type;
    e.createdAt = m_clock.nowUtc();
    e.reference = reference;
    e.training = training;
    e.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    e.canonical = canonicalBytes(type, m_deviceId, e.seq, reference, e.createdAt, amount, currency, training, prevHash, e.payload);
    e.hash = crypto::sha256(e.canonical);
    e.signature = m_signer.sign(e.canonical);
    e.keyId = m_signer.keyId();
    m_db.exec(QStringLiteral("INSERT INTO journal(") + kColumns + QStringLiteral(") VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {e.seq, e.type, e.createdAt.toString(Qt::ISODateWithMs), e.reference, e.training, QString::fromUtf8(e.canonical),
               QString::fromUtf8(e.payload), e.hash, e.signature, e.keyId});
    return e;
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
