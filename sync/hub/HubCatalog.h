#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <functional>

namespace omnitill::hub {

class HubDatabase;

// The chain's catalog as the hub keeps it (products by SKU, barcodes, prices, tax rates) and the
// change feed the tills pull it through. Every change takes the next catalog sequence number; a
// cursor is the last sequence a till applied, so a feed can stop anywhere and resume.
class HubCatalog
{
public:
    explicit HubCatalog(HubDatabase& db) : m_db(db) {}

    // {"tax_rates": [{code, name, basis_points}], "categories": [{id, name_en, name_ru, name_zh}],
    // "products": [{sku, name_en, name_ru, name_zh, unit, price, tax_code, category_id, age_restricted,
    // active, barcodes: [...]}]}. Validates everything first,
    // then writes in transactions of `batch` products. Returns the number of products written.
    qint64 import(const QJsonObject& catalog, const std::function<void(qint64, qint64)>& progress = {}, int batch = 5000);

    // Price changes [{sku, price}] for products the hub knows, all or nothing. Returns the count.
    qint64 setPrices(const QJsonArray& prices);

    // One page of changes after the cursor: {"tax_rates", "categories", "products", "cursor", "remaining"};
    // remaining is an upper bound for progress, the end is a page with no products.
    QJsonObject page(const QString& cursor, int limit);

    static QString encodeCursor(qint64 seq);
    static qint64 decodeCursor(const QString& cursor); // throws HubError on a malformed cursor

private:
    static QJsonObject validated(const QJsonObject& product, const QStringList& taxCodes, const QSet<qint64>& categoryIds);

    HubDatabase& m_db;
};

} // namespace omnitill::hub
