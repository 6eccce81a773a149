#pragma once

#include <QString>

namespace omnitill {

// An ISO 4217 currency with the number of minor-unit digits it uses.
class Currency
{
public:
    Currency() = default;
    static Currency fromCode(const QString& code); // throws DomainError for an unknown code

    const QString& code() const { return m_code; }
    int exponent() const { return m_exponent; }
    int numericCode() const { return m_numeric; }
    qint64 minorPerMajor() const;
    // €, $, ₽, ¥, £… for customers' screens; the code where there is no common sign.
    QString symbol() const;
    bool isValid() const { return !m_code.isEmpty(); }

    friend bool operator==(const Currency& a, const Currency& b) { return a.m_code == b.m_code; }

private:
    Currency(QString code, int exponent, int numeric) : m_code(std::move(code)), m_exponent(exponent), m_numeric(numeric) {}

    QString m_code;
    int m_exponent = 2;
    int m_numeric = 0;
};

} // namespace omnitill
