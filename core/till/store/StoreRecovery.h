#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace omnitill {

struct RecoveredTable
{
    QString name;
    qint64 salvaged = 0;     // rows SQLite could still read from the damaged file
    qint64 kept = 0;         // rows that entered the new store (the rest broke a constraint)
    int brokenStretches = 0; // damaged pages skipped while reading
};

struct RecoveryReport
{
    QStringList damage; // what integrity_check said about the damaged file
    QList<RecoveredTable> tables;
    qint64 danglingReferences = 0; // rows pointing at a row that was lost
    qint64 journalEntries = 0;
    bool journalIntact = false;
    qint64 journalBrokenAt = 0;
    QString journalProblem;
    qint64 unsentEvents = 0;   // events the next sync still delivers to the hub
    QStringList problemsAfter; // integrity_check of the new store: empty
};

// Recovers what can be recovered from a damaged store into a new file: every row SalvageReader
// can still read from a copy (the damaged file is never touched) goes table by table into a
// freshly created store of the current schema. The search index is rebuilt and every reference-data cursor is reset, so the next
// sync makes the hub send this till's catalog, promotions, members and staff again.
class StoreRecovery
{
public:
    // Throws DomainError when nothing can be read or the till's identity is lost; the new file is
    // then removed again.
    static RecoveryReport recover(const QString& damagedPath, const QString& outPath);
};

} // namespace omnitill
