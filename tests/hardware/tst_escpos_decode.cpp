// Receipts in English, Russian and Chinese go out as ESC/POS and read back as the same lines on
// every printer model; the QR, printed natively or as a raster image, decodes to the receipt's
// verification content.
#include "BarcodeImageDecoder.h"
#include "CodePage.h"
#include "EscPos.h"
#include "EscPosDecoder.h"
#include "PrinterStatus.h"
#include "ReceiptEscPosRenderer.h"
#include "TestStore.h"
#include "receipt/ReceiptLayout.h"

#include <QGuiApplication>
#include <QTest>

using namespace omnitill;

class TestEscPosDecode : public QObject
{
    Q_OBJECT

    static Receipt sampleReceipt(test::TestStore& store)
    {
        const Session s = store.openShift();
        SaleService& sales = store.till().sales();
        Cart cart = sales.newCart();
        // One line in each language: the cart keeps the name in the language it was scanned in.
        sales.setLanguage(QStringLiteral("en"));
        sales.addProduct(cart, 3, 1);
        sales.setLanguage(QStringLiteral("ru"));
        sales.scan(cart, QStringLiteral("4000000000013"));
        sales.setLanguage(QStringLiteral("zh_CN"));
        sales.scan(cart, QStringLiteral("4000000000020"));
        Payment p(cart.totals().total.minor());
        p.addCash(10000);
        sales.complete(s, cart, p);
        return store.till().receipts().byNumber(1);
    }

