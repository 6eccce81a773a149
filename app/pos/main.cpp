// omnitill: the store application. Composition root only: parse arguments, wire objects, run.
#include "LanguageManager.h"
#include "MainWindow.h"
#include "StoreDevices.h"
#include "devices/DeviceConfig.h"
#include "BackgroundSync.h"
#include "Till.h"
#include "common/DomainError.h"
#include "common/ProcessStats.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char* argv[])
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("OmniTill"));
    QApplication::setApplicationVersion(QStringLiteral(OMNITILL_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("OmniTill point of sale"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Store database file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Language: en, ru or zh_CN."), QStringLiteral("LANG"),
                      QStringLiteral("en")});
    parser.addOption({QStringLiteral("spool"), QStringLiteral("Receipt spool directory (default: beside the database)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("device"),
                      QStringLiteral("Set a device setting before starting, e.g. printer.address=tcp://10.0.0.5:9100 "
                                     "(repeatable; see README, \"Store hardware\")."),
                      QStringLiteral("KEY=VALUE")});
    parser.addOption({QStringLiteral("devices"), QStringLiteral("Read device settings from a file of key=value lines."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("mode"), QStringLiteral("What this station is: till (the default), pickup (the click-and-collect desk) or manager (the store manager's console)."),
                      QStringLiteral("MODE"), QStringLiteral("till")});
    parser.addOption({QStringLiteral("exit-when-ready"),
                      QStringLiteral("Print start-up time and peak memory as JSON once the till is ready, then quit "
                                     "(for the start-up benchmark).")});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("db"))) {
        fprintf(stderr, "omnitill: --db FILE is required (create one with: omnitillctl demo --db FILE)\n");
        return 2;
    }
    omnitill::ui::LanguageManager languages;
    QString language = parser.value(QStringLiteral("lang"));
    if (language == QLatin1String("zh"))
        language = QStringLiteral("zh_CN");
    if (!languages.apply(language)) {
        fprintf(stderr, "omnitill: unknown language %s (use en, ru or zh_CN)\n", qPrintable(language));
        return 2;
    }
    const QString modeName = parser.value(QStringLiteral("mode"));
    using Mode = omnitill::ui::MainWindow::Mode;
    const QHash<QString, Mode> modes{{QStringLiteral("till"), Mode::Till}, {QStringLiteral("pickup"), Mode::Pickup},
                                     {QStringLiteral("manager"), Mode::Manager}};
    if (!modes.contains(modeName)) {
        fprintf(stderr, "omnitill: unknown mode %s (use till, pickup or manager)\n", qPrintable(modeName));
        return 2;
    }
    const Mode mode = modes.value(modeName);
    const QString db = parser.value(QStringLiteral("db"));
    const QString spool = parser.isSet(QStringLiteral("spool"))
                              ? parser.value(QStringLiteral("spool"))
                              : QFileInfo(db).absoluteDir().filePath(QStringLiteral("spool"));
    omnitill::SystemClock clock;
    try {
        omnitill::Till till(db, clock);
        // Unattended tills are set up from the command line or a file; stored like the screen does.
        omnitill::DeviceConfig::Entries devices;
        if (parser.isSet(QStringLiteral("devices")))
            devices = omnitill::DeviceConfig::readFile(parser.value(QStringLiteral("devices")));
        for (const QString& assignment : parser.values(QStringLiteral("device")))
            devices.append(omnitill::DeviceConfig::parseAssignment(assignment));
        if (!devices.isEmpty())
            omnitill::DeviceConfig::apply(till.db(), till.settings(), devices);
        // Sync runs on its own thread once the till is enrolled (omnitillctl enroll).
        omnitill::BackgroundSync sync(db, clock);
        sync.start();
        // Printer, drawer, scanners, scale and displays; the printer works on its own thread.
        omnitill::ui::StoreDevices hardware(till, db, clock);
        hardware.reload();
        omnitill::ui::MainWindow window(till, languages, spool, &sync, &hardware, mode);
        window.show();
        if (parser.isSet(QStringLiteral("exit-when-ready")))
            QTimer::singleShot(0, &app, [&] {
                printf("{\"ready_ms\": %lld, \"peak_rss_kb\": %lld}\n", startup.elapsed(), omnitill::peakResidentKb());
                app.quit();
            });
        return app.exec();
    } catch (const omnitill::DomainError& e) {
        fprintf(stderr, "omnitill: %s\n", qPrintable(e.message()));
        QMessageBox::critical(nullptr, QStringLiteral("OmniTill"), e.message());
        return 1;
    }
}
