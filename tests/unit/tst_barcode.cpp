#include "barcode/BarcodeParser.h"
#include "barcode/Gtin.h"
#include "common/DomainError.h"

#include <QTest>

using namespace omnitill;

namespace {
const QChar GS(0x1D);
const QDate kToday(2026, 11, 23);

QString refusalCode(const BarcodeParser& parser, const QString& raw)
{
    try {
        parser.parse(raw, kToday);
    } catch (const DomainError& e) {
        return e.code();
    }
    return QStringLiteral("accepted");
}
} // namespace

class TestBarcode : public QObject
{
    Q_OBJECT
    BarcodeParser parser{VariableMeasureRule::listFromText(QStringLiteral("20:5:price:2;21:5:weight:3;22:4:price:2:v;02:5:price:2")),
                         Currency::fromCode(QStringLiteral("EUR"))};
private slots:
    void checkDigits()
    {
        QCOMPARE(gtin::checkDigit(u"400638133393"), 1);
        QVERIFY(gtin::hasValidCheckDigit(u"4006381333931"));
        QVERIFY(!gtin::hasValidCheckDigit(u"4006381333932"));
        QVERIFY(gtin::hasValidCheckDigit(u"96385074"));     // EAN-8
        QVERIFY(gtin::hasValidCheckDigit(u"036000241457")); // UPC-A
    }

    void upcE()
    {
        QCOMPARE(gtin::expandUpcE(u"04252614"), QStringLiteral("042100005264"));
        QCOMPARE(gtin::expandUpcE(u"01234565"), QStringLiteral("012345000065"));
        QVERIFY(gtin::expandUpcE(u"21234565").isEmpty()); // number system 2 is not UPC-E
        const ScanCode code = parser.parse(QStringLiteral("04252614"), kToday);
        QVERIFY(code.lookupCodes.contains(QStringLiteral("00042100005264")));
    }

    void gtinLengths()
    {
        QCOMPARE(parser.parse(QStringLiteral("4006381333931"), kToday).lookupCodes, QStringList{QStringLiteral("04006381333931")});
        QCOMPARE(parser.parse(QStringLiteral("036000241457"), kToday).lookupCodes, QStringList{QStringLiteral("00036000241457")});
        QCOMPARE(parser.parse(QStringLiteral("96385074"), kToday).lookupCodes.first(), QStringLiteral("00000096385074"));
        QCOMPARE(refusalCode(parser, QStringLiteral("4006381333932")), QStringLiteral("barcode.check_digit"));
        QCOMPARE(refusalCode(parser, QStringLiteral("12345678901")), QStringLiteral("barcode.length"));
        QCOMPARE(refusalCode(parser, QStringLiteral("   ")), QStringLiteral("barcode.empty"));
        QCOMPARE(parser.parse(QStringLiteral("SKU0000001"), kToday).kind, ScanCode::Kind::Plain);
    }

    void variableMeasurePriceAndWeight()
    {
        // 20 12345 01234 C: item 12345, price 12.34
        QString data = QStringLiteral("201234501234");
        ScanCode code = parser.parse(data + QString::number(gtin::checkDigit(data)), kToday);
        QCOMPARE(code.kind, ScanCode::Kind::VariableMeasure);
        QCOMPARE(code.lookupCodes, QStringList{QStringLiteral("2012345")});
        QCOMPARE(code.embeddedPrice.value(), 1234);
        // 21 00001 01250 C: 1.250 kg
        data = QStringLiteral("210000101250");
        code = parser.parse(data + QString::number(gtin::checkDigit(data)), kToday);
        QCOMPARE(code.weightGrams.value(), 1250);
        QVERIFY(!code.embeddedPrice);
        // a UPC-A with number system 2 is the GTIN-13 prefix "02"
        data = QStringLiteral("21234500199");
        code = parser.parse(data + QString::number(gtin::checkDigit(data)), kToday);
        QCOMPARE(code.lookupCodes, QStringList{QStringLiteral("0212345")});
        QCOMPARE(code.embeddedPrice.value(), 199);
    }

    void priceVerifierDigit()
    {
        QCOMPARE(gtin::priceVerifierDigit(u"2875"), 9);
        QCOMPARE(gtin::priceVerifierDigit(u"14685"), 6);
        // 22 1234 V 02875 C: the verifier is computed over the five price digits
        const int verifier = gtin::priceVerifierDigit(u"02875");
        QCOMPARE(verifier, 5);
        const QString good = QStringLiteral("221234") + QString::number(verifier) + QStringLiteral("02875");
        const ScanCode code = parser.parse(good + QString::number(gtin::checkDigit(good)), kToday);
        QCOMPARE(code.embeddedPrice.value(), 2875);
        const QString bad = QStringLiteral("221234") + QString::number((verifier + 1) % 10) + QStringLiteral("02875");
        QCOMPARE(refusalCode(parser, bad + QString::number(gtin::checkDigit(bad))), QStringLiteral("barcode.verifier"));
    }

