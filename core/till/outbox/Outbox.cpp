#include "Outbox.h"

#include "common/Clock.h"
#include "common/DomainError.h"
#include "store/Counters.h"
#include "store/Database.h"

#include <QJsonDocument>
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

qint64 Outbox::pendingCount()
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE acked_at IS NULL")).toLongLong();
}

} // namespace omnitill
