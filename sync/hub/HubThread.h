#pragma once

#include "HubKey.h"

#include <QString>
#include <QThread>

#include <functional>
#include <memory>

class QObject;

namespace omnitill {
class Clock;
}

namespace omnitill::hub {

class HubDatabase;
class HubService;

// A HubService of its own on a thread of its own, with its own connection to the hub's
// (PostgreSQL) database, for work that would otherwise keep the HTTP thread from reading requests:
// applying pushes (while one is in the database the next is read and decoded), folding stock and
// offers. What is handed over runs in the order it was handed over.
class HubThread
{
public:
    // Whether the thread's work gives way to the rest of the hub's when the cores are busy.
    enum class Share
    {
        Equal,
        Yielding
    };

    // Opens the connection on the new thread; throws DomainError when it cannot.
    HubThread(const QString& name, const QString& databaseUrl, const Clock& clock, HubSigningKey key, Share share = Share::Equal);
    ~HubThread();

    // Queues the job; it runs on this thread with its service. What the job throws is logged.
    void run(std::function<void(HubService&)> job);

private:
    void stop();

    QThread m_thread;
    QObject* m_context = nullptr; // lives on m_thread: what is queued runs there
    // Made, used and closed on m_thread.
    std::unique_ptr<HubDatabase> m_db;
    std::unique_ptr<HubService> m_service;
};

} // namespace omnitill::hub
