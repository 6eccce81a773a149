#include "HubJournal.h"

#include "HubDatabase.h"
#include "HubError.h"
#include "crypto/Crypto.h"
#include "crypto/EcdsaP256PublicKey.h"
#include "crypto/Signer.h"
#include "journal/JournalText.h"

#include <QRegularExpression>

#include <algorithm>
#include <thread>
#include <vector>

namespace omnitill::hub {

using protocol::JournalSyncAnswer;
using protocol::JournalSyncRequest;

namespace {
// Never a null text: Qt binds one as NULL, and these columns are NOT NULL.
QString base64(const QByteArray& bytes)
{
    return bytes.isEmpty() ? QStringLiteral("") : QString::fromLatin1(bytes.toBase64());
}

QString nonNull(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QByteArray bytes(const QVariant& v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}

struct Observation
{
    qint64 seq = 0;
    QString detail;
};

QString vanished(qint64 seq)
{
    return QStringLiteral("entry %1, which the hub holds, is gone from the till").arg(seq);
}

QString changed(qint64 seq)
{
    return QStringLiteral("entry %1 is not the one the hub received: it was changed or signed again").arg(seq);
}

// Checking signatures is most of a journal sync's work: the entries new to the hub are checked on
// every core.
std::vector<char> checkSignatures(const QByteArray& publicKeyDer, const QList<JournalSyncRequest::Entry>& entries,
                                  const std::vector<std::optional<JournalText>>& texts, qint64 headSeq)
{
    const EcdsaP256PublicKey key(publicKeyDer);
    std::vector<char> ok(size_t(entries.size()), 0);
    const auto check = [&](size_t from, size_t to) {
        for (size_t i = from; i < to; ++i)
            ok[i] =
                texts[i] && texts[i]->seq > headSeq && key.verify(entries.at(qsizetype(i)).canonical, entries.at(qsizetype(i)).signature);
    };
    const size_t count = ok.size();
    const size_t threads = count < 64 ? 1 : std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 4);
    const size_t chunk = (count + threads - 1) / threads;
    std::vector<std::thread> workers;
    for (size_t t = 1; t < threads; ++t)
        workers.emplace_back(check, std::min(count, t * chunk), std::min(count, (t + 1) * chunk));
    check(0, std::min(count, chunk));
    for (std::thread& worker : workers)
        worker.join();
    return ok;
}
} // namespace

HubJournal::HubJournal(HubDatabase& db) : m_db(db) {}

void HubJournal::registerKey(const QString& deviceId, const QByteArray& publicKeyDer, const QString& now)
{
    if (!EcdsaP256Signer::isP256PublicKey(publicKeyDer))
        throw HubError(400, QStringLiteral("journal.key"), QStringLiteral("the journal's public key is not an EC P-256 key"));
    m_db.exec(QStringLiteral("INSERT INTO journal_anchors(device_id, public_key, key_id, head_seq, head_hash, audit_from, match_upto,"
                             " differs_at, differs_detail, broken_at, conflict_id, journal_device, registered_at)"
                             " VALUES(?, ?, ?, 0, ?, 1, 0, 0, '', 0, '', '', ?) ON CONFLICT(device_id) DO NOTHING"),
              {deviceId, base64(publicKeyDer), EcdsaP256Signer::keyIdFor(publicKeyDer), base64(QByteArray(32, '\0')), now});
    if (keyFor(deviceId, 1).isEmpty())
        recordKey(deviceId, 1, publicKeyDer, QByteArray("", 0));
}

void HubJournal::recordKey(const QString& deviceId, qint64 fromSeq, const QByteArray& publicKeyDer, const QByteArray& keyChangePayload)
{
    m_db.exec(QStringLiteral("INSERT INTO journal_keys(device_id, from_seq, public_key, key_id, payload) VALUES(?, ?, ?, ?, ?)"),
              {deviceId, fromSeq, base64(publicKeyDer), EcdsaP256Signer::keyIdFor(publicKeyDer), QString::fromUtf8(keyChangePayload)});
}

QByteArray HubJournal::keyFor(const QString& deviceId, qint64 seq)
{
    QSqlQuery& q = m_db.exec(
        QStringLiteral("SELECT public_key FROM journal_keys WHERE device_id = ? AND from_seq <= ? ORDER BY from_seq DESC LIMIT 1"),
        {deviceId, seq});
    const QByteArray key = q.next() ? bytes(q.value(0)) : QByteArray();
    q.finish();
    return key;
}

std::optional<HubJournal::State> HubJournal::load(const QString& deviceId, bool forUpdate)
{
    QString sql = QStringLiteral("SELECT public_key, head_seq, head_hash, audit_from, match_upto, differs_at, differs_detail, broken_at,"
                                 " conflict_id, journal_device, unsigned_since FROM journal_anchors WHERE device_id = ?");
    if (forUpdate && m_db.isPostgres())
        sql += QStringLiteral(" FOR UPDATE");
    QSqlQuery& q = m_db.exec(sql, {deviceId});
    if (!q.next()) {
        q.finish();
        return std::nullopt;
    }
    State s;
    s.publicKeyDer = bytes(q.value(0));
    s.headSeq = q.value(1).toLongLong();
    s.headHash = bytes(q.value(2));
    s.auditFrom = q.value(3).toLongLong();
    s.matchUpTo = q.value(4).toLongLong();
    s.differsAt = q.value(5).toLongLong();
    s.differsDetail = q.value(6).toString();
    s.brokenAt = q.value(7).toLongLong();
    s.conflictId = q.value(8).toString();
    s.journalDevice = q.value(9).toString();
    s.unsignedSince = q.value(10).toLongLong();
    q.finish();
    return s;
}

void HubJournal::save(const QString& deviceId, const State& s)
{
    m_db.exec(QStringLiteral("UPDATE journal_anchors SET head_seq = ?, head_hash = ?, audit_from = ?, match_upto = ?, differs_at = ?,"
                             " differs_detail = ?, broken_at = ?, journal_device = ?, unsigned_since = ?, public_key = ?, key_id = ?"
                             " WHERE device_id = ?"),
              {s.headSeq, base64(s.headHash), s.auditFrom, s.matchUpTo, s.differsAt, nonNull(s.differsDetail), s.brokenAt,
               nonNull(s.journalDevice), s.unsignedSince, base64(s.publicKeyDer), EcdsaP256Signer::keyIdFor(s.publicKeyDer), deviceId});
}

void HubJournal::setConflict(const QString& deviceId, const QString& conflictId)
{
    m_db.exec(QStringLiteral("UPDATE journal_anchors SET conflict_id = ? WHERE device_id = ?"), {conflictId, deviceId});
}

JournalSyncAnswer HubJournal::sync(const QString& deviceId, const JournalSyncRequest& request, const QString& now,
                                   std::optional<JournalFinding>& finding, QList<JournalUnsignedRun>& unsignedRuns)
{
    if (const QString problem = request.problem(); !problem.isEmpty())
        throw HubError(400, QStringLiteral("journal.request"), problem);
    std::optional<State> loaded = load(deviceId, true);
    if (!loaded) {
        if (request.publicKeyDer.isEmpty())
            throw HubError(400, QStringLiteral("journal.key"), QStringLiteral("the hub has no journal key of this till: send public_key"));
        registerKey(deviceId, request.publicKeyDer, now);
        loaded = load(deviceId, true);
    }
    State& s = *loaded;
    const qint64 differsBefore = s.differsAt;
    const bool opening = request.probes.isEmpty() && request.entries.isEmpty();

    if (s.brokenAt == 0) {
        QList<qint64> matches;
        QList<Observation> differences;
        const auto storedHash = [&](qint64 seq) {
            QSqlQuery& q = m_db.exec(QStringLiteral("SELECT hash FROM journal_entries WHERE device_id = ? AND seq = ?"), {deviceId, seq});
            const QByteArray hash = q.next() ? bytes(q.value(0)) : QByteArray();
            q.finish();
            return hash;
        };
        const auto compare = [&](qint64 seq, const QByteArray& tillHash) {
            if (tillHash.isEmpty())
                differences.append({seq, vanished(seq)});
            else if (tillHash != storedHash(seq))
                differences.append({seq, changed(seq)});
            else
                matches.append(seq);
        };
        for (const JournalSyncRequest::Probe& probe : request.probes) {
            if (probe.seq <= s.headSeq)
                compare(probe.seq, probe.hash);
        }
        if (request.headSeq < s.headSeq)
            differences.append({request.headSeq + 1, vanished(request.headSeq + 1)});

        QList<QVariantList> rows;
        if (s.differsAt == 0 && differences.isEmpty() && !request.entries.isEmpty()) {
            std::vector<std::optional<JournalText>> texts;
            texts.reserve(size_t(request.entries.size()));
            for (const JournalSyncRequest::Entry& entry : request.entries)
                texts.push_back(JournalText::parse(entry.canonical));
            const QByteArray batchKey = s.publicKeyDer;
            const std::vector<char> signedByTill = checkSignatures(batchKey, request.entries, texts, s.headSeq);
            for (qsizetype i = 0; i < request.entries.size(); ++i) {
                const JournalSyncRequest::Entry& entry = request.entries.at(i);
                const std::optional<JournalText>& text = texts[size_t(i)];
                const qint64 next = s.headSeq + 1;
                if (!text) {
                    differences.append({next, QStringLiteral("entry %1 is not in the journal format").arg(next)});
                    break;
                }
                if (text->seq <= s.headSeq) { // sent again: its answer was lost
                    compare(text->seq, crypto::sha256(entry.canonical));
                    continue;
                }
                if (text->seq > next) {
                    differences.append(
                        {next,
                         QStringLiteral("entry %1 is missing: the till sent entry %2 after %3").arg(next).arg(text->seq).arg(s.headSeq)});
                    break;
                }
                if (text->prevHash != s.headHash) {
                    if (s.headSeq > 0)
                        differences.append({s.headSeq, changed(s.headSeq)});
                    else
                        differences.append({next, QStringLiteral("entry 1 does not start a journal")});
                    break;
                }
                matches.append(s.headSeq);
                // The journal names the till as it was set up, before it was enrolled: the same name throughout.
                if (s.journalDevice.isEmpty())
                    s.journalDevice = text->deviceId;
                if (text->deviceId != s.journalDevice) {
                    differences.append({next, QStringLiteral("entry %1 was written by another till (%2)").arg(next).arg(text->deviceId)});
                    break;
                }
                // Checked ahead with the key the batch began with; after a key change in it, again.
                const bool verified =
                    signedByTill[size_t(i)] || (s.publicKeyDer != batchKey && !entry.signature.isEmpty() &&
                                                EcdsaP256PublicKey(s.publicKeyDer).verify(entry.canonical, entry.signature));
                if (verified) {
                    s.unsignedSince = 0;
                } else if (entry.signature.isEmpty() && !entry.unsignedReason.isEmpty()) {
                    // Written while the till's signing device failed: kept in the chain, and shown.
                    if (s.unsignedSince == 0) {
                        s.unsignedSince = next;
                        unsignedRuns.append({next, entry.unsignedReason});
                    }
                } else {
                    differences.append({next, QStringLiteral("entry %1 does not verify with the till's registered key").arg(next)});
                    break;
                }
                QByteArray nextKey;
                if (verified && text->type == JournalText::kKeyChange) {
                    // Signed by the key it leaves; its payload names the key of every later entry.
                    if (crypto::sha256(entry.payload) == text->payloadHash)
                        nextKey = JournalText::keyChangeTarget(entry.payload);
                    if (nextKey.isEmpty()) {
                        differences.append(
                            {next, QStringLiteral("entry %1 changes the journal's key but does not say to which").arg(next)});
                        break;
                    }
                }
                s.headHash = crypto::sha256(entry.canonical);
                s.headSeq = next;
                if (!nextKey.isEmpty()) {
                    s.publicKeyDer = nextKey;
                    recordKey(deviceId, next + 1, nextKey, entry.payload);
                }
                rows.append({deviceId, next, base64(s.headHash), QString::fromUtf8(entry.canonical), base64(entry.signature),
                             nonNull(entry.unsignedReason), now});
            }
        }
        if (!rows.isEmpty())
            m_db.insertRows(
                QStringLiteral("INSERT INTO journal_entries(device_id, seq, hash, canonical, signature, unsigned_reason, received_at)"),
                rows);

        for (const Observation& d : differences) {
            if (s.differsAt == 0 || d.seq < s.differsAt) {
                s.differsAt = d.seq;
                s.differsDetail = d.detail;
            }
        }
        if (s.differsAt > 0) {
            // A match says every entry up to it is the one the hub saw (each links to the one before).
            if (s.matchUpTo >= s.differsAt)
                s.matchUpTo = 0;
            for (const qint64 seq : matches) {
                if (seq < s.differsAt)
                    s.matchUpTo = std::max(s.matchUpTo, seq);
            }
            if (s.matchUpTo + 1 == s.differsAt)
                s.brokenAt = s.differsAt;
        }
        if (s.differsAt != differsBefore || s.brokenAt > 0)
            finding = JournalFinding{s.differsAt, s.brokenAt > 0, s.differsDetail, s.conflictId};
    }

    JournalSyncAnswer answer;
    answer.probe = nextProbes(s, request.headSeq, opening);
    save(deviceId, s);
    answer.headSeq = s.headSeq;
    answer.headHash = s.headHash;
    answer.brokenAt = s.brokenAt;
    answer.reason = s.brokenAt > 0 ? s.differsDetail : QString();
    if (s.brokenAt == 0 && s.differsAt == 0 && request.headSeq > s.headSeq)
        answer.wantFrom = s.headSeq + 1;
    answer.done = answer.probe.isEmpty() && answer.wantFrom == 0;
    return answer;
}

QList<qint64> HubJournal::nextProbes(State& s, qint64 tillHead, bool opening) const
{
    QList<qint64> probes;
    if (s.brokenAt > 0)
        return probes;
    if (s.differsAt > 0) {
        // Evenly between the last entry known to match and the first known to differ.
        const qint64 gap = s.differsAt - s.matchUpTo - 1;
        const qint64 step = std::max<qint64>(1, (gap + kAuditWindow - 1) / kAuditWindow);
        for (qint64 seq = s.matchUpTo + step; seq < s.differsAt && probes.size() < kAuditWindow; seq += step)
            probes.append(seq);
        if (probes.isEmpty() || probes.last() != s.differsAt - 1)
            probes.append(s.differsAt - 1);
        return probes;
    }
    if (!opening)
        return probes;
    // The newest entry both hold vouches for every one before it; the moving window finds an old
    // entry replaced without the ones after it being signed again.
    const qint64 shared = std::min(s.headSeq, tillHead);
    if (shared < 1)
        return probes;
    if (s.auditFrom > shared)
        s.auditFrom = 1;
    for (qint64 seq = s.auditFrom; seq <= shared && probes.size() < kAuditWindow; ++seq)
        probes.append(seq);
    s.auditFrom += kAuditWindow;
    if (probes.last() != shared)
        probes.append(shared);
    return probes;
}

protocol::JournalHashes HubJournal::hashes(const QString& deviceId, qint64 from, int limit)
{
    const std::optional<State> s = load(deviceId, false);
    if (!s)
        throw HubError(404, QStringLiteral("journal.unknown"), QStringLiteral("the hub holds no journal of this till"));
    protocol::JournalHashes out;
    out.publicKeyDer = keyFor(deviceId, 1); // the verifier follows the key changes from the first key
    out.headSeq = s->headSeq;
    out.from = std::max<qint64>(1, from);
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT seq, hash FROM journal_entries WHERE device_id = ? AND seq >= ? ORDER BY seq LIMIT ?"),
                             {deviceId, out.from, limit});
    while (q.next())
        out.hashes.append(bytes(q.value(1)));
    q.finish();
    return out;
}

