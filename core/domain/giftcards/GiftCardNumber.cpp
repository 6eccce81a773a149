#include "GiftCardNumber.h"

#include "barcode/Gtin.h"

#include <QRandomGenerator>

namespace omnitill::GiftCardNumber {

bool isValid(const QString& number)
{
    if (number.size() != 16 || !number.startsWith(QLatin1String("98")) || (number[2] != QLatin1Char('1') && number[2] != QLatin1Char('2')))
        return false;
    for (const QChar c : number) {
        if (!c.isDigit())
            return false;
    }
    return gtin::checkDigit(QStringView(number).left(15)) == number[15].digitValue();
}

Kind kindOf(const QString& number)
{
    return number.size() > 2 && number[2] == QLatin1Char('2') ? Kind::StoreCredit : Kind::GiftCard;
}

QString generate(Kind kind)
{
    QString data = kind == Kind::StoreCredit ? QStringLiteral("982") : QStringLiteral("981");
    for (int i = 0; i < 12; ++i)
        data.append(QChar(u'0' + char16_t(QRandomGenerator::system()->bounded(10))));
    return data + QString::number(gtin::checkDigit(data));
}

QString kindName(Kind kind)
{
    return kind == Kind::StoreCredit ? QStringLiteral("credit") : QStringLiteral("giftcard");
}

QString masked(const QString& number)
{
    return QStringLiteral("\u2026") + number.right(4);
}

} // namespace omnitill::GiftCardNumber
