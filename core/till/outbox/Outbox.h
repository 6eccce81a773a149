#pragma once

#include <QJsonObject>
#include <QString>

namespace omnitill {

class Clock;
class Database;
class Counters;

struct OutboxEvent
{
    qint64 deviceSeq = 0;
    QString eventId;
    QString type;
    QByteArray payload;
};

// Events waiting for the hub. Each gets a UUID and the next gapless device sequence, written in
// the same transaction as the operation it reports.
class Outbox
{
public:
    Outbox(Database& db, const Clock& clock, QString deviceId);

    OutboxEvent append(const QString& type, const QJsonObject& body);
    qint64 pendingCount();

private:
    Database& m_db;
    const Clock& m_clock;
    QString m_deviceId;
};

} // namespace omnitill
