#pragma once

#include <QString>
#include <stdexcept>

namespace omnitill {

// A business rule refused an operation. The message is already translated for the user;
// the code is stable for scripts and tests.
class DomainError : public std::runtime_error
{
public:
    DomainError(QString code, QString message)
        : std::runtime_error(code.toStdString()), m_code(std::move(code)), m_message(std::move(message))
    {
    }
    const QString& code() const { return m_code; }
    const QString& message() const { return m_message; }

private:
    QString m_code;
    QString m_message;
};

} // namespace omnitill
