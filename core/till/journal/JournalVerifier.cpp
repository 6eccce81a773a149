#include "JournalVerifier.h"

#include "Journal.h"
#include "common/Tr.h"
#include "crypto/Crypto.h"
#include "crypto/Signer.h"
#include "store/Database.h"

namespace omnitill {

JournalVerification JournalVerifier::verify(Database& db, const QByteArray& publicKeyDer, const std::optional<JournalHead>& known)
{
    JournalVerification result;
    auto broken = [&](qint64 seq, const QString& reason) {
        result.ok = false;
        result.firstBrokenSeq = seq;
        result.reason = reason;
        return result;
    };
    QByteArray prevHash(32, '\0');
    QByteArray key = publicKeyDer; // the journal's first key, then each key a key_change entry names
    qint64 expectedSeq = 1;
    // A separate, non-cached query: the journal may be long and is read once, in order.
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, event_type, reference, training, canonical, payload, hash, signature, unsigned_reason"
                               " FROM journal ORDER BY seq")))
        db.fail(q);
    while (q.next()) {
        const qint64 seq = q.value(QStringLiteral("seq")).toLongLong();
        const QString type = q.value(QStringLiteral("event_type")).toString();
        const QString reference = q.value(QStringLiteral("reference")).toString();
        const bool training = q.value(QStringLiteral("training")).toBool();
        const QByteArray canonical = q.value(QStringLiteral("canonical")).toString().toUtf8();
        const QByteArray payload = q.value(QStringLiteral("payload")).toString().toUtf8();
        const QByteArray hash = q.value(QStringLiteral("hash")).toByteArray();
        const QByteArray signature = q.value(QStringLiteral("signature")).toByteArray();
        const QString unsignedReason = q.value(QStringLiteral("unsigned_reason")).toString();
        if (seq != expectedSeq)
            return broken(expectedSeq, Tr::tr("entry %1 is missing").arg(expectedSeq));
        const std::optional<JournalText> text = JournalText::parse(canonical);
        if (!text)
            return broken(seq, Tr::tr("entry %1 is not in the journal format").arg(seq));
        if (text->type != type || text->seq != seq || text->reference != QString(reference).replace(QLatin1Char('|'), QLatin1Char('/')) ||
            text->training != training)
            return broken(seq, Tr::tr("entry %1: its columns differ from its signed content").arg(seq));
        if (text->prevHash != prevHash)
            return broken(seq, Tr::tr("entry %1 does not link to the previous entry").arg(seq));
        if (text->payloadHash != crypto::sha256(payload))
            return broken(seq, Tr::tr("entry %1: the payload was changed").arg(seq));
        const QByteArray recomputed = crypto::sha256(canonical);
        if (recomputed != hash)
            return broken(seq, Tr::tr("entry %1: the stored hash is wrong").arg(seq));
        if (signature.isEmpty() && !unsignedReason.isEmpty()) {
            if (result.unsignedEntries++ == 0) {
                result.firstUnsignedSeq = seq;
                result.unsignedReason = unsignedReason;
            }
        } else if (!EcdsaP256Signer::verify(key, canonical, signature)) {
            return broken(seq, Tr::tr("entry %1: the signature does not verify").arg(seq));
        } else if (type == JournalText::kKeyChange) {
            // Signed by the key it leaves: every later entry is signed by the key it names.
            key = JournalText::keyChangeTarget(payload);
            if (key.isEmpty())
                return broken(seq, Tr::tr("entry %1 changes the journal's key but names no key").arg(seq));
        }
        if (known && seq <= known->hashes.size() && known->hashes.at(seq - 1) != recomputed)
            return broken(seq, Tr::tr("entry %1 is not the one the hub holds: it was replaced").arg(seq));
        if (known && known->seq == seq && known->hash != recomputed)
            return broken(seq, Tr::tr("entry %1 is not the one seen before: it was replaced").arg(seq));
        prevHash = recomputed;
        ++expectedSeq;
        ++result.entriesChecked;
    }
    q.finish();
    result.headSeq = expectedSeq - 1;
    result.headHash = prevHash;
    if (known && known->seq > result.headSeq)
        return broken(
            result.headSeq + 1,
            Tr::tr("the journal ends at entry %1, but entry %2 was seen before: entries were removed").arg(result.headSeq).arg(known->seq));
    // The store's own records point into the journal: a journal cut short leaves them pointing past its end.
    const qint64 referenced = db.scalar(QStringLiteral("SELECT max(seq) FROM (SELECT max(journal_seq) AS seq FROM sales"
                                                       " UNION ALL SELECT max(journal_seq) FROM returns)"))
                                  .toLongLong();
    if (referenced > result.headSeq)
        return broken(result.headSeq + 1, Tr::tr("the journal ends at entry %1, but the store's sales and returns refer to entry %2: "
                                                 "entries were removed")
                                              .arg(result.headSeq)
                                              .arg(referenced));
    return result;
}

ReceiptCheck JournalVerifier::checkReceiptQr(const QString& qrText, const QByteArray& publicKeyDer)
{
    ReceiptCheck check;
    const qsizetype lastBar = qrText.lastIndexOf(QLatin1Char('|'));
    if (lastBar < 0) {
        check.reason = Tr::tr("not an OmniTill receipt code");
        return check;
    }
    const QByteArray canonical = qrText.left(lastBar).toUtf8();
    const QByteArray signature = QByteArray::fromBase64(qrText.mid(lastBar + 1).toLatin1());
    const std::optional<JournalText> text = JournalText::parse(canonical);
    if (!text) {
        check.reason = Tr::tr("not an OmniTill receipt code");
        return check;
    }
    check.receiptId = text->reference;
    check.time = text->utc;
    check.amount = text->amount;
    check.currency = text->currency;
    check.ok = EcdsaP256Signer::verify(publicKeyDer, canonical, signature);
    if (!check.ok)
        check.reason = Tr::tr("the signature does not verify");
    return check;
}

} // namespace omnitill
