#include "Gtin.h"

#include <array>

namespace omnitill::gtin {

bool isDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

int checkDigit(QStringView data)
{
    int sum = 0;
    int weight = 3;
    for (qsizetype i = data.size() - 1; i >= 0; --i) {
        sum += (data[i].unicode() - '0') * weight;
        weight = weight == 3 ? 1 : 3;
    }
    return (10 - sum % 10) % 10;
}

bool hasValidCheckDigit(QStringView code)
{
    if (code.size() < 2 || !isDigits(code))
        return false;
    return checkDigit(code.left(code.size() - 1)) == code.back().unicode() - '0';
}

QString expandUpcE(QStringView upce)
{
    if (upce.size() != 8 || !isDigits(upce) || (upce[0] != QLatin1Char('0') && upce[0] != QLatin1Char('1')))
        return {};
    const QString n = upce.left(1).toString();
    const QString d = upce.mid(1, 6).toString();
    const QString check = upce.right(1).toString();
    const QChar last = d[5];
    QString body;
    if (last <= QLatin1Char('2'))
        body = d.left(2) + last + QStringLiteral("0000") + d.mid(2, 3);
    else if (last == QLatin1Char('3'))
        body = d.left(3) + QStringLiteral("00000") + d.mid(3, 2);
    else if (last == QLatin1Char('4'))
        body = d.left(4) + QStringLiteral("00000") + d.mid(4, 1);
    else
        body = d.left(5) + QStringLiteral("0000") + last;
    return n + body + check;
}

QString toGtin14(QStringView code)
{
    return code.toString().rightJustified(14, QLatin1Char('0'));
}

namespace {
// Products of the weighting factors of §7.9.3, indexed by digit.
constexpr std::array<int, 10> kTwoMinus{0, 2, 4, 6, 8, 9, 1, 3, 5, 7};
constexpr std::array<int, 10> kThree{0, 3, 6, 9, 2, 5, 8, 1, 4, 7};
constexpr std::array<int, 10> kFivePlus{0, 5, 1, 6, 2, 7, 3, 8, 4, 9};
constexpr std::array<int, 10> kFiveMinus{0, 5, 9, 4, 8, 3, 7, 2, 6, 1};

int digitAt(QStringView s, int i)
{
    return s[i].unicode() - '0';
}
} // namespace

int priceVerifierDigit(QStringView digits)
{
    if (!isDigits(digits))
        return -1;
    if (digits.size() == 4) {
        const int sum =
            kTwoMinus[digitAt(digits, 0)] + kTwoMinus[digitAt(digits, 1)] + kThree[digitAt(digits, 2)] + kFiveMinus[digitAt(digits, 3)];
        return (sum * 3) % 10;
    }
    if (digits.size() == 5) {
        const int sum = kFivePlus[digitAt(digits, 0)] + kTwoMinus[digitAt(digits, 1)] + kFiveMinus[digitAt(digits, 2)] +
                        kFivePlus[digitAt(digits, 3)] + kTwoMinus[digitAt(digits, 4)];
        const int target = (10 - sum % 10) % 10;
        for (int d = 0; d < 10; ++d) {
            if (kFiveMinus[d] == target)
                return d;
        }
    }
    return -1;
}

} // namespace omnitill::gtin
