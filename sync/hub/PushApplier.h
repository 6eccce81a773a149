#pragma once

#include "HubKey.h"
#include "HubService.h"

#include <QObject>
#include <QThread>

#include <exception>
#include <functional>
#include <memory>
#include <optional>

namespace omnitill {
class Clock;
}

namespace omnitill::hub {

class HubDatabase;
struct PreparedPush;

// Applies pushes on a thread of its own, with its own connection to the hub's (PostgreSQL)
// database: while one push is in the database, the hub's HTTP thread reads the next (and answers
// everything else), and its reader thread decodes it. Pushes are applied one after the other in
// the order they were handed over, so a till's push that follows one handed over before it finds
// that one's events held.
class PushApplier
{
public:
    struct Outcome
    {
        std::optional<PushResult> result;
        std::exception_ptr error; // HubError or DomainError, as HubService::push threw it
    };

    // Opens the connection on the new thread; throws DomainError when it cannot.
    PushApplier(const QString& databaseUrl, const Clock& clock, HubSigningKey key);
    ~PushApplier();

    // Queues the push; `done` runs on the applier's thread once it is applied or refused. The push
    // must live until then.
    void apply(const QString& deviceId, const PreparedPush& push, qint64 after, std::function<void(Outcome)> done);

private:
    void stop();

    QThread m_thread;
    QObject* m_context = nullptr; // lives on m_thread: what is queued runs there
    // Made, used and closed on m_thread.
    std::unique_ptr<HubDatabase> m_db;
    std::unique_ptr<HubService> m_service;
};

} // namespace omnitill::hub