    void gs1ElementStrings()
    {
        // GS1-128 as a scanner sends it: symbology id, fixed AIs back to back, GS after variable ones
        const QString raw = QStringLiteral("]C10109506000134352") + QStringLiteral("17271231") + QStringLiteral("10LOT42") + GS +
                            QStringLiteral("3103001250") + QStringLiteral("21SER9");
        const ScanCode code = parser.parse(raw, kToday);
        QCOMPARE(code.kind, ScanCode::Kind::Gs1);
        QCOMPARE(code.lookupCodes, QStringList{QStringLiteral("09506000134352")});
        QCOMPARE(code.batch, QStringLiteral("LOT42"));
        QCOMPARE(code.serial, QStringLiteral("SER9"));
        QCOMPARE(code.expiry.value(), QDate(2027, 12, 31));
        QCOMPARE(code.weightGrams.value(), 1250);

        const ScanCode bracketed = parser.parse(QStringLiteral("(01)09506000134352(3922)1299(17)270200"), kToday);
        QCOMPARE(bracketed.embeddedPrice.value(), 1299);
        QCOMPARE(bracketed.expiry.value(), QDate(2027, 2, 28)); // day 00 = last day of the month

        const ScanCode dataMatrix = parser.parse(QStringLiteral("]d2") + GS + QStringLiteral("0109506000134352") +
                                                     QStringLiteral("3932978") + QStringLiteral("450") + GS + QStringLiteral("10X"),
                                                 kToday);
        QCOMPARE(dataMatrix.embeddedPrice.value(), 450);
    }

    void gs1Refusals_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("code");
        QTest::newRow("expired batch") << QStringLiteral("(01)09506000134352(17)250101(10)OLD") << QStringLiteral("barcode.expired");
        QTest::newRow("bad GTIN check") << QStringLiteral("(01)09506000134353") << QStringLiteral("barcode.check_digit");
        QTest::newRow("short fixed AI") << QStringLiteral("]C1010950600013") << QStringLiteral("barcode.malformed_ai");
        QTest::newRow("letters in numeric AI") << QStringLiteral("(01)09506000134352(3103)00A250")
                                               << QStringLiteral("barcode.malformed_ai");
        QTest::newRow("unknown AI") << QStringLiteral("]C10109506000134352") + QStringLiteral("99ABC")
                                    << QStringLiteral("barcode.unknown_ai");
        QTest::newRow("invalid date") << QStringLiteral("(01)09506000134352(17)271340") << QStringLiteral("barcode.malformed_ai");
        QTest::newRow("batch too long") << QStringLiteral("(01)09506000134352(10)ABCDEFGHIJKLMNOPQRSTU")
                                        << QStringLiteral("barcode.malformed_ai");
        QTest::newRow("other currency") << QStringLiteral("(01)09506000134352(3932)840100") << QStringLiteral("barcode.currency");
        QTest::newRow("no GTIN") << QStringLiteral("(10)ABC(17)271231") << QStringLiteral("barcode.malformed_ai");
    }

    void gs1Refusals()
    {
        QFETCH(QString, raw);
        QFETCH(QString, code);
        QCOMPARE(refusalCode(parser, raw), code);
    }

    void digitalLink()
    {
        const ScanCode code = parser.parse(
            QStringLiteral("https://id.gs1.org/01/09506000134352/10/AB%2F12/21/S1?17=271231&3103=000500&linkType=all"), kToday);
        QCOMPARE(code.lookupCodes, QStringList{QStringLiteral("09506000134352")});
        QCOMPARE(code.batch, QStringLiteral("AB/12"));
        QCOMPARE(code.serial, QStringLiteral("S1"));
        QCOMPARE(code.weightGrams.value(), 500);
        // a short GTIN in a link is padded to 14 digits
        QCOMPARE(parser.parse(QStringLiteral("https://example.com/shop/01/4006381333931"), kToday).lookupCodes,
                 QStringList{QStringLiteral("04006381333931")});
        QCOMPARE(refusalCode(parser, QStringLiteral("https://example.com/product/123")), QStringLiteral("barcode.malformed_link"));
        QCOMPARE(refusalCode(parser, QStringLiteral("https://id.gs1.org/01/09506000134352/10")), QStringLiteral("barcode.malformed_link"));
    }

    void ruleText()
    {
        const VariableMeasureRule rule = VariableMeasureRule::fromText(QStringLiteral("23:5:weight:3:v"));
        QCOMPARE(rule.valueDigits(), 4);
        QCOMPARE(rule.toText(), QStringLiteral("23:5:weight:3:v"));
        QVERIFY_THROWS_EXCEPTION(DomainError, VariableMeasureRule::fromText(QStringLiteral("2x:5:price:2")));
        QVERIFY_THROWS_EXCEPTION(DomainError, VariableMeasureRule::fromText(QStringLiteral("20:9:price:2")));
    }
};

QTEST_APPLESS_MAIN(TestBarcode)
#include "tst_barcode.moc"
