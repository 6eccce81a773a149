#pragma once

#include <QByteArray>
#include <QSerialPort>
#include <QString>

namespace omnitill {

// A 2×20 customer pole display (VFD) on a serial port, in the Epson ESC/POS display command set:
// ESC @ initialise, CLR, then the two lines. Cyrillic goes out in CP866, which such displays
// carry; characters the display cannot show become '?'.
class PoleDisplay
{
public:
    static constexpr int kColumns = 20;

    explicit PoleDisplay(QString port, qint32 baud = 9600) : m_name(std::move(port)), m_baud(baud) {}

    // The bytes that show two lines (each cut or padded to 20 columns; the second right-aligned
    // when it is an amount).
    static QByteArray frame(const QString& top, const QString& bottom);
    static QString fit(const QString& text, bool alignRight);

    bool show(const QString& top, const QString& bottom); // false with error() set
    QString error() const { return m_error; }

private:
    QString m_name;
    qint32 m_baud;
    QSerialPort m_port;
    QString m_error;
};

} // namespace omnitill
