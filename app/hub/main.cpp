// omnitill-hub: the central system (serve) and its admin commands. Wiring and arguments only.
#include "HubAdmin.h"
#include "HubDatabase.h"
#include "HubError.h"
#include "HubKey.h"
#include "HubServer.h"
#include "HubService.h"
#include "common/Clock.h"
#include "crypto/KeyFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace omnitill;

namespace {
QString defaultDb()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QStringLiteral("sqlite:") + dir + QStringLiteral("/hub.db");
}

// serve's --max-connections, timeouts and rates; false (with a message) when one is not a positive number.
bool readLimits(const QCommandLineParser& parser, hub::HttpLimits& limits)
{
    const auto positive = [&](const char* name, auto apply) {
        if (!parser.isSet(QLatin1String(name)))
            return true;
        bool ok = false;
        const double value = parser.value(QLatin1String(name)).toDouble(&ok);
        if (!ok || value <= 0 || value > 1e6) {
            std::fprintf(stderr, "omnitill-hub: --%s must be a positive number\n", name);
            return false;
        }
        apply(value);
        return true;
    };
    return positive("max-connections", [&](double v) { limits.maxConnections = int(v); }) &&
           positive("head-timeout", [&](double v) { limits.headTimeoutMs = int(v * 1000); }) &&
           positive("idle-timeout", [&](double v) { limits.idleTimeoutMs = int(v * 1000); }) &&
           positive("stall-timeout", [&](double v) { limits.stallTimeoutMs = int(v * 1000); })
           // A burst of ten seconds' worth: a till catching up after a day offline pages through feeds at once.
           && positive("device-rate", [&](double v) { limits.deviceRate = v, limits.deviceBurst = qMax(1, int(v * 10)); }) &&
           positive("key-rate", [&](double v) { limits.keyRate = v, limits.keyBurst = qMax(1, int(v * 10)); }) &&
           positive("address-rate", [&](double v) { limits.addressRate = v, limits.addressBurst = qMax(1, int(v * 10)); });
}

