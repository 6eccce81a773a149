// omnitillctl: headless store tooling on the same core services as the till.
#include "CtlCommand.h"
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
    QCoreApplication::setApplicationName(QStringLiteral("omnitillctl"));
    QStringList args = QCoreApplication::arguments();
    const QString usage = QStringLiteral(
        "usage: omnitillctl <command> [options]\n"
        "commands:\n"
        "  demo      --db FILE [--products N] [--seed S]      create a demo store\n"
        "  demo-hub  --db FILE --out FILE                      the demo store's catalog, promotions, members and staff for the hub\n"
        "  sell      --db FILE --pin PIN --item CODE[*QTY]... --pay cash[:AMOUNT]|card:AMOUNT:APPROVAL:LAST4|qr:AMOUNT:REF\n"
        "  simulate  --db FILE --sales N [--seed S] [--pin PIN]\n"
        "  journal   verify --db FILE\n"
        "  recover   --db DAMAGED --out NEW                    recover what can be read from a damaged store\n"
        "  receipt   --db FILE --number N --format text|escpos|png --out FILE [--profile ID] [--lang L]\n"
        "  enroll    --db FILE --hub URL --token TOKEN\n"
        "  sync      --db FILE                                 push waiting events to the hub once\n"
        "  devices   --db FILE list|set KEY=VALUE...|load FILE|queue|print   device settings and print queue\n");
    if (args.size() < 2) {
        std::fputs(qPrintable(usage), stderr);
        return 2;
    }
    const QString command = args.takeAt(1);
    try {
        if (command == QLatin1String("demo"))
            return omnitill::ctl::demo(args);
        if (command == QLatin1String("demo-hub"))
            return omnitill::ctl::demoHub(args);
        if (command == QLatin1String("sell"))
            return omnitill::ctl::sell(args);
        if (command == QLatin1String("simulate"))
            return omnitill::ctl::simulate(args);
        if (command == QLatin1String("journal"))
            return omnitill::ctl::journal(args);
        if (command == QLatin1String("receipt"))
            return omnitill::ctl::receipt(args);
        if (command == QLatin1String("enroll"))
            return omnitill::ctl::enroll(args);
        if (command == QLatin1String("sync"))
            return omnitill::ctl::sync(args);
        if (command == QLatin1String("devices"))
            return omnitill::ctl::devices(args);
        if (command == QLatin1String("recover"))
            return omnitill::ctl::recover(args);
    } catch (const omnitill::DomainError& e) {
        omnitill::ctl::err() << "omnitillctl: " << e.message() << " [" << e.code() << "]" << Qt::endl;
        return 1;
    }
    std::fputs(qPrintable(usage), stderr);
    return 2;
}
