#pragma once

#include "Currency.h"

#include <QLocale>

namespace omnitill {

// An amount of money: an integer count of minor units in one currency. Never floating point.
// Arithmetic refuses to mix currencies and to overflow (DomainError).
class Money
{
public:
    Money() = default;
    Money(qint64 minor, Currency currency) : m_minor(minor), m_currency(std::move(currency)) {}
    static Money zero(const Currency& currency) { return Money(0, currency); }

    qint64 minor() const { return m_minor; }
    const Currency& currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    Money operator+(const Money& other) const;
    Money operator-(const Money& other) const;
    Money operator-() const;
    Money& operator+=(const Money& other) { return *this = *this + other; }
    Money& operator-=(const Money& other) { return *this = *this - other; }
    Money times(qint64 factor) const;

    // "12.34" in the currency's decimal form, without grouping: for files and wire formats.
    QString toPlainString() const;
    // Parses "12.34", "12,34" or "12"; throws DomainError on anything else.
    static Money parse(const QString& text, const Currency& currency);
    // Formatted for people in the given locale, with the currency symbol.
    QString format(const QLocale& locale = QLocale()) const;

    friend bool operator==(const Money& a, const Money& b) { return a.m_minor == b.m_minor && a.m_currency == b.m_currency; }
    friend bool operator<(const Money& a, const Money& b);
    friend bool operator>(const Money& a, const Money& b) { return b < a; }
    friend bool operator<=(const Money& a, const Money& b) { return !(b < a); }
    friend bool operator>=(const Money& a, const Money& b) { return !(a < b); }

private:
    void requireSameCurrency(const Money& other) const;

    qint64 m_minor = 0;
    Currency m_currency;
};

} // namespace omnitill
