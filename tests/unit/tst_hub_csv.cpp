// Head-office CSV files into the hub's import document: quoting, line ends, kinds by header.
#include "HubCsv.h"
#include "HubError.h"
#include "HubStock.h"
#include "TestStore.h"

#include <QJsonArray>
#include <QTest>

using namespace omnitill;
using omnitill::hub::HubCsv;

class TestHubCsv : public QObject
{
    Q_OBJECT

private slots:
    void quotedFieldsKeepCommasQuotesAndLineBreaks()
    {
        const QList<QStringList> r = HubCsv::parse("a,\"b, c\",\"say \"\"hi\"\"\"\r\n1,\"two\nlines\",3\n\n");
        QCOMPARE(r.size(), 2);
        QCOMPARE(r[0], (QStringList{QStringLiteral("a"), QStringLiteral("b, c"), QStringLiteral("say \"hi\"")}));
        QCOMPARE(r[1], (QStringList{QStringLiteral("1"), QStringLiteral("two\nlines"), QStringLiteral("3")}));
        QCOMPARE(test::errorCode([] { HubCsv::parse("a,\"open\n"); }), QStringLiteral("csv.invalid"));
    }

    void productsWithABomAndColumnsInAnyOrder()
    {
        const QJsonObject doc =
            HubCsv::toImportDocument("\xEF\xBB\xBFsku,price,name_en,name_ru,name_zh,unit,tax_code,age_restricted,active,barcodes\n"
                                     "P1,199,\"Tea, green\",Чай,绿茶,piece,A,0,1,4000000000013 4000000000020\n"
                                     "P2,2500,Cheese,Сыр,奶酪,weight,B,,,\n");
        const QJsonArray products = doc.value(QStringLiteral("products")).toArray();
        QCOMPARE(products.size(), 2);
        const QJsonObject tea = products[0].toObject();
        QCOMPARE(tea.value(QStringLiteral("name_en")).toString(), QStringLiteral("Tea, green"));
        QCOMPARE(tea.value(QStringLiteral("name_zh")).toString(), QStringLiteral("绿茶"));
        QCOMPARE(tea.value(QStringLiteral("price")).toInteger(), 199);
        QCOMPARE(tea.value(QStringLiteral("age_restricted")).toBool(true), false);
        QCOMPARE(tea.value(QStringLiteral("barcodes")).toArray().size(), 2);
        const QJsonObject cheese = products[1].toObject();
        QVERIFY(!cheese.contains(QStringLiteral("active"))); // empty: the importer's default applies
        QCOMPARE(cheese.value(QStringLiteral("barcodes")).toArray().size(), 0);
    }

    void theHeaderSaysWhatTheFileHolds()
    {
        QCOMPARE(HubCsv::toImportDocument("store_id,code,name,role,pin\nS1,E1,Anna,cashier,4321\n")
                     .value(QStringLiteral("staff"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("pin"))
                     .toString(),
                 QStringLiteral("4321"));
        QCOMPARE(HubCsv::toImportDocument("sku,price\nP1,250\n").value(QStringLiteral("prices")).toArray().size(), 1);
        QCOMPARE(HubCsv::toImportDocument("store_id,sku,on_hand\nS1,P1,-3\n")
                     .value(QStringLiteral("stock"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("on_hand"))
                     .toInteger(),
                 -3);
        QCOMPARE(HubCsv::toImportDocument("code,name,basis_points\nA,Standard,1900\n").value(QStringLiteral("tax_rates")).toArray().size(),
                 1);
        const QJsonObject category = HubCsv::toImportDocument("id,name_en,name_ru,name_zh\n7,Tea,Чай,茶\n")
                                         .value(QStringLiteral("categories"))
                                         .toArray()
                                         .first()
                                         .toObject();
        QCOMPARE(category.value(QStringLiteral("id")).toInteger(), 7);
        const QJsonArray products = HubCsv::toImportDocument("sku,name_en,name_ru,name_zh,unit,price,tax_code,category_id,"
                                                             "age_restricted,active,barcodes\n"
                                                             "P1,Tea,Чай,茶,piece,199,A,7,0,1,\nP2,Cup,,,piece,99,A,,0,1,\n")
                                        .value(QStringLiteral("products"))
                                        .toArray();
        QCOMPARE(products[0].toObject().value(QStringLiteral("category_id")).toInteger(), 7);
        QVERIFY(!products[1].toObject().contains(QStringLiteral("category_id")));
    }

    void problemsNameTheirLine()
    {
        try {
            HubCsv::toImportDocument("sku,price\nP1,250\nP2,2.50\n");
            QFAIL("a price with a decimal point was accepted");
        } catch (const hub::HubError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("line 3")), qPrintable(e.message()));
        }
        try {
            HubCsv::toImportDocument("sku,cost\nP1,250\n");
            QFAIL("an unknown header was accepted");
        } catch (const hub::HubError& e) {
            QVERIFY(e.message().contains(QStringLiteral("sku,price")));
        }
        QCOMPARE(test::errorCode([] { HubCsv::toImportDocument("sku,price\nP1\n"); }), QStringLiteral("csv.invalid"));
        QCOMPARE(test::errorCode([] { HubCsv::toImportDocument(""); }), QStringLiteral("csv.invalid"));
    }

