#include "tax/TaxCalculator.h"

#include <QTest>

using namespace omnitill;

class TestTax : public QObject
{
    Q_OBJECT
    Currency eur = Currency::fromCode(QStringLiteral("EUR"));
private slots:
    void roundHalfAwayFromZero()
    {
        QCOMPARE(TaxCalculator::divideRoundHalfAway(5, 10), 1);
        QCOMPARE(TaxCalculator::divideRoundHalfAway(4, 10), 0);
        QCOMPARE(TaxCalculator::divideRoundHalfAway(-5, 10), -1);
        QCOMPARE(TaxCalculator::divideRoundHalfAway(-4, 10), 0);
        QCOMPARE(TaxCalculator::divideRoundHalfAway(15, 10), 2);
    }

    void inclusiveExtractsTax()
    {
        const TaxCalculator calc(TaxMode::Inclusive);
        // 11.90 gross at 19 %: tax = 11.90 * 19 / 119 = 1.90 exactly
        LineTax t = calc.lineTax(Money(1190, eur), 1900);
        QCOMPARE(t.tax.minor(), 190);
        QCOMPARE(t.net.minor(), 1000);
        QCOMPARE(t.gross.minor(), 1190);
        // 1.00 gross at 7 %: 100 * 700 / 10700 = 6.54 -> 7
        t = calc.lineTax(Money(100, eur), 700);
        QCOMPARE(t.tax.minor(), 7);
        QCOMPARE(t.net.minor() + t.tax.minor(), 100);
        // refunds (negative lines) round symmetrically
        QCOMPARE(calc.lineTax(Money(-100, eur), 700).tax.minor(), -7);
    }

    void exclusiveAddsTax()
    {
        const TaxCalculator calc(TaxMode::Exclusive);
        // 9.99 at 8.875 % = 0.8866 -> 0.89
        const LineTax t = calc.lineTax(Money(999, eur), 888); // 8.88 %
        QCOMPARE(t.tax.minor(), 89);
        QCOMPARE(t.gross.minor(), 1088);
        QCOMPARE(calc.lineTax(Money(1000, eur), 0).tax.minor(), 0);
    }

    void bucketsSumRoundedLines()
    {
        const TaxCalculator calc(TaxMode::Inclusive);
        TaxSummary summary;
        const TaxRate a{1, QStringLiteral("A"), QStringLiteral("19"), 1900};
        const TaxRate b{2, QStringLiteral("B"), QStringLiteral("7"), 700};
        qint64 taxA = 0;
        for (int i = 0; i < 3; ++i) {
            const LineTax line = calc.lineTax(Money(333, eur), 1900);
            taxA += line.tax.minor();
            summary.add(a, line);
        }
        summary.add(b, calc.lineTax(Money(500, eur), 700));
        QCOMPARE(summary.buckets().size(), 2);
        QCOMPARE(summary.buckets()[0].rate.code, QStringLiteral("A"));
        QCOMPARE(summary.buckets()[0].tax.minor(), taxA);
        QCOMPARE(summary.buckets()[0].gross.minor(), 999);
        QCOMPARE(summary.buckets()[1].tax.minor(), 33);
    }

    void refusesInvalidRate() { QVERIFY_THROWS_EXCEPTION(std::exception, TaxCalculator(TaxMode::Inclusive).lineTax(Money(100, eur), -1)); }
};

QTEST_APPLESS_MAIN(TestTax)
#include "tst_tax.moc"
