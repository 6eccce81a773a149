// omnitill-printer-emulator: a network receipt printer for development and demos. It prints
// each document to a text file (and its images as PNG) and takes state changes on stdin.
#include "ListenAddress.h"
#include "PrinterEmulator.h"
#include "common/DomainError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using omnitill::standins::PrinterEmulator;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv); // no display needed: PNG writing is built into QtGui
    QCoreApplication::setApplicationName(QStringLiteral("omnitill-printer-emulator"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("An ESC/POS network printer stand-in. Commands on stdin: online, offline, paper-ok, paper-low, paper-out,"
                       " cover-open, cover-close, drawer-open, drawer-close, power-off, power-on, quit."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("listen"), QStringLiteral("Address and port (default 127.0.0.1:9100)."), QStringLiteral("ADDR:PORT"),
                      QStringLiteral("127.0.0.1:9100")});
    parser.addOption({QStringLiteral("profile"), QStringLiteral("Printer model (tm-t20ii, tm-t20ii-42, pos-5890, pos-80-cn)."),
                      QStringLiteral("ID"), QStringLiteral("tm-t20ii")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Folder for printed documents."), QStringLiteral("DIR")});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    omnitill::PrinterProfile profile;
    try {
        profile = omnitill::PrinterProfile::byId(parser.value(QStringLiteral("profile")));
    } catch (const omnitill::DomainError& e) {
        err << e.message() << Qt::endl;
        return 2;
    }
    const QString listen = parser.value(QStringLiteral("listen"));
    const auto address = omnitill::standins::ListenAddress::parse(listen);
    if (!address) {
        err << "--listen must be ADDRESS:PORT, e.g. 127.0.0.1:9100" << Qt::endl;
        return 2;
    }
    const QHostAddress host = address->host;
    const quint16 port = address->port;
    const QString outDir = parser.value(QStringLiteral("out"));
    if (!outDir.isEmpty() && !QDir().mkpath(outDir)) {
        err << "cannot create " << outDir << Qt::endl;
        return 1;
    }

    PrinterEmulator printer(profile);
    if (printer.start(host, quint16(port)) == 0) {
        err << "cannot listen on " << listen << Qt::endl;
        return 1;
    }
    out << "listening on " << printer.address() << " as " << profile.name << Qt::endl;

    QObject::connect(&printer, &PrinterEmulator::documentPrinted, &app, [&](int index) {
        const omnitill::standins::PrintedDocument doc = printer.documents().at(index);
        out << "--- document " << index + 1 << " ---\n" << doc.lines.join(QLatin1Char('\n')) << Qt::endl;
        for (const QString& qr : doc.qrCodes)
            out << "[QR] " << qr << Qt::endl;
        if (outDir.isEmpty())
            return;
        const QString base = QDir(outDir).filePath(QStringLiteral("%1").arg(index + 1, 4, 10, QLatin1Char('0')));
        QSaveFile text(base + QStringLiteral(".txt"));
        if (text.open(QIODevice::WriteOnly)) {
            // The paper as a person reads it, the QR codes' content included (what a scanner would read).
            QStringList paper = doc.lines;
            for (const QString& qr : doc.qrCodes)
                paper.append(QStringLiteral("[QR] ") + qr);
            text.write((paper.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
            text.commit();
        }
        for (int i = 0; i < doc.images.size(); ++i)
            doc.images.at(i).save(QStringLiteral("%1-%2.png").arg(base).arg(i + 1));
    });
    QObject::connect(&printer, &PrinterEmulator::drawerKicked, &app, [&] { out << "[drawer kick]" << Qt::endl; });

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char line[256];
        if (!fgets(line, sizeof line, stdin)) {
            input.setEnabled(false); // stdin closed: keep printing until killed
            return;
        }
        const QString command = QString::fromLocal8Bit(line).trimmed();
        if (command == QLatin1String("online") || command == QLatin1String("offline"))
            printer.setOnline(command == QLatin1String("online"));
        else if (command == QLatin1String("paper-ok"))
            printer.setPaper(PrinterEmulator::Paper::Ok);
        else if (command == QLatin1String("paper-low"))
            printer.setPaper(PrinterEmulator::Paper::NearEnd);
        else if (command == QLatin1String("paper-out"))
            printer.setPaper(PrinterEmulator::Paper::End);
        else if (command == QLatin1String("cover-open") || command == QLatin1String("cover-close"))
            printer.setCoverOpen(command == QLatin1String("cover-open"));
        else if (command == QLatin1String("drawer-open") || command == QLatin1String("drawer-close"))
            printer.setDrawerOpen(command == QLatin1String("drawer-open"));
        else if (command == QLatin1String("power-off") || command == QLatin1String("power-on"))
            printer.setPowered(command == QLatin1String("power-on"));
        else if (command == QLatin1String("quit"))
            app.quit();
        else if (!command.isEmpty())
            err << "unknown command: " << command << Qt::endl;
    });
    return app.exec();
}
