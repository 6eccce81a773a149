#pragma once

#include "catalog/Product.h"
#include "tax/TaxRate.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QStringList>

#include <optional>

namespace omnitill {

class Database;

struct QuickKey
{
    int position = 0;
    qint64 productId = 0;
    QString label;
};

struct Category
{
    qint64 id = 0;
    QString nameEn;
    QString nameRu;
    QString nameZh;
    int products = 0; // active products sold by the piece

    QString name(const QString& language) const;
};

// Reads and writes the catalog in SQLite. Nothing is loaded in bulk: every lookup is an
// indexed query, so a million products cost no memory.
class CatalogRepository
{
public:
    explicit CatalogRepository(Database& db);

    std::optional<Product> findByCodes(const QStringList& codes);
    std::optional<Product> findById(qint64 id);
    qint64 idForSku(const QString& sku); // 0 when there is none
    QList<Product> search(const QString& typed, int limit = 50);
    QList<QuickKey> quickKeys();
    // Categories with active products sold by the piece (what a customer can pick themselves).
    QList<Category> categories();
    QList<Product> inCategory(qint64 categoryId, int limit, int offset = 0);

    TaxRate taxRate(qint64 id);
    QList<TaxRate> taxRates();
    qint64 upsertTaxRate(const TaxRate& rate);
    qint64 upsertCategory(qint64 id, const QString& en, const QString& ru, const QString& zh);
    bool hasCategory(qint64 id);
    qint64 categoryOf(const QString& sku); // 0 for an unknown product or one without a category

    // Inserts or updates by SKU, replaces the product's barcodes and its search entry.
    // Runs inside the caller's transaction.
    qint64 upsertProduct(const Product& product, const QStringList& barcodes);
    // Fast path for bulk loads of products known to be new (demo data, first imports).
    qint64 insertNewProduct(const Product& product, const QStringList& barcodes);
    struct NewProduct
    {
        Product product;
        QStringList barcodes;
    };
    // The same for many (distinct SKUs): their rows and barcodes first, their search entries
    // after. Each barcode upsert opens a statement savepoint, and FTS5 writes its pending index
    // rows out at every savepoint; interleaved, that is once per product. Returns the new ids.
    QList<qint64> insertNewProducts(const QList<NewProduct>& products);
    void setQuickKey(const QuickKey& key);
    qint64 productCount();
    // Builds the search index again from the products and their barcodes (after a recovery).
    void rebuildSearchIndex();

private:
    Product readProduct(const QSqlQuery& query) const;

    Database& m_db;
    QHash<qint64, TaxRate> m_taxRates;
};

} // namespace omnitill
