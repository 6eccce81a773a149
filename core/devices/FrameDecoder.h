#pragma once

#include "BarcodeImageDecoder.h"

#include <QElapsedTimer>
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QThread>

namespace omnitill {

// Decodes camera frames on a worker thread so the screen never waits for ZXing. Frames that
// arrive while one is being decoded replace each other: only the newest waits, none queue up.
// The same code that is held in front of the camera is reported once until it leaves the
// picture (or repeatMs passes), so a steady QR is not scanned thirty times a second.
class FrameDecoder : public QObject
{
    Q_OBJECT
public:
    explicit FrameDecoder(int repeatMs = 1500, QObject* parent = nullptr);
    ~FrameDecoder() override;

    // Any thread. Returns at once.
    void submit(const QImage& frame);
    bool isBusy() const;
    int decodedFrames() const;
    int droppedFrames() const;

signals:
    void decoded(const omnitill::DecodedBarcode& code);

private:
    void work();

    QThread m_thread;
    QObject m_worker;
    mutable QMutex m_mutex;
    QImage m_pending;
    bool m_busy = false;
    int m_decodedFrames = 0;
    int m_droppedFrames = 0;
    int m_repeatMs;
    QString m_lastText; // worker thread only
    QElapsedTimer m_sinceLast;
};

} // namespace omnitill

Q_DECLARE_METATYPE(omnitill::DecodedBarcode)
