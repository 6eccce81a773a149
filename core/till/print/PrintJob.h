#pragma once

#include <QDateTime>
#include <QString>

namespace omnitill {

// One waiting entry of the persistent print queue (table print_jobs, states queued, printed and
// dropped). Receipts are rendered when they print, from the stored sale, so a queued job survives
// restarts and printer changes.
struct PrintJob
{
    enum class Kind
    {
        Receipt,
        Copy,
        DrawerKick,
        TestPage,
        KioskTicket,
        ShiftReport,
        CollectionSlip,
        CancellationSlip,
        CardSlip
    };

    qint64 id = 0;
    Kind kind = Kind::Receipt;
    // Receipts and copies: the receipt id; a drawer kick: what opened it; a test page: the store name;
    // a kiosk ticket: the kiosk order's id; an X or Z report, a collection or a cancellation slip:
    // its journal entry's sequence; a card slip: the card payment's id.
    QString reference;
    QString language;
    QDateTime createdAt;
    int attempts = 0;
    QString lastError;

    static QString kindName(Kind kind);
    static Kind kindFromName(const QString& name);
};

} // namespace omnitill
