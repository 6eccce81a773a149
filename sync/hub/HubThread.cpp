#include "HubThread.h"

#include "HubDatabase.h"
#include "HubService.h"

#include "common/DomainError.h"

#include <exception>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace omnitill::hub {

HubThread::HubThread(const QString& name, const QString& databaseUrl, const Clock& clock, HubSigningKey key, Share share)
{
    m_thread.setObjectName(name);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    std::exception_ptr failed;
    QMetaObject::invokeMethod(
        m_context,
        [&] {
#ifdef Q_OS_LINUX
            // A nice value is a thread's own on Linux, and the threads it starts inherit it. Not
            // starved: under load it still gets about a tenth of a core's time.
            if (share == Share::Yielding)
                setpriority(PRIO_PROCESS, id_t(gettid()), 10);
#endif
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

HubThread::~HubThread()
{
    stop();
}

void HubThread::stop()
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

void HubThread::run(std::function<void(HubService&)> job)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, job = std::move(job)] {
            try {
                job(*m_service);
            } catch (const DomainError& e) {
                qWarning("hub: %s failed: %s", qPrintable(m_thread.objectName()), qPrintable(e.message()));
            } catch (const std::exception& e) {
                qWarning("hub: %s failed: %s", qPrintable(m_thread.objectName()), e.what());
            }
        },
        Qt::QueuedConnection);
}

} // namespace omnitill::hub
