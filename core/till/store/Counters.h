#pragma once

#include <QString>

namespace omnitill {

class Database;

// Gapless per-till sequences (receipt numbers, device sequence). Must be called inside the
// transaction that uses the number, so a rolled-back operation never leaves a gap.
class Counters
{
public:
    explicit Counters(Database& db) : m_db(db) {}
    qint64 next(const QString& name);
    qint64 current(const QString& name);

private:
    Database& m_db;
};

} // namespace omnitill
