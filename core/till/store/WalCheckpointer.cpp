#include "WalCheckpointer.h"

#include "Database.h"
#include "common/DomainError.h"

#include <QDebug>

#include <utility>

namespace omnitill {

WalCheckpointer::WalCheckpointer(QString path) : m_path(std::move(path)), m_thread([this] { run(); }) {}

WalCheckpointer::~WalCheckpointer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void WalCheckpointer::committed()
{
    {
        const std::lock_guard lock(m_mutex);
        ++m_commits;
    }
    m_wake.notify_one();
}

int WalCheckpointer::completed() const
{
    const std::lock_guard lock(m_mutex);
    return m_completed;
}

int WalCheckpointer::partial() const
{
    const std::lock_guard lock(m_mutex);
    return m_partial;
}

void WalCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || m_commits != m_checkpointedUpTo; });
        for (std::uint64_t seen = m_checkpointedUpTo; !m_stop && seen != m_commits;) {
            seen = m_commits;
            m_wake.wait_for(lock, kQuiet, [this, seen] { return m_stop || m_commits != seen; });
        }
        if (m_stop)
            return; // closing the store's last connection checkpoints what is left
        m_checkpointedUpTo = m_commits;
        lock.unlock();
        const bool whole = checkpoint();
        lock.lock();
        ++(whole ? m_completed : m_partial);
    }
}

bool WalCheckpointer::checkpoint()
{
    try {
        Database db;
        db.open(m_path, Database::OpenMode::ExistingOnly);
        // PASSIVE never waits for the till's readers or writers: a sale that commits meanwhile goes
        // on appending to the log, and what this pass leaves is taken by the next one.
        QSqlQuery& result = db.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        const bool whole = result.next() && result.value(0).toInt() == 0 && result.value(1).toInt() == result.value(2).toInt();
        result.finish();
        return whole;
    } catch (const DomainError& error) {
        qWarning().noquote() << "Checkpoint of" << m_path << "failed:" << error.message();
        return false;
    }
}

} // namespace omnitill
