#pragma once

#include "staff/Role.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace omnitill {

class Clock;
class Database;
class Outbox;
class StaffService;
class StoreSettings;

struct ExpiringBatch
{
    qint64 productId = 0;
    QString sku;
    QString name;
    bool weighed = false;
    QString batch;
    QDate expiry;
    qint64 quantity = 0;
    qint64 price = 0;               // the regular price
    std::optional<qint64> markdown; // the batch's reduced price, if marked down
    bool expired = false;
};

// Batches near their expiry date: listed soonest first so the manager can mark a batch down (its
// scanned GS1 label then sells at the reduced price; other batches keep the regular price) or,
// once expired, write it off. A manager's right; each step goes to the hub.
class ExpiryMarkdowns
{
public:
    ExpiryMarkdowns(Database& db, const Clock& clock, StoreSettings& settings, StaffService& staff, Outbox& outbox)
        : m_db(db), m_clock(clock), m_settings(settings), m_staff(staff), m_outbox(outbox)
    {
    }

    // Batches with goods that expire within days from today, and those already expired.
    QList<ExpiringBatch> expiringSoon(int days = 3);
    // percentOff of the regular price (1 to 90); returns the batch's new price.
    qint64 markDown(const Session& session, qint64 productId, const QString& batch, int percentOff, const QString& approverPin = {});
    // Takes what is left of an expired batch out of stock; returns the quantity written off.
    qint64 writeOffExpired(const Session& session, qint64 productId, const QString& batch, const QString& approverPin = {});
    // The price a scanned batch sells at when it was marked down.
    static std::optional<qint64> priceFor(Database& db, qint64 productId, const QString& batch);

private:
    Database& m_db;
    const Clock& m_clock;
    StoreSettings& m_settings;
    StaffService& m_staff;
    Outbox& m_outbox;
};

} // namespace omnitill
