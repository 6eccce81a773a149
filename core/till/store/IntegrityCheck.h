#pragma once

#include <QString>
#include <QStringList>

namespace omnitill {

// SQLite's own consistency checks on a store file, on a read-only connection of its own, so it
// can run on a worker thread beside the till's connection. quick_check reads every page (about
// 2 s at a million products, too slow for the 1 s start budget: the till runs it in the
// background after opening); integrity_check also compares every index with its table (run
// after the shift is closed). A damaged file is marked in StoreHealth, which stops selling.
class IntegrityCheck
{
public:
    enum class Depth
    {
        Quick,
        Full
    };

    // The problems SQLite reports, at most kMaxProblems; empty when the file is sound.
    static QStringList run(const QString& path, Depth depth);

    static constexpr int kMaxProblems = 20;
};

} // namespace omnitill
