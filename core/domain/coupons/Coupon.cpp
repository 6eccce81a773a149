#include "Coupon.h"

#include "common/Int128.h"

namespace omnitill {

qint64 Coupon::discountOn(qint64 amount) const
{
    if (amount <= 0 || amount < minSpend)
        return 0;
    if (kind == Kind::Percent)
        return std::min<qint64>(amount, qint64((Int128(amount) * value + 5000) / 10000));
    return std::min(amount, value);
}

QStringList Coupon::toFields() const
{
    QString cleanName = name;
    cleanName.replace(QLatin1Char('|'), QLatin1Char('/'));
    return {id,
            kind == Kind::Percent ? QStringLiteral("percent") : QStringLiteral("amount"),
            QString::number(value),
            QString::number(minSpend),
            validUntil.isValid() ? validUntil.toString(Qt::ISODate) : QString(),
            memberId,
            cleanName};
}

std::optional<Coupon> Coupon::fromFields(const QStringList& fields)
{
    if (fields.size() != kFieldCount || fields[0].isEmpty())
        return std::nullopt;
    Coupon c;
    c.id = fields[0];
    if (fields[1] == QLatin1String("percent"))
        c.kind = Kind::Percent;
    else if (fields[1] != QLatin1String("amount"))
        return std::nullopt;
    bool valueOk = false;
    bool minOk = false;
    c.value = fields[2].toLongLong(&valueOk);
    c.minSpend = fields[3].toLongLong(&minOk);
    if (!valueOk || !minOk || c.value <= 0 || c.minSpend < 0 || (c.kind == Kind::Percent && c.value > 10000))
        return std::nullopt;
    if (!fields[4].isEmpty()) {
        c.validUntil = QDate::fromString(fields[4], Qt::ISODate);
        if (!c.validUntil.isValid())
            return std::nullopt;
    }
    c.memberId = fields[5];
    c.name = fields[6];
    return c;
}

} // namespace omnitill
