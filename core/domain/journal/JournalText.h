#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace omnitill {

// The signed text of a journal entry (packaging/audit/JOURNAL-FORMAT.md §2): what the till signs,
// and what the hub and the verifiers read back without the till's tables.
struct JournalText
{
    static constexpr char kFormat[] = "OT1";
    // The entry that moves the journal to another key: signed by the key it leaves, its payload
    // names the key that signs every later entry ({"public_key": base64 DER, "key_id": …}).
    static constexpr QLatin1String kKeyChange{"key_change"};
    // A sale, and a sale in training mode (its payload is the sale event's body).
    static constexpr QLatin1String kSale{"sale"};
    static constexpr QLatin1String kTrainingSale{"training_sale"};
    static constexpr int kFieldCount = 11;

    QString type;
    QString deviceId;
    qint64 seq = 0;
    QString reference;
    QString utc;
    qint64 amount = 0;
    QString currency;
    bool training = false;
    QByteArray prevHash;    // SHA-256 of the previous entry's text; 32 zero bytes for entry 1
    QByteArray payloadHash; // SHA-256 of the entry's payload

    QByteArray compose() const;
    // Empty unless the text has the format's fields, a positive number and 32-byte hashes.
    static std::optional<JournalText> parse(const QByteArray& canonical);
    // The P-256 key a key_change entry's payload names; empty when it names none.
    static QByteArray keyChangeTarget(const QByteArray& payload);
};

} // namespace omnitill
