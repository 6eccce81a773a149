#include "PrintService.h"

#include "common/DomainError.h"
#include "store/Database.h"

#include <memory>

namespace omnitill {

// Created, used and destroyed on the print thread.
class PrintService::Worker : public QObject
{
    Q_OBJECT
public:
    Worker(QString path, const Clock& clock) : m_path(std::move(path)), m_clock(clock) {}

    void open()
    {
        try {
            m_db = std::make_unique<Database>();
            m_db->open(m_path);
            m_spooler = std::make_unique<PrintSpooler>(*m_db, m_clock);
        } catch (const DomainError& e) {
            PrintSpooler::State failed;
            failed.lastError = e.message();
            emit state(failed);
            return;
        }
        connect(m_spooler.get(), &PrintSpooler::stateChanged, this, &Worker::state);
        connect(m_spooler.get(), &PrintSpooler::jobDone, this, &Worker::jobDone);
        m_spooler->start();
    }

    void poll()
    {
        if (m_spooler)
            m_spooler->poll();
    }

signals:
    void state(const omnitill::PrintSpooler::State& state);
    void jobDone(qint64 jobId, bool printed);

private:
    QString m_path;
    const Clock& m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PrintSpooler> m_spooler;
};

PrintService::PrintService(const QString& storePath, const Clock& clock, QObject* parent)
    : QObject(parent), m_worker(new Worker(storePath, clock))
{
    qRegisterMetaType<PrintSpooler::State>();
    m_thread.setObjectName(QStringLiteral("print"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &Worker::open);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::state, this, [this](const PrintSpooler::State& s) {
        m_state = s;
        emit stateChanged();
    });
    connect(m_worker, &Worker::jobDone, this, &PrintService::jobDone);
}

PrintService::~PrintService()
{
    m_thread.quit();
    m_thread.wait();
}

void PrintService::start()
{
    m_thread.start();
}

void PrintService::wake()
{
    QMetaObject::invokeMethod(m_worker, &Worker::poll, Qt::QueuedConnection);
}

} // namespace omnitill

#include "PrintService.moc"
