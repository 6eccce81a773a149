#include "BackgroundSync.h"

#include "SyncClient.h"
#include "common/Clock.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QNetworkAccessManager>

#include <memory>

namespace omnitill {

// Everything here is created, used and destroyed on the sync thread.
class BackgroundSync::Engine : public QObject
{
    Q_OBJECT
public:
    Engine(QString path, const Clock& clock, int interval) : m_path(std::move(path)), m_clock(clock), m_interval(interval) {}

    void open()
    {
        try {
            m_db = std::make_unique<Database>();
            m_db->open(m_path);
            m_settings = std::make_unique<StoreSettings>(*m_db);
            m_network = std::make_unique<QNetworkAccessManager>();
            m_client = std::make_unique<SyncClient>(*m_db, *m_settings, m_clock, *m_network);
            m_scheduler = std::make_unique<SyncScheduler>(*m_client, m_interval);
        } catch (const DomainError& e) {
            SyncScheduler::Status failed;
            failed.lastError = e.message();
            emit status(failed);
            return;
        }
        connect(m_scheduler.get(), &SyncScheduler::statusChanged, this, [this] { emit status(m_scheduler->status()); });
        connect(m_client.get(), &SyncClient::finished, this, [this](const SyncSummary& summary) {
            if (summary.pulledItems > 0 || summary.pulledProducts > 0)
                emit applied();
        });
        connect(m_client.get(), &SyncClient::saleFound, this, &Engine::saleFound);
        connect(m_client.get(), &SyncClient::saleLookupFailed, this, &Engine::saleLookupFailed);
        m_scheduler->start();
    }

    void lookupSale(const QString& receiptId)
    {
        if (m_client)
            m_client->lookupSale(receiptId);
        else
            emit saleLookupFailed(receiptId, Tr::tr("The connection to the hub is not set up"), false);
    }

    void syncNow()
    {
        if (m_scheduler)
            m_scheduler->syncNow();
    }

signals:
    void status(const omnitill::SyncScheduler::Status& status);
    void applied();
    void saleFound(const QJsonObject& answer);
    void saleLookupFailed(const QString& receiptId, const QString& message, bool unknown);

private:
    QString m_path;
    const Clock& m_clock;
    int m_interval;
    // Declared in the order they depend on each other; destroyed in reverse.
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StoreSettings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SyncClient> m_client;
    std::unique_ptr<SyncScheduler> m_scheduler;
};

BackgroundSync::BackgroundSync(const QString& storePath, const Clock& clock, int intervalSeconds, QObject* parent)
    : QObject(parent), m_engine(new Engine(storePath, clock, intervalSeconds))
{
    qRegisterMetaType<SyncScheduler::Status>();
    qRegisterMetaType<SyncSummary>();
    m_thread.setObjectName(QStringLiteral("sync"));
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_engine, &Engine::open);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &Engine::status, this, [this](const SyncScheduler::Status& s) {
        m_status = s;
        emit statusChanged();
    });
    connect(m_engine, &Engine::applied, this, &BackgroundSync::referenceDataApplied);
    connect(m_engine, &Engine::saleFound, this, &BackgroundSync::saleFound);
    connect(m_engine, &Engine::saleLookupFailed, this, &BackgroundSync::saleLookupFailed);
}

void BackgroundSync::lookupSale(const QString& receiptId)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, receiptId] { engine->lookupSale(receiptId); }, Qt::QueuedConnection);
}

BackgroundSync::~BackgroundSync()
{
    m_thread.quit();
    m_thread.wait();
}

void BackgroundSync::start()
{
    m_thread.start();
}

void BackgroundSync::syncNow()
{
    QMetaObject::invokeMethod(m_engine, &Engine::syncNow, Qt::QueuedConnection);
}

} // namespace omnitill

#include "BackgroundSync.moc"
