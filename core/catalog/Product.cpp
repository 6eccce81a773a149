#include "Product.h"

#include "common/DomainError.h"
#include "common/Tr.h"

namespace omnitill {

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
