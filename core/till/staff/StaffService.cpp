#include "StaffService.h"
#include "journal/Journal.h"

#include "common/Clock.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "crypto/Crypto.h"
#include "staff/PinPolicy.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <algorithm>
#include <future>
#include <thread>
#include <vector>

namespace omnitill {

namespace {
const QString kTillFailures = QStringLiteral("staff.till_failures");
const QString kTillLockedUntil = QStringLiteral("staff.till_locked_until");

[[noreturn]] void wrongPin()
{
    throw DomainError(QStringLiteral("auth.bad_pin"), Tr::tr("Wrong PIN"));
}

[[noreturn]] void locked(const QDateTime& until)
{
    throw DomainError(QStringLiteral("auth.locked"),
                      Tr::tr("Too many wrong PINs; try again after %1").arg(until.toLocalTime().toString(QStringLiteral("HH:mm"))));
}
} // namespace

StaffService::StaffService(Database& db, const Clock& clock, const StoreSettings& settings, Journal& journal)
    : m_db(db), m_clock(clock), m_settings(settings), m_journal(journal)
{
}

void StaffService::validatePinFormat(const QString& pin)
{
    if (!PinPolicy::isValidFormat(pin))
        throw DomainError(QStringLiteral("auth.pin_format"), Tr::tr("A PIN has 4 to 8 digits"));
}

bool StaffService::matches(const Credential& credential, const QString& pin)
{
    // An account without a PIN (the kiosk's own) can never be logged into.
    if (credential.iterations <= 0 || credential.hash.isEmpty())
        return false;
    return crypto::constantTimeEquals(
        crypto::pbkdf2Sha256(pin.toUtf8(), credential.salt, credential.iterations, int(credential.hash.size())), credential.hash);
}

qsizetype StaffService::indexOfPin(const QList<Credential>& candidates, const QString& pin)
{
    // A PIN alone names nobody: every candidate's hash is worked out. Spread over the till's cores,
    // that stays within the login budget at a work factor that makes a stolen list slow to crack.
    const qsizetype workers = std::min<qsizetype>(candidates.size(), std::clamp(std::thread::hardware_concurrency(), 1u, 8u));
    if (workers <= 1) {
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            if (matches(candidates.at(i), pin))
                return i;
        }
        return -1;
    }
    std::vector<std::future<qsizetype>> parts;
    for (qsizetype w = 0; w < workers; ++w) {
        parts.push_back(std::async(std::launch::async, [&candidates, &pin, w, workers] {
            for (qsizetype i = w; i < candidates.size(); i += workers) {
                if (matches(candidates.at(i), pin))
                    return i;
            }
            return qsizetype(-1);
        }));
    }
    qsizetype found = -1;
    for (auto& part : parts) {
        const qsizetype i = part.get();
        if (i >= 0 && (found < 0 || i < found))
            found = i;
    }
    return found;
}

QList<StaffService::Credential> StaffService::credentials(const QString& whereCode)
{
    QList<Credential> result;
    const QString sql = QStringLiteral("SELECT id, code, name, role, active, pin_salt, pin_hash, pin_iterations,"
                                       " failed_attempts, locked_until FROM staff") +
                        (whereCode.isEmpty() ? QString() : QStringLiteral(" WHERE code = ?")) + QStringLiteral(" ORDER BY id");
    QSqlQuery& query = m_db.exec(sql, whereCode.isEmpty() ? QVariantList{} : QVariantList{whereCode});
    while (query.next()) {
        Credential c;
        c.member = {query.value(QStringLiteral("id")).toLongLong(), query.value(QStringLiteral("code")).toString(),
                    query.value(QStringLiteral("name")).toString(), roleFromName(query.value(QStringLiteral("role")).toString()),
                    query.value(QStringLiteral("active")).toBool()};
        c.salt = query.value(QStringLiteral("pin_salt")).toByteArray();
        c.hash = query.value(QStringLiteral("pin_hash")).toByteArray();
        c.iterations = query.value(QStringLiteral("pin_iterations")).toInt();
        c.failedAttempts = query.value(QStringLiteral("failed_attempts")).toInt();
        c.lockedUntil = QDateTime::fromString(query.value(QStringLiteral("locked_until")).toString(), Qt::ISODateWithMs);
        result.append(c);
    }
    query.finish();
    return result;
}

qint64 StaffService::addStaff(const QString& code, const QString& name, Role role, const QString& pin)
{
    validatePinFormat(pin);
    const bool ownTransaction = !m_db.inTransaction();
    std::optional<Transaction> tx;
    if (ownTransaction)
        tx.emplace(m_db);
    m_db.exec(QStringLiteral("INSERT INTO staff(code, name, role, pin_salt, pin_hash, pin_iterations)"
                             " VALUES(?, ?, ?, x'00', x'00', 0)"),
              {code, name, roleName(role)});
    const qint64 id = m_db.lastInsertId();
    setPin(id, pin);
    if (tx)
        tx->commit();
    return id;
}

void StaffService::setPin(qint64 staffId, const QString& pin)
{
    validatePinFormat(pin);
    QList<Credential> others = credentials();
    others.removeIf([staffId](const Credential& c) { return c.member.id == staffId || c.iterations <= 0; });
    if (indexOfPin(others, pin) >= 0)
        throw DomainError(QStringLiteral("auth.pin_taken"), Tr::tr("This PIN is already used by someone else"));
    const QByteArray salt = crypto::randomBytes(16);
    const QByteArray hash = crypto::pbkdf2Sha256(pin.toUtf8(), salt, PinPolicy::kIterations);
    m_db.exec(QStringLiteral("UPDATE staff SET pin_salt = ?, pin_hash = ?, pin_iterations = ?, failed_attempts = 0,"
                             " locked_until = NULL WHERE id = ?"),
              {salt, hash, PinPolicy::kIterations, staffId});
}

