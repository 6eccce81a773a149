// Store hardware figures, as JSON: decoding a 1280x720 camera frame (budget: 15 ms, DESIGN.md §7)
// with a QR, with an EAN-13 and with nothing in view; the camera frame set of
// tests/frames/make-camera-frames.sh through the till's decoder process (frames read, ms per
// frame including the pipe); rendering a receipt to ESC/POS; and the print queue's throughput to
// the network printer stand-in.
//   build/ci/bin/bench_devices [--frames N] [--receipts N] [--camera-frames DIR]
#include "BarcodeImageDecoder.h"
#include "BenchStats.h"
#include "CameraFrames.h"
#include "DemoStore.h"
#include "IsolatedDecoder.h"
#include "LabelImage.h"
#include "PrintSpooler.h"
#include "PrinterEmulator.h"
#include "QrImage.h"
#include "ReceiptEscPosRenderer.h"
#include "Till.h"
#include "receipt/ReceiptLayout.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace omnitill;

namespace {
// A camera-like frame: uneven grey with sensor noise, the code somewhere off-centre.
QImage cameraFrame(const QImage& code, QRandomGenerator& random)
{
    QImage frame(1280, 720, QImage::Format_RGB32);
    for (int y = 0; y < frame.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(frame.scanLine(y));
        for (int x = 0; x < frame.width(); ++x) {
            const int g = std::clamp(120 + x / 20 + int(random.bounded(24)) - 12, 0, 255);
            line[x] = qRgb(g, g, g);
        }
    }
    if (!code.isNull()) {
        QPainter painter(&frame);
        painter.drawImage(QPoint(700, 180), code);
    }
    return frame;
}

QJsonObject decodeFrames(const QImage& frame, int count, const QString& expect, bool tryHarder = false)
{
    BenchStats stats;
    int found = 0;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer t;
        t.start();
        const QList<DecodedBarcode> codes = BarcodeImageDecoder::decode(frame, tryHarder);
        stats.add(t.nsecsElapsed() / 1000);
        found += !codes.isEmpty() && codes.first().text == expect;
    }
    QJsonObject o = stats.json();
    o.insert(QStringLiteral("decoded"), found);
    return o;
}

