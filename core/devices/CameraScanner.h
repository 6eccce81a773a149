#pragma once

#include "FrameDecoder.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

class QCamera;
class QMediaCaptureSession;
class QVideoSink;

namespace omnitill {

// Scans with a camera (kiosk, member and pickup QR codes): Qt Multimedia delivers the frames,
// FrameDecoder decodes them off the UI thread. A code becomes scanned(), like any scanner.
class CameraScanner : public QObject
{
    Q_OBJECT
public:
    explicit CameraScanner(QObject* parent = nullptr);
    ~CameraScanner() override;

    // The cameras present, by description; an empty list on a machine without one.
    static QStringList availableCameras();
    // Starts the camera whose description contains deviceHint (empty: the default camera).
    // Returns false with error() set when there is no such camera.
    bool start(const QString& deviceHint = {});
    void stop();
    bool isActive() const;
    QString error() const { return m_error; }
    FrameDecoder& decoder() { return m_decoder; }

signals:
    void scanned(const QString& code);
    void failed(const QString& message);

private:
    static constexpr int kFrameIntervalMs = 100;

    FrameDecoder m_decoder;
    QElapsedTimer m_sinceFrame;
    std::unique_ptr<QMediaCaptureSession> m_session;
    std::unique_ptr<QCamera> m_camera;
    std::unique_ptr<QVideoSink> m_sink;
    QString m_error;
};

} // namespace omnitill
