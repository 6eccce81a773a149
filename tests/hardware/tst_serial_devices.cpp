// Serial scanner, scale and pole display on a virtual serial pair (a pty: the device's side is
// the master, the till opens the slave like /dev/ttyUSB0), and camera frames through the decoder.
#include "BarcodeImageDecoder.h"
#include "FrameDecoder.h"
#include "LabelImage.h"
#include "PoleDisplay.h"
#include "QrImage.h"
#include "SerialScale.h"
#include "SerialScanner.h"
#include "TestStore.h"
#include "VirtualSerialLine.h"

#include <QGuiApplication>
#include <QPainter>
#include <QProcess>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTest>

using namespace omnitill;
using standins::VirtualSerialLine;

class TestSerialDevices : public QObject
{
    Q_OBJECT

private slots:
    void scannerFraming()
    {
        SerialScanner::Settings settings;
        settings.prefix = "]";
        settings.suffix = "\r";
        SerialScanner scanner(settings);
        QCOMPARE(scanner.take("]4000000000013\r\n]40000"), QStringList{QStringLiteral("4000000000013")});
        QCOMPARE(scanner.take("00000020\r"), QStringList{QStringLiteral("4000000000020")});
        settings.suffix.clear();
        SerialScanner pauseScanner(settings);
        QVERIFY(pauseScanner.take("4000000000013").isEmpty());
        QCOMPARE(pauseScanner.flush(), QStringList{QStringLiteral("4000000000013")});
    }

    void serialScanBecomesACartLine()
    {
        VirtualSerialLine line;
        QVERIFY(line.isValid());
        SerialScanner::Settings settings;
        settings.port = line.port();
        settings.suffix = "\r\n";
        SerialScanner scanner(settings);
        QVERIFY2(scanner.open(), qPrintable(scanner.error()));
        QSignalSpy spy(&scanner, &SerialScanner::scanned);

        test::TestStore store(20);
        store.openShift();
        Cart cart = store.till().sales().newCart();
        connect(&scanner, &SerialScanner::scanned, this, [&](const QString& code) { store.till().sales().scan(cart, code); });
        QVERIFY(line.send("4000000000013\r\n"));
        QTRY_COMPARE(spy.count(), 1);
        // A GS1 DataMatrix read by the scanner: symbology identifier, AIs, GS between fields.
        QVERIFY(line.send("]d2010400000000001310LOT42\x1d"
                          "17271231\r\n"));
        QTRY_COMPARE(spy.count(), 2);
        QCOMPARE(cart.lines().size(), 2);
        QCOMPARE(cart.lines().at(0).quantity, 1);
        QCOMPARE(cart.lines().at(1).batch, QStringLiteral("LOT42"));
        QCOMPARE(cart.lines().at(1).expiry, std::optional<QDate>(QDate(2027, 12, 31)));
    }

    void scaleWeighsAfterTheLoadSettles()
    {
        VirtualSerialLine line;
        QVERIFY(line.isValid());
        // The stand-in scale: in motion for the first request, then 1.250 kg.
        int requests = 0;
        QSocketNotifier notifier(line.fd(), QSocketNotifier::Read);
        connect(&notifier, &QSocketNotifier::activated, this, [&] {
            const QByteArray got = line.readAvailable();
            for (char c : got) {
                if (c != 'W')
                    continue;
                ++requests;
                line.send(ScaleReading::reply(requests == 1 ? ScaleReading{ScaleReading::State::Motion, 0}
                                                            : ScaleReading{ScaleReading::State::Stable, 1250}));
            }
        });
        SerialScale scale({line.port(), 9600, 1000, 5000});
        QSignalSpy weighed(&scale, &SerialScale::weighed);
        QSignalSpy failed(&scale, &SerialScale::failed);
        scale.weigh();
        QTRY_COMPARE(weighed.count(), 1);
        QCOMPARE(weighed.first().first().toLongLong(), 1250);
        QCOMPARE(requests, 2);
        QCOMPARE(failed.count(), 0);

        // The weight goes into the cart line of a product sold by weight.
        test::TestStore store(20);
        store.openShift();
        Cart cart = store.till().sales().newCart();
        const QString weighedSku =
            store.till()
                .db()
                .scalar(
                    QStringLiteral("SELECT b.code FROM barcodes b JOIN products p ON p.id = b.product_id WHERE p.unit = 'weight' LIMIT 1"))
                .toString();
        QVERIFY(!weighedSku.isEmpty());
        QCOMPARE(test::errorCode([&] { store.till().sales().scan(cart, weighedSku); }), QStringLiteral("sale.needs_weight"));
        const int lineId = store.till().sales().scan(cart, weighedSku, weighed.first().first().toLongLong());
        QCOMPARE(cart.line(lineId).quantity, 1250);
    }