QList<StaffMember> StaffService::staff()
{
    QList<StaffMember> result;
    for (const Credential& c : credentials())
        result.append(c.member);
    return result;
}

Session StaffService::sessionFor(const StaffMember& member) const
{
    return Session{member.id, member.name, member.role, false};
}

void StaffService::checkTillLock()
{
    const QDateTime until = QDateTime::fromString(
        m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {kTillLockedUntil}).toString(), Qt::ISODateWithMs);
    if (until.isValid() && until > m_clock.nowUtc())
        locked(until);
}

void StaffService::recordTillFailure()
{
    const int failures = m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {kTillFailures}).toInt() + 1;
    const QString upsert = QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?)"
                                          " ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (failures >= m_settings.maxPinAttempts()) {
        const QDateTime until = m_clock.nowUtc().addSecs(qint64(m_settings.lockoutMinutes()) * 60);
        m_db.exec(upsert, {kTillLockedUntil, until.toString(Qt::ISODateWithMs)});
        m_db.exec(upsert, {kTillFailures, 0});
        locked(until);
    }
    m_db.exec(upsert, {kTillFailures, failures});
}

void StaffService::resetTillFailures()
{
    m_db.exec(QStringLiteral("DELETE FROM settings WHERE key IN (?, ?)"), {kTillFailures, kTillLockedUntil});
}

Session StaffService::login(const QString& pin)
{
    checkTillLock();
    QList<Credential> candidates = credentials();
    candidates.removeIf([](const Credential& c) { return !c.member.active || c.iterations <= 0; });
    if (const qsizetype i = indexOfPin(candidates, pin); i >= 0) {
        const Credential& c = candidates.at(i);
        if (c.lockedUntil.isValid() && c.lockedUntil > m_clock.nowUtc())
            locked(c.lockedUntil);
        resetTillFailures();
        return sessionFor(c.member);
    }
    recordTillFailure();
    wrongPin();
}

Session StaffService::login(const QString& staffCode, const QString& pin)
{
    const QList<Credential> found = credentials(staffCode);
    if (found.isEmpty() || !found.first().member.active) {
        recordTillFailure();
        wrongPin();
    }
    const Credential& c = found.first();
    if (c.lockedUntil.isValid() && c.lockedUntil > m_clock.nowUtc())
        locked(c.lockedUntil);
    if (matches(c, pin)) {
        m_db.exec(QStringLiteral("UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE id = ?"), {c.member.id});
        return sessionFor(c.member);
    }
    const int failures = c.failedAttempts + 1;
    if (failures >= m_settings.maxPinAttempts()) {
        const QDateTime until = m_clock.nowUtc().addSecs(qint64(m_settings.lockoutMinutes()) * 60);
        m_db.exec(QStringLiteral("UPDATE staff SET failed_attempts = 0, locked_until = ? WHERE id = ?"),
                  {until.toString(Qt::ISODateWithMs), c.member.id});
        locked(until);
    }
    m_db.exec(QStringLiteral("UPDATE staff SET failed_attempts = ? WHERE id = ?"), {failures, c.member.id});
    wrongPin();
}

std::optional<Approval> StaffService::authorize(const Session& session, Action action, const QString& approverPin)
{
    if (!session.isValid())
        throw DomainError(QStringLiteral("auth.no_session"), Tr::tr("Nobody is logged in"));
    if (session.may(action))
        return std::nullopt;
    if (approverPin.isEmpty())
        throw DomainError(QStringLiteral("auth.approval_required"),
                          Tr::tr("%1 needs a supervisor's or manager's approval").arg(actionTitle(action)));
    const Session approver = login(approverPin);
    if (!approver.may(action) || approver.staffId == session.staffId)
        throw DomainError(QStringLiteral("auth.not_allowed"), Tr::tr("%1 may not approve: %2").arg(approver.name, actionTitle(action)));
    return Approval{approver.staffId, approver.name, action};
}

void StaffService::recordApproval(const Session& session, const Approval& approval, const QString& reference)
{
    std::optional<Transaction> tx;
    if (!m_db.inTransaction())
        tx.emplace(m_db);
    m_db.exec(QStringLiteral("INSERT INTO approvals(action, requested_by, approved_by, reference, created_at)"
                             " VALUES(?, ?, ?, ?, ?)"),
              {actionName(approval.action), session.staffId, approval.approverId, reference, m_clock.nowUtc().toString(Qt::ISODateWithMs)});
    m_journal.append(QStringLiteral("approval"), reference, 0, QString(),
                     QJsonObject{{QStringLiteral("action"), actionName(approval.action)},
                                 {QStringLiteral("requested_by"), session.staffId},
                                 {QStringLiteral("approved_by"), approval.approverId},
                                 {QStringLiteral("approver"), approval.approverName}});
    if (tx)
        tx->commit();
}

std::optional<Approval> StaffService::approve(const Session& session, Action action, const QString& approverPin, const QString& reference)
{
    const std::optional<Approval> approval = authorize(session, action, approverPin);
    if (approval)
        recordApproval(session, *approval, reference);
    return approval;
}

} // namespace omnitill
