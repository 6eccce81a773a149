#pragma once

#include "PrintSpooler.h"

#include <QObject>
#include <QThread>

namespace omnitill {

class Clock;

// The print spooler on its own thread with its own store connection, so a slow or dead printer
// never stalls the till. The window gets a copy of the state and can ask for an immediate round.
class PrintService : public QObject
{
    Q_OBJECT
public:
    PrintService(const QString& storePath, const Clock& clock, QObject* parent = nullptr);
    ~PrintService() override;

    void start();
    const PrintSpooler::State& state() const { return m_state; }
    // New jobs were queued (a sale, a copy, a kick): print now rather than at the next poll.
    void wake();

signals:
    void stateChanged();
    void jobDone(qint64 jobId, bool printed);

private:
    class Worker;

    QThread m_thread;
    Worker* m_worker = nullptr; // lives in m_thread
    PrintSpooler::State m_state;
};

} // namespace omnitill
