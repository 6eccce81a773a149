#pragma once

#include "outbox/Outbox.h"

#include <QDateTime>
#include <QList>

namespace omnitill {

class Database;
class StaffService;
struct Session;

struct ReportedConflict
{
    qint64 seq = 0;
    QString eventId;
    QString type;
    QString reason;
    QDateTime reportedAt;
};

struct SyncConsoleReport
{
    qint64 waiting = 0;                // all events not yet held by the hub
    qint64 failing = 0;                // of those, tried at least once without success
    QList<WaitingEvent> events;        // the oldest waiting events, up to the limit
    QList<ReportedConflict> conflicts; // newest first, up to the limit
};

// What the manager's sync console shows: the events still waiting for the hub (with how often
// they were tried and why they failed) and the conflicts the hub opened for this till's events.
// Managers only, or with a manager's approval, which is recorded.
class SyncConsole
{
public:
    // Proof that the console was opened with the right: only open() makes one.
    class Access
    {
        friend class SyncConsole;
        Access() = default;
    };

    SyncConsole(Database& db, StaffService& staff, Outbox& outbox) : m_db(db), m_staff(staff), m_outbox(outbox) {}

    // Throws DomainError "auth.approval_required" for anyone but a manager without a manager's PIN.
    Access open(const Session& session, const QString& approverPin = {});
    SyncConsoleReport report(const Access& access, int limit = 500);

private:
    Database& m_db;
    StaffService& m_staff;
    Outbox& m_outbox;
};

} // namespace omnitill