// Every frame of the set, several times, as the till decodes a camera frame.
QJsonObject decodeCameraSet(const QString& dir, int rounds)
{
    const QList<test::CameraFrame> frames = test::cameraFrames(dir);
    QList<QImage> pictures;
    for (const test::CameraFrame& frame : frames)
        pictures.append(QImage(frame.path));
    IsolatedDecoder decoder;
    decoder.decode(pictures.value(0)); // starts the process
    BenchStats stats;
    int read = 0;
    for (int round = 0; round < rounds; ++round) {
        for (qsizetype i = 0; i < frames.size(); ++i) {
            QElapsedTimer t;
            t.start();
            const QList<DecodedBarcode> codes = decoder.decode(pictures.at(i));
            stats.add(t.nsecsElapsed() / 1000);
            if (round == 0)
                read += !codes.isEmpty() && codes.first().scanText() == frames.at(i).scanText;
        }
    }
    QJsonObject o = stats.json();
    o.insert(QStringLiteral("frames"), int(frames.size()));
    o.insert(QStringLiteral("read"), read);
    o.insert(QStringLiteral("decoder_restarts"), decoder.restarts());
    return o;
}
} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("frames"), QStringLiteral("Frames per case."), QStringLiteral("N"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("receipts"), QStringLiteral("Receipts to print."), QStringLiteral("N"), QStringLiteral("300")});
    parser.addOption(
        {QStringLiteral("camera-frames"), QStringLiteral("The camera frame set (made when not given)."), QStringLiteral("DIR")});
    parser.process(app);
    const int frames = parser.value(QStringLiteral("frames")).toInt();
    const int receipts = parser.value(QStringLiteral("receipts")).toInt();
    QRandomGenerator random(7);
    QJsonObject out;

    const QString token = QStringLiteral("OTM1.eyJtZW1iZXIiOiJNMDAwMSIsInN0b3JlIjoiUzEifQ.MEUCIQDx3k2pZ0");
    out.insert(QStringLiteral("frame_qr_1280x720"), decodeFrames(cameraFrame(QrImage::encode(token, 6), random), frames, token));
    out.insert(QStringLiteral("frame_ean13_1280x720"),
               decodeFrames(cameraFrame(standins::ean13Label("4000000000013", 420, 140), random), frames, QStringLiteral("4000000000013")));
    out.insert(QStringLiteral("frame_empty_1280x720"), decodeFrames(cameraFrame({}, random), frames, {}));
    // Still images (a photo, the scan test) are decoded with more effort, off the camera path.
    out.insert(QStringLiteral("frame_ean13_1280x720_try_harder"),
               decodeFrames(cameraFrame(standins::ean13Label("4000000000013", 420, 140), random), frames / 4,
                            QStringLiteral("4000000000013"), true));

    QTemporaryDir framesDir;
    QString cameraFrames = parser.value(QStringLiteral("camera-frames"));
    if (cameraFrames.isEmpty()) {
        cameraFrames = framesDir.path();
        QProcess::execute(QStringLiteral("bash"), {QStringLiteral(OMNITILL_FRAMES_SCRIPT), cameraFrames});
    }
    out.insert(QStringLiteral("camera_frame_set_1280x720_isolated"), decodeCameraSet(cameraFrames, 5));

    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::utc()));
    DemoOptions options;
    options.products = 200;
    DemoStore::create(dir.filePath(QStringLiteral("store.db")), clock, options);
    Till till(dir.filePath(QStringLiteral("store.db")), clock);
    standins::PrinterEmulator printer(PrinterProfile::byId(QStringLiteral("tm-t20ii")));
    printer.start();
    {
        Transaction tx(till.db());
        till.settings().setValue(QStringLiteral("printer.address"), printer.address());
        tx.commit();
    }
    const Session cashier = till.staff().login(QStringLiteral("1111"));
    till.shifts().open(cashier, 10000);
    QList<qint64> plain; // pieces without an age check
    QSqlQuery& q = till.db().exec(
        QStringLiteral("SELECT id FROM products WHERE unit = 'piece' AND age_restricted = 0 AND sku <> 'GIFT-CARD' ORDER BY id"));
    while (q.next())
        plain.append(q.value(0).toLongLong());
    q.finish();
    QStringList ids;
    for (int i = 0; i < receipts; ++i) {
        Cart cart = till.sales().newCart();
        for (int line = 1; line <= 5; ++line)
            till.sales().addProduct(cart, plain.at((i * 5 + line) % plain.size()), 1);
        Payment p(cart.totals().total.minor());
        p.addExactCash();
        ids.append(till.sales().complete(cashier, cart, p).receiptId);
    }

    BenchStats render;
    const PrinterProfile profile = PrinterProfile::byId(QStringLiteral("tm-t20ii"));
    for (const QString& id : ids.mid(0, 100)) {
        const Receipt r = till.receipts().byReceiptId(id);
        QElapsedTimer t;
        t.start();
        const QByteArray bytes = ReceiptEscPosRenderer(profile).render(ReceiptLayout::rows(r, profile.columns), r.qrText);
        render.add(t.nsecsElapsed() / 1000);
        Q_UNUSED(bytes);
    }
    out.insert(QStringLiteral("receipt_render_escpos"), render.json());

    PrintSpooler spooler(till.db(), clock);
    QElapsedTimer t;
    t.start();
    spooler.poll();
    const double seconds = double(t.elapsed()) / 1000.0;
    out.insert(QStringLiteral("print_queue"),
               QJsonObject{{QStringLiteral("receipts"), receipts},
                           {QStringLiteral("printed"), printer.documents().size()},
                           {QStringLiteral("drawer_kicks"), printer.drawerKicks()},
                           {QStringLiteral("seconds"), seconds},
                           {QStringLiteral("receipts_per_second"), seconds > 0 ? double(receipts) / seconds : 0.0}});
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
