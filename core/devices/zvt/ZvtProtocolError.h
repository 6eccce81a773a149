#pragma once

#include <QString>
#include <stdexcept>

namespace omnitill::zvt {

// Bytes that do not follow the protocol (a field cut short, an unknown bitmap, a bad length).
// The text is for the log and the support desk, not for customers.
class ProtocolError : public std::runtime_error
{
public:
    explicit ProtocolError(const QString& what) : std::runtime_error(what.toStdString()), m_what(what) {}
    const QString& text() const { return m_what; }

private:
    QString m_what;
};

} // namespace omnitill::zvt
