#pragma once

#include "staff/Role.h"

namespace omnitill {

class Database;
class Journal;
class StaffService;

// Training mode: sales that teach and count nothing. Its start (with whoever approved it) and its
// end are signed journal entries, so an auditor sees when the till sold for practice.
class TrainingMode
{
public:
    TrainingMode(Database& db, StaffService& staff, Journal& journal) : m_db(db), m_staff(staff), m_journal(journal) {}

    // A manager's right (or a manager's PIN); throws DomainError like StaffService::authorize.
    void start(Session& session, const QString& approverPin = {});
    // Also when the person logs out in training mode.
    void end(Session& session);

private:
    Database& m_db;
    StaffService& m_staff;
    Journal& m_journal;
};

} // namespace omnitill
