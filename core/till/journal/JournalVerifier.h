#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace omnitill {

class Database;

struct JournalVerification
{
    bool ok = true;
    qint64 entriesChecked = 0;
    qint64 firstBrokenSeq = 0;
    QString reason;
    // Entries written while the signing device failed: in the chain, but proven by nothing else.
    qint64 unsignedEntries = 0;
    qint64 firstUnsignedSeq = 0;
    QString unsignedReason;
    qint64 headSeq = 0;  // the last entry checked, and its hash: what to hold against the
    QByteArray headHash; // store the next time (the entries up to it must still be there)
};

// An entry seen before (by the hub, or at an earlier verification): the journal must still hold it.
struct JournalHead
{
    qint64 seq = 0;
    QByteArray hash;
    // From the hub: the hash of every entry it holds, entry 1 first (HubJournal::hashes).
    QList<QByteArray> hashes;
};

struct ReceiptCheck
{
    bool ok = false;
    QString receiptId;
    qint64 amount = 0;
    QString currency;
    QString time;
    QString reason;
};

// Recomputes the chain: sequence without gaps, each entry's link to the previous hash, the
// payload hash, the stored hash and the signature under the till's public key.
class JournalVerifier
{
public:
    // Also catches a journal cut short: sales and returns referring to entries beyond its end, or
    // an entry seen before (`known`) that is gone or different.
    static JournalVerification verify(Database& db, const QByteArray& publicKeyDer, const std::optional<JournalHead>& known = {});
    // Checks the text of a receipt QR offline, with only the till's public key.
    static ReceiptCheck checkReceiptQr(const QString& qrText, const QByteArray& publicKeyDer);
};

} // namespace omnitill
