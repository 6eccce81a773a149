#include "JournalSync.h"

#include "JsonFields.h"

namespace omnitill::protocol {

using namespace JsonFields;

namespace {
QString base64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray bytes(const QJsonObject& o, const char* key)
{
    return QByteArray::fromBase64(text(o, key).toLatin1());
}
} // namespace

QJsonObject JournalSyncRequest::toJson() const
{
    QJsonObject out{
        {QStringLiteral("head_seq"), headSeq},
        {QStringLiteral("probes"), arrayOf(probes,
                                           [](const Probe& p) {
                                               return QJsonObject{{QStringLiteral("seq"), p.seq}, {QStringLiteral("hash"), base64(p.hash)}};
                                           })},
        {QStringLiteral("entries"), arrayOf(entries, [](const Entry& e) {
             QJsonObject entry{{QStringLiteral("canonical"), QString::fromUtf8(e.canonical)},
                               {QStringLiteral("signature"), base64(e.signature)}};
             insertText(entry, "unsigned_reason", e.unsignedReason);
             insertText(entry, "payload", QString::fromUtf8(e.payload));
             return entry;
         })}};
    insertText(out, "public_key", base64(publicKeyDer));
    return out;
}

JournalSyncRequest JournalSyncRequest::fromJson(const QJsonObject& o)
{
    JournalSyncRequest r;
    r.headSeq = whole(o, "head_seq");
    r.publicKeyDer = bytes(o, "public_key");
    r.probes = listOf<Probe>(o, "probes", [](const QJsonObject& p) { return Probe{whole(p, "seq"), bytes(p, "hash")}; });
    r.entries = listOf<Entry>(o, "entries", [](const QJsonObject& e) {
        return Entry{text(e, "canonical").toUtf8(), bytes(e, "signature"), text(e, "unsigned_reason"), text(e, "payload").toUtf8()};
    });
    return r;
}

QString JournalSyncRequest::problem() const
{
    if (headSeq < 0)
        return QStringLiteral("head_seq is the number of the till's newest journal entry");
    if (entries.size() > kMaxEntries || probes.size() > kMaxProbes)
        return QStringLiteral("a journal request carries up to %1 entries and %2 probes").arg(kMaxEntries).arg(kMaxProbes);
    for (const Entry& e : entries) {
        if (e.unsignedReason.size() > 500 || e.payload.size() > 4096)
            return QStringLiteral("an unsigned entry's reason is at most 500 characters and a key change's payload 4096 bytes");
    }
    for (const Probe& p : probes) {
        if (p.seq < 1 || (!p.hash.isEmpty() && p.hash.size() != 32))
            return QStringLiteral("a probe names an entry by its number and gives its SHA-256 or nothing");
    }
    return {};
}

QJsonObject JournalSyncAnswer::toJson() const
{
    QJsonObject out{
        {QStringLiteral("head_seq"), headSeq},   {QStringLiteral("head_hash"), base64(headHash)},
        {QStringLiteral("want_from"), wantFrom}, {QStringLiteral("probe"), arrayOf(probe, [](qint64 seq) { return QJsonValue(seq); })},
        {QStringLiteral("broken_at"), brokenAt}, {QStringLiteral("done"), done}};
    insertText(out, "reason", reason);
    return out;
}

JournalSyncAnswer JournalSyncAnswer::fromJson(const QJsonObject& o)
{
    JournalSyncAnswer a;
    a.headSeq = whole(o, "head_seq");
    a.headHash = bytes(o, "head_hash");
    a.wantFrom = whole(o, "want_from");
    for (const QJsonValue& v : o.value(QLatin1String("probe")).toArray())
        a.probe.append(v.toInteger());
    a.brokenAt = whole(o, "broken_at");
    a.reason = text(o, "reason");
    a.done = flag(o, "done");
    return a;
}

QJsonObject JournalHashes::toJson() const
{
    QJsonArray list;
    for (const QByteArray& h : hashes)
        list.append(base64(h));
    return {{QStringLiteral("public_key"), base64(publicKeyDer)},
            {QStringLiteral("head_seq"), headSeq},
            {QStringLiteral("from"), from},
            {QStringLiteral("hashes"), list}};
}

JournalHashes JournalHashes::fromJson(const QJsonObject& o)
{
    JournalHashes h;
    h.publicKeyDer = bytes(o, "public_key");
    h.headSeq = whole(o, "head_seq");
    h.from = whole(o, "from");
    for (const QJsonValue& v : o.value(QLatin1String("hashes")).toArray())
        h.hashes.append(QByteArray::fromBase64(v.toString().toLatin1()));
    return h;
}

} // namespace omnitill::protocol
