#include "DemoHubImport.h"

#include "DemoStore.h"
#include "store/Database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace omnitill {

namespace {
QJsonArray rows(Database& db, const QString& sql, const QStringList& keys)
{
    QJsonArray out;
    QSqlQuery& q = db.exec(sql);
    while (q.next()) {
        QJsonObject row;
        for (int i = 0; i < keys.size(); ++i)
            row.insert(keys[i], QJsonValue::fromVariant(q.value(i)));
        out.append(row);
    }
    q.finish();
    return out;
}
} // namespace

QJsonObject DemoHubImport::document(Database& db, const QString& storeId)
{
    QHash<qint64, QStringList> barcodes;
    {
        QSqlQuery& q = db.exec(QStringLiteral("SELECT product_id, code FROM barcodes ORDER BY product_id, code"));
        while (q.next())
            barcodes[q.value(QStringLiteral("product_id")).toLongLong()].append(q.value(QStringLiteral("code")).toString());
        q.finish();
    }
    QHash<qint64, QString> skus;
    QJsonArray products;
    {
        QSqlQuery& q = db.exec(QStringLiteral("SELECT p.id, p.sku, p.name_en, p.name_ru, p.name_zh, p.unit, p.price, t.code,"
                                              " coalesce(p.category_id, 0) AS category_id, p.age_restricted, p.active"
                                              " FROM products p JOIN tax_rates t ON t.id = p.tax_rate_id ORDER BY p.id"));
        while (q.next()) {
            const qint64 id = q.value(QStringLiteral("id")).toLongLong();
            skus.insert(id, q.value(QStringLiteral("sku")).toString());
            products.append(QJsonObject{{QStringLiteral("sku"), q.value(QStringLiteral("sku")).toString()},
                                        {QStringLiteral("name_en"), q.value(QStringLiteral("name_en")).toString()},
                                        {QStringLiteral("name_ru"), q.value(QStringLiteral("name_ru")).toString()},
                                        {QStringLiteral("name_zh"), q.value(QStringLiteral("name_zh")).toString()},
                                        {QStringLiteral("unit"), q.value(QStringLiteral("unit")).toString()},
                                        {QStringLiteral("price"), q.value(QStringLiteral("price")).toLongLong()},
                                        {QStringLiteral("tax_code"), q.value(QStringLiteral("code")).toString()},
                                        {QStringLiteral("category_id"), q.value(QStringLiteral("category_id")).toLongLong()},
                                        {QStringLiteral("age_restricted"), q.value(QStringLiteral("age_restricted")).toBool()},
                                        {QStringLiteral("active"), q.value(QStringLiteral("active")).toBool()},
                                        {QStringLiteral("barcodes"), QJsonArray::fromStringList(barcodes.value(id))}});
        }
        q.finish();
    }
    // Promotions name their products by SKU at the hub; each till maps them to its own ids.
    QJsonArray promotions;
    for (const QJsonValue& v : rows(db, QStringLiteral("SELECT body FROM promotions ORDER BY id"), {QStringLiteral("body")})) {
        QJsonObject p = QJsonDocument::fromJson(v.toObject().value(QStringLiteral("body")).toString().toUtf8()).object();
        QJsonArray promoted;
        for (const QJsonValue& id : p.value(QStringLiteral("products")).toArray())
            promoted.append(skus.value(id.toInteger()));
        p.remove(QStringLiteral("products"));
        p.insert(QStringLiteral("skus"), promoted);
        promotions.append(p);
    }
    QJsonArray members;
    for (const QJsonValue& v : rows(db,
                                    QStringLiteral("SELECT id, card_code, coalesce(name, ''), coalesce(phone, ''), consent, points_balance"
                                                   " FROM members WHERE erased = 0 ORDER BY id"),
                                    {QStringLiteral("id"), QStringLiteral("card_code"), QStringLiteral("name"), QStringLiteral("phone"),
                                     QStringLiteral("consent"), QStringLiteral("points_balance")})) {
        QJsonObject m = v.toObject();
        m.insert(QStringLiteral("consent"), m.value(QStringLiteral("consent")).toInt() != 0); // the hub reads a JSON boolean
        members.append(m);
    }
    QJsonArray staff;
    for (const DemoStore::StaffMember& s : DemoStore::staff())
        staff.append(QJsonObject{{QStringLiteral("store_id"), storeId},
                                 {QStringLiteral("code"), s.code},
                                 {QStringLiteral("name"), s.name},
                                 {QStringLiteral("role"), roleName(s.role)},
                                 {QStringLiteral("pin"), s.pin}});
    return {{QStringLiteral("tax_rates"), rows(db, QStringLiteral("SELECT code, name, basis_points FROM tax_rates ORDER BY id"),
                                               {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("basis_points")})},
            {QStringLiteral("categories"),
             rows(db, QStringLiteral("SELECT id, name_en, name_ru, name_zh FROM categories ORDER BY id"),
                  {QStringLiteral("id"), QStringLiteral("name_en"), QStringLiteral("name_ru"), QStringLiteral("name_zh")})},
            {QStringLiteral("products"), products},
            {QStringLiteral("promotions"), promotions},
            {QStringLiteral("members"), members},
            {QStringLiteral("staff"), staff}};
}

} // namespace omnitill
