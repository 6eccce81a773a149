#include "IntegrityWatch.h"

namespace omnitill {

IntegrityWatch::IntegrityWatch(const QString& path, QObject* parent) : QObject(parent), m_path(path) {}

IntegrityWatch::~IntegrityWatch()
{
    // A check cannot be interrupted; closing the till waits for it (at most a couple of seconds).
    if (m_thread)
        m_thread->wait();
}

bool IntegrityWatch::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void IntegrityWatch::start(IntegrityCheck::Depth depth)
{
    if (isRunning())
        return;
    if (m_thread)
        m_thread->wait();
    const QString path = m_path;
    QPointer<IntegrityWatch> self(this);
    m_thread = QThread::create([path, depth, self] {
        const QStringList problems = IntegrityCheck::run(path, depth);
        QMetaObject::invokeMethod(
            self.data(),
            [self, sound = problems.isEmpty()] {
                if (self)
                    emit self->finished(sound);
            },
            Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

} // namespace omnitill
