#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The pages a till pulls: a reference feed's items, or the catalog's rows, each with the cursor to
// ask for the next page from and an upper bound of what is left.
namespace omnitill::protocol {

struct FeedPageItem
{
    QString key;
    QString scope; // a store, or "*" for every store
    QJsonObject body;

    friend bool operator==(const FeedPageItem&, const FeedPageItem&) = default;
};

struct FeedPage
{
    QList<FeedPageItem> items;
    std::optional<QString> cursor; // missing: the page is unreadable and must not be applied
    qint64 remaining = 0;

    QJsonObject toJson() const;
    static FeedPage fromJson(const QJsonObject& json);

    friend bool operator==(const FeedPage&, const FeedPage&) = default;
};

struct CatalogTaxRate
{
    QString code;
    QString name;
    int basisPoints = 0;

    friend bool operator==(const CatalogTaxRate&, const CatalogTaxRate&) = default;
};

struct CatalogCategory
{
    qint64 id = 0;
    QString nameEn;
    QString nameRu;
    QString nameZh;

    friend bool operator==(const CatalogCategory&, const CatalogCategory&) = default;
};

struct CatalogProduct
{
    QString sku;
    QString nameEn;
    QString nameRu;
    QString nameZh;
    QString unit;
    qint64 price = 0;
    QString taxCode;
    bool ageRestricted = false;
    bool active = true;
    QStringList barcodes;
    qint64 categoryId = 0; // 0: the hub has no category for it

    friend bool operator==(const CatalogProduct&, const CatalogProduct&) = default;
};

// "catalog": tax rates, categories and products changed since the cursor.
struct CatalogPage
{
    static constexpr QLatin1String kFeed{"catalog"};

    QList<CatalogTaxRate> taxRates;
    QList<CatalogCategory> categories;
    QList<CatalogProduct> products;
    std::optional<QString> cursor;
    qint64 remaining = 0;

    QJsonObject toJson() const;
    static CatalogPage fromJson(const QJsonObject& json);

    friend bool operator==(const CatalogPage&, const CatalogPage&) = default;
};

} // namespace omnitill::protocol
