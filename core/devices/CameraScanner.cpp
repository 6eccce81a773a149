#include "CameraScanner.h"

#include "common/Tr.h"

#include <QCamera>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QVideoFrame>
#include <QVideoSink>

namespace omnitill {

CameraScanner::CameraScanner(QObject* parent) : QObject(parent)
{
    connect(&m_decoder, &FrameDecoder::decoded, this, [this](const DecodedBarcode& code) { emit scanned(code.scanText()); });
    connect(&m_decoder, &FrameDecoder::failed, this, &CameraScanner::failed);
}

CameraScanner::~CameraScanner()
{
    stop();
}

QStringList CameraScanner::availableCameras()
{
    QStringList names;
    for (const QCameraDevice& device : QMediaDevices::videoInputs())
        names.append(device.description());
    return names;
}

bool CameraScanner::start(const QString& deviceHint)
{
    stop();
    QCameraDevice chosen;
    for (const QCameraDevice& device : QMediaDevices::videoInputs()) {
        if (deviceHint.isEmpty() ? device.isDefault() : device.description().contains(deviceHint, Qt::CaseInsensitive)) {
            chosen = device;
            break;
        }
    }
    if (chosen.isNull()) {
        m_error = deviceHint.isEmpty() ? Tr::tr("No camera found") : Tr::tr("No camera matches \"%1\"").arg(deviceHint);
        return false;
    }
    m_camera = std::make_unique<QCamera>(chosen);
    m_session = std::make_unique<QMediaCaptureSession>();
    m_sink = std::make_unique<QVideoSink>();
    m_session->setCamera(m_camera.get());
    m_session->setVideoSink(m_sink.get());
    // Converting a frame costs the UI thread a few milliseconds: ten looks a second are plenty for
    // a code held up to the camera, and none while the last one is still being decoded.
    m_sinceFrame.invalidate();
    connect(m_sink.get(), &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame& frame) {
        if (m_decoder.isBusy() || (m_sinceFrame.isValid() && m_sinceFrame.elapsed() < kFrameIntervalMs))
            return;
        m_sinceFrame.start();
        m_decoder.submit(frame.toImage());
    });
    connect(m_camera.get(), &QCamera::errorOccurred, this, [this](QCamera::Error, const QString& message) {
        m_error = message;
        emit failed(message);
    });
    m_camera->start();
    m_error.clear();
    return true;
}

void CameraScanner::stop()
{
    if (m_camera)
        m_camera->stop();
    m_session.reset();
    m_sink.reset();
    m_camera.reset();
}

bool CameraScanner::isActive() const
{
    return m_camera && m_camera->isActive();
}

} // namespace omnitill
