#include "TestStore.h"
#include "devices/CodePage.h"
#include "devices/EscPos.h"
#include "devices/PrinterProfile.h"
#include "devices/ReceiptEscPosRenderer.h"
#include "devices/ReceiptImageRenderer.h"
#include "receipt/ReceiptLayout.h"

#include <QGuiApplication>
#include <QTest>

using namespace omnitill;

class TestReceipt : public QObject
{
    Q_OBJECT

    static Receipt sampleReceipt(test::TestStore& store)
    {
        const Session s = store.openShift();
        SaleService& sales = store.till().sales();
        sales.setLanguage(QStringLiteral("ru"));
        Cart cart = sales.newCart();
        sales.scan(cart, QStringLiteral("4000000000013"));
        sales.setLanguage(QStringLiteral("zh_CN"));
        const int line = sales.scan(cart, QStringLiteral("4000000000020"));
        sales.setQuantity(s, cart, line, 3);
        Payment p(cart.totals().total.minor());
        p.addCash(10000);
        sales.complete(s, cart, p);
        return store.till().receipts().byNumber(1);
    }

private slots:
    void textAtEveryWidth()
    {
        test::TestStore store(20);
        const Receipt r = sampleReceipt(store);
        for (int columns : {32, 42, 48}) {
            const QString text = ReceiptLayout::plainText(r, columns, QLocale::c());
            for (const QString& line : text.split(QLatin1Char('\n')))
                QVERIFY2(ReceiptLayout::displayWidth(line) <= columns, qPrintable(line));
            QVERIFY(text.contains(r.receiptId));
            QVERIFY(text.contains(ReceiptLayout::amount(r.total, r.currency, QLocale::c())));
            QVERIFY(text.contains(QStringLiteral("Молоко")));
        }
        QCOMPARE(r.taxes.size(), 1);
        QCOMPARE(r.taxes.first().gross, r.total);
    }

    void wideCharactersTakeTwoColumns()
    {
        QCOMPARE(ReceiptLayout::displayWidth(QStringLiteral("牛奶ab")), 6);
        QCOMPARE(ReceiptLayout::fitLeft(QStringLiteral("牛奶牛奶"), 5), QStringLiteral("牛奶 "));
    }

    void codePages()
    {
        QCOMPARE(CodePage::toCp866(QStringLiteral("Аая")), QByteArray("\x80\xa0\xef"));
        QCOMPARE(CodePage::toWindows1251(QStringLiteral("Аяё€")), QByteArray("\xc0\xff\xb8\x88"));
        QCOMPARE(CodePage::toGb18030(QStringLiteral("牛奶")), QByteArray("\xc5\xa3\xc4\xcc"));
        QCOMPARE(CodePage::toCp866(QStringLiteral("x\u00e9")), QByteArray("x?"));
    }

    void escposBytes()
    {
        test::TestStore store(20);
        const Receipt r = sampleReceipt(store);
        const QList<ReceiptRow> rows = ReceiptLayout::rows(r, 48, QLocale::c());
        // Epson profile: Cyrillic in WPC1251 via ESC t 46, Chinese as raster, native QR, cut
        const QByteArray epson = ReceiptEscPosRenderer(PrinterProfile::byId(QStringLiteral("tm-t20ii"))).render(rows, r.qrText);
        QVERIFY(epson.startsWith(EscPos::initialize()));
        QVERIFY(epson.contains(EscPos::selectCodeTable(46)));
        QVERIFY(epson.contains(CodePage::toWindows1251(QStringLiteral("Молоко"))));
        QVERIFY(epson.contains(QByteArray("\x1d\x76\x30\x00", 4))); // GS v 0
        QVERIFY(!epson.contains(EscPos::chineseMode(true)));
        QVERIFY(epson.contains(EscPos::cut(true)));
        // Chinese printer: GB18030 text between FS & and FS ., CP866 for Cyrillic, no cutter
        const QByteArray zj = ReceiptEscPosRenderer(PrinterProfile::byId(QStringLiteral("pos-5890"))).render(rows, r.qrText);
        QVERIFY(zj.contains(EscPos::chineseMode(true) + CodePage::toGb18030(QStringLiteral("阿尔卑"))));
        QVERIFY(zj.contains(CodePage::toCp866(QStringLiteral("Молоко"))));
        QVERIFY(!zj.contains(EscPos::cut(true)));
    }

    void rasterLayout()
    {
        QImage image(16, 2, QImage::Format_Grayscale8);
        image.fill(255);
        image.setPixel(0, 0, qRgb(0, 0, 0));  // leftmost dot of row 0
        image.setPixel(15, 1, qRgb(0, 0, 0)); // rightmost dot of row 1
        const QByteArray bytes = EscPos::raster(image);
        QCOMPARE(bytes.left(8), QByteArray("\x1d\x76\x30\x00\x02\x00\x02\x00", 8));
        QCOMPARE(bytes.mid(8), QByteArray("\x80\x00\x00\x01", 4));
    }

    void pngPreview()
    {
        test::TestStore store(20);
        const Receipt r = sampleReceipt(store);
        const QImage image = ReceiptImageRenderer(48, 576).render(ReceiptLayout::rows(r, 48, QLocale::c()), r.qrText);
        QCOMPARE(image.width(), 576);
        QVERIFY(image.height() > 400);
        // something was drawn: not all white
        int dark = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                dark += qGray(image.pixel(x, y)) < 128;
        QVERIFY(dark > 1000);
    }
};

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    TestReceipt test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_receipt.moc"
