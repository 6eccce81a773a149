#pragma once

#include "ScaleReading.h"

#include <QElapsedTimer>
#include <QSerialPort>
#include <QTimer>

namespace omnitill {

// A retail scale on a serial port. weigh() asks for the weight and keeps asking while the scale
// is in motion, up to a limit; the answer arrives as weighed() or failed(), never blocking.
class SerialScale : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QString port;
        qint32 baud = 9600;
        int replyTimeoutMs = 1000;
        int steadyTimeoutMs = 5000; // how long to wait for a weight in motion to settle
    };

    explicit SerialScale(Settings settings, QObject* parent = nullptr);

    bool open(); // false with error() set
    bool isOpen() const { return m_port.isOpen(); }
    QString error() const { return m_error; }
    void weigh();

signals:
    void weighed(qint64 grams);
    void failed(const QString& message);

private:
    void request();
    void fail(const QString& message);

    Settings m_settings;
    QSerialPort m_port;
    QByteArray m_buffer;
    QTimer m_replyTimer;
    QElapsedTimer m_since;
    bool m_busy = false;
    QString m_error;
};

} // namespace omnitill