int serve(hub::HubService& service, const QString& databaseUrl, const Clock& clock, const QCommandLineParser& parser, QCoreApplication& app)
{
    const QString listen = parser.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    const QHostAddress address(listen.left(colon));
    bool ok = false;
    const quint16 port = quint16(listen.mid(colon + 1).toUInt(&ok));
    if (colon < 0 || address.isNull() || !ok) {
        std::fprintf(stderr, "omnitill-hub: --listen must be ADDRESS:PORT, e.g. 127.0.0.1:8765\n");
        return 2;
    }
    const bool tls = parser.isSet(QStringLiteral("tls-cert")) || parser.isSet(QStringLiteral("tls-key"));
    if (tls && (!parser.isSet(QStringLiteral("tls-cert")) || !parser.isSet(QStringLiteral("tls-key")))) {
        std::fprintf(stderr, "omnitill-hub: TLS needs both --tls-cert and --tls-key\n");
        return 2;
    }
    if (!tls && !address.isLoopback() && !parser.isSet(QStringLiteral("insecure"))) {
        std::fprintf(stderr,
                     "omnitill-hub: refusing to serve %s without TLS: requests and enrollment tokens would cross "
                     "the network in clear text. Pass --tls-cert and --tls-key, serve on 127.0.0.1 behind a "
                     "TLS proxy, or pass --insecure.\n",
                     qPrintable(listen));
        return 2;
    }
    hub::HttpLimits limits;
    if (!readLimits(parser, limits))
        return 2;
    limits.trustForwardedFor = parser.isSet(QStringLiteral("behind-proxy"));
    hub::HubServer server(service, limits);
    if (tls)
        server.useTls(parser.value(QStringLiteral("tls-cert")), parser.value(QStringLiteral("tls-key")));
    // SQLite takes one writer at a time: there, all work stays on this thread.
    if (!databaseUrl.startsWith(QLatin1String("sqlite:")))
        server.workOnOwnThreads(databaseUrl, clock);
    const quint16 bound = server.listen(address, port);
    if (bound == 0) {
        std::fprintf(stderr, "omnitill-hub: cannot listen on %s\n", qPrintable(listen));
        return 1;
    }
    server.startBackgroundWork();
    std::printf("listening on %s://%s:%u\n", tls ? "https" : "http", qPrintable(address.toString()), unsigned(bound));
    std::fflush(stdout);
    return app.exec();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("omnitill-hub"));
    QStringList args = QCoreApplication::arguments();
    const QString mode = args.value(1);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("sqlite:PATH or postgresql://user@host:port/db"), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("key-file"),
                      QStringLiteral("The hub's token-signing key (created when missing; default: beside a SQLite database, "
                                     "or $OMNITILL_HUB_KEY_FILE). Kept apart from the database."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("key-token"),
                      QStringLiteral("Sign with the key on this PKCS#11 token (moved there with key-to-token)."), QStringLiteral("LABEL")});
    parser.addOption({QStringLiteral("key-module"), QStringLiteral("The token's PKCS#11 module."), QStringLiteral("SO"),
                      QStringLiteral("/usr/lib/softhsm/libsofthsm2.so")});
    parser.addOption({QStringLiteral("key-label"), QStringLiteral("The key's label on the token."), QStringLiteral("LABEL"),
                      QStringLiteral("omnitill-hub")});
    parser.addOption({QStringLiteral("key-pin-file"), QStringLiteral("Owner-only file holding the token's PIN."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("listen"), QStringLiteral("ADDRESS:PORT"), QStringLiteral("ADDR"), QStringLiteral("127.0.0.1:8765")});
    parser.addOption({QStringLiteral("insecure"), QStringLiteral("Allow plain HTTP on a non-loopback address.")});
    parser.addOption({QStringLiteral("behind-proxy"),
                      QStringLiteral("Take the client's address from X-Forwarded-For when the connection comes from this machine.")});
    parser.addOption({QStringLiteral("tls-cert"), QStringLiteral("PEM certificate (chain) to serve HTTPS with."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("tls-key"), QStringLiteral("PEM private key of the certificate."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("max-connections"),
                      QStringLiteral("Client connections held at once (default: what the file limit allows)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("head-timeout"), QStringLiteral("Seconds a request's headers may take."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("idle-timeout"), QStringLiteral("Seconds a kept-alive connection may wait."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("stall-timeout"), QStringLiteral("Seconds a body may stop arriving."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("device-rate"), QStringLiteral("Requests a second per till or kiosk."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("key-rate"), QStringLiteral("Requests a second per API key."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("address-rate"), QStringLiteral("Enrollments and failed sign-ins a second per address."), QStringLiteral("N")});
    // Options of the hub itself (serve's, and --db for both); everything else belongs to the admin command.
    const QStringList valued{QStringLiteral("--db"),           QStringLiteral("--key-file"),     QStringLiteral("--listen"),
                             QStringLiteral("--tls-cert"),     QStringLiteral("--tls-key"),      QStringLiteral("--max-connections"),
                             QStringLiteral("--head-timeout"), QStringLiteral("--idle-timeout"), QStringLiteral("--stall-timeout"),
                             QStringLiteral("--device-rate"),  QStringLiteral("--key-rate"),     QStringLiteral("--address-rate"),
                             QStringLiteral("--key-token"),    QStringLiteral("--key-module"),   QStringLiteral("--key-label"),
                             QStringLiteral("--key-pin-file")};
    QStringList own;
    QStringList rest;
    for (int i = 2; i < args.size(); ++i) {
        const QString& a = args[i];
        if (valued.contains(a) && i + 1 < args.size()) {
            own << a << args[i + 1];
            ++i;
        } else if (a == QLatin1String("--insecure") || a == QLatin1String("--behind-proxy") ||
                   std::any_of(valued.begin(), valued.end(), [&](const QString& o) { return a.startsWith(o + QLatin1Char('=')); })) {
            own << a;
        } else {
            rest << a;
        }
    }
    // serve takes no other options: one it does not know (a misspelt --tls-cert) must not leave
    // the hub serving plain HTTP without a word.
    const bool ownOnly = mode == QLatin1String("serve") || mode == QLatin1String("key-to-token");
    if (!parser.parse(QStringList{args.value(0)} + own) || (!ownOnly && mode != QLatin1String("admin")) || (ownOnly && !rest.isEmpty())) {
        if (ownOnly && !rest.isEmpty())
            std::fprintf(stderr, "omnitill-hub: %s does not know %s\n", qPrintable(mode), qPrintable(rest.join(QLatin1Char(' '))));
        std::fprintf(
            stderr,
            "usage: omnitill-hub serve [--db URL] [--key-file F] [--listen 127.0.0.1:PORT] [--tls-cert F --tls-key F] [--insecure]\n"
            "         [--behind-proxy]\n"
            "         [--max-connections N] [--head-timeout S] [--idle-timeout S] [--stall-timeout S]\n"
            "         [--device-rate N] [--key-rate N] [--address-rate N]\n"
            "         [--key-token LABEL --key-pin-file F [--key-module SO] [--key-label LABEL]]\n"
            "       omnitill-hub key-to-token [--db URL] [--key-file F] --key-token LABEL --key-pin-file F [--key-module SO]\n"
            "         [--key-label LABEL]   (moves the hub's key onto the token and deletes the key file)\n"
            "       omnitill-hub admin [--db URL] <command> [options]\n");
        return 2;
    }
    try {
        const QString url = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDb();
        QString keyFile = parser.value(QStringLiteral("key-file"));
        if (keyFile.isEmpty())
            keyFile = qEnvironmentVariable("OMNITILL_HUB_KEY_FILE", hub::HubKey::defaultPath(url));
        if (keyFile.isEmpty()) {
            std::fprintf(stderr, "omnitill-hub: with PostgreSQL the hub's signing key needs --key-file FILE (or "
                                 "OMNITILL_HUB_KEY_FILE), kept apart from the database\n");
            return 2;
        }
        hub::HubDatabase db;
        db.open(url);
        std::optional<Pkcs11Signer::Config> token;
        if (parser.isSet(QStringLiteral("key-token")))
            token = Pkcs11Signer::Config{parser.value(QStringLiteral("key-module")), parser.value(QStringLiteral("key-token")),
                                         parser.value(QStringLiteral("key-label")),
                                         KeyFile::read(parser.value(QStringLiteral("key-pin-file"))).trimmed()};
        if (mode == QLatin1String("key-to-token")) {
            if (!token) {
                std::fprintf(stderr, "omnitill-hub: key-to-token needs --key-token LABEL and --key-pin-file FILE\n");
                return 2;
            }
            const QString keyId = hub::HubKey::moveToToken(db, keyFile, *token);
            std::fprintf(stdout, "the hub's key %s is on the token %s; %s is deleted\n", qPrintable(keyId), qPrintable(token->tokenLabel),
                         qPrintable(keyFile));
            return 0;
        }
        SystemClock clock;
        hub::HubService service(
            db, clock, token ? hub::HubKey::openToken(*token, keyFile) : hub::HubSigningKey::fromKey(hub::HubKey::open(db, keyFile)));
        if (mode == QLatin1String("serve"))
            return serve(service, url, clock, parser, app);
        return hub::HubAdmin(service, stdout, stderr).run(rest);
    } catch (const DomainError& e) {
        std::fprintf(stderr, "omnitill-hub: %s [%s]\n", qPrintable(e.message()), qPrintable(e.code()));
        return 1;
    }
}
