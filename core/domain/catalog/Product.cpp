#include "Product.h"

#include "common/DomainError.h"
#include "common/Tr.h"
#include "tax/TaxCalculator.h"

namespace omnitill {

qint64 lineAmount(Unit unit, qint64 quantity, qint64 unitPrice)
{
    qint64 amount = 0;
    if (__builtin_mul_overflow(unitPrice, quantity, &amount))
        throw DomainError(QStringLiteral("money.overflow"), Tr::tr("The amount is too large"));
    return unit == Unit::Weight ? TaxCalculator::divideRoundHalfAway(amount, 1000) : amount;
}

QString unitName(Unit unit)
{
    return unit == Unit::Weight ? QStringLiteral("weight") : QStringLiteral("piece");
}

Unit unitFromName(const QString& name)
{
    if (name == QLatin1String("weight"))
        return Unit::Weight;
    if (name == QLatin1String("piece"))
        return Unit::Piece;
    throw DomainError(QStringLiteral("catalog.unit"), Tr::tr("Unknown unit \"%1\"").arg(name));
}

QString Product::name(const QString& language) const
{
    if (language.startsWith(QLatin1String("ru")) && !nameRu.isEmpty())
        return nameRu;
    if (language.startsWith(QLatin1String("zh")) && !nameZh.isEmpty())
        return nameZh;
    return nameEn;
}

} // namespace omnitill
