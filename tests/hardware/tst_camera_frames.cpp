// The camera decoder on frames nobody on the project drew: zint symbols that ImageMagick rotated,
// blurred, noised, dimmed, put in perspective and JPEG-compressed at 1280x720
// (tests/frames/make-camera-frames.sh). Debian's ZXing 1.4 aborted the till on most linear ones.
#include "CameraFrames.h"
#include "FrameDecoder.h"
#include "IsolatedDecoder.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace omnitill;

class TestCameraFrames : public QObject
{
    Q_OBJECT

    QString decoderProgram() const { return qEnvironmentVariable("OMNITILL_BIN_DIR") + QStringLiteral("/omnitill-decoder"); }

    // A decoder program written for the test: reads a request, then behaves as given.
    QString fakeDecoder(QTemporaryDir& dir, const QByteArray& body)
    {
        const QString path = dir.filePath(QStringLiteral("decoder.sh"));
        QFile script(path);
        if (!script.open(QIODevice::WriteOnly))
            return {};
        script.write("#!/bin/sh\n" + body + "\n");
        script.close();
        script.setPermissions(script.permissions() | QFileDevice::ExeOwner);
        return path;
    }

private slots:
    void everyFrameIsReadAsWellAsZxingsBestSettingsWithoutHarm()
    {
        const QList<test::CameraFrame> frames = test::cameraFrames(qEnvironmentVariable("OMNITILL_CAMERA_FRAMES"));
        QVERIFY2(frames.size() >= 77, "the camera frame set was not made (CTest fixture camera_frames)");
        IsolatedDecoder decoder(decoderProgram());
        int read = 0;
        int bestRead = 0;
        QStringList missed;
        for (const test::CameraFrame& frame : frames) {
            const QImage picture(frame.path);
            QVERIFY2(!picture.isNull() && picture.size() == QSize(1280, 720), qPrintable(frame.path));
            // The best ZXing settings, in this process: trying harder, with rotations.
            const QList<DecodedBarcode> best = BarcodeImageDecoder::decode(picture, true);
            const bool bestOk = !best.isEmpty() && best.first().scanText() == frame.scanText;
            // What the till does with a camera frame: the quick look, in the decoder's process.
            const QList<DecodedBarcode> quick = decoder.decode(picture, false);
            QVERIFY2(decoder.error().isEmpty(), qPrintable(frame.path + QStringLiteral(": ") + decoder.error()));
            const bool ok = !quick.isEmpty() && quick.first().scanText() == frame.scanText && quick.first().format == frame.format;
            bestRead += bestOk;
            read += ok;
            if (bestOk && !ok)
                missed.append(QFileInfo(frame.path).fileName());
        }
        QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("read by the best settings, missed by the till: ") + missed.join(u' ')));
        QCOMPARE(decoder.restarts(), 0);
        qInfo("camera frames read: %d of %d (best ZXing settings: %d)", read, int(frames.size()), bestRead);
        QVERIFY(read >= int(frames.size()) - 2); // only the 520 px EAN-13 behind a 1.6 px blur is out of reach
    }

    void theFrameDecoderReadsAFullWidthEan13()
    {
        const QString frames = qEnvironmentVariable("OMNITILL_CAMERA_FRAMES");
        FrameDecoder decoder(1500, nullptr, decoderProgram());
        QSignalSpy decoded(&decoder, &FrameDecoder::decoded);
        QSignalSpy failed(&decoder, &FrameDecoder::failed);
        decoder.submit(QImage(QDir(frames).filePath(QStringLiteral("ean13-straight.png"))));
        QTRY_COMPARE(decoded.count(), 1);
        QCOMPARE(decoded.first().first().value<DecodedBarcode>().scanText(), QStringLiteral("4006381333931"));
        QCOMPARE(failed.count(), 0);
    }

    void aDecoderThatDiesCostsOneFrameAndIsSaidOnce()
    {
        QTemporaryDir dir;
        // Reads the request's header, then aborts the way a failed assertion does.
        const QString dying = fakeDecoder(dir, "head -c 13 >/dev/null; kill -ABRT $$");
        FrameDecoder decoder(1500, nullptr, dying);
        QSignalSpy decoded(&decoder, &FrameDecoder::decoded);
        QSignalSpy failed(&decoder, &FrameDecoder::failed);
        QImage frame(1280, 720, QImage::Format_Grayscale8);
        frame.fill(128);
        for (int i = 0; i < 3; ++i) {
            decoder.submit(frame);
            QTRY_COMPARE(decoder.failedFrames(), i + 1);
        }
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("camera decoder")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(decoded.count(), 0);
    }

    void aKilledDecoderIsReplacedAndTheNextFrameReads()
    {
        const QImage frame(QDir(qEnvironmentVariable("OMNITILL_CAMERA_FRAMES")).filePath(QStringLiteral("upca-straight.png")));
        IsolatedDecoder decoder(decoderProgram());
        QCOMPARE(decoder.decode(frame).value(0).scanText(), QStringLiteral("036000291452"));
        const qint64 first = decoder.processId();
        QVERIFY(first > 0);
        ::kill(pid_t(first), SIGKILL);
        QTest::qWait(50);
        QCOMPARE(decoder.decode(frame).value(0).scanText(), QStringLiteral("036000291452"));
        QVERIFY(decoder.processId() != first);
        QCOMPARE(decoder.restarts(), 1);
    }

    void aDecoderThatHangsIsStoppedAfterTheTimeout()
    {
        QTemporaryDir dir;
        const QString hanging = fakeDecoder(dir, "exec sleep 60");
        IsolatedDecoder decoder(hanging, 300);
        QImage frame(640, 480, QImage::Format_Grayscale8);
        frame.fill(200);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(decoder.decode(frame).isEmpty());
        QVERIFY(timer.elapsed() < 3000);
        QVERIFY2(decoder.error().contains(QStringLiteral("300 ms")), qPrintable(decoder.error()));
        QCOMPARE(decoder.restarts(), 1);
    }

    void aMissingDecoderIsAClearError()
    {
        IsolatedDecoder decoder(QStringLiteral("/nonexistent/omnitill-decoder"));
        QImage frame(64, 64, QImage::Format_Grayscale8);
        frame.fill(255);
        QVERIFY(decoder.decode(frame).isEmpty());
        QVERIFY2(decoder.error().contains(QStringLiteral("/nonexistent/omnitill-decoder")), qPrintable(decoder.error()));
    }
};

QTEST_MAIN(TestCameraFrames)
#include "tst_camera_frames.moc"
