#include "CatalogRepository.h"

#include "CatalogSearch.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "store/Database.h"

namespace omnitill {

namespace {
const QString kProductColumns =
    QStringLiteral("p.id, p.sku, p.name_en, p.name_ru, p.name_zh, p.category_id, p.unit, p.price, p.tax_rate_id,"
                   " p.age_restricted, p.active");

// GTINs are stored as GTIN-14; people type them as printed, without the leading zeros.
QString searchCodes(const QString& sku, const QStringList& barcodes)
{
    QStringList codes{sku};
    for (const QString& code : barcodes) {
        codes.append(code);
        QString trimmed = code;
        while (trimmed.startsWith(QLatin1Char('0')))
            trimmed.remove(0, 1);
        if (trimmed != code && !trimmed.isEmpty())
            codes.append(trimmed);
    }
    return codes.join(QLatin1Char(' '));
}
} // namespace

CatalogRepository::CatalogRepository(Database& db) : m_db(db) {}

Product CatalogRepository::readProduct(const QSqlQuery& query) const
{
    // By position, in the order of kProductColumns: search-as-you-type reads these for every keystroke.
    Product p;
    p.id = query.value(0).toLongLong();
    p.sku = query.value(1).toString();
    p.nameEn = query.value(2).toString();
    p.nameRu = query.value(3).toString();
    p.nameZh = query.value(4).toString();
    p.categoryId = query.value(5).toLongLong();
    p.unit = unitFromName(query.value(6).toString());
    p.price = query.value(7).toLongLong();
    p.taxRateId = query.value(8).toLongLong();
    p.ageRestricted = query.value(9).toBool();
    p.active = query.value(10).toBool();
    return p;
}

std::optional<Product> CatalogRepository::findByCodes(const QStringList& codes)
{
    for (const QString& code : codes) {
        QSqlQuery& query = m_db.exec(QStringLiteral("SELECT ") + kProductColumns +
                                         QStringLiteral(" FROM barcodes b JOIN products p ON p.id = b.product_id"
                                                        " WHERE b.code = ?"),
                                     {code});
        if (query.next()) {
            Product p = readProduct(query);
            query.finish();
            return p;
        }
        // SKUs typed at the till
        QSqlQuery& bySku =
            m_db.exec(QStringLiteral("SELECT ") + kProductColumns + QStringLiteral(" FROM products p WHERE p.sku = ?"), {code});
        if (bySku.next()) {
            Product p = readProduct(bySku);
            bySku.finish();
            return p;
        }
    }
    return std::nullopt;
}

std::optional<Product> CatalogRepository::findById(qint64 id)
{
    QSqlQuery& query = m_db.exec(QStringLiteral("SELECT ") + kProductColumns + QStringLiteral(" FROM products p WHERE p.id = ?"), {id});
    if (!query.next())
        return std::nullopt;
    Product p = readProduct(query);
    query.finish();
    return p;
}

QList<Product> CatalogRepository::search(const QString& typed, int limit)
{
    QList<Product> result;
    const QString match = CatalogSearch::matchExpression(typed);
    if (match.isEmpty())
        return result;
    QSqlQuery& query = m_db.exec(QStringLiteral("SELECT ") + kProductColumns +
                                     QStringLiteral(" FROM product_search s JOIN products p ON p.id = s.rowid"
                                                    " WHERE product_search MATCH ? AND p.active = 1 LIMIT ?"),
                                 {match, limit});
    while (query.next())
        result.append(readProduct(query));
    query.finish();
    return result;
}

QString Category::name(const QString& language) const
{
    return Product{0, {}, nameEn, nameRu, nameZh}.name(language);
}

QList<Category> CatalogRepository::categories()
{
    QList<Category> result;
    // Counted per category on the products_category index, not by grouping every product.
    QSqlQuery& query =
        m_db.exec(QStringLiteral("SELECT id, name_en, name_ru, name_zh, n FROM (SELECT c.id, c.name_en, c.name_ru, c.name_zh,"
                                 " (SELECT count(*) FROM products p WHERE p.category_id = c.id AND p.unit = 'piece' AND p.active = 1) AS n"
                                 " FROM categories c) WHERE n > 0 ORDER BY name_en"));
    while (query.next())
        result.append({query.value(QStringLiteral("id")).toLongLong(), query.value(QStringLiteral("name_en")).toString(),
                       query.value(QStringLiteral("name_ru")).toString(), query.value(QStringLiteral("name_zh")).toString(),
                       query.value(QStringLiteral("n")).toInt()});
    query.finish();
    return result;
}

QList<Product> CatalogRepository::inCategory(qint64 categoryId, int limit, int offset)
{
    QList<Product> result;
    QSqlQuery& query = m_db.exec(QStringLiteral("SELECT ") + kProductColumns +
                                     QStringLiteral(" FROM products p WHERE p.category_id = ? AND p.active = 1"
                                                    " AND p.unit = 'piece' ORDER BY p.id LIMIT ? OFFSET ?"),
                                 {categoryId, limit, offset});
    while (query.next())
        result.append(readProduct(query));
    query.finish();
    return result;
}

QList<QuickKey> CatalogRepository::quickKeys()
{
    QList<QuickKey> keys;
    QSqlQuery& query = m_db.exec(QStringLiteral("SELECT position, product_id, label FROM quick_keys ORDER BY position"));
    while (query.next())
        keys.append({query.value(QStringLiteral("position")).toInt(), query.value(QStringLiteral("product_id")).toLongLong(),
                     query.value(QStringLiteral("label")).toString()});
    query.finish();
    return keys;
}

TaxRate CatalogRepository::taxRate(qint64 id)
{
    if (m_taxRates.isEmpty()) {
        for (const TaxRate& rate : taxRates())
            m_taxRates.insert(rate.id, rate);
    }
    const auto it = m_taxRates.constFind(id);
    if (it == m_taxRates.constEnd())
        throw DomainError(QStringLiteral("catalog.tax_rate"), Tr::tr("Unknown tax rate %1").arg(id));
    return *it;
}

QList<TaxRate> CatalogRepository::taxRates()
{
    QList<TaxRate> rates;
    QSqlQuery& query = m_db.exec(QStringLiteral("SELECT id, code, name, basis_points FROM tax_rates ORDER BY code"));
    while (query.next())
        rates.append({query.value(QStringLiteral("id")).toLongLong(), query.value(QStringLiteral("code")).toString(),
                      query.value(QStringLiteral("name")).toString(), query.value(QStringLiteral("basis_points")).toInt()});
    query.finish();
    return rates;
}

qint64 CatalogRepository::upsertTaxRate(const TaxRate& rate)
{
    m_db.exec(QStringLiteral("INSERT INTO tax_rates(code, name, basis_points) VALUES(?, ?, ?)"
                             " ON CONFLICT(code) DO UPDATE SET name = excluded.name,"
                             " basis_points = excluded.basis_points"),
              {rate.code, rate.name, rate.basisPoints});
    m_taxRates.clear();
    return m_db.scalar(QStringLiteral("SELECT id FROM tax_rates WHERE code = ?"), {rate.code}).toLongLong();
}

qint64 CatalogRepository::upsertCategory(qint64 id, const QString& en, const QString& ru, const QString& zh)
{
    m_db.exec(QStringLiteral("INSERT INTO categories(id, name_en, name_ru, name_zh) VALUES(?, ?, ?, ?)"
                             " ON CONFLICT(id) DO UPDATE SET name_en = excluded.name_en,"
                             " name_ru = excluded.name_ru, name_zh = excluded.name_zh"),
              {id, en, ru, zh});
    return id;
}

bool CatalogRepository::hasCategory(qint64 id)
{
    return m_db.scalar(QStringLiteral("SELECT 1 FROM categories WHERE id = ?"), {id}).isValid();
}

qint64 CatalogRepository::categoryOf(const QString& sku)
{
    return m_db.scalar(QStringLiteral("SELECT category_id FROM products WHERE sku = ?"), {sku}).toLongLong();
}

qint64 CatalogRepository::upsertProduct(const Product& p, const QStringList& barcodes)
{
    m_db.exec(QStringLiteral("INSERT INTO products(sku, name_en, name_ru, name_zh, category_id, unit, price,"
                             " tax_rate_id, age_restricted, active) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                             " ON CONFLICT(sku) DO UPDATE SET name_en = excluded.name_en, name_ru = excluded.name_ru,"
                             " name_zh = excluded.name_zh, category_id = excluded.category_id, unit = excluded.unit,"
                             " price = excluded.price, tax_rate_id = excluded.tax_rate_id,"
                             " age_restricted = excluded.age_restricted, active = excluded.active"),
              {p.sku, p.nameEn, p.nameRu, p.nameZh, p.categoryId ? QVariant(p.categoryId) : QVariant(), unitName(p.unit), p.price,
               p.taxRateId, p.ageRestricted, p.active});
    const qint64 id = m_db.scalar(QStringLiteral("SELECT id FROM products WHERE sku = ?"), {p.sku}).toLongLong();
    m_db.exec(QStringLiteral("DELETE FROM barcodes WHERE product_id = ?"), {id});
    for (const QString& code : barcodes)
        m_db.exec(QStringLiteral("INSERT INTO barcodes(code, product_id) VALUES(?, ?)"
                                 " ON CONFLICT(code) DO UPDATE SET product_id = excluded.product_id"),
                  {code, id});
    m_db.exec(QStringLiteral("DELETE FROM product_search WHERE rowid = ?"), {id});
    m_db.exec(QStringLiteral("INSERT INTO product_search(rowid, name_en, name_ru, name_zh, codes)"
                             " VALUES(?, ?, ?, ?, ?)"),
              {id, p.nameEn, p.nameRu, CatalogSearch::indexText(p.nameZh), searchCodes(p.sku, barcodes)});
    return id;
}

qint64 CatalogRepository::insertNewProduct(const Product& p, const QStringList& barcodes)
{
    return insertNewProducts({{p, barcodes}}).constFirst();
}

QList<qint64> CatalogRepository::insertNewProducts(const QList<NewProduct>& products)
{
    QList<qint64> ids;
    ids.reserve(products.size());
    for (const NewProduct& n : products) {
        const Product& p = n.product;
        m_db.exec(QStringLiteral("INSERT INTO products(sku, name_en, name_ru, name_zh, category_id, unit, price,"
                                 " tax_rate_id, age_restricted, active) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {p.sku, p.nameEn, p.nameRu, p.nameZh, p.categoryId ? QVariant(p.categoryId) : QVariant(), unitName(p.unit), p.price,
                   p.taxRateId, p.ageRestricted, p.active});
        const qint64 id = m_db.lastInsertId();
        ids.append(id);
        for (const QString& code : n.barcodes) // a barcode may move here from another product
            m_db.exec(QStringLiteral("INSERT INTO barcodes(code, product_id) VALUES(?, ?)"
                                     " ON CONFLICT(code) DO UPDATE SET product_id = excluded.product_id"),
                      {code, id});
    }
    for (qsizetype i = 0; i < products.size(); ++i) {
        const Product& p = products.at(i).product;
        m_db.exec(QStringLiteral("INSERT INTO product_search(rowid, name_en, name_ru, name_zh, codes)"
                                 " VALUES(?, ?, ?, ?, ?)"),
                  {ids.at(i), p.nameEn, p.nameRu, CatalogSearch::indexText(p.nameZh), searchCodes(p.sku, products.at(i).barcodes)});
    }
    return ids;
}

void CatalogRepository::rebuildSearchIndex()
{
    m_db.exec(QStringLiteral("DELETE FROM product_search"));
    QSqlQuery rows(m_db.connection());
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT p.id, p.sku, p.name_en, p.name_ru, p.name_zh,"
                                  " (SELECT group_concat(b.code, ' ') FROM barcodes b WHERE b.product_id = p.id) AS codes"
                                  " FROM products p")))
        m_db.fail(rows);
    while (rows.next()) {
        const QStringList barcodes = rows.value(QStringLiteral("codes")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        m_db.exec(QStringLiteral("INSERT INTO product_search(rowid, name_en, name_ru, name_zh, codes)"
                                 " VALUES(?, ?, ?, ?, ?)"),
                  {rows.value(QStringLiteral("id")), rows.value(QStringLiteral("name_en")), rows.value(QStringLiteral("name_ru")),
                   CatalogSearch::indexText(rows.value(QStringLiteral("name_zh")).toString()),
                   searchCodes(rows.value(QStringLiteral("sku")).toString(), barcodes)});
    }
}

void CatalogRepository::setQuickKey(const QuickKey& key)
{
    m_db.exec(QStringLiteral("INSERT OR REPLACE INTO quick_keys(position, product_id, label) VALUES(?, ?, ?)"),
              {key.position, key.productId, key.label});
}

qint64 CatalogRepository::idForSku(const QString& sku)
{
    return m_db.scalar(QStringLiteral("SELECT id FROM products WHERE sku = ?"), {sku}).toLongLong();
}

qint64 CatalogRepository::productCount()
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM products")).toLongLong();
}

} // namespace omnitill
