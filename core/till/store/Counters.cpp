#include "Counters.h"

#include "Database.h"
#include "common/DomainError.h"

namespace omnitill {

qint64 Counters::next(const QString& name)
{
    if (!m_db.inTransaction())
        throw DomainError(QStringLiteral("db.no_transaction"), QStringLiteral("counter outside a transaction"));
    m_db.exec(QStringLiteral("INSERT INTO counters(name, value) VALUES(?, 1)"
                             " ON CONFLICT(name) DO UPDATE SET value = value + 1"),
              {name});
    return current(name);
}

qint64 Counters::current(const QString& name)
{
    return m_db.scalar(QStringLiteral("SELECT value FROM counters WHERE name = ?"), {name}).toLongLong();
}

} // namespace omnitill
