#include "Currency.h"

#include <QHash>

#include "common/DomainError.h"
#include "common/Tr.h"

#include <array>

namespace omnitill {

namespace {
struct CurrencyRow
{
    const char* code;
    int exponent;
    int numeric;
};

constexpr std::array kCurrencies{
    CurrencyRow{"EUR", 2, 978}, CurrencyRow{"USD", 2, 840}, CurrencyRow{"RUB", 2, 643}, CurrencyRow{"CNY", 2, 156},
    CurrencyRow{"GBP", 2, 826}, CurrencyRow{"CHF", 2, 756}, CurrencyRow{"PLN", 2, 985}, CurrencyRow{"CZK", 2, 203},
    CurrencyRow{"SEK", 2, 752}, CurrencyRow{"JPY", 0, 392}, CurrencyRow{"KRW", 0, 410}, CurrencyRow{"KWD", 3, 414},
    CurrencyRow{"BHD", 3, 48},
};
} // namespace

Currency Currency::fromCode(const QString& code)
{
    const QString upper = code.trimmed().toUpper();
    for (const auto& row : kCurrencies) {
        if (upper == QLatin1String(row.code))
            return Currency(upper, row.exponent, row.numeric);
    }
    throw DomainError(QStringLiteral("currency.unknown"), Tr::tr("Unknown currency code \"%1\"").arg(code));
}

QString Currency::symbol() const
{
    static const QHash<QString, QString> signs{{QStringLiteral("EUR"), QStringLiteral("€")}, {QStringLiteral("USD"), QStringLiteral("$")},
                                               {QStringLiteral("GBP"), QStringLiteral("£")}, {QStringLiteral("RUB"), QStringLiteral("₽")},
                                               {QStringLiteral("CNY"), QStringLiteral("¥")}, {QStringLiteral("JPY"), QStringLiteral("¥")}};
    return signs.value(m_code, m_code);
}

qint64 Currency::minorPerMajor() const
{
    qint64 factor = 1;
    for (int i = 0; i < m_exponent; ++i)
        factor *= 10;
    return factor;
}

} // namespace omnitill
