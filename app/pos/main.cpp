// omnitill: the store application. Composition root only: parse arguments, wire objects, run.
#include "BackgroundSync.h"
#include "CardTerminalFactory.h"
#include "DeviceConfig.h"
#include "KioskWindow.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "StoreDevices.h"
#include "Till.h"
#include "common/DomainError.h"
#include "common/ProcessStats.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QMessageBox>
#include <QScreen>
#include <QTimer>

#include <memory>

namespace {
// --help and --version answer in text, and a machine without a display gets a message instead of
// Qt's abort: neither may need a window system.
bool asksOnlyForText(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version" || arg == "-?")
            return true;
    }
    return false;
}

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY") ||
           qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}
} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer startup;
    startup.start();
    const bool gui = !asksOnlyForText(argc, argv) && hasDisplay();
    std::unique_ptr<QCoreApplication> application =
        gui ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("OmniTill"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OMNITILL_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("OmniTill point of sale"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Store database file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Language: en, ru or zh_CN."), QStringLiteral("LANG"), QStringLiteral("en")});
    parser.addOption({QStringLiteral("device"),
                      QStringLiteral("Set a device setting before starting, e.g. printer.address=tcp://10.0.0.5:9100 "
                                     "(repeatable; see README, \"Store hardware\")."),
                      QStringLiteral("KEY=VALUE")});
    parser.addOption(
        {QStringLiteral("devices"), QStringLiteral("Read device settings from a file of key=value lines."), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("mode"),
         QStringLiteral("What this station is: till (the default), pickup (the click-and-collect desk), manager (the store manager's "
                        "console), kiosk (the customers' self-order kiosk) or self-checkout (the kiosk set to scanning)."),
         QStringLiteral("MODE"), QStringLiteral("till")});
    parser.addOption(
        {QStringLiteral("exit-when-ready"), QStringLiteral("Print start-up time and peak memory as JSON once the till is ready, then quit "
                                                           "(for the start-up benchmark).")});
    parser.process(app);
    if (!gui) {
        fprintf(stderr, "omnitill: no display: run it in a graphical session (DISPLAY or WAYLAND_DISPLAY), "
                        "or with QT_QPA_PLATFORM=offscreen\n");
        return 2;
    }
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
    const QHash<QString, Mode> modes{
        {QStringLiteral("till"), Mode::Till}, {QStringLiteral("pickup"), Mode::Pickup}, {QStringLiteral("manager"), Mode::Manager}};
    const bool kiosk = modeName == QLatin1String("kiosk") || modeName == QLatin1String("self-checkout");
    if (!modes.contains(modeName) && !kiosk) {
        fprintf(stderr, "omnitill: unknown mode %s (use till, pickup, manager, kiosk or self-checkout)\n", qPrintable(modeName));
        return 2;
    }
    const QString db = parser.value(QStringLiteral("db"));
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
        const auto ready = [&] {
            if (parser.isSet(QStringLiteral("exit-when-ready")))
                QTimer::singleShot(0, &app, [&] {
                    printf("{\"ready_ms\": %lld, \"peak_rss_kb\": %lld}\n", startup.elapsed(), omnitill::peakResidentKb());
                    app.quit();
                });
        };
        if (kiosk) {
            // payment.terminal: a ZVT terminal, the simulator (the default) or none: a kiosk without one
            // takes orders to pay at the counter.
            std::unique_ptr<omnitill::CardTerminal> terminal = omnitill::CardTerminalFactory::create(till.settings());
            omnitill::ui::KioskWindow window(till, languages, terminal.get(), &sync, &hardware);
            if (modeName == QLatin1String("self-checkout"))
                window.setSelfCheckout(true);
            if (terminal) {
                try {
                    till.kioskPayments().recover(*terminal); // payments a crash interrupted
                } catch (const omnitill::DomainError& e) {
                    fprintf(stderr, "omnitill: open card payments not settled: %s\n", qPrintable(e.message()));
                }
            }
            // The whole screen even without a window manager to honour "full screen" (the kiosk session has none).
            if (const QScreen* screen = QGuiApplication::primaryScreen())
                window.setGeometry(screen->geometry());
            window.showFullScreen();
            ready();
            return app.exec();
        }
        if (const auto terminal = hardware.cardTerminal()) {
            try {
                till.cardPayments().recover(*terminal); // card payments a crash interrupted
            } catch (const omnitill::DomainError& e) {
                fprintf(stderr, "omnitill: open card payments not settled: %s\n", qPrintable(e.message()));
            }
        }
        omnitill::ui::MainWindow window(till, languages, &sync, &hardware, modes.value(modeName));
        // Under a window manager the title bar would push the status bar off a 1366x768 screen;
        // without one the window keeps the size it chose, which fits.
        window.showMaximized();
        ready();
        return app.exec();
    } catch (const omnitill::DomainError& e) {
        fprintf(stderr, "omnitill: %s\n", qPrintable(e.message()));
        QMessageBox::critical(nullptr, QStringLiteral("OmniTill"), e.message());
        return 1;
    }
}
