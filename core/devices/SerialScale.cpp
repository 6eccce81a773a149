#include "SerialScale.h"

#include "common/Tr.h"

namespace omnitill {

SerialScale::SerialScale(Settings settings, QObject* parent) : QObject(parent), m_settings(std::move(settings))
{
    m_replyTimer.setSingleShot(true);
    connect(&m_replyTimer, &QTimer::timeout, this, [this] { fail(Tr::tr("The scale does not answer")); });
    connect(&m_port, &QSerialPort::readyRead, this, [this] {
        m_buffer += m_port.readAll();
        if (!m_busy || !m_buffer.contains('\r'))
            return;
        const std::optional<ScaleReading> reading = ScaleReading::parse(m_buffer);
        m_buffer.clear();
        m_replyTimer.stop();
        if (!reading)
            return fail(Tr::tr("The scale sent something that is not a weight"));
        if (reading->state == ScaleReading::State::Motion && m_since.elapsed() < m_settings.steadyTimeoutMs) {
            QTimer::singleShot(200, this, &SerialScale::request);
            return;
        }
        if (reading->state != ScaleReading::State::Stable)
            return fail(reading->describe());
        if (reading->grams <= 0)
            return fail(Tr::tr("Nothing is on the scale"));
        m_busy = false;
        emit weighed(reading->grams);
    });
}

bool SerialScale::open()
{
    m_port.setPortName(m_settings.port);
    if (!m_port.open(QIODevice::ReadWrite)) {
        m_error = Tr::tr("Cannot open the scale on %1: %2").arg(m_settings.port, m_port.errorString());
        return false;
    }
    m_port.setBaudRate(m_settings.baud);
    m_port.setDataBits(QSerialPort::Data7);
    m_port.setParity(QSerialPort::EvenParity);
    m_port.setStopBits(QSerialPort::OneStop);
    m_port.setFlowControl(QSerialPort::NoFlowControl);
    m_error.clear();
    return true;
}

void SerialScale::weigh()
{
    if (m_busy)
        return;
    if (!m_port.isOpen() && !open())
        return fail(m_error);
    m_busy = true;
    m_since.start();
    request();
}

void SerialScale::request()
{
    if (!m_busy)
        return;
    m_buffer.clear();
    if (m_port.write(ScaleReading::weightRequest()) < 0)
        return fail(Tr::tr("Cannot talk to the scale: %1").arg(m_port.errorString()));
    m_replyTimer.start(m_settings.replyTimeoutMs);
}

void SerialScale::fail(const QString& message)
{
    m_busy = false;
    m_replyTimer.stop();
    m_error = message;
    emit failed(message);
}

} // namespace omnitill