HeldJournalPeriod HubJournal::period(const QString& deviceId, const QString& sinceUtc, const QString& untilUtc)
{
    using Entry = JournalExportDocument::Entry;
    if (!load(deviceId, false))
        throw HubError(404, QStringLiteral("journal.unknown"), QStringLiteral("the hub holds no journal of device %1").arg(deviceId));
    HeldJournalPeriod out;
    out.previousHash = QByteArray(32, '\0');
    // The entries' times are in their signed text only: read in order, kept while in the period.
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT e.seq, e.hash, e.canonical, e.signature, e.unsigned_reason, k.payload"
                                            " FROM journal_entries e LEFT JOIN journal_keys k"
                                            " ON k.device_id = e.device_id AND k.from_seq = e.seq + 1"
                                            " WHERE e.device_id = ? ORDER BY e.seq"),
                             {deviceId});
    QByteArray previous(32, '\0');
    while (q.next()) {
        std::optional<Entry> e = Entry::fromCanonical(q.value(2).toString());
        if (!e) // the hub keeps only entries it could read: this is a damaged row
            throw HubError(500, QStringLiteral("journal.damaged"),
                           QStringLiteral("entry %1 of device %2 is unreadable at the hub").arg(q.value(0).toLongLong()).arg(deviceId));
        e->hash = bytes(q.value(1));
        e->signature = bytes(q.value(3));
        e->unsignedReason = q.value(4).toString();
        if (e->type == JournalText::kKeyChange)
            e->payload = q.value(5).toString();
        const bool inPeriod = e->createdAt >= sinceUtc && e->createdAt < untilUtc;
        if (inPeriod) {
            if (out.entries.isEmpty())
                out.previousHash = previous;
            out.entries.append(*e);
        } else if (out.entries.isEmpty() && e->type == JournalText::kKeyChange) {
            out.keyChanges.append(*e);
        } else if (!out.entries.isEmpty()) {
            break; // past the period
        }
        previous = e->hash;
    }
    q.finish();
    return out;
}

