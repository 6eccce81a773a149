// #23: the hub reads pushed sales straight from their text (SaleEventText) instead of through a
// QJsonDocument. That way is only right if it never reads a sale differently from the general way
// (QJsonDocument, HubEventCheck, SaleEvent::fromJson): every sale a till writes — names in Cyrillic,
// Chinese and emoji, escapes, members, promotions — must take it and come out the same, and any
// text it takes, however damaged, must be one the general way takes with the same result.
#include "SaleEventText.h"
#include "SaleReadAlike.h"
#include "SaleSimulator.h"
#include "TestStore.h"
#include "outbox/Outbox.h"

#include <QRandomGenerator>
#include <QTest>

using namespace omnitill;
using protocol::SaleEventText;

class TestSaleEventText : public QObject
{
    Q_OBJECT

    QList<QByteArray> m_sales; // as the till's outbox holds them

    static QByteArray edited(const QByteArray& text, const QByteArray& from, const QByteArray& to)
    {
        QByteArray out = text;
        const qsizetype at = out.indexOf(from);
        return at < 0 ? QByteArray() : out.replace(at, from.size(), to);
    }

private slots:
    void initTestCase()
    {
        test::TestStore store(300);
        // Names a store in Moscow, Shanghai or anywhere writes, and ones that need escapes.
        store.till().db().exec(
            QStringLiteral("UPDATE products SET name_en = CASE id % 5 WHEN 0 THEN 'Молоко 3,2 %' WHEN 1 THEN '绿茶 500毫升'"
                           " WHEN 2 THEN 'Tea \"Earl Grey\" \\ 50 g' WHEN 3 THEN 'Cake 🎂' ELSE name_en END"));
        const Session cashier = store.openShift();
        SaleSimulator(store.till(), 23).run(cashier, 120);
        for (const QueuedEvent& e : store.till().outbox().nextBatch(5000)) {
            if (QJsonDocument::fromJson(e.payload).object().value(QStringLiteral("type")).toString() == QLatin1String("sale"))
                m_sales.append(e.payload);
        }
        QCOMPARE(m_sales.size(), 120);
    }

    void everySaleATillWritesIsReadAsTheGeneralWayReadsIt()
    {
        int escaped = 0;
        int nonAscii = 0;
        for (const QByteArray& text : std::as_const(m_sales)) {
            const std::optional<SaleEventText> fast = SaleEventText::read(text);
            QVERIFY2(fast, text.constData());
            const std::optional<SaleEventText> slow = test::saleReadTheGeneralWay(text);
            QVERIFY(slow);
            QCOMPARE(fast->seq, slow->seq);
            QCOMPARE(fast->eventId, slow->eventId);
            QVERIFY(fast->sale == slow->sale);
            QVERIFY(!fast->sale.lines.isEmpty());
            escaped += text.contains("\\\"") ? 1 : 0;
            nonAscii += std::any_of(text.cbegin(), text.cend(), [](char c) { return uchar(c) >= 0x80; }) ? 1 : 0;
        }
        QVERIFY(escaped > 0);  // the sales did carry escapes
        QVERIFY(nonAscii > 0); // and UTF-8
        // Spelled another way, the same sale: spacing, escapes for plain characters, a surrogate pair.
        const QByteArray sale = m_sales.first();
        const QByteArray spaced = QByteArray(sale).replace(",\"", " ,\n\t\"").replace("\":", "\" : ");
        QVERIFY(SaleEventText::read(spaced) && test::saleReadAlike(spaced));
        const QByteArray name = "\"name\":\"";
        const QByteArray withEscapes = edited(sale, name, name + "\\u00e9\\/\\b\\f\\n\\r\\t\\ud83c\\udf82");
        QVERIFY(SaleEventText::read(withEscapes));
        QVERIFY(test::saleReadAlike(withEscapes));
        QVERIFY(SaleEventText::read(withEscapes)->sale.lines.first().name.startsWith(QStringLiteral("é/\b\f\n\r\t🎂")));
    }

