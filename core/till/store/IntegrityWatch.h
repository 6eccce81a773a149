#pragma once

#include "IntegrityCheck.h"

#include <QObject>
#include <QPointer>
#include <QThread>

namespace omnitill {

// Runs an IntegrityCheck on a worker thread and reports on the thread that owns the watch.
class IntegrityWatch : public QObject
{
    Q_OBJECT
public:
    explicit IntegrityWatch(const QString& path, QObject* parent = nullptr);
    ~IntegrityWatch() override;

    // Starts a check unless one is running.
    void start(IntegrityCheck::Depth depth);
    bool isRunning() const;
    const QString& path() const { return m_path; }

signals:
    // When not sound, the file is already marked damaged in StoreHealth.
    void finished(bool sound);

private:
    QString m_path;
    QPointer<QThread> m_thread;
};

} // namespace omnitill
