#pragma once

#include <QString>

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

namespace omnitill {

// Copies a store's write-ahead log back into its database file while the till is idle, on a
// thread of its own, so that no sale waits for it. Left to SQLite alone, the commit that takes the
// log past 1,000 pages does this itself, and in a large store (the pages a sale touches are spread
// over hundreds of megabytes) that commit takes several times as long as the others: it was the
// till's slowest sale. Checkpointed after each quiet moment, the log never gets that long while
// people buy at a till's pace; under a sustained rush of commits SQLite's own checkpoint still
// bounds it, as before. The connection it uses is open only while it runs.
class WalCheckpointer
{
public:
    // How long the store's connection must have been without a commit.
    static constexpr std::chrono::milliseconds kQuiet{50};

    explicit WalCheckpointer(QString path);
    ~WalCheckpointer(); // waits for a checkpoint under way; the rest is left to closing the store
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    // A transaction has committed on the store's own connection.
    void committed();
    // Checkpoints that copied the whole log into the file, and those that left some of it (another
    // connection was checkpointing, or a reader still needed it) or could not run.
    int completed() const;
    int partial() const;

private:
    void run();
    // True when every page of the log is now in the database file.
    bool checkpoint();

    const QString m_path;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::uint64_t m_commits = 0;
    std::uint64_t m_checkpointedUpTo = 0;
    int m_completed = 0;
    int m_partial = 0;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace omnitill
