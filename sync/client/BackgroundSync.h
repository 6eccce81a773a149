#pragma once

#include "SyncScheduler.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>

namespace omnitill {

class Clock;

// The till's sync engine on its own thread with its own connection to the store, so applying a
// page of a million-product catalog never stalls a scan. The window talks to it only through
// this object: a copy of the status, "sync now", and a signal when hub data changed the store.
class BackgroundSync : public QObject
{
    Q_OBJECT
public:
    BackgroundSync(const QString& storePath, const Clock& clock, int intervalSeconds = 30, QObject* parent = nullptr);
    ~BackgroundSync() override;

    void start();
    const SyncScheduler::Status& status() const { return m_status; }
    void syncNow();
    // Asks the hub for another till's sale (for a return); answers with one of the signals below.
    void lookupSale(const QString& receiptId);

signals:
    void statusChanged();
    void saleFound(const QJsonObject& answer);
    void saleLookupFailed(const QString& receiptId, const QString& message, bool unknown);
    // Settings, staff or other reference data from the hub were written: re-read cached copies.
    void referenceDataApplied();

private:
    class Engine;

    QThread m_thread;
    Engine* m_engine = nullptr; // lives in m_thread
    SyncScheduler::Status m_status;
};

} // namespace omnitill

Q_DECLARE_METATYPE(omnitill::SyncScheduler::Status)
