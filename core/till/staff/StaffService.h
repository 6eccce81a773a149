#pragma once

#include "staff/Role.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace omnitill {

class Clock;
class Database;
class Journal;
class StoreSettings;

struct StaffMember
{
    qint64 id = 0;
    QString code;
    QString name;
    Role role = Role::Cashier;
    bool active = true;
};

// A manager's (or supervisor's) consent to one sensitive action, checked by PIN.
struct Approval
{
    qint64 approverId = 0;
    QString approverName;
    Action action = Action::NoSale;
};

// PIN login with PBKDF2-SHA256 and per-user salts, lock-out after repeated failures, and the
// permission checks every sensitive service calls.
class StaffService
{
public:
    // Approvals are journaled: who let whom do what is a fiscal fact, signed with the operation.
    StaffService(Database& db, const Clock& clock, const StoreSettings& settings, Journal& journal);

    qint64 addStaff(const QString& code, const QString& name, Role role, const QString& pin);
    void setPin(qint64 staffId, const QString& pin);
    QList<StaffMember> staff();

    // PIN alone identifies the person (PINs are unique per store). Failures lock the till's
    // PIN pad for a while; with a staff code, failures lock that person.
    Session login(const QString& pin);
    Session login(const QString& staffCode, const QString& pin);

    // Returns nullopt when the session may do the action itself; otherwise checks the approver's
    // PIN and rights (throws DomainError "auth.approval_required" when no PIN was given).
    // Call before the operation's transaction; record the approval inside it.
    std::optional<Approval> authorize(const Session& session, Action action, const QString& approverPin);
    // Inside the operation's transaction, or in one of its own when called outside one.
    void recordApproval(const Session& session, const Approval& approval, const QString& reference);
    // For an action that is only a door (opening a settings screen): authorises it and records
    // who approved it, in one step.
    std::optional<Approval> approve(const Session& session, Action action, const QString& approverPin, const QString& reference);

private:
    struct Credential
    {
        StaffMember member;
        QByteArray salt;
        QByteArray hash;
        int iterations = 0;
        int failedAttempts = 0;
        QDateTime lockedUntil;
    };
    QList<Credential> credentials(const QString& whereCode = {});
    static bool matches(const Credential& credential, const QString& pin);
    // The candidate the PIN is for, -1 when none.
    static qsizetype indexOfPin(const QList<Credential>& candidates, const QString& pin);
    static void validatePinFormat(const QString& pin);
    void checkTillLock();
    void recordTillFailure();
    void resetTillFailures();
    Session sessionFor(const StaffMember& member) const;

    Database& m_db;
    const Clock& m_clock;
    const StoreSettings& m_settings;
    Journal& m_journal;
};

} // namespace omnitill
