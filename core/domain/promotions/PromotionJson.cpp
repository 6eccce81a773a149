#include "PromotionJson.h"

#include "common/DomainError.h"
#include "common/Tr.h"

#include <QJsonArray>

namespace omnitill {

namespace {
QJsonArray ids(const QSet<qint64>& set)
{
    QList<qint64> sorted(set.begin(), set.end());
    std::sort(sorted.begin(), sorted.end());
    QJsonArray out;
    for (qint64 id : sorted)
        out.append(id);
    return out;
}

QSet<qint64> idSet(const QJsonValue& value)
{
    QSet<qint64> out;
    for (const QJsonValue& v : value.toArray())
        out.insert(v.toInteger());
    return out;
}

[[noreturn]] void invalid(const QString& id, const QString& why)
{
    throw DomainError(QStringLiteral("promotion.invalid"), Tr::tr("Promotion %1 is not valid: %2").arg(id, why));
}
} // namespace

QJsonObject promotionToJson(const Promotion& p)
{
    QJsonObject json{{QStringLiteral("id"), p.id},
                     {QStringLiteral("name"), p.name},
                     {QStringLiteral("kind"), Promotion::kindName(p.kind)},
                     {QStringLiteral("products"), ids(p.products)},
                     {QStringLiteral("categories"), ids(p.categories)},
                     {QStringLiteral("percent_bp"), p.percentBp},
                     {QStringLiteral("amount"), p.amount},
                     {QStringLiteral("buy"), p.buyQuantity},
                     {QStringLiteral("get"), p.getQuantity},
                     {QStringLiteral("threshold"), p.threshold},
                     {QStringLiteral("member_only"), p.memberOnly},
                     {QStringLiteral("priority"), p.priority},
                     {QStringLiteral("stackable"), p.stackable}};
    if (p.validFrom.isValid())
        json.insert(QStringLiteral("valid_from"), p.validFrom.toUTC().toString(Qt::ISODate));
    if (p.validUntil.isValid())
        json.insert(QStringLiteral("valid_until"), p.validUntil.toUTC().toString(Qt::ISODate));
    if (p.dailyFrom.isValid() && p.dailyUntil.isValid()) {
        json.insert(QStringLiteral("daily_from"), p.dailyFrom.toString(QStringLiteral("HH:mm")));
        json.insert(QStringLiteral("daily_until"), p.dailyUntil.toString(QStringLiteral("HH:mm")));
    }
    return json;
}

Promotion promotionFromJson(const QJsonObject& json)
{
    Promotion p;
    p.id = json.value(QStringLiteral("id")).toString();
    if (p.id.isEmpty())
        invalid(QStringLiteral("?"), Tr::tr("it has no id"));
    p.name = json.value(QStringLiteral("name")).toString(p.id);
    p.kind = Promotion::kindFromName(json.value(QStringLiteral("kind")).toString());
    p.products = idSet(json.value(QStringLiteral("products")));
    p.categories = idSet(json.value(QStringLiteral("categories")));
    p.percentBp = json.value(QStringLiteral("percent_bp")).toInt();
    p.amount = json.value(QStringLiteral("amount")).toInteger();
    p.buyQuantity = json.value(QStringLiteral("buy")).toInt();
    p.getQuantity = json.value(QStringLiteral("get")).toInt();
    p.threshold = json.value(QStringLiteral("threshold")).toInteger();
    p.memberOnly = json.value(QStringLiteral("member_only")).toBool();
    p.priority = json.value(QStringLiteral("priority")).toInt();
    p.stackable = json.value(QStringLiteral("stackable")).toBool();
    p.validFrom = QDateTime::fromString(json.value(QStringLiteral("valid_from")).toString(), Qt::ISODate);
    p.validUntil = QDateTime::fromString(json.value(QStringLiteral("valid_until")).toString(), Qt::ISODate);
    p.dailyFrom = QTime::fromString(json.value(QStringLiteral("daily_from")).toString(), QStringLiteral("HH:mm"));
    p.dailyUntil = QTime::fromString(json.value(QStringLiteral("daily_until")).toString(), QStringLiteral("HH:mm"));
    if (p.percentBp < 0 || p.percentBp > 10000)
        invalid(p.id, Tr::tr("a percentage must be from 0 to 100 %"));
    if (p.amount < 0 || p.threshold < 0)
        invalid(p.id, Tr::tr("amounts cannot be negative"));
    if (p.kind == Promotion::Kind::BuyXGetY && (p.buyQuantity < 1 || p.getQuantity < 1))
        invalid(p.id, Tr::tr("buy X get Y needs both quantities"));
    if (p.kind == Promotion::Kind::MixMatch && p.buyQuantity < 1)
        invalid(p.id, Tr::tr("mix and match needs a quantity"));
    return p;
}

} // namespace omnitill
