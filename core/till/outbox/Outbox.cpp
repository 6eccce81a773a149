#include "Outbox.h"

#include "common/Clock.h"
#include "common/DomainError.h"
#include "store/Counters.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace omnitill {

Outbox::Outbox(Database& db, const Clock& clock, QString deviceId) : m_db(db), m_clock(clock), m_deviceId(std::move(deviceId)) {}

OutboxEvent Outbox::append(const QString& type, const QJsonObject& body)
{
    if (!m_db.inTransaction())
        throw DomainError(QStringLiteral("outbox.no_transaction"),
                          QStringLiteral("outbox events are written inside the operation's transaction"));
    OutboxEvent event;
    event.deviceSeq = Counters(m_db).next(QStringLiteral("device_seq"));
    event.eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    event.type = type;
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    const QJsonObject envelope{{QStringLiteral("event_id"), event.eventId},
                               {QStringLiteral("device_id"), m_deviceId},
                               {QStringLiteral("device_seq"), event.deviceSeq},
                               {QStringLiteral("type"), type},
                               {QStringLiteral("created_at"), now},
                               {QStringLiteral("body"), body}};
    event.payload = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    m_db.exec(QStringLiteral("INSERT INTO outbox(device_seq, event_id, event_type, payload, created_at)"
                             " VALUES(?, ?, ?, ?, ?)"),
              {event.deviceSeq, event.eventId, type, QString::fromUtf8(event.payload), now});
    return event;
}

qint64 Outbox::heldUpTo(Database& db)
{
    return db.scalar(QStringLiteral("SELECT coalesce(max(up_to_seq), 0) FROM outbox_acks")).toLongLong();
}

qint64 Outbox::pendingCount(Database& db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE device_seq > ?"), {heldUpTo(db)}).toLongLong();
}

OutboxBacklog Outbox::backlog(int limit)
{
    OutboxBacklog b;
    const qint64 held = heldUpTo(m_db);
    QSqlQuery& counts = m_db.exec(
        QStringLiteral("SELECT count(*) AS waiting, coalesce(sum(attempts > 0), 0) AS failing FROM outbox WHERE device_seq > ?"), {held});
    counts.next();
    b.waiting = counts.value(QStringLiteral("waiting")).toLongLong();
    b.failing = counts.value(QStringLiteral("failing")).toLongLong();
    counts.finish();
    QSqlQuery& events = m_db.exec(QStringLiteral("SELECT device_seq, event_type, created_at, attempts, last_error FROM outbox"
                                                 " WHERE device_seq > ? ORDER BY device_seq LIMIT ?"),
                                  {held, limit});
    while (events.next())
        b.oldest.append({events.value(QStringLiteral("device_seq")).toLongLong(), events.value(QStringLiteral("event_type")).toString(),
                         QDateTime::fromString(events.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs),
                         events.value(QStringLiteral("attempts")).toInt(), events.value(QStringLiteral("last_error")).toString()});
    events.finish();
    return b;
}

QList<QueuedEvent> Outbox::nextBatch(int limit, qint64 after)
{
    QList<QueuedEvent> batch;
    // As bytes: the UTF-8 the event was queued as, without a round trip through UTF-16.
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT device_seq, CAST(payload AS BLOB) FROM outbox WHERE device_seq > ?"
                                            " ORDER BY device_seq LIMIT ?"),
                             {qMax(after, heldUpTo(m_db)), limit});
    while (q.next())
        batch.append({q.value(0).toLongLong(), q.value(1).toByteArray()});
    q.finish();
    return batch;
}

void Outbox::recordFailure(qint64 firstSeq, qint64 lastSeq, const QString& error)
{
    m_db.exec(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE device_seq BETWEEN ? AND ?"),
              {error, qMax(firstSeq, heldUpTo(m_db) + 1), lastSeq});
}

void Outbox::acknowledgeUpTo(qint64 highestSeq)
{
    // Never past the last event queued here: a mark beyond it would hold back events not yet written.
    const qint64 upTo = qMin(highestSeq, m_db.scalar(QStringLiteral("SELECT coalesce(max(device_seq), 0) FROM outbox")).toLongLong());
    if (upTo <= heldUpTo(m_db))
        return;
    m_db.exec(QStringLiteral("INSERT INTO outbox_acks(up_to_seq, acked_at) VALUES(?, ?)"),
              {upTo, m_clock.nowUtc().toString(Qt::ISODateWithMs)});
}

void Outbox::eraseMemberDetails(Database& db, const QString& memberId)
{
    db.exec(QStringLiteral("UPDATE outbox SET payload = json_set(payload, '$.body.name', '', '$.body.phone', '')"
                           " WHERE event_type = 'member_enrolled' AND json_extract(payload, '$.body.id') = ?"),
            {memberId});
}

} // namespace omnitill
