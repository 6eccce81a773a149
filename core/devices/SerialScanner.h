#pragma once

#include <QSerialPort>
#include <QTimer>

namespace omnitill {

// A barcode scanner on a serial port (RS-232, or USB in CDC/serial mode): every code ends with
// the configured suffix (CR by default), or with a pause when the scanner sends none. The
// configured prefix and suffix are removed; what remains goes to the till like a keyboard scan.
class SerialScanner : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QString port;
        qint32 baud = 9600;
        QByteArray prefix;
        QByteArray suffix = "\r"; // "\r", "\n", "\r\n"; empty: end a code after a pause
        int pauseMs = 50;
    };

    explicit SerialScanner(Settings settings, QObject* parent = nullptr);

    bool open(); // false with error() set
    void close() { m_port.close(); }
    bool isOpen() const { return m_port.isOpen(); }
    QString error() const { return m_error; }

    // Splits received bytes into codes; public so the framing is testable without a port.
    QStringList take(const QByteArray& bytes);
    QStringList flush();

signals:
    void scanned(const QString& code);
    void failed(const QString& message);

private:
    QString finish(QByteArray raw) const;

    Settings m_settings;
    QSerialPort m_port;
    QByteArray m_buffer;
    QTimer m_pause;
    QString m_error;
};

} // namespace omnitill
