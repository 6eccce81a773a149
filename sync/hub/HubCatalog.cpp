#include "HubCatalog.h"
#include "FeedPages.h"

#include "HubDatabase.h"
#include "HubError.h"
#include "HubFeeds.h"
#include "LastOfEachKey.h"
#include "barcode/Gtin.h"

namespace omnitill::hub {

namespace {
[[noreturn]] void invalid(const QString& what)
{
    throw HubError(400, QStringLiteral("catalog.invalid"), what);
}

// No category is SQL NULL, so the foreign key holds.
QVariant category(const QJsonObject& p)
{
    const qint64 id = p.value(QStringLiteral("category_id")).toInteger(0);
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// Text fields are never SQL NULL: a missing name is an empty one.
QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString(QStringLiteral(""));
}
} // namespace

QString HubCatalog::encodeCursor(qint64 seq)
{
    return HubFeeds::encodeCursor(QStringLiteral("catalog"), seq);
}

qint64 HubCatalog::decodeCursor(const QString& cursor)
{
    return HubFeeds::decodeCursor(QStringLiteral("catalog"), cursor);
}

QJsonObject HubCatalog::validated(const QJsonObject& p, const QStringList& taxCodes, const QSet<qint64>& categoryIds)
{
    const QString sku = p.value(QStringLiteral("sku")).toString().trimmed();
    if (sku.isEmpty() || sku.size() > 64)
        invalid(QStringLiteral("a product needs a SKU of up to 64 characters"));
    if (p.value(QStringLiteral("name_en")).toString().trimmed().isEmpty())
        invalid(QStringLiteral("%1: name_en is required").arg(sku));
    const QString unit = p.value(QStringLiteral("unit")).toString(QStringLiteral("piece"));
    if (unit != QLatin1String("piece") && unit != QLatin1String("weight"))
        invalid(QStringLiteral("%1: unit must be piece or weight").arg(sku));
    // toInteger gives the default for anything but a whole number
    if (p.value(QStringLiteral("price")).toInteger(-1) < 0)
        invalid(QStringLiteral("%1: price must be a whole number of minor units").arg(sku));
    const QString tax = p.value(QStringLiteral("tax_code")).toString();
    if (!taxCodes.contains(tax))
        invalid(QStringLiteral("%1: unknown tax code \"%2\"").arg(sku, tax));
    if (p.contains(QStringLiteral("category_id")) && !p.value(QStringLiteral("category_id")).isNull()) {
        const qint64 categoryId = p.value(QStringLiteral("category_id")).toInteger(-1);
        if (categoryId != 0 && !categoryIds.contains(categoryId)) // 0: no category
            invalid(QStringLiteral("%1: unknown category %2").arg(sku, p.value(QStringLiteral("category_id")).toVariant().toString()));
    }
    QStringList codes;
    for (const QJsonValue& v : p.value(QStringLiteral("barcodes")).toArray()) {
        const QString code = v.toString().trimmed();
        const bool gtinLength = code.size() == 8 || (code.size() >= 12 && code.size() <= 14);
        if (gtin::isDigits(code) && gtinLength) {
            if (!gtin::hasValidCheckDigit(code))
                invalid(QStringLiteral("%1: bad check digit in %2").arg(sku, code));
            codes.append(gtin::toGtin14(code));
        } else if (gtin::isDigits(code) && code.size() <= 7) {
            codes.append(code); // in-store PLU / label prefix codes
        } else {
            invalid(QStringLiteral("%1: \"%2\" is not a barcode").arg(sku, code));
        }
    }
    QJsonObject out = p;
    out.insert(QStringLiteral("sku"), sku);
    out.insert(QStringLiteral("unit"), unit);
    out.insert(QStringLiteral("barcodes"), codes.join(QLatin1Char(' ')));
    return out;
}

qint64 HubCatalog::import(const QJsonObject& catalog, const std::function<void(qint64, qint64)>& progress, int batch)
{
    const QJsonArray rates = catalog.value(QStringLiteral("tax_rates")).toArray();
    QStringList taxCodes;
    {
        QSqlQuery& q = m_db.exec(QStringLiteral("SELECT code FROM tax_rates"));
        while (q.next())
            taxCodes.append(q.value(QStringLiteral("code")).toString());
    }
    for (const QJsonValue& v : rates) {
        const QJsonObject r = v.toObject();
        const int bp = r.value(QStringLiteral("basis_points")).toInt(-1);
        if (r.value(QStringLiteral("code")).toString().isEmpty() || bp < 0 || bp > 100000)
            invalid(QStringLiteral("a tax rate needs a code and basis_points between 0 and 100000"));
        taxCodes.append(r.value(QStringLiteral("code")).toString());
    }
    const QJsonArray categories = catalog.value(QStringLiteral("categories")).toArray();
    QSet<qint64> categoryIds;
    {
        QSqlQuery& q = m_db.exec(QStringLiteral("SELECT id FROM categories"));
        while (q.next())
            categoryIds.insert(q.value(QStringLiteral("id")).toLongLong());
    }
    for (const QJsonValue& v : categories) {
        const QJsonObject c = v.toObject();
        const qint64 id = c.value(QStringLiteral("id")).toInteger(0);
        if (id <= 0 || text(c, "name_en").trimmed().isEmpty())
            invalid(QStringLiteral("a category needs a positive whole id and name_en"));
        categoryIds.insert(id);
    }
    // Validate everything before writing anything: a broken file changes nothing.
    QList<QJsonObject> listed;
    for (const QJsonValue& v : catalog.value(QStringLiteral("products")).toArray())
        listed.append(validated(v.toObject(), taxCodes, categoryIds));
    // A SKU listed twice: the later line wins (one statement may not write a row twice).
    const QList<QJsonObject> products = lastOfEachKey(listed, [](const QJsonObject& p) { return text(p, "sku"); });

    if (!rates.isEmpty()) {
        HubTransaction tx(m_db);
        qint64 seq = m_db.reserveSequence(QStringLiteral("catalog"), rates.size());
        for (const QJsonValue& v : rates) {
            const QJsonObject r = v.toObject();
            m_db.exec(QStringLiteral("INSERT INTO tax_rates(code, name, basis_points, change_seq) VALUES(?, ?, ?, ?)"
                                     " ON CONFLICT(code) DO UPDATE SET name = excluded.name, basis_points = excluded.basis_points,"
                                     " change_seq = excluded.change_seq"),
                      {text(r, "code"), text(r, "name"), r.value(QStringLiteral("basis_points")).toInt(), seq++});
        }
        tx.commit();
    }
    if (!categories.isEmpty()) {
        HubTransaction tx(m_db);
        qint64 seq = m_db.reserveSequence(QStringLiteral("catalog"), categories.size());
        for (const QJsonValue& v : categories) {
            const QJsonObject c = v.toObject();
            m_db.exec(QStringLiteral("INSERT INTO categories(id, name_en, name_ru, name_zh, change_seq) VALUES(?, ?, ?, ?, ?)"
                                     " ON CONFLICT(id) DO UPDATE SET name_en = excluded.name_en, name_ru = excluded.name_ru,"
                                     " name_zh = excluded.name_zh, change_seq = excluded.change_seq"),
                      {c.value(QStringLiteral("id")).toInteger(), text(c, "name_en"), text(c, "name_ru"), text(c, "name_zh"), seq++});
        }
        tx.commit();
    }
    for (qsizetype start = 0; start < products.size(); start += batch) {
        const qsizetype end = std::min(products.size(), start + batch);
        HubTransaction tx(m_db);
        qint64 seq = m_db.reserveSequence(QStringLiteral("catalog"), end - start);
        QList<QVariantList> rows;
        rows.reserve(end - start);
        for (qsizetype i = start; i < end; ++i) {
            const QJsonObject& p = products[i];
            rows.append({text(p, "sku"), text(p, "name_en"), text(p, "name_ru"), text(p, "name_zh"), text(p, "unit"),
                         p.value(QStringLiteral("price")).toInteger(), text(p, "tax_code"),
                         p.value(QStringLiteral("age_restricted")).toBool() ? 1 : 0, p.value(QStringLiteral("active")).toBool(true) ? 1 : 0,
                         text(p, "barcodes"), seq++, category(p)});
        }
        m_db.insertRows(QStringLiteral("INSERT INTO products(sku, name_en, name_ru, name_zh, unit, price, tax_code, age_restricted,"
                                       " active, barcodes, change_seq, category_id)"),
                        rows,
                        QStringLiteral(" ON CONFLICT(sku) DO UPDATE SET name_en = excluded.name_en, name_ru = excluded.name_ru,"
                                       " name_zh = excluded.name_zh, unit = excluded.unit, price = excluded.price,"
                                       " tax_code = excluded.tax_code, age_restricted = excluded.age_restricted,"
                                       " active = excluded.active, barcodes = excluded.barcodes, change_seq = excluded.change_seq,"
                                       " category_id = excluded.category_id"));
        tx.commit();
        if (progress)
            progress(end, products.size());
    }
    return products.size();
}

qint64 HubCatalog::setPrices(const QJsonArray& prices)
{
    for (const QJsonValue& v : prices) {
        const QJsonObject p = v.toObject();
        if (p.value(QStringLiteral("sku")).toString().isEmpty() || p.value(QStringLiteral("price")).toInteger(-1) < 0)
            invalid(QStringLiteral("each price change needs a sku and a price in whole minor units"));
    }
    HubTransaction tx(m_db);
    qint64 seq = m_db.reserveSequence(QStringLiteral("catalog"), prices.size());
    for (const QJsonValue& v : prices) {
        const QJsonObject p = v.toObject();
        if (m_db.execAffected(QStringLiteral("UPDATE products SET price = ?, change_seq = ? WHERE sku = ?"),
                              {p.value(QStringLiteral("price")).toInteger(), seq++, text(p, "sku")}) != 1)
            throw HubError(404, QStringLiteral("catalog.unknown_sku"),
                           QStringLiteral("no product with SKU %1; nothing was changed").arg(text(p, "sku")));
    }
    tx.commit();
    return prices.size();
}

QJsonObject HubCatalog::page(const QString& cursor, int limit)
{
    const qint64 after = decodeCursor(cursor);
    limit = std::clamp(limit, 1, 5000);
    qint64 last = after;
    protocol::CatalogPage page;
    QSqlQuery& r = m_db.exec(QStringLiteral("SELECT code, name, basis_points, change_seq FROM tax_rates WHERE change_seq > ?"
                                            " ORDER BY change_seq"),
                             {after});
    while (r.next())
        page.taxRates.append({r.value(QStringLiteral("code")).toString(), r.value(QStringLiteral("name")).toString(),
                              r.value(QStringLiteral("basis_points")).toInt()});
    QSqlQuery& c = m_db.exec(QStringLiteral("SELECT id, name_en, name_ru, name_zh FROM categories WHERE change_seq > ?"
                                            " ORDER BY change_seq"),
                             {after});
    while (c.next())
        page.categories.append({c.value(QStringLiteral("id")).toLongLong(), c.value(QStringLiteral("name_en")).toString(),
                                c.value(QStringLiteral("name_ru")).toString(), c.value(QStringLiteral("name_zh")).toString()});
    QSqlQuery& p = m_db.exec(QStringLiteral("SELECT sku, name_en, name_ru, name_zh, unit, price, tax_code, age_restricted, active,"
                                            " barcodes, change_seq, category_id FROM products WHERE change_seq > ?"
                                            " ORDER BY change_seq LIMIT ?"),
                             {after, limit});
    while (p.next()) {
        // By position: a first catalog sync reads a million of these rows.
        page.products.append({p.value(0).toString(), p.value(1).toString(), p.value(2).toString(), p.value(3).toString(),
                              p.value(4).toString(), p.value(5).toLongLong(), p.value(6).toString(), p.value(7).toInt() != 0,
                              p.value(8).toInt() != 0, p.value(9).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts),
                              p.value(11).toLongLong()});
        last = p.value(10).toLongLong();
    }
    // Tax rates and categories changed after the last product of a full page come with a later page.
    if (page.products.size() < limit) {
        last = std::max(last, m_db.scalar(QStringLiteral("SELECT coalesce(max(change_seq), 0) FROM tax_rates")).toLongLong());
        last = std::max(last, m_db.scalar(QStringLiteral("SELECT coalesce(max(change_seq), 0) FROM categories")).toLongLong());
    }
    // An upper bound read from the index, not a count: counting a million rows per page would cost
    // more than the page. Sequence numbers freed by later changes make it overestimate a little.
    page.remaining =
        std::max<qint64>(0, m_db.scalar(QStringLiteral("SELECT coalesce(max(change_seq), 0) FROM products")).toLongLong() - last);
    page.cursor = encodeCursor(last);
    return page.toJson();
}

} // namespace omnitill::hub
