// omnitill-devices: the till's device settings, print queue and receipts on paper, without a window.
#include "DeviceCommands.h"
#include "common/DomainError.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <unistd.h>

#include <cstdio>

int main(int argc, char* argv[])
{
    // Receipt images need fonts, hence a GUI application; it never opens a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray runtime = QDir::tempPath().toUtf8() + "/omnitill-runtime-" + QByteArray::number(getuid());
        QDir().mkpath(QString::fromUtf8(runtime));
        QFile::setPermissions(QString::fromUtf8(runtime), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime);
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("omnitill-devices"));
    QStringList args = QCoreApplication::arguments();
    const QString usage =
        QStringLiteral("usage: omnitill-devices <command> --db FILE [options]\n"
                       "commands:\n"
                       "  list                          the till's device settings\n"
                       "  set KEY=VALUE...              change device settings (an empty value clears one)\n"
                       "  load FILE                     device settings from a KEY=VALUE file\n"
                       "  queue                         what waits in the print queue\n"
                       "  print                         one round of the print spooler: print what waits\n"
                       "  receipt --number N --format text|escpos|png --out FILE [--profile ID] [--columns 32|42|48] [--lang L]\n");
    if (args.size() < 2) {
        std::fputs(qPrintable(usage), stderr);
        return 2;
    }
    const QString command = args.takeAt(1);
    try {
        if (command == QLatin1String("list") || command == QLatin1String("set") || command == QLatin1String("load"))
            return omnitill::devices::settings(command, args);
        if (command == QLatin1String("queue"))
            return omnitill::devices::queue(args);
        if (command == QLatin1String("print"))
            return omnitill::devices::print(args);
        if (command == QLatin1String("receipt"))
            return omnitill::devices::receipt(args);
    } catch (const omnitill::DomainError& e) {
        omnitill::cli::err() << "omnitill-devices: " << e.message() << " [" << e.code() << "]" << Qt::endl;
        return 1;
    }
    std::fputs(qPrintable(usage), stderr);
    return 2;
}
