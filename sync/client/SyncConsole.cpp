#include "SyncConsole.h"

#include "staff/StaffService.h"
#include "store/Database.h"

namespace omnitill {

SyncConsole::Access SyncConsole::open(const Session& session, const QString& approverPin)
{
    const auto approval = m_staff.authorize(session, Action::SyncConsole, approverPin);
    if (approval) {
        Transaction tx(m_db);
        m_staff.recordApproval(session, *approval, QStringLiteral("sync console"));
        tx.commit();
    }
    return {};
}

SyncConsoleReport SyncConsole::report(const Access& /*access*/, int limit)
{
    Transaction tx(m_db); // one consistent read
    SyncConsoleReport r;
    const OutboxBacklog backlog = m_outbox.backlog(limit);
    r.waiting = backlog.waiting;
    r.failing = backlog.failing;
    r.events = backlog.oldest;
    QSqlQuery& conflicts = m_db.exec(QStringLiteral("SELECT c.device_seq, c.event_id, coalesce(o.event_type, '') AS event_type, c.reason,"
                                                    " c.reported_at FROM sync_conflicts c LEFT JOIN outbox o"
                                                    " ON o.device_seq = c.device_seq ORDER BY c.device_seq DESC LIMIT ?"),
                                     {limit});
    while (conflicts.next())
        r.conflicts.append({conflicts.value(QStringLiteral("device_seq")).toLongLong(),
                            conflicts.value(QStringLiteral("event_id")).toString(),
                            conflicts.value(QStringLiteral("event_type")).toString(), conflicts.value(QStringLiteral("reason")).toString(),
                            QDateTime::fromString(conflicts.value(QStringLiteral("reported_at")).toString(), Qt::ISODateWithMs)});
    conflicts.finish();
    tx.commit();
    return r;
}

} // namespace omnitill
