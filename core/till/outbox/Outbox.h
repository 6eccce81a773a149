#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
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

struct QueuedEvent
{
    qint64 deviceSeq = 0;
    QByteArray payload; // the event as compact JSON, as it goes to the hub
};

struct WaitingEvent
{
    qint64 seq = 0;
    QString type;
    QDateTime createdAt;
    int attempts = 0;  // failed attempts to hand it to the hub
    QString lastError; // why the last attempt failed, if it did
};

struct OutboxBacklog
{
    qint64 waiting = 0;         // all events not yet held by the hub
    qint64 failing = 0;         // of those, tried at least once without success
    QList<WaitingEvent> oldest; // up to the limit asked for
};

// Events waiting for the hub, and the only writer of the outbox and outbox_acks tables. Each event
// gets a UUID and the next gapless device sequence, written in the same transaction as the
// operation it reports; the sync client takes them in order, records failed attempts and
// acknowledges what the hub holds.
class Outbox
{
public:
    Outbox(Database& db, const Clock& clock, QString deviceId);

    OutboxEvent append(const QString& type, const QJsonObject& body);
    // The hub holds every event up to this device sequence (it acknowledges a prefix); 0 for none.
    static qint64 heldUpTo(Database& db);
    static qint64 pendingCount(Database& db);
    OutboxBacklog backlog(int limit);

    // The oldest events the hub does not hold yet, in device sequence order, from just after
    // `after` (events already on their way in a request whose answer has not come).
    QList<QueuedEvent> nextBatch(int limit, qint64 after = 0);
    // Within the caller's transaction, like the two below.
    void recordFailure(qint64 firstSeq, qint64 lastSeq, const QString& error);
    void acknowledgeUpTo(qint64 highestSeq);
    // An erased member's name and phone leave the enrolment events still waiting.
    static void eraseMemberDetails(Database& db, const QString& memberId);

private:
    Database& m_db;
    const Clock& m_clock;
    QString m_deviceId;
};

} // namespace omnitill