    void scaleRefusesNonsense()
    {
        QVERIFY(!ScaleReading::parse("\x02"
                                     "1.25\r")
                     .has_value());
        QVERIFY(!ScaleReading::parse("\x02"
                                     "-1.250\r")
                     .has_value());
        QVERIFY(!ScaleReading::parse("\x02"
                                     "01.250")
                     .has_value()); // no CR yet
        QCOMPARE(ScaleReading::parse("\x02"
                                     "01.250\r")
                     ->grams,
                 1250);
        QCOMPARE(ScaleReading::parse("\x02"
                                     "01.250N\r")
                     ->grams,
                 1250);
        QCOMPARE(ScaleReading::parse("\x02?b\r")->state, ScaleReading::State::OverCapacity);
        QCOMPARE(ScaleReading::parse(ScaleReading::reply({ScaleReading::State::UnderZero, 0}))->state, ScaleReading::State::UnderZero);

        VirtualSerialLine line; // a scale that never answers
        SerialScale scale({line.port(), 9600, 200, 1000});
        QSignalSpy failed(&scale, &SerialScale::failed);
        scale.weigh();
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().toString(), QStringLiteral("The scale does not answer"));
    }

    void poleDisplayShowsTwoLines()
    {
        VirtualSerialLine line;
        PoleDisplay display(line.port());
        QVERIFY2(display.show(QStringLiteral("Молоко 3,2% 1 л"), QStringLiteral("1,49 €")), qPrintable(display.error()));
        QByteArray got;
        QTRY_VERIFY((got += line.readAvailable()).size() >= 6 + 40);
        QCOMPARE(got.left(6), QByteArray("\x1b\x40\x1b\x74\x11\x0c", 6));
        QCOMPARE(got.size(), 6 + 40);
        QCOMPARE(PoleDisplay::fit(QStringLiteral("TOTAL 12.50"), true), QStringLiteral("         TOTAL 12.50"));
        QCOMPARE(PoleDisplay::fit(QStringLiteral("A very long product name here"), false).size(), 20);
    }

    void cameraFramesDecodeFromImageFiles()
    {
        QTemporaryDir dir;
        const QString qrPath = dir.filePath(QStringLiteral("member.png"));
        const QString eanPath = dir.filePath(QStringLiteral("milk.png"));
        QVERIFY(QrImage::encode(QStringLiteral("OTM1.member-token"), 6).save(qrPath));
        QVERIFY(standins::ean13Label("4000000000013", 380, 120).save(eanPath));

        // A picture as a camera delivers it: the code small, off-centre, on a grey background.
        QImage frame(1280, 720, QImage::Format_RGB32);
        frame.fill(qRgb(180, 180, 180));
        {
            QImage qr(qrPath);
            for (int y = 0; y < qr.height(); ++y)
                for (int x = 0; x < qr.width(); ++x)
                    frame.setPixel(700 + x, 200 + y, qr.pixel(x, y));
        }
        FrameDecoder decoder;
        QSignalSpy spy(&decoder, &FrameDecoder::decoded);
        Qt::HANDLE decodedOn = nullptr;
        connect(
            &decoder, &FrameDecoder::decoded, this, [&] { decodedOn = QThread::currentThreadId(); }, Qt::DirectConnection);
        decoder.submit(frame);
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().value<DecodedBarcode>().text, QStringLiteral("OTM1.member-token"));
        QVERIFY(decodedOn != QThread::currentThreadId()); // never on the UI thread
        // The same code held in front of the camera is one scan, not thirty.
        for (int i = 0; i < 5; ++i)
            decoder.submit(frame);
        QTRY_COMPARE(decoder.decodedFrames() + decoder.droppedFrames(), 6);
        QCOMPARE(spy.count(), 1);

        const QList<DecodedBarcode> ean = BarcodeImageDecoder::decode(QImage(eanPath));
        QCOMPARE(ean.size(), 1);
        QCOMPARE(ean.first().format, QStringLiteral("EAN-13"));
        QCOMPARE(ean.first().scanText(), QStringLiteral("4000000000013"));
        QVERIFY(BarcodeImageDecoder::decode(QImage(dir.filePath(QStringLiteral("missing.png")))).isEmpty());
    }

    void gs1SymbolsFromTheCameraKeepTheirAis_data()
    {
        QTest::addColumn<QString>("symbology"); // zint's numbers: 71 DataMatrix, 58 QR
        QTest::addColumn<QString>("identifier");
        QTest::newRow("GS1 DataMatrix") << QStringLiteral("71") << QStringLiteral("]d2");
        QTest::newRow("GS1 QR") << QStringLiteral("58") << QStringLiteral("]Q3");
    }

    void gs1SymbolsFromTheCameraKeepTheirAis()
    {
        QFETCH(QString, symbology);
        QFETCH(QString, identifier);
        // zint (another encoder than the one we read with) draws the symbol, as a label printer would.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gs1.png"));
        QProcess zint;
        zint.start(QStringLiteral("zint"),
                   {QStringLiteral("-b"), symbology, QStringLiteral("--gs1"), QStringLiteral("--scale=4"), QStringLiteral("-d"),
                    QStringLiteral("[01]04000000000013[17]271231[10]LOT1[21]SN9"), QStringLiteral("-o"), path});
        QVERIFY2(zint.waitForFinished(10000) && zint.exitCode() == 0,
                 qPrintable(zint.errorString() + QString::fromLocal8Bit(zint.readAllStandardError())));
        // On a label among other things: white around it, as the camera sees it.
        const QImage symbol(path);
        QVERIFY(!symbol.isNull());
        QImage label(symbol.width() + 80, symbol.height() + 80, QImage::Format_RGB32);
        label.fill(Qt::white);
        QPainter(&label).drawImage(40, 40, symbol);
        const QList<DecodedBarcode> codes = BarcodeImageDecoder::decode(label);
        QCOMPARE(codes.size(), 1);
        QVERIFY(codes.first().gs1);
        QCOMPARE(codes.first().symbologyId, identifier);
        // Through the till's own barcode rules, like any scan.
        test::TestStore store(20);
        store.openShift();
        Cart cart = store.till().sales().newCart();
        const int line = store.till().sales().scan(cart, codes.first().scanText());
        QCOMPARE(cart.line(line).sku, store.till().catalog().findByCodes({QStringLiteral("04000000000013")})->sku);
        QCOMPARE(cart.line(line).batch, QStringLiteral("LOT1"));
        QCOMPARE(cart.line(line).serial, QStringLiteral("SN9"));
        QCOMPARE(cart.line(line).expiry, std::optional<QDate>(QDate(2027, 12, 31)));
    }
};

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    TestSerialDevices test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_serial_devices.moc"