    // Not CSV, but the hub's other pure reading of what stores send: how an event moves stock.
    void goodsReceivedAndHandedOverMoveTheHubsStock()
    {
        const auto event = [](const char* type, const QJsonObject& body) {
            return QJsonObject{{QStringLiteral("type"), QLatin1String(type)}, {QStringLiteral("body"), body}};
        };
        const QJsonArray received{QJsonObject{{QStringLiteral("sku"), QStringLiteral("A")}, {QStringLiteral("quantity"), 12}}};
        QCOMPARE(hub::HubStock::stockDelta(event("stock.received", {{QStringLiteral("lines"), received}})), QStringLiteral("A\t12\n"));
        const QJsonArray handedOver{
            QJsonObject{{QStringLiteral("sku"), QStringLiteral("A")}, {QStringLiteral("picked"), 2}},
            QJsonObject{{QStringLiteral("sku"), QStringLiteral("B")},
                        {QStringLiteral("picked"), 0},
                        {QStringLiteral("substitute_sku"), QStringLiteral("C")},
                        {QStringLiteral("substitute_quantity"), 1}},
            QJsonObject{{QStringLiteral("sku"), QStringLiteral("D")}, {QStringLiteral("picked"), 5}, {QStringLiteral("refused"), true}}};
        QCOMPARE(hub::HubStock::stockDelta(event("pickup.collected", {{QStringLiteral("lines"), handedOver}})),
                 QStringLiteral("A\t-2\nC\t-1\n"));
        // Paid at the desk: the sale moved the stock, the hand-over does not again.
        QCOMPARE(hub::HubStock::stockDelta(
                     event("pickup.collected", {{QStringLiteral("lines"), handedOver}, {QStringLiteral("sale_id"), QStringLiteral("s")}})),
                 QString());
        // A sale takes what it sold; a return puts back only what goes back on the shelf.
        protocol::SaleEvent sale;
        for (const auto& [sku, quantity] : {std::pair{"A", 2}, std::pair{"B", 750}}) {
            protocol::SaleEventLine l;
            l.sku = QLatin1String(sku);
            l.quantity = quantity;
            sale.lines.append(l);
        }
        QCOMPARE(hub::HubStock::stockDelta(sale), QStringLiteral("A\t-2\nB\t-750\n"));
        protocol::ReturnEvent returned;
        for (const auto& [sku, disposition] : {std::pair{"A", "restock"}, std::pair{"B", "damaged"}}) {
            protocol::ReturnEventLine l;
            l.sku = QLatin1String(sku);
            l.quantity = 1;
            l.disposition = QLatin1String(disposition);
            returned.lines.append(l);
        }
        QCOMPARE(hub::HubStock::stockDelta(returned), QStringLiteral("A\t1\n"));
    }
};

QTEST_GUILESS_MAIN(TestHubCsv)
#include "tst_hub_csv.moc"
