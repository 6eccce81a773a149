#include "PrintQueue.h"

#include "common/Clock.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

namespace omnitill {

namespace {
// A null QString binds as SQL NULL; the columns hold '' instead.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

bool PrintQueue::hasPrinter() const
{
    return !m_settings.value(QStringLiteral("printer.address")).trimmed().isEmpty();
}

bool PrintQueue::drawerEnabled() const
{
    return hasPrinter() && m_settings.value(QStringLiteral("drawer.enabled"), QStringLiteral("1")) == QLatin1String("1");
}

qint64 PrintQueue::enqueue(PrintJob::Kind kind, const QString& reference, const QString& language)
{
    if (!hasPrinter() || (kind == PrintJob::Kind::DrawerKick && !drawerEnabled()))
        return 0;
    m_db.exec(QStringLiteral("INSERT INTO print_jobs(kind, reference, language, state, created_at) VALUES(?, ?, ?, 'queued', ?)"),
              {PrintJob::kindName(kind), notNull(reference), notNull(language), isoUtc(m_clock.nowUtc())});
    const qint64 id = m_db.lastInsertId();
    if (m_wake)
        m_db.afterCommit(m_wake);
    return id;
}

qint64 PrintQueue::printTestPage()
{
    if (!hasPrinter())
        throw DomainError(QStringLiteral("printer.none"), Tr::tr("No receipt printer is set up"));
    return enqueue(PrintJob::Kind::TestPage, m_settings.storeName());
}

QList<PrintJob> PrintQueue::pending(int limit)
{
    return select(QStringLiteral("id"), limit);
}

std::optional<PrintJob> PrintQueue::next()
{
    const QList<PrintJob> jobs = select(QStringLiteral("kind = 'drawer' DESC, id"), 1);
    if (jobs.isEmpty())
        return std::nullopt;
    return jobs.first();
}

QList<PrintJob> PrintQueue::select(const QString& order, int limit)
{
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT id, kind, reference, language, created_at, attempts, last_error"
                                            " FROM print_jobs WHERE state = 'queued' ORDER BY ") +
                                 order + QStringLiteral(" LIMIT ?"),
                             {limit});
    QList<PrintJob> jobs;
    while (q.next()) {
        PrintJob j;
        j.id = q.value(QStringLiteral("id")).toLongLong();
        j.kind = PrintJob::kindFromName(q.value(QStringLiteral("kind")).toString());
        j.reference = q.value(QStringLiteral("reference")).toString();
        j.language = q.value(QStringLiteral("language")).toString();
        j.createdAt = QDateTime::fromString(q.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
        j.attempts = q.value(QStringLiteral("attempts")).toInt();
        j.lastError = q.value(QStringLiteral("last_error")).toString();
        jobs.append(j);
    }
    q.finish();
    return jobs;
}

int PrintQueue::pendingCount()
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM print_jobs WHERE state = 'queued'")).toInt();
}

void PrintQueue::markPrinted(qint64 id)
{
    m_db.exec(QStringLiteral("UPDATE print_jobs SET state = 'printed', attempts = attempts + 1, done_at = ? WHERE id = ?"),
              {isoUtc(m_clock.nowUtc()), id});
}

void PrintQueue::markFailed(qint64 id, const QString& error)
{
    m_db.exec(QStringLiteral("UPDATE print_jobs SET attempts = attempts + 1, last_error = ? WHERE id = ? AND state = 'queued'"),
              {error, id});
}

void PrintQueue::drop(qint64 id, const QString& reason)
{
    m_db.exec(QStringLiteral("UPDATE print_jobs SET state = 'dropped', last_error = ?, done_at = ? WHERE id = ?"),
              {reason, isoUtc(m_clock.nowUtc()), id});
}

} // namespace omnitill
