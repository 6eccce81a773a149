#include "CodePage.h"
#include "DemoStore.h"
#include "EscPos.h"
#include "EscPosDecoder.h"
#include "PrintJobRenderer.h"
#include "PrinterProfile.h"
#include "PrinterSettings.h"
#include "ReceiptEscPosRenderer.h"
#include "ReceiptImageRenderer.h"
#include "TestStore.h"
#include "receipt/ReceiptLayout.h"

#include <QGuiApplication>
#include <QRegularExpression>
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

    // 58 mm paper (32 columns): the time of sale, every word of a long name, VAT labelled net / tax /
    // gross, and a double-width store name broken between words, never inside one.
    void narrowPaperKeepsEverything()
    {
        Receipt r;
        r.storeName = QStringLiteral("Omni Wholefoods Marktplatz");
        r.receiptId = QStringLiteral("S1-T1-000042");
        r.localTime = QDateTime(QDate(2026, 12, 2), QTime(14, 37));
        r.cashier = QStringLiteral("Anna-Lena Schmidt-Hoffmann");
        r.currency = Currency::fromCode(QStringLiteral("EUR"));
        r.lines.append({QStringLiteral("Bio Vollmilch 3,8% Fett aus der Region, 1 Liter Glasflasche"), Unit::Piece, 1, 189, 0, 189,
                        QStringLiteral("B")});
        r.lines.append({QStringLiteral("有机全脂牛奶一升装玻璃瓶本地牧场直供"), Unit::Piece, 2, 189, 0, 378, QStringLiteral("B")});
        r.taxes.append({QStringLiteral("B"), 700, 530, 37, 567});
        r.total = 567;
        r.memberCard = QStringLiteral("2900000000017");
        for (int columns : {32, 42}) {
            const QString text = ReceiptLayout::plainText(r, columns, QLocale::c());
            const QList<ReceiptRow> rows = ReceiptLayout::rows(r, columns, QLocale::c());
            for (const QString& line : text.split(QLatin1Char('\n')))
                QVERIFY2(ReceiptLayout::displayWidth(line) <= columns, qPrintable(line));
            QVERIFY2(text.contains(QStringLiteral("2026-12-02 14:37")), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("Schmidt-Hoffmann")));
            QVERIFY(text.contains(r.receiptId));
            for (const QString& word : r.lines[0].name.split(QLatin1Char(' ')))
                QVERIFY2(text.contains(word), qPrintable(word + QStringLiteral(" missing in\n") + text));
            QVERIFY2(QString(text).remove(QLatin1Char('\n')).contains(QStringLiteral("一升装玻璃瓶本地牧场直供")), qPrintable(text));
            const QString table = ReceiptLayout::plainText(r, columns, QLocale::c());
            QVERIFY2(table.contains(QRegularExpression(QStringLiteral("Rate\\s+Net\\s+Tax\\s+Gross"))), qPrintable(table));
            QVERIFY2(table.contains(QRegularExpression(QStringLiteral("B 7%\\s+5\\.30\\s+0\\.37\\s+5\\.67"))), qPrintable(table));
            QVERIFY(table.contains(QStringLiteral("Member card")));
            // The store name, double width, in rows of at most half the columns, whole words each.
            QStringList nameRows;
            for (const ReceiptRow& row : rows)
                if (row.large && row.bold && nameRows.size() < 3 && row.text != QStringLiteral("TOTAL"))
                    nameRows.append(row.text);
            for (const QString& row : nameRows)
                QVERIFY2(ReceiptLayout::displayWidth(row) <= columns / 2, qPrintable(row));
            QCOMPARE(nameRows.join(QLatin1Char(' ')).left(r.storeName.size()), r.storeName);
        }
        QCOMPARE(ReceiptLayout::wrap(QStringLiteral("Omni Wholefoods Marktplatz"), 16),
                 (QStringList{QStringLiteral("Omni Wholefoods"), QStringLiteral("Marktplatz")}));
        QCOMPARE(ReceiptLayout::wrap(QStringLiteral("牛奶牛奶"), 5), (QStringList{QStringLiteral("牛奶"), QStringLiteral("牛奶")}));
        QCOMPARE(ReceiptLayout::wrap(QStringLiteral("ABCDEFGHIJ"), 4),
                 (QStringList{QStringLiteral("ABCD"), QStringLiteral("EFGH"), QStringLiteral("IJ")}));
    }

    // Goods sold by the price on an in-store label print that price; the weight the till works out
    // from it for the stock ledger is not invented on the receipt.
    void aPriceLabelPrintsItsPriceNotAWeight()
    {
        test::TestStore store(20);
        const Session s = store.openShift();
        SaleService& sales = store.till().sales();
        Cart cart = sales.newCart();
        sales.scan(cart, DemoStore::priceLabel(2, 345));
        sales.scan(cart, DemoStore::weightLabel(1, 750));
        Payment p(cart.totals().total.minor());
        p.addExactCash();
        sales.complete(s, cart, p);
        const Receipt r = store.till().receipts().byNumber(1);
        QVERIFY(r.lines[0].priceLabel);
        QVERIFY(!r.lines[1].priceLabel);
        const QString text = ReceiptLayout::plainText(r, 42, QLocale::c());
        QVERIFY2(text.contains(QStringLiteral("price as labelled")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("3.45")), qPrintable(text));
        QCOMPARE(text.count(QStringLiteral(" kg x ")), 1); // the weighed line only
        QVERIFY2(text.contains(QStringLiteral("0.750 kg x")), qPrintable(text));
    }

    // What the fiscal regimes ask of a receipt, on the paper the printer gets: the store's VAT id,
    // the transaction's start and end, the signature counter and key id, the labelled VAT table, and
    // a clear mark on a cancellation (a sale voided before payment) and a refund's own start.
    void aReceiptCarriesWhatAnAuditorAsks()
    {
        test::TestStore store(20);
        {
            Transaction tx(store.till().db());
            store.till().settings().setValue(QStringLiteral("store.vat_id"), QStringLiteral("DE123456789"));
            store.till().settings().setValue(QStringLiteral("printer.address"), QStringLiteral("file:///dev/null"));
            tx.commit();
        }
        const Session s = store.openShift();
        SaleService& sales = store.till().sales();
        store.clock().set(QDateTime(QDate(2026, 12, 3), QTime(9, 0, 5), Qt::UTC));
        Cart cart = sales.newCart();
        sales.scan(cart, QStringLiteral("4000000000013"));
        store.clock().advanceSeconds(95); // the customer looks for their card
        Payment p(cart.totals().total.minor());
        p.addExactCash();
        const CompletedSale done = sales.complete(s, cart, p);
        const PrinterSettings printer = PrinterSettings::from(store.till().settings());
        const auto printed = [&](const PrintJob& job) {
            return EscPosDecoder::textLines(
                       EscPosDecoder::decodeAll(PrintJobRenderer(store.till().receipts(), printer).render(job), printer.profile))
                .join(QLatin1Char('\n'));
        };
        const QList<PrintJob> jobs = store.till().printQueue().pending();
        const auto receiptJob = std::find_if(jobs.begin(), jobs.end(), [](const PrintJob& j) { return j.kind == PrintJob::Kind::Receipt; });
        QVERIFY(receiptJob != jobs.end());
        const QString text = printed(*receiptJob);
        const QLocale locale = store.till().settings().locale();
        const auto local = [&](const QDateTime& utc) {
            return locale.toString(store.till().settings().localTime(utc), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        };
        QVERIFY2(text.contains(QStringLiteral("VAT ID DE123456789")), qPrintable(text));
        QVERIFY2(
            text.contains(QRegularExpression(QStringLiteral("Start\\s+") + local(QDateTime(QDate(2026, 12, 3), QTime(9, 0, 5), Qt::UTC)))),
            qPrintable(text));
        QVERIFY2(
            text.contains(QRegularExpression(QStringLiteral("End\\s+") + local(QDateTime(QDate(2026, 12, 3), QTime(9, 1, 40), Qt::UTC)))),
            qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Signature no\\.\\s+%1\\b").arg(done.journalSeq))), qPrintable(text));
        const QString keyId = store.till().journal().entry(done.journalSeq)->keyId;
        QVERIFY(!keyId.isEmpty());
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Key\\s+") + keyId)), qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Rate\\s+Net\\s+Tax\\s+Gross"))), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("CANCELLED")));

        // A sale voided before payment prints a cancellation slip that cannot pass for a receipt.
        store.clock().advanceSeconds(60);
        Cart voided = sales.newCart();
        sales.scan(voided, QStringLiteral("4000000000020"));
        sales.voidSale(s, voided);
        const QList<PrintJob> after = store.till().printQueue().pending();
        QVERIFY(!after.isEmpty());
        QCOMPARE(after.last().kind, PrintJob::Kind::CancellationSlip);
        const qint64 voidSeq = after.last().reference.toLongLong();
        QCOMPARE(store.till().journal().entry(voidSeq)->type, QStringLiteral("sale_void"));
        const QString slip = printed(after.last());
        QVERIFY2(slip.contains(QStringLiteral("CANCELLED - NOTHING WAS SOLD")), qPrintable(slip));
        QVERIFY2(slip.contains(QRegularExpression(QStringLiteral("Signature no\\.\\s+%1\\b").arg(voidSeq))), qPrintable(slip));
        QVERIFY2(!slip.contains(QStringLiteral("TOTAL")), qPrintable(slip));
        const Receipt cancelled = store.till().receipts().cancellationSlip(voidSeq);
        QCOMPARE(cancelled.lines.size(), 1);
        QVERIFY(cancelled.lines[0].gross > 0);
        QCOMPARE(cancelled.total, cancelled.lines[0].gross);
        QCOMPARE(test::errorCode([&] { store.till().receipts().cancellationSlip(done.journalSeq); }), QStringLiteral("receipt.not_found"));

        // A refund: it starts when the desk finds the sale, and ends when the money goes back.
        store.clock().advanceSeconds(300);
        const QDateTime found = store.clock().nowUtc();
        const OriginalSale original = *store.till().returns().findLocal(done.receiptId);
        store.clock().advanceSeconds(40);
        const QList<ReturnRequestLine> lines{{1, 1, Disposition::Restock}};
        const ReturnQuote quote = store.till().returns().quote(original, lines);
        const CompletedReturn back =
            store.till().returns().complete(s, original, lines, store.till().returns().refundPlan(original, quote.refund));
        const Receipt refund = store.till().receipts().byReceiptId(back.receiptId);
        QCOMPARE(refund.startTime, store.till().settings().localTime(found));
        QCOMPARE(refund.localTime, store.till().settings().localTime(found.addSecs(40)));
        QCOMPARE(refund.signatureCounter, back.journalSeq);
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
