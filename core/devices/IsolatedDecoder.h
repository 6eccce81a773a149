#pragma once

#include "BarcodeImageDecoder.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QProcess;

namespace omnitill {

// Decodes pictures in a process of its own (omnitill-decoder), so that a fault in the barcode
// library (an assertion, a crash, an endless loop on a strange frame) costs one frame instead of
// the till. The process is started on the first frame and restarted after it dies. Blocking; used
// from one thread (FrameDecoder's worker), which needs no event loop.
class IsolatedDecoder
{
public:
    explicit IsolatedDecoder(const QString& program = {}, int timeoutMs = 2000);
    ~IsolatedDecoder();
    IsolatedDecoder(const IsolatedDecoder&) = delete;
    IsolatedDecoder& operator=(const IsolatedDecoder&) = delete;

    // $OMNITILL_DECODER, else omnitill-decoder beside the application, else on the PATH.
    static QString defaultProgram();

    // The symbols found. Empty, with error() set, when the decoder died on this frame, took longer
    // than the timeout or could not be started; the next frame starts a fresh one.
    QList<DecodedBarcode> decode(const QImage& picture, bool tryHarder = false);
    QString error() const { return m_error; }
    // How often the decoder process had to be replaced.
    int restarts() const { return m_restarts; }
    qint64 processId() const;

private:
    bool ensureStarted();
    void discard(const QString& why);
    void discardAfterFailure(); // hung or died on the frame

    QString m_program;
    int m_timeoutMs;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_buffer;
    QString m_error;
    int m_restarts = 0;
};

} // namespace omnitill
