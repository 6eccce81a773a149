// A hub feed page is applied whole with its cursor, or not at all — also in the cached settings.
#include "FeedApplier.h"
#include "TestStore.h"
#include "catalog/CatalogRepository.h"

#include <QJsonArray>
#include <QTest>

using namespace omnitill;

class TestFeedApplier : public QObject
{
    Q_OBJECT

    static QJsonObject staff(const QString& code, const QByteArray& salt)
    {
        return {{QStringLiteral("body"), QJsonObject{{QStringLiteral("code"), code},
                                                     {QStringLiteral("name"), code},
                                                     {QStringLiteral("role"), QStringLiteral("cashier")},
                                                     {QStringLiteral("pin_salt"), QString::fromLatin1(salt.toBase64())},
                                                     {QStringLiteral("pin_hash"), QString::fromLatin1(QByteArray(32, 'h').toBase64())},
                                                     {QStringLiteral("pin_iterations"), 30000}}}};
    }

private slots:
    void aBrokenPageChangesNothingNotEvenTheCachedCursor()
    {
        test::TestStore store(5);
        FeedApplier applier(store.till().db(), store.till().settings());
        const QString key = FeedApplier::cursorKey(QStringLiteral("staff"));
        const QJsonObject broken{{QStringLiteral("items"), QJsonArray{staff(QStringLiteral("E1"), QByteArray(16, 's')),
                                                                      staff(QStringLiteral("E2"), QByteArray(3, 's'))}},
                                 {QStringLiteral("cursor"), QStringLiteral("c2")}};
        QCOMPARE(test::errorCode([&] { applier.apply(QStringLiteral("staff"), broken); }), QStringLiteral("sync.staff"));
        QCOMPARE(store.till().settings().value(key), QString());
        QCOMPARE(store.count(QStringLiteral("staff WHERE code = 'E1'")), 0);

        const QJsonObject good{{QStringLiteral("items"), QJsonArray{staff(QStringLiteral("E1"), QByteArray(16, 's'))}},
                               {QStringLiteral("cursor"), QStringLiteral("c1")}};
        QCOMPARE(applier.apply(QStringLiteral("staff"), good), 1);
        QCOMPARE(store.till().settings().value(key), QStringLiteral("c1"));
        QCOMPARE(store.count(QStringLiteral("staff WHERE code = 'E1'")), 1);
    }

    void settingsComeOnlyFromTheHubsListAndOnlyWhenThePageCommits()
    {
        test::TestStore store(5);
        FeedApplier applier(store.till().db(), store.till().settings());
        const auto item = [](const char* key, const char* value) {
            return QJsonObject{{QStringLiteral("body"),
                                QJsonObject{{QStringLiteral("key"), QLatin1String(key)}, {QStringLiteral("value"), QLatin1String(value)}}}};
        };
        // A page that fails at its last write (here a trigger; on a shop floor a full disk) leaves
        // neither the database nor the cached settings changed.
        Database& db = store.till().db();
        db.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_cursor BEFORE INSERT ON settings WHEN NEW.key = 'sync.cursor.settings'"
                               " BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
        const QString before = store.till().settings().storeName();
        QVERIFY(test::errorCode([&] {
                    applier.apply(QStringLiteral("settings"), {{QStringLiteral("items"), QJsonArray{item("store.name", "Half applied")}},
                                                               {QStringLiteral("cursor"), QStringLiteral("s0")}});
                }) != QStringLiteral("ok"));
        QCOMPARE(store.till().settings().storeName(), before);
        db.exec(QStringLiteral("DROP TRIGGER refuse_cursor"));

        const QString device = store.till().settings().deviceId();
        applier.apply(QStringLiteral("settings"),
                      {{QStringLiteral("items"), QJsonArray{item("device.id", "stolen"), item("store.name", "Hub name")}},
                       {QStringLiteral("cursor"), QStringLiteral("s1")}});
        QCOMPARE(store.till().settings().deviceId(), device);
        QCOMPARE(store.till().settings().storeName(), QStringLiteral("Hub name"));
    }

    // New products are written together and indexed after (one FTS flush a page); products met
    // again in the same page, and known ones, still end with their last form, found by name and code.
    void aCatalogPageIndexesNewKnownAndRepeatedProducts()
    {
        test::TestStore store(5);
        FeedApplier applier(store.till().db(), store.till().settings());
        CatalogRepository catalog(store.till().db());
        const auto product = [](const char* sku, const char* name, const char* barcode) {
            protocol::CatalogProduct p;
            p.sku = QLatin1String(sku);
            p.nameEn = QLatin1String(name);
            p.unit = QStringLiteral("piece");
            p.price = 199;
            p.taxCode = QStringLiteral("A");
            p.categoryId = 1;
            p.barcodes = {QLatin1String(barcode)};
            return p;
        };
        const qint64 before = catalog.productCount();
        protocol::CatalogPage page;
        page.products = {product("NEW-1", "Quince jelly", "2900000000013"), product("SKU0000001", "Renamed kettle", "2900000000020"),
                         product("NEW-2", "Medlar jam", "2900000000037"), product("NEW-1", "Rowan jelly", "2900000000013")};
        page.cursor = QStringLiteral("p1");
        QCOMPARE(applier.apply(page), 4);
        QCOMPARE(catalog.productCount(), before + 2);
        QCOMPARE(store.count(QStringLiteral("product_search")), catalog.productCount());
        QCOMPARE(catalog.search(QStringLiteral("rowan")).size(), 1);
        QCOMPARE(catalog.search(QStringLiteral("rowan")).first().sku, QStringLiteral("NEW-1"));
        QVERIFY(catalog.search(QStringLiteral("quince")).isEmpty());
        QCOMPARE(catalog.search(QStringLiteral("medlar")).size(), 1);
        QCOMPARE(catalog.search(QStringLiteral("renamed kettle")).first().sku, QStringLiteral("SKU0000001"));
        QCOMPARE(catalog.findByCodes({QStringLiteral("2900000000037")})->sku, QStringLiteral("NEW-2"));
        QCOMPARE(catalog.search(QStringLiteral("2900000000013")).first().sku, QStringLiteral("NEW-1"));
    }
};

QTEST_GUILESS_MAIN(TestFeedApplier)
#include "tst_feed_applier.moc"
