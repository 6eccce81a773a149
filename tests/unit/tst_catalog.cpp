#include "TestStore.h"
#include "catalog/CatalogSearch.h"

#include <QTest>

using namespace omnitill;

class TestCatalog : public QObject
{
    Q_OBJECT
private slots:
    void hanIsIndexedPerCharacter()
    {
        QCOMPARE(CatalogSearch::indexText(QStringLiteral("阿尔卑全脂牛奶 1 L")), QStringLiteral("阿 尔 卑 全 脂 牛 奶 1 L"));
        QCOMPARE(CatalogSearch::matchExpression(QStringLiteral("milk 牛奶")), QStringLiteral("\"milk\"* \"牛 奶\""));
        QCOMPARE(CatalogSearch::matchExpression(QStringLiteral("\"; DROP")), QStringLiteral("\"DROP\"*"));
        QVERIFY(CatalogSearch::matchExpression(QStringLiteral("  -- ")).isEmpty());
    }

    void searchesInThreeLanguagesAndCodes()
    {
        test::TestStore store(300);
        CatalogRepository& catalog = store.till().catalog();
        const QList<Product> en = catalog.search(QStringLiteral("whole mil"));
        QVERIFY(!en.isEmpty());
        for (const Product& p : en)
            QVERIFY2(p.nameEn.contains(QStringLiteral("Whole Milk")), qPrintable(p.nameEn));
        const QList<Product> ru = catalog.search(QStringLiteral("молоко"));
        QVERIFY(!ru.isEmpty());
        QVERIFY(ru.first().nameRu.contains(QStringLiteral("Молоко")));
        const QList<Product> zh = catalog.search(QStringLiteral("牛奶"));
        QVERIFY(!zh.isEmpty());
        QVERIFY(zh.first().nameZh.contains(QStringLiteral("牛奶")));
        QVERIFY(catalog.search(QStringLiteral("奶牛")).isEmpty());                   // characters must be consecutive
        const QList<Product> diacritics = catalog.search(QStringLiteral("zelenyi")); // no such word: nothing
        QVERIFY(diacritics.isEmpty());
        QCOMPARE(catalog.search(QStringLiteral("4000000000013")).size(), 1); // printed EAN, no leading zero
        QCOMPARE(catalog.search(QStringLiteral("SKU0000002")).first().sku, QStringLiteral("SKU0000002"));
        QVERIFY(catalog.search(QStringLiteral("mil"), 5).size() <= 5);
    }

    void upsertReplacesCodesAndSearchEntry()
    {
        test::TestStore store(20);
        CatalogRepository& catalog = store.till().catalog();
        Product p = *catalog.findByCodes({QStringLiteral("04000000000013")});
        p.nameEn = QStringLiteral("Renamed Café Latte");
        Transaction tx(store.till().db());
        catalog.upsertProduct(p, {QStringLiteral("04006381333931")});
        tx.commit();
        QVERIFY(!catalog.findByCodes({QStringLiteral("04000000000013")}));
        QCOMPARE(catalog.findByCodes({QStringLiteral("04006381333931")})->id, p.id);
        QCOMPARE(catalog.search(QStringLiteral("cafe")).size(), 1); // diacritics folded
        QVERIFY(catalog.search(QStringLiteral("Alpine Whole")).isEmpty() ||
                catalog.search(QStringLiteral("Alpine Whole")).first().id != p.id);
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
