#include "common/DomainError.h"
#include "money/Money.h"

#include <QTest>

#include <limits>

using namespace omnitill;

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void currencyExponents()
    {
        QCOMPARE(Currency::fromCode(QStringLiteral("EUR")).exponent(), 2);
        QCOMPARE(Currency::fromCode(QStringLiteral("jpy")).exponent(), 0);
        QCOMPARE(Currency::fromCode(QStringLiteral("KWD")).exponent(), 3);
        QCOMPARE(Currency::fromCode(QStringLiteral("RUB")).numericCode(), 643);
        QVERIFY_THROWS_EXCEPTION(DomainError, Currency::fromCode(QStringLiteral("XYZ")));
    }

    void arithmetic()
    {
        const Currency eur = Currency::fromCode(QStringLiteral("EUR"));
        QCOMPARE((Money(150, eur) + Money(275, eur)).minor(), 425);
        QCOMPARE((Money(150, eur) - Money(275, eur)).minor(), -125);
        QCOMPARE(Money(199, eur).times(3).minor(), 597);
        QVERIFY(Money(1, eur) < Money(2, eur));
    }

    void refusesMixedCurrencies()
    {
        const Money eur(100, Currency::fromCode(QStringLiteral("EUR")));
        const Money usd(100, Currency::fromCode(QStringLiteral("USD")));
        try {
            (void)(eur + usd);
            QFAIL("mixing currencies must throw");
        } catch (const DomainError& e) {
            QCOMPARE(e.code(), QStringLiteral("money.currency_mismatch"));
        }
        QVERIFY_THROWS_EXCEPTION(DomainError, (void)(eur < usd));
    }

    void detectsOverflow()
    {
        const Currency eur = Currency::fromCode(QStringLiteral("EUR"));
        const Money big(std::numeric_limits<qint64>::max() - 1, eur);
        QVERIFY_THROWS_EXCEPTION(DomainError, (void)(big + Money(2, eur)));
        QVERIFY_THROWS_EXCEPTION(DomainError, (void)(Money(std::numeric_limits<qint64>::min(), eur) - Money(1, eur)));
        QVERIFY_THROWS_EXCEPTION(DomainError, (void)big.times(2));
        QVERIFY_THROWS_EXCEPTION(DomainError, (void)(-Money(std::numeric_limits<qint64>::min(), eur)));
    }

    void plainStringAndParse()
    {
        const Currency eur = Currency::fromCode(QStringLiteral("EUR"));
        const Currency jpy = Currency::fromCode(QStringLiteral("JPY"));
        const Currency kwd = Currency::fromCode(QStringLiteral("KWD"));
        QCOMPARE(Money(-5, eur).toPlainString(), QStringLiteral("-0.05"));
        QCOMPARE(Money(123456, eur).toPlainString(), QStringLiteral("1234.56"));
        QCOMPARE(Money(500, jpy).toPlainString(), QStringLiteral("500"));
        QCOMPARE(Money(1005, kwd).toPlainString(), QStringLiteral("1.005"));
        QCOMPARE(Money(std::numeric_limits<qint64>::min(), eur).toPlainString(), QStringLiteral("-92233720368547758.08"));
        QCOMPARE(Money::parse(QStringLiteral("12,3"), eur).minor(), 1230);
        QCOMPARE(Money::parse(QStringLiteral("12.34"), eur).minor(), 1234);
        QCOMPARE(Money::parse(QStringLiteral("7"), eur).minor(), 700);
        QCOMPARE(Money::parse(QStringLiteral("-0.5"), eur).minor(), -50);
        QCOMPARE(Money::parse(QStringLiteral("500"), jpy).minor(), 500);
        QVERIFY_THROWS_EXCEPTION(DomainError, Money::parse(QStringLiteral("1.234"), eur));
        QVERIFY_THROWS_EXCEPTION(DomainError, Money::parse(QStringLiteral("1e3"), eur));
        QVERIFY_THROWS_EXCEPTION(DomainError, Money::parse(QStringLiteral(""), eur));
        QVERIFY_THROWS_EXCEPTION(DomainError, Money::parse(QStringLiteral("99999999999999999999"), eur));
        QVERIFY_THROWS_EXCEPTION(DomainError, Money::parse(QStringLiteral("\u0661\u0662"), eur)); // Arabic-Indic digits
    }

    void formatsForLocale()
    {
        const Currency eur = Currency::fromCode(QStringLiteral("EUR"));
        const QString en = Money(123456, eur).format(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(en.contains(QStringLiteral("1,234.56")), qPrintable(en));
        QVERIFY(en.contains(QStringLiteral("\u20ac")));
        const QString ru = Money(123456, eur).format(QLocale(QLocale::Russian, QLocale::Russia));
        QVERIFY2(ru.contains(QStringLiteral("234,56")), qPrintable(ru));
        const QString zh = Money(-50, Currency::fromCode(QStringLiteral("CNY"))).format(QLocale(QLocale::Chinese, QLocale::China));
        // negative amounts follow the locale's convention: a minus sign or parentheses
        QVERIFY2(zh.contains(QStringLiteral("0.50")) && (zh.contains(QLatin1Char('-')) || zh.startsWith(QLatin1Char('('))), qPrintable(zh));
        // exact for amounts beyond double precision
        const QString huge = Money(900719925474099301, eur).format(QLocale::c());
        QVERIFY2(huge.contains(QStringLiteral("9007199254740993.01")), qPrintable(huge));
    }
};

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
