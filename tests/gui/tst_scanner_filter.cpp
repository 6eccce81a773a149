#include "ManualTimers.h"
#include "ScannerEventFilter.h"
#include "WidgetLookup.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace omnitill;
using namespace omnitill::ui;

// The keyboard-wedge scanner as the hardware types: Shift around uppercase letters and symbols,
// codes as short as a member card, and people typing at their own pace into the same field. Time
// passes by the test's hand (ManualTimers): the gaps between keys are exact and nothing sleeps.
class TestScannerFilter : public QObject
{
    Q_OBJECT

    struct Screen
    {
        QWidget window;
        QLineEdit* field = nullptr;
        test::ManualTimers timers;
        ScannerEventFilter filter{ScannerEventFilter::Settings{}};
        Screen()
        {
            filter.useTimers(timers);
            auto* layout = new QVBoxLayout(&window);
            field = new QLineEdit(&window);
            layout->addWidget(field);
            window.show();
            field->setFocus();
            QApplication::setActiveWindow(&window);
            qApp->installEventFilter(&filter);
        }
        ~Screen() { qApp->removeEventFilter(&filter); }
    };

private slots:
    void shiftedCharactersArriveWholeAsOneScan_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("kiosk ticket") << QStringLiteral("OTK1|S1|K1|7|%2D|4000000000013*2;4000000000020*1|5c0a9e1F");
        QTest::newRow("member app QR") << QStringLiteral("OTM1.eyJtIjoiQUJDIn0.Xy_Z-09");
        QTest::newRow("uppercase receipt id") << QStringLiteral("S1-T1-000042");
        QTest::newRow("GS1 with brackets") << QStringLiteral("(01)04000000000013(17)261231(10)AB:12");
        QTest::newRow("member card") << QStringLiteral("M0001");
        QTest::newRow("one shifted first") << QStringLiteral("A12345");
    }
    void shiftedCharactersArriveWholeAsOneScan()
    {
        QFETCH(QString, code);
        Screen screen;
        QSignalSpy scans(&screen.filter, &ScannerEventFilter::scanned);
        test::scan(screen.field, code);
        QCOMPARE(scans.size(), 1);
        QCOMPARE(scans.at(0).at(0).toString(), code);
        QCOMPARE(screen.field->text(), QString()); // nothing of the code was typed into the field
    }

    void aPersonTypingIsNotAScan()
    {
        Screen screen;
        QSignalSpy scans(&screen.filter, &ScannerEventFilter::scanned);
        test::type(screen.field, QStringLiteral("Milk"), screen.timers, 60);
        QTest::keyClick(screen.field, Qt::Key_Return);
        screen.timers.advance(120);
        QCOMPARE(scans.size(), 0);
        QCOMPARE(screen.field->text(), QStringLiteral("Milk"));
    }

    void aShortFastBurstWithoutEnterIsTypedNotScanned()
    {
        Screen screen;
        QSignalSpy scans(&screen.filter, &ScannerEventFilter::scanned);
        QTest::keyClicks(screen.field, QStringLiteral("12"));
        QCOMPARE(screen.field->text(), QString()); // held: it may still become a scan
        screen.timers.advance(34);
        QCOMPARE(screen.field->text(), QString());
        screen.timers.advance(1); // the longest gap a scanner leaves, and a little more
        QCOMPARE(screen.field->text(), QStringLiteral("12"));
        QCOMPARE(scans.size(), 0);
    }

    void theGapBetweenKeysDecides_data()
    {
        QTest::addColumn<int>("gapMs");
        QTest::addColumn<bool>("scanned");
        QTest::newRow("fast scanner") << 2 << true;
        QTest::newRow("slow scanner at the limit") << 30 << true;
        QTest::newRow("a fast typist") << 31 << false;
        QTest::newRow("a person") << 120 << false;
    }
    void theGapBetweenKeysDecides()
    {
        QFETCH(int, gapMs);
        QFETCH(bool, scanned);
        Screen screen;
        QSignalSpy scans(&screen.filter, &ScannerEventFilter::scanned);
        test::type(screen.field, QStringLiteral("4000000000013"), screen.timers, gapMs);
        QTest::keyClick(screen.field, Qt::Key_Return);
        screen.timers.advance(200);
        QCOMPARE(scans.size(), scanned ? 1 : 0);
        QCOMPARE(screen.field->text(), scanned ? QString() : QStringLiteral("4000000000013"));
    }

    void aScannerWithoutEnterEndsByPausing()
    {
        Screen screen;
        QSignalSpy scans(&screen.filter, &ScannerEventFilter::scanned);
        test::type(screen.field, QStringLiteral("M0001"), screen.timers, 0); // Shift around the M, as a scanner sends it
        screen.timers.advance(79);
        QCOMPARE(scans.size(), 0);
        screen.timers.advance(1);
        QCOMPARE(scans.size(), 1);
        QCOMPARE(scans.at(0).at(0).toString(), QStringLiteral("M0001"));
    }

    void shortcutsAfterAScanStillWork()
    {
        Screen screen;
        QSignalSpy scans(&screen.filter, &ScannerEventFilter::scanned);
        test::scan(screen.field, QStringLiteral("4000000000013"));
        QCOMPARE(scans.size(), 1);
        // Ctrl+Shift+Z is not printable and reaches the widget untouched.
        QTest::keyClick(screen.field, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(scans.size(), 1);
        QCOMPARE(screen.field->text(), QString());
    }
};

QTEST_MAIN(TestScannerFilter)
#include "tst_scanner_filter.moc"
