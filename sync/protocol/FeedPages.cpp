#include "FeedPages.h"

#include "JsonFields.h"

namespace omnitill::protocol {

using namespace JsonFields;

namespace {
void insertCursor(QJsonObject& out, const std::optional<QString>& cursor, qint64 remaining)
{
    if (cursor)
        out.insert(QStringLiteral("cursor"), *cursor);
    out.insert(QStringLiteral("remaining"), remaining);
}

std::optional<QString> cursorOf(const QJsonObject& o)
{
    const QJsonValue cursor = o.value(QLatin1String("cursor"));
    return cursor.isString() ? std::optional<QString>(cursor.toString()) : std::nullopt;
}
} // namespace

QJsonObject FeedPage::toJson() const
{
    QJsonObject out{
        {QStringLiteral("items"), arrayOf(items, [](const FeedPageItem& i) {
             return QJsonObject{{QStringLiteral("key"), i.key}, {QStringLiteral("scope"), i.scope}, {QStringLiteral("body"), i.body}};
         })}};
    insertCursor(out, cursor, remaining);
    return out;
}

FeedPage FeedPage::fromJson(const QJsonObject& o)
{
    return {listOf<FeedPageItem>(o, "items",
                                 [](const QJsonObject& i) {
                                     return FeedPageItem{text(i, "key"), text(i, "scope"), i.value(QLatin1String("body")).toObject()};
                                 }),
            cursorOf(o), whole(o, "remaining")};
}

QJsonObject CatalogPage::toJson() const
{
    QJsonObject out{{QStringLiteral("tax_rates"), arrayOf(taxRates,
                                                          [](const CatalogTaxRate& r) {
                                                              return QJsonObject{{QStringLiteral("code"), r.code},
                                                                                 {QStringLiteral("name"), r.name},
                                                                                 {QStringLiteral("basis_points"), r.basisPoints}};
                                                          })},
                    {QStringLiteral("categories"), arrayOf(categories,
                                                           [](const CatalogCategory& c) {
                                                               return QJsonObject{{QStringLiteral("id"), c.id},
                                                                                  {QStringLiteral("name_en"), c.nameEn},
                                                                                  {QStringLiteral("name_ru"), c.nameRu},
                                                                                  {QStringLiteral("name_zh"), c.nameZh}};
                                                           })},
                    {QStringLiteral("products"), arrayOf(products, [](const CatalogProduct& p) {
                         return QJsonObject{{QStringLiteral("sku"), p.sku},
                                            {QStringLiteral("name_en"), p.nameEn},
                                            {QStringLiteral("name_ru"), p.nameRu},
                                            {QStringLiteral("name_zh"), p.nameZh},
                                            {QStringLiteral("unit"), p.unit},
                                            {QStringLiteral("price"), p.price},
                                            {QStringLiteral("tax_code"), p.taxCode},
                                            {QStringLiteral("age_restricted"), p.ageRestricted},
                                            {QStringLiteral("active"), p.active},
                                            {QStringLiteral("barcodes"), QJsonArray::fromStringList(p.barcodes)},
                                            {QStringLiteral("category_id"), p.categoryId}};
                     })}};
    insertCursor(out, cursor, remaining);
    return out;
}

CatalogPage CatalogPage::fromJson(const QJsonObject& o)
{
    CatalogPage page;
    page.taxRates = listOf<CatalogTaxRate>(o, "tax_rates", [](const QJsonObject& r) {
        return CatalogTaxRate{text(r, "code"), text(r, "name"), int(whole(r, "basis_points"))};
    });
    page.categories = listOf<CatalogCategory>(o, "categories", [](const QJsonObject& c) {
        return CatalogCategory{whole(c, "id"), text(c, "name_en"), text(c, "name_ru"), text(c, "name_zh")};
    });
    page.products = listOf<CatalogProduct>(o, "products", [](const QJsonObject& p) {
        QStringList barcodes;
        for (const QJsonValue& code : p.value(QLatin1String("barcodes")).toArray())
            barcodes.append(code.toString());
        return CatalogProduct{text(p, "sku"),
                              text(p, "name_en"),
                              text(p, "name_ru"),
                              text(p, "name_zh"),
                              text(p, "unit"),
                              whole(p, "price"),
                              text(p, "tax_code"),
                              flag(p, "age_restricted"),
                              p.value(QLatin1String("active")).toBool(true),
                              barcodes,
                              whole(p, "category_id")};
    });
    page.cursor = cursorOf(o);
    page.remaining = whole(o, "remaining");
    return page;
}

} // namespace omnitill::protocol