QJsonObject HubJournal::anchor(const QString& deviceId)
{
    const std::optional<State> s = load(deviceId, false);
    if (!s)
        throw HubError(404, QStringLiteral("journal.unknown"), QStringLiteral("the hub holds no journal of device %1").arg(deviceId));
    return {{QStringLiteral("device_id"), deviceId},
            {QStringLiteral("public_key"), QString::fromLatin1(EcdsaP256Signer::publicKeyPem(s->publicKeyDer))},
            {QStringLiteral("key_id"), EcdsaP256Signer::keyIdFor(s->publicKeyDer)},
            {QStringLiteral("first_public_key"), QString::fromLatin1(EcdsaP256Signer::publicKeyPem(keyFor(deviceId, 1)))},
            {QStringLiteral("head_seq"), s->headSeq},
            {QStringLiteral("head_hash"), base64(s->headHash)},
            {QStringLiteral("broken_at"), s->brokenAt},
            {QStringLiteral("unsigned_since"), s->unsignedSince},
            {QStringLiteral("detail"), s->differsDetail}};
}

QJsonArray HubJournal::keys()
{
    QJsonArray out;
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT d.store_id, d.till_code, a.public_key FROM journal_anchors a"
                                            " JOIN devices d ON d.id = a.device_id ORDER BY d.store_id, d.till_code, a.registered_at"));
    while (q.next()) {
        const QByteArray der = bytes(q.value(2));
        out.append(QJsonObject{{QStringLiteral("store_id"), q.value(0).toString()},
                               {QStringLiteral("till_code"), q.value(1).toString()},
                               {QStringLiteral("key_id"), EcdsaP256Signer::keyIdFor(der)},
                               {QStringLiteral("public_key"), QString::fromLatin1(EcdsaP256Signer::publicKeyPem(der))}});
    }
    q.finish();
    return out;
}

