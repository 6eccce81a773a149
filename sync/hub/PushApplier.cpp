#include "PushApplier.h"

#include "HubDatabase.h"
#include "PreparedPush.h"

namespace omnitill::hub {

PushApplier::PushApplier(const QString& databaseUrl, const Clock& clock, HubSigningKey key)
{
    m_thread.setObjectName(QStringLiteral("hub-push"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    std::exception_ptr failed;
    QMetaObject::invokeMethod(
        m_context,
        [&] {
            try {
                m_db = std::make_unique<HubDatabase>();
                m_db->open(databaseUrl);
                m_service = std::make_unique<HubService>(*m_db, clock, std::move(key));
            } catch (...) {
                failed = std::current_exception();
                m_service.reset();
                m_db.reset();
            }
        },
        Qt::BlockingQueuedConnection);
    if (failed) {
        stop();
        std::rethrow_exception(failed);
    }
}

PushApplier::~PushApplier()
{
    stop();
}

void PushApplier::stop()
{
    if (!m_thread.isRunning())
        return;
    // The connection is closed on the thread that opened it, after what was queued before.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_service.reset();
            m_db.reset();
            delete m_context;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void PushApplier::apply(const QString& deviceId, const PreparedPush& push, qint64 after, std::function<void(Outcome)> done)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, deviceId, &push, after, done = std::move(done)] {
            Outcome outcome;
            try {
                outcome.result = m_service->push(deviceId, push, after);
            } catch (...) {
                outcome.error = std::current_exception();
            }
            done(std::move(outcome));
        },
        Qt::QueuedConnection);
}

} // namespace omnitill::hub
