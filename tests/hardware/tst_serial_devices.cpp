// Serial scanner, scale and pole display on a virtual serial pair (a pty: the device's side is
// the master, the till opens the slave like /dev/ttyUSB0), and camera frames through the decoder.
#include "TestStore.h"
#include "VirtualSerial.h"
#include "devices/BarcodeImageDecoder.h"
#include "devices/FrameDecoder.h"
#include "devices/PoleDisplay.h"
#include "devices/QrImage.h"
#include "devices/SerialScale.h"
#include "devices/SerialScanner.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTest>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>


using namespace omnitill;
using test::VirtualSerial;

namespace {
QImage ean13Image(const std::string& digits)
{
    const ZXing::BitMatrix matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::EAN13).setMargin(10).encode(digits, 380, 120);
    QImage image(matrix.width(), matrix.height(), QImage::Format_Grayscale8);
    for (int y = 0; y < matrix.height(); ++y)
        for (int x = 0; x < matrix.width(); ++x)
            image.setPixel(x, y, matrix.get(x, y) ? qRgb(0, 0, 0) : qRgb(255, 255, 255));
    return image;
}
} // namespace

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
        VirtualSerial line;
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
        connect(&scanner, &SerialScanner::scanned, this,
                [&](const QString& code) { store.till().sales().scan(cart, code); });
        QVERIFY(line.send("4000000000013\r\n"));
        QTRY_COMPARE(spy.count(), 1);
        // A GS1 DataMatrix read by the scanner: symbology identifier, AIs, GS between fields.
        QVERIFY(line.send("]d2010400000000001310LOT42\x1d" "17271231\r\n"));
        QTRY_COMPARE(spy.count(), 2);
        QCOMPARE(cart.lines().size(), 2);
        QCOMPARE(cart.lines().at(0).quantity, 1);
        QCOMPARE(cart.lines().at(1).batch, QStringLiteral("LOT42"));
        QCOMPARE(cart.lines().at(1).expiry, std::optional<QDate>(QDate(2027, 12, 31)));
    }

    void scaleWeighsAfterTheLoadSettles()
    {
        VirtualSerial line;
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
        const QString weighedSku = store.till().db().scalar(QStringLiteral("SELECT b.code FROM barcodes b JOIN products p ON p.id = b.product_id WHERE p.unit = 'weight' LIMIT 1")).toString();
        QVERIFY(!weighedSku.isEmpty());
        QCOMPARE(test::errorCode([&] { store.till().sales().scan(cart, weighedSku); }), QStringLiteral("sale.needs_weight"));
        const int lineId = store.till().sales().scan(cart, weighedSku, weighed.first().first().toLongLong());
        QCOMPARE(cart.line(lineId).quantity, 1250);
    }

    void scaleRefusesNonsense()
    {
        QVERIFY(!ScaleReading::parse("\x02" "1.25\r").has_value());
        QVERIFY(!ScaleReading::parse("\x02" "-1.250\r").has_value());
        QVERIFY(!ScaleReading::parse("\x02" "01.250").has_value()); // no CR yet
        QCOMPARE(ScaleReading::parse("\x02" "01.250\r")->grams, 1250);
        QCOMPARE(ScaleReading::parse("\x02" "01.250N\r")->grams, 1250);
        QCOMPARE(ScaleReading::parse("\x02?b\r")->state, ScaleReading::State::OverCapacity);
        QCOMPARE(ScaleReading::parse(ScaleReading::reply({ScaleReading::State::UnderZero, 0}))->state,
                 ScaleReading::State::UnderZero);

        VirtualSerial line; // a scale that never answers
        SerialScale scale({line.port(), 9600, 200, 1000});
        QSignalSpy failed(&scale, &SerialScale::failed);
        scale.weigh();
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().toString(), QStringLiteral("The scale does not answer"));
    }

    void poleDisplayShowsTwoLines()
    {
        VirtualSerial line;
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
        QVERIFY(ean13Image("4000000000013").save(eanPath));

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
        connect(&decoder, &FrameDecoder::decoded, this, [&] { decodedOn = QThread::currentThreadId(); }, Qt::DirectConnection);
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
};

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    TestSerialDevices test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_serial_devices.moc"