    static QList<EscPosElement> ofKind(const QList<EscPosElement>& elements, EscPosElement::Kind kind)
    {
        QList<EscPosElement> out;
        for (const EscPosElement& e : elements) {
            if (e.kind == kind)
                out.append(e);
        }
        return out;
    }

private slots:
    void receiptsReadBackOnEveryModel_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("language");
        for (const char* profile : {"tm-t20ii", "tm-t20ii-42", "pos-5890", "pos-80-cn"})
            for (const char* language : {"en", "ru", "zh_CN"})
                QTest::addRow("%s/%s", profile, language) << QString::fromLatin1(profile) << QString::fromLatin1(language);
    }

    void receiptsReadBackOnEveryModel()
    {
        QFETCH(QString, profile);
        QFETCH(QString, language);
        test::TestStore store(20);
        const Receipt r = sampleReceipt(store);
        const PrinterProfile p = PrinterProfile::byId(profile);
        const QList<ReceiptRow> rows = ReceiptLayout::rows(r, p.columns, QLocale(language));
        QVERIFY(std::any_of(rows.begin(), rows.end(), [](const ReceiptRow& row) { return row.text.contains(QStringLiteral("Молоко")); }));
        QVERIFY(std::any_of(rows.begin(), rows.end(), [](const ReceiptRow& row) { return CodePage::hasHan(row.text); }));

        const QList<EscPosElement> printed = EscPosDecoder::decodeAll(ReceiptEscPosRenderer(p).render(rows, r.qrText), p);
        QVERIFY(ofKind(printed, EscPosElement::Kind::Unknown).isEmpty());
        QStringList expected;
        int hanRows = 0;
        for (const ReceiptRow& row : rows) {
            if (CodePage::hasHan(row.text) && p.chinese == PrinterProfile::ChineseMode::Raster)
                ++hanRows; // printed as an image of the text
            else
                expected.append(row.text);
        }
        QCOMPARE(EscPosDecoder::textLines(printed), expected);

        // Styles survive: the store name is centred, bold and large.
        const EscPosElement first = ofKind(printed, EscPosElement::Kind::Text).first();
        QCOMPARE(first.align, ReceiptRow::Align::Center);
        QVERIFY(first.bold && first.large);

        const QList<EscPosElement> images = ofKind(printed, EscPosElement::Kind::Raster);
        if (p.nativeQr) {
            QCOMPARE(ofKind(printed, EscPosElement::Kind::Qr).size(), 1);
            QCOMPARE(ofKind(printed, EscPosElement::Kind::Qr).first().text, r.qrText);
            QCOMPARE(images.size(), hanRows);
        } else {
            QCOMPARE(images.size(), hanRows + 1);
            const QList<DecodedBarcode> codes = BarcodeImageDecoder::decode(images.last().image);
            QCOMPARE(codes.size(), 1);
            QCOMPARE(codes.first().format, QStringLiteral("QRCode"));
            QCOMPARE(codes.first().text, r.qrText);
            QVERIFY(images.last().image.width() <= p.dotsWidth);
        }
        QCOMPARE(ofKind(printed, EscPosElement::Kind::Cut).size(), p.cutter ? 1 : 0);
        QVERIFY(ofKind(printed, EscPosElement::Kind::DrawerKick).isEmpty()); // the kick is a job of its own
    }

    void byteByByteGivesTheSameResult()
    {
        test::TestStore store(20);
        const Receipt r = sampleReceipt(store);
        const PrinterProfile p = PrinterProfile::byId(QStringLiteral("pos-5890"));
        const QByteArray bytes = ReceiptEscPosRenderer(p).render(ReceiptLayout::rows(r, p.columns), r.qrText);
        EscPosDecoder decoder(p);
        QList<EscPosElement> pieces;
        for (char c : bytes)
            pieces += decoder.feed(QByteArray(1, c));
        pieces += decoder.finish();
        QCOMPARE(EscPosDecoder::textLines(pieces), EscPosDecoder::textLines(EscPosDecoder::decodeAll(bytes, p)));
        QCOMPARE(ofKind(pieces, EscPosElement::Kind::Raster).size(), 1);
    }

    void imageDataIsNeverReadAsACommand()
    {
        // A raster row whose bytes are DLE EOT 1 and ESC @: a printer must treat them as dots.
        QImage image(24, 1, QImage::Format_Grayscale8);
        image.fill(255);
        const uchar pattern[3] = {0x10, 0x04, 0x01};
        for (int x = 0; x < 24; ++x) {
            if (pattern[x / 8] & (0x80 >> (x % 8)))
                image.setPixel(x, 0, qRgb(0, 0, 0));
        }
        const QByteArray bytes = EscPos::raster(image) + EscPos::statusRequest(4);
        QVERIFY(bytes.mid(8, 3) == QByteArray("\x10\x04\x01", 3));
        const QList<EscPosElement> out = EscPosDecoder::decodeAll(bytes, PrinterProfile::byId(QStringLiteral("tm-t20ii")));
        QCOMPARE(out.size(), 2);
        QCOMPARE(out.at(0).kind, EscPosElement::Kind::Raster);
        QCOMPARE(out.at(1).kind, EscPosElement::Kind::StatusRequest);
        QCOMPARE(out.at(1).value, 4);
    }

    // #19, found by fuzz_escpos: a raster image of width 0 (or height 0) copied rows into no image.
    void anEmptyRasterImageIsSkipped()
    {
        for (const QByteArray& empty : {QByteArray("\x1dv0\x00\x00\x00\x05\x00", 8), QByteArray("\x1dv0\x00\x03\x00\x00\x00", 8)}) {
            const QList<EscPosElement> out =
                EscPosDecoder::decodeAll(empty + EscPos::statusRequest(1), PrinterProfile::byId(QStringLiteral("tm-t20ii")));
            QCOMPARE(out.size(), 1);
            QCOMPARE(out.at(0).kind, EscPosElement::Kind::StatusRequest);
        }
    }

    void drawerKickBytes()
    {
        QCOMPARE(EscPos::kickDrawer(2, 100), QByteArray("\x1b\x70\x00\x32\x32", 5));
        QCOMPARE(EscPos::kickDrawer(5, 200), QByteArray("\x1b\x70\x01\x64\x64", 5));
        const QList<EscPosElement> out =
            EscPosDecoder::decodeAll(EscPos::kickDrawer(5, 120), PrinterProfile::byId(QStringLiteral("tm-t20ii")));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().kind, EscPosElement::Kind::DrawerKick);
        QCOMPARE(out.first().value, 5);
        QCOMPARE(out.first().pulseMs, 120);
    }

    void statusReplies()
    {
        // python-escpos reads DLE EOT 4: 18 paper fine, 30 near end, 114 no paper.
        PrinterStatus s = PrinterStatus::fromReplies(0x12, 0x12, 18);
        QVERIFY(s.canPrint() && !s.paperNearEnd && s.answersStatus);
        QCOMPARE(s.describe(), QStringLiteral("printer ready"));
        s = PrinterStatus::fromReplies(0x12, 0x12, 30);
        QVERIFY(s.canPrint() && s.paperNearEnd);
        s = PrinterStatus::fromReplies(0x1a, 0x32, 114);
        QVERIFY(!s.canPrint() && s.paperEnd && s.offline);
        QCOMPARE(s.describe(), QStringLiteral("out of paper"));
        s = PrinterStatus::fromReplies(0x1a, 0x16, 18);
        QVERIFY(s.coverOpen && !s.canPrint());
        // Drawer switch on pin 3, either polarity.
        QCOMPARE(PrinterStatus::fromReplies(0x16, std::nullopt, std::nullopt).drawerOpen, std::optional<bool>(true));
        QCOMPARE(PrinterStatus::fromReplies(0x16, std::nullopt, std::nullopt, false).drawerOpen, std::optional<bool>(false));
        // A byte that is not a status reply (fixed bits wrong) says nothing.
        s = PrinterStatus::fromReplies(0xff, 0xff, 0xff);
        QVERIFY(!s.answersStatus && !s.offline && !s.paperEnd);
        PrinterStatus none;
        none.transportError = QStringLiteral("refused");
        QVERIFY(!none.canPrint());
    }
};

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv); // fonts for the raster rows
    TestEscPosDecode test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_escpos_decode.moc"
