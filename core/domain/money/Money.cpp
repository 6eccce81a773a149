#include "Money.h"

#include "common/DomainError.h"
#include "common/Tr.h"

#include <QHash>
#include <QRegularExpression>

#include <limits>

namespace omnitill {

namespace {
[[noreturn]] void overflow()
{
    throw DomainError(QStringLiteral("money.overflow"), Tr::tr("The amount is too large"));
}
} // namespace

void Money::requireSameCurrency(const Money& other) const
{
    if (!(m_currency == other.m_currency))
        throw DomainError(QStringLiteral("money.currency_mismatch"),
                          Tr::tr("Cannot combine amounts in %1 and %2").arg(m_currency.code(), other.m_currency.code()));
}

Money Money::operator+(const Money& other) const
{
    requireSameCurrency(other);
    qint64 result = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &result))
        overflow();
    return Money(result, m_currency);
}

Money Money::operator-(const Money& other) const
{
    requireSameCurrency(other);
    qint64 result = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &result))
        overflow();
    return Money(result, m_currency);
}

Money Money::operator-() const
{
    if (m_minor == std::numeric_limits<qint64>::min())
        overflow();
    return Money(-m_minor, m_currency);
}

Money Money::times(qint64 factor) const
{
    qint64 result = 0;
    if (__builtin_mul_overflow(m_minor, factor, &result))
        overflow();
    return Money(result, m_currency);
}

bool operator<(const Money& a, const Money& b)
{
    a.requireSameCurrency(b);
    return a.m_minor < b.m_minor;
}

QString Money::toPlainString() const
{
    const int exponent = m_currency.exponent();
    const bool negative = m_minor < 0;
    // Work in unsigned so that the most negative value prints correctly.
    const quint64 magnitude = negative ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    const quint64 factor = quint64(m_currency.minorPerMajor());
    QString text = QString::number(magnitude / factor);
    if (exponent > 0)
        text += QLatin1Char('.') + QStringLiteral("%1").arg(magnitude % factor, exponent, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

Money Money::parse(const QString& text, const Currency& currency)
{
    const QString trimmed = text.trimmed();
    auto refuse = [&]() -> Money { throw DomainError(QStringLiteral("money.malformed"), Tr::tr("\"%1\" is not an amount").arg(text)); };
    if (trimmed.isEmpty())
        return refuse();
    bool negative = trimmed.startsWith(QLatin1Char('-'));
    const QString body = negative ? trimmed.mid(1) : trimmed;
    const qsizetype sep = body.indexOf(QRegularExpression(QStringLiteral("[.,]")));
    const QString whole = sep < 0 ? body : body.left(sep);
    QString fraction = sep < 0 ? QString() : body.mid(sep + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return refuse();
    for (const QChar c : whole + fraction) {
        if (!c.isDigit() || c.unicode() > '9')
            return refuse();
    }
    if (fraction.size() > currency.exponent())
        return refuse();
    fraction = fraction.leftJustified(currency.exponent(), QLatin1Char('0'));
    bool ok = true;
    const qint64 major = whole.isEmpty() ? 0 : whole.toLongLong(&ok);
    if (!ok)
        overflow();
    const qint64 minorPart = fraction.isEmpty() ? 0 : fraction.toLongLong();
    qint64 minor = 0;
    if (__builtin_mul_overflow(major, currency.minorPerMajor(), &minor) || __builtin_add_overflow(minor, minorPart, &minor))
        overflow();
    return Money(negative ? -minor : minor, currency);
}

QString Money::format(const QLocale& locale) const
{
    static const QHash<QString, QString> symbols{
        {QStringLiteral("EUR"), QStringLiteral("\u20ac")}, {QStringLiteral("USD"), QStringLiteral("$")},
        {QStringLiteral("RUB"), QStringLiteral("\u20bd")}, {QStringLiteral("CNY"), QStringLiteral("\u00a5")},
        {QStringLiteral("GBP"), QStringLiteral("\u00a3")}, {QStringLiteral("JPY"), QStringLiteral("\u00a5")},
    };
    const QString symbol = symbols.value(m_currency.code(), m_currency.code());
    const bool negative = m_minor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    const quint64 factor = quint64(m_currency.minorPerMajor());
    QString number = locale.toString(qulonglong(magnitude / factor));
    if (m_currency.exponent() > 0)
        number += locale.decimalPoint() + QStringLiteral("%1").arg(magnitude % factor, m_currency.exponent(), 10, QLatin1Char('0'));
    // Let the locale place the symbol and sign, then put the exact digits in.
    QString pattern = locale.toCurrencyString(qlonglong(negative ? -7 : 7), symbol);
    return pattern.replace(QLatin1Char('7'), number);
}

} // namespace omnitill
