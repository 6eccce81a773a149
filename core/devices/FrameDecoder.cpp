#include "FrameDecoder.h"

namespace omnitill {

FrameDecoder::FrameDecoder(int repeatMs, QObject* parent) : QObject(parent), m_repeatMs(repeatMs)
{
    qRegisterMetaType<DecodedBarcode>();
    m_thread.setObjectName(QStringLiteral("frame-decoder"));
    m_worker.moveToThread(&m_thread);
    m_thread.start();
}

FrameDecoder::~FrameDecoder()
{
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
    QMetaObject::invokeMethod(&m_worker, [this] { work(); }, Qt::QueuedConnection);
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
        const QList<DecodedBarcode> codes = BarcodeImageDecoder::decode(frame, false);
        {
            QMutexLocker lock(&m_mutex);
            ++m_decodedFrames;
        }
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
