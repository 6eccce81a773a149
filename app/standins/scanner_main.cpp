// omnitill-scanner-emulator: a serial barcode scanner on a virtual serial line. It prints the
// port to give the till (scanner.serial_port), plays --script, then sends each line typed on stdin.
#include "ScriptedScanner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("omnitill-scanner-emulator"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A serial barcode scanner stand-in. Script lines: a code (GS1 separators as <GS>) or \"wait MS\"."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("script"), QStringLiteral("Codes to send, one per line."), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("suffix"), QStringLiteral("cr (default), lf, crlf or none."), QStringLiteral("S"), QStringLiteral("cr")});
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString suffixName = parser.value(QStringLiteral("suffix"));
    const QByteArray suffix = suffixName == QLatin1String("lf")     ? QByteArray("\n")
                              : suffixName == QLatin1String("crlf") ? QByteArray("\r\n")
                              : suffixName == QLatin1String("none") ? QByteArray()
                                                                    : QByteArray("\r");
    omnitill::standins::ScriptedScanner scanner(suffix);
    if (!scanner.isValid()) {
        err << "cannot create a virtual serial line" << Qt::endl;
        return 1;
    }
    out << "port " << scanner.port() << Qt::endl;
    if (parser.isSet(QStringLiteral("script"))) {
        QFile file(parser.value(QStringLiteral("script")));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            err << "cannot read " << file.fileName() << ": " << file.errorString() << Qt::endl;
            return 1;
        }
        scanner.play(QString::fromUtf8(file.readAll()).split(QLatin1Char('\n')));
    }
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char line[1024];
        if (!fgets(line, sizeof line, stdin)) {
            input.setEnabled(false);
            return;
        }
        const QString code = QString::fromUtf8(line).trimmed();
        if (code == QLatin1String("quit"))
            app.quit();
        else if (!code.isEmpty() && !scanner.scan(code))
            err << "the till is not reading the line" << Qt::endl;
    });
    return app.exec();
}
