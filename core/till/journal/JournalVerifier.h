#pragma once

#include <QByteArray>
#include <QString>

namespace omnitill {

class Database;

struct JournalVerification
{
    bool ok = true;
    qint64 entriesChecked = 0;
    qint64 firstBrokenSeq = 0;
    QString reason;
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
    static JournalVerification verify(Database& db, const QByteArray& publicKeyDer);
    // Checks the text of a receipt QR offline, with only the till's public key.
    static ReceiptCheck checkReceiptQr(const QString& qrText, const QByteArray& publicKeyDer);
};

} // namespace omnitill