    void whatItDoesNotReadIsLeftToTheGeneralWay_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::newRow("a total in quotes") << QByteArray("\"total\":") << QByteArray("\"total\":\"1\",\"x\":");
        QTest::newRow("a whole number with a fraction") << QByteArray("\"quantity\":") << QByteArray("\"quantity\":1.0,\"q\":");
        QTest::newRow("an exponent") << QByteArray("\"tax\":") << QByteArray("\"tax\":1e2,\"t\":");
        QTest::newRow("a key twice") << QByteArray("\"total\":") << QByteArray("\"total\":1,\"total\":");
        QTest::newRow("an escape in a key") << QByteArray("\"total\":") << QByteArray("\"tot\\u0061l\":");
        QTest::newRow("a null") << QByteArray("\"till\":") << QByteArray("\"till\":null,\"t\":");
        QTest::newRow("a sale without an id") << QByteArray("\"sale_id\":\"") << QByteArray("\"sale_id\":\" \",\"s\":\"");
        QTest::newRow("a currency in lower case") << QByteArray("\"currency\":\"") << QByteArray("\"currency\":\"eur\",\"c\":\"");
        QTest::newRow("a line without its sku") << QByteArray("\"sku\":\"") << QByteArray("\"sku\":\"\",\"s\":\"");
        QTest::newRow("no time") << QByteArray("\"created_at\":\"") << QByteArray("\"created_at\":\"yesterday\",\"c\":\"");
        QTest::newRow("another type") << QByteArray("\"type\":\"sale\"") << QByteArray("\"type\":\"sale.x\"");
        QTest::newRow("a sequence of 0") << QByteArray("\"device_seq\":") << QByteArray("\"device_seq\":0,\"d\":");
        QTest::newRow("a leading zero") << QByteArray("\"total\":") << QByteArray("\"total\":01,\"t\":");
        QTest::newRow("a trailing comma") << QByteArray("\"lines\":[") << QByteArray("\"lines\":[],\"l\":[1,],\"x\":[");
        QTest::newRow("a control character") << QByteArray("\"till\":\"") << QByteArray("\"till\":\"\t");
        QTest::newRow("a lone surrogate") << QByteArray("\"till\":\"") << QByteArray("\"till\":\"\\ud83c");
        QTest::newRow("broken UTF-8") << QByteArray("\"till\":\"") << QByteArray("\"till\":\"\xc3");
        QTest::newRow("an overlong slash") << QByteArray("\"till\":\"") << QByteArray("\"till\":\"\xc0\xaf");
        QTest::newRow("deep nesting") << QByteArray("\"till\":")
                                      << QByteArray("\"deep\":" + QByteArray(40, '[') + QByteArray(40, ']') + ",\"till\":");
        QTest::newRow("lines not a list") << QByteArray("\"lines\":") << QByteArray("\"lines\":{},\"l\":");
    }

    void whatItDoesNotReadIsLeftToTheGeneralWay()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        const QByteArray text = edited(m_sales.first(), from, to);
        QVERIFY2(!text.isEmpty(), from.constData());
        QVERIFY2(!SaleEventText::read(text), text.constData());
    }

    // Damaged texts, as a bad network, a bug or an attacker makes them: whatever the text reader
    // takes, the general way takes alike. Seeded, so a failure can be repeated.
    void whateverItReadsTheGeneralWayReadsAlike()
    {
        QRandomGenerator random(2312);
        static const QByteArray alphabet = "{}[]\",:\\0123456789.-eEtrufalsn \t\nu\xc3\xa9\xed\xa0\x80";
        int taken = 0;
        for (int round = 0; round < 20000; ++round) {
            QByteArray text = m_sales.at(round % m_sales.size());
            for (int edits = 1 + int(random.bounded(3)); edits > 0; --edits) {
                const qsizetype at = qsizetype(random.bounded(int(text.size())));
                const char c = alphabet.at(qsizetype(random.bounded(int(alphabet.size()))));
                switch (random.bounded(3)) {
                case 0:
                    text[at] = c;
                    break;
                case 1:
                    text.insert(at, c);
                    break;
                default:
                    text.remove(at, 1 + qsizetype(random.bounded(3)));
                }
            }
            QVERIFY2(test::saleReadAlike(text), text.constData());
            taken += SaleEventText::read(text) ? 1 : 0;
        }
        qInfo("damaged texts the text reader took: %d of 20000", taken);
        QVERIFY(taken > 1000); // edits inside names and amounts still make sales
    }
};

QTEST_GUILESS_MAIN(TestSaleEventText)
#include "tst_sale_event_text.moc"
