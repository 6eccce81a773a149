#include "PoleDisplay.h"

#include "CodePage.h"
#include "common/Tr.h"

namespace omnitill {

QString PoleDisplay::fit(const QString& text, bool alignRight)
{
    const QString simplified = text.simplified();
    if (simplified.size() >= kColumns)
        return simplified.left(kColumns);
    return alignRight ? simplified.rightJustified(kColumns, QLatin1Char(' ')) : simplified.leftJustified(kColumns, QLatin1Char(' '));
}

QByteArray PoleDisplay::frame(const QString& top, const QString& bottom)
{
    QByteArray out("\x1b\x40", 2); // ESC @
    out += "\x1b\x74\x11";         // ESC t 17: CP866
    out += '\x0c';                 // CLR
    out += CodePage::toCp866(fit(top, false));
    out += CodePage::toCp866(fit(bottom, true));
    // Han characters are not on a VFD: toCp866 already turned them into '?'.
    return out;
}

bool PoleDisplay::show(const QString& top, const QString& bottom)
{
    if (!m_port.isOpen()) {
        m_port.setPortName(m_name);
        if (!m_port.open(QIODevice::WriteOnly)) {
            m_error = Tr::tr("Cannot open the customer display on %1: %2").arg(m_name, m_port.errorString());
            return false;
        }
        m_port.setBaudRate(m_baud);
    }
    const QByteArray bytes = frame(top, bottom);
    if (m_port.write(bytes) != bytes.size()) {
        m_error = Tr::tr("Customer display on %1: %2").arg(m_name, m_port.errorString());
        m_port.close();
        return false;
    }
    return true;
}

} // namespace omnitill
