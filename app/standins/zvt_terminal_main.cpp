// omnitill-zvt-terminal: a ZVT card terminal for development, demos and tests. It listens on TCP
// (and, with --pty, on a pseudo-terminal with the serial framing), keeps an append-only log of what
// it charged, and takes its behaviour on stdin.
#include "ListenAddress.h"
#include "ZvtTerminalEmulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using omnitill::standins::ZvtTerminalEmulator;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("omnitill-zvt-terminal"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A ZVT card terminal stand-in. Behaviours (also as lines on stdin): approve, decline, pin, timeout, drop-after-charge,"
        " status-only; card girocard|Mastercard|VISA (the card the next customer presents; card alone: any); and quit."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("listen"), QStringLiteral("Address and port (default 127.0.0.1:20007)."), QStringLiteral("ADDR:PORT"),
                      QStringLiteral("127.0.0.1:20007")});
    parser.addOption({QStringLiteral("pty"), QStringLiteral("Also serve the serial protocol on a pseudo-terminal (its path is printed).")});
    parser.addOption({QStringLiteral("behaviour"), QStringLiteral("How it answers payments (default approve)."), QStringLiteral("NAME"),
                      QStringLiteral("approve")});
    parser.addOption({QStringLiteral("log"), QStringLiteral("Append-only log of charges, reversals and refunds."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("password"), QStringLiteral("The terminal's password (default 000000)."), QStringLiteral("DIGITS"),
                      QStringLiteral("000000")});
    parser.addOption({QStringLiteral("pin-delay-ms"), QStringLiteral("How long the customer takes over the PIN (default 1500)."),
                      QStringLiteral("MS"), QStringLiteral("1500")});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    ZvtTerminalEmulator::Options options;
    options.logPath = parser.value(QStringLiteral("log"));
    options.password = parser.value(QStringLiteral("password"));
    options.pinDelayMs = parser.value(QStringLiteral("pin-delay-ms")).toInt();
    const auto behaviour = ZvtTerminalEmulator::behaviourFromName(parser.value(QStringLiteral("behaviour")));
    if (!behaviour) {
        err << "unknown behaviour " << parser.value(QStringLiteral("behaviour")) << Qt::endl;
        return 2;
    }
    const QString listen = parser.value(QStringLiteral("listen"));
    const auto address = omnitill::standins::ListenAddress::parse(listen);
    if (!address) {
        err << "--listen must be ADDRESS:PORT, e.g. 127.0.0.1:20007" << Qt::endl;
        return 2;
    }
    const QHostAddress host = address->host;

    ZvtTerminalEmulator terminal(options);
    if (!terminal.error().isEmpty()) {
        err << "cannot open the log: " << terminal.error() << Qt::endl;
        return 1;
    }
    terminal.setBehaviour(*behaviour);
    const quint16 bound = terminal.listen(host, address->port);
    if (bound == 0) {
        err << "cannot listen on " << listen << ": " << terminal.error() << Qt::endl;
        return 1;
    }
    out << "listening on " << host.toString() << ':' << bound << Qt::endl;
    if (parser.isSet(QStringLiteral("pty"))) {
        const QString pty = terminal.openPty();
        if (pty.isEmpty()) {
            err << terminal.error() << Qt::endl;
            return 1;
        }
        out << "pty " << pty << Qt::endl;
    }
    QObject::connect(&terminal, &ZvtTerminalEmulator::logged, &app, [&](const QString& line) { out << line << Qt::endl; });

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[256];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer - 1);
        if (n <= 0) {
            input.setEnabled(false); // stdin closed: keep serving until killed
            return;
        }
        for (const QByteArray& raw : QByteArray(buffer, n).split('\n')) {
            const QString command = QString::fromUtf8(raw).trimmed();
            if (command.isEmpty())
                continue;
            if (command == QLatin1String("quit")) {
                app.quit();
                return;
            }
            if (command.startsWith(QLatin1String("card"))) {
                const QString brand = command.mid(4).trimmed();
                if (terminal.presentCard(brand))
                    out << "card " << (brand.isEmpty() ? QStringLiteral("any") : terminal.presentedCard()) << Qt::endl;
                else
                    err << "unknown card " << brand << Qt::endl;
            } else if (const auto next = ZvtTerminalEmulator::behaviourFromName(command)) {
                terminal.setBehaviour(*next);
                out << "behaviour " << command << Qt::endl;
            } else {
                err << "unknown command " << command << Qt::endl;
            }
        }
    });
    return app.exec();
}
