#pragma once

#include "BarcodeImageDecoder.h"
#include "IsolatedDecoder.h"

#include <QElapsedTimer>
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <memory>

namespace omnitill {

// Decodes camera frames on a worker thread so the screen never waits for ZXing. Frames that
// arrive while one is being decoded replace each other: only the newest waits, none queue up.
// Decoding happens in a process of its own (IsolatedDecoder): a picture the barcode library fails
// on costs that frame and is reported through failed(), never the till.
// The same code that is held in front of the camera is reported once until it leaves the
// picture (or repeatMs passes), so a steady QR is not scanned thirty times a second.
class FrameDecoder : public QObject
{
    Q_OBJECT
public:
    // decoderProgram: empty for IsolatedDecoder::defaultProgram().
    explicit FrameDecoder(int repeatMs = 1500, QObject* parent = nullptr, const QString& decoderProgram = {});
    ~FrameDecoder() override;

    // Any thread. Returns at once.
    void submit(const QImage& frame);
    bool isBusy() const;
    int decodedFrames() const;
    int droppedFrames() const;
    // Frames the decoder process failed on (it was replaced each time).
    int failedFrames() const;

signals:
    void decoded(const omnitill::DecodedBarcode& code);
    // The decoder process failed; said once until a frame decodes again.
    void failed(const QString& message);

private:
    void work();

    QThread m_thread;
    QObject m_worker;
    mutable QMutex m_mutex;
    QImage m_pending;
    bool m_busy = false;
    int m_decodedFrames = 0;
    int m_droppedFrames = 0;
    int m_failedFrames = 0;
    QString m_decoderProgram;
    std::unique_ptr<IsolatedDecoder> m_decoder; // worker thread only
    QString m_lastError;                        // worker thread only
    int m_repeatMs;
    QString m_lastText; // worker thread only
    QElapsedTimer m_sinceLast;
};

} // namespace omnitill

Q_DECLARE_METATYPE(omnitill::DecodedBarcode)
