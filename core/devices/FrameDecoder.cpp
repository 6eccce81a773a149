#include "FrameDecoder.h"

namespace omnitill {

FrameDecoder::FrameDecoder(int repeatMs, QObject* parent, const QString& decoderProgram)
    : QObject(parent), m_decoderProgram(decoderProgram), m_repeatMs(repeatMs)
{
    qRegisterMetaType<DecodedBarcode>();
    m_thread.setObjectName(QStringLiteral("frame-decoder"));
    m_worker.moveToThread(&m_thread);
    m_thread.start();
}

FrameDecoder::~FrameDecoder()
{
    // The decoder process belongs to the worker thread: it goes there, and before the thread.
    QMetaObject::invokeMethod(
        &m_worker, [this] { m_decoder.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void FrameDecoder::submit(const QImage& frame)
{
    QMutexLocker lock(&m_mutex);
    if (!m_pending.isNull())
        ++m_droppedFrames;
    m_pending = frame;
    if (m_busy)
        return;
    m_busy = true;
    QMetaObject::invokeMethod(
        &m_worker, [this] { work(); }, Qt::QueuedConnection);
}

bool FrameDecoder::isBusy() const
{
    QMutexLocker lock(&m_mutex);
    return m_busy;
}

int FrameDecoder::decodedFrames() const
{
    QMutexLocker lock(&m_mutex);
    return m_decodedFrames;
}

int FrameDecoder::droppedFrames() const
{
    QMutexLocker lock(&m_mutex);
    return m_droppedFrames;
}

int FrameDecoder::failedFrames() const
{
    QMutexLocker lock(&m_mutex);
    return m_failedFrames;
}

void FrameDecoder::work()
{
    for (;;) {
        QImage frame;
        {
            QMutexLocker lock(&m_mutex);
            if (m_pending.isNull()) {
                m_busy = false;
                return;
            }
            frame.swap(m_pending);
        }
        // A camera sends the next frame in 33 ms: a quick look at each beats a thorough look at few
        // (bench_devices: ~6 ms per 1280x720 frame, against ~16 ms trying harder).
        if (!m_decoder)
            m_decoder = std::make_unique<IsolatedDecoder>(m_decoderProgram);
        const QList<DecodedBarcode> codes = m_decoder->decode(frame, false);
        const QString error = m_decoder->error();
        {
            QMutexLocker lock(&m_mutex);
            ++(error.isEmpty() ? m_decodedFrames : m_failedFrames);
        }
        if (error != m_lastError && !error.isEmpty())
            emit failed(error);
        m_lastError = error;
        if (codes.isEmpty()) {
            m_lastText.clear(); // the code left the picture: the next sighting is a new scan
            continue;
        }
        const DecodedBarcode& code = codes.first();
        if (code.text == m_lastText && m_sinceLast.isValid() && m_sinceLast.elapsed() < m_repeatMs)
            continue;
        m_lastText = code.text;
        m_sinceLast.start();
        emit decoded(code);
    }
}

} // namespace omnitill