QJsonObject HubJournal::verifyReceipt(const QString& code)
{
    QString text = code;
    text.remove(QRegularExpression(QStringLiteral("\\s"))); // printed check codes are broken into lines
    const qsizetype bar = text.lastIndexOf(QLatin1Char('|'));
    const QByteArray canonical = text.left(std::max<qsizetype>(bar, 0)).toUtf8();
    const std::optional<JournalText> entry = bar > 0 ? JournalText::parse(canonical) : std::nullopt;
    const auto refused = [](const QString& reason) {
        return QJsonObject{{QStringLiteral("genuine"), false}, {QStringLiteral("held"), false}, {QStringLiteral("reason"), reason}};
    };
    if (!entry)
        return refused(QStringLiteral("this is not an OmniTill receipt check code"));
    const auto signature = QByteArray::fromBase64Encoding(text.mid(bar + 1).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    QJsonObject out{{QStringLiteral("seq"), entry->seq},           {QStringLiteral("receipt"), entry->reference},
                    {QStringLiteral("time"), entry->utc},          {QStringLiteral("amount"), entry->amount},
                    {QStringLiteral("currency"), entry->currency}, {QStringLiteral("training"), entry->training}};
    // A till enrolled again keeps its journal: every hub device whose entries name it is tried.
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT a.device_id, a.public_key, d.store_id, d.till_code FROM journal_anchors a"
                                            " JOIN devices d ON d.id = a.device_id WHERE a.journal_device = ?"),
                             {entry->deviceId});
    struct Candidate
    {
        QString deviceId;
        QByteArray key;
        QString store;
        QString till;
    };
    QList<Candidate> candidates;
    while (q.next())
        candidates.append({q.value(0).toString(), bytes(q.value(1)), q.value(2).toString(), q.value(3).toString()});
    q.finish();
    for (Candidate& c : candidates) {
        if (const QByteArray signing = keyFor(c.deviceId, entry->seq); !signing.isEmpty())
            c.key = signing;
    }
    if (candidates.isEmpty()) {
        out.insert(QStringLiteral("genuine"), false);
        out.insert(QStringLiteral("held"), false);
        out.insert(QStringLiteral("reason"), QStringLiteral("no till of this hub has sent a journal as %1").arg(entry->deviceId));
        return out;
    }
    for (const Candidate& c : candidates) {
        if (!signature || !EcdsaP256PublicKey(c.key).verify(canonical, signature.decoded))
            continue;
        QSqlQuery& held =
            m_db.exec(QStringLiteral("SELECT hash FROM journal_entries WHERE device_id = ? AND seq = ?"), {c.deviceId, entry->seq});
        const QByteArray heldHash = held.next() ? bytes(held.value(0)) : QByteArray();
        held.finish();
        const bool same = heldHash == crypto::sha256(canonical);
        out.insert(QStringLiteral("genuine"), heldHash.isEmpty() || same);
        out.insert(QStringLiteral("held"), same);
        out.insert(QStringLiteral("store_id"), c.store);
        out.insert(QStringLiteral("till_code"), c.till);
        out.insert(QStringLiteral("key_id"), EcdsaP256Signer::keyIdFor(c.key));
        if (heldHash.isEmpty())
            out.insert(QStringLiteral("reason"),
                       QStringLiteral("signed by till %1-%2; the hub has not received entry %3 yet").arg(c.store, c.till).arg(entry->seq));
        else if (!same)
            out.insert(QStringLiteral("reason"), QStringLiteral("signed with the key of till %1-%2, but the hub holds another entry %3:"
                                                                " this receipt was written after the journal was changed")
                                                     .arg(c.store, c.till)
                                                     .arg(entry->seq));
        return out;
    }
    out.insert(QStringLiteral("genuine"), false);
    out.insert(QStringLiteral("held"), false);
    out.insert(
        QStringLiteral("reason"),
        QStringLiteral("the signature does not verify with the key of till %1-%2").arg(candidates.first().store, candidates.first().till));
    return out;
}

} // namespace omnitill::hub
