#include "SerialScanner.h"

#include "common/Tr.h"

namespace omnitill {

SerialScanner::SerialScanner(Settings settings, QObject* parent) : QObject(parent), m_settings(std::move(settings))
{
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, [this] {
        for (const QString& code : flush())
            emit scanned(code);
    });
    connect(&m_port, &QSerialPort::readyRead, this, [this] {
        for (const QString& code : take(m_port.readAll()))
            emit scanned(code);
        if (!m_buffer.isEmpty())
            m_pause.start(m_settings.pauseMs);
    });
    connect(&m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError e) {
        if (e == QSerialPort::NoError)
            return;
        m_error = Tr::tr("Scanner on %1: %2").arg(m_settings.port, m_port.errorString());
        if (e == QSerialPort::ResourceError) // unplugged
            m_port.close();
        emit failed(m_error);
    });
}

bool SerialScanner::open()
{
    m_port.setPortName(m_settings.port);
    if (!m_port.open(QIODevice::ReadOnly)) {
        m_error = Tr::tr("Cannot open the scanner on %1: %2").arg(m_settings.port, m_port.errorString());
        return false;
    }
    m_port.setBaudRate(m_settings.baud);
    m_port.setDataBits(QSerialPort::Data8);
    m_port.setParity(QSerialPort::NoParity);
    m_port.setStopBits(QSerialPort::OneStop);
    m_port.setFlowControl(QSerialPort::NoFlowControl);
    m_error.clear();
    return true;
}

QString SerialScanner::finish(QByteArray raw) const
{
    if (!m_settings.prefix.isEmpty() && raw.startsWith(m_settings.prefix))
        raw.remove(0, m_settings.prefix.size());
    // Scanners send ASCII, or UTF-8 for QR content; GS (0x1D) separates GS1 fields and stays.
    return QString::fromUtf8(raw).trimmed();
}

QStringList SerialScanner::take(const QByteArray& bytes)
{
    m_buffer += bytes;
    QStringList codes;
    if (m_settings.suffix.isEmpty())
        return codes;
    qsizetype end = 0;
    while ((end = m_buffer.indexOf(m_settings.suffix)) >= 0) {
        const QString code = finish(m_buffer.left(end));
        m_buffer.remove(0, end + m_settings.suffix.size());
        if (!code.isEmpty())
            codes.append(code);
    }
    // A lone LF after a CR suffix (scanners set to CR LF) is not a code.
    while (m_buffer.startsWith('\n') || m_buffer.startsWith('\r'))
        m_buffer.remove(0, 1);
    return codes;
}

QStringList SerialScanner::flush()
{
    const QString code = finish(m_buffer);
    m_buffer.clear();
    return code.isEmpty() ? QStringList() : QStringList{code};
}

} // namespace omnitill
