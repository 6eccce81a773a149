#include "CtlCommand.h"
#include "SyncClient.h"
#include "Till.h"

#include "common/DomainError.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTimer>

namespace omnitill::ctl {

namespace {
// The store and the sync engine on it, as both commands need them.
struct SyncSession
{
    explicit SyncSession(const QString& path) : till(path, clock), client(till.db(), till.settings(), clock, network) {}
    SystemClock clock;
    Till till;
    QNetworkAccessManager network;
    SyncClient client;
};

// Runs the engine's asynchronous operation to its end: the engine needs no window.
bool runUntilDone(SyncClient& client, const std::function<void()>& start, QString* error)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&client, &SyncClient::enrolled, &loop, [&] {
        ok = true;
        loop.quit();
    });
    QObject::connect(&client, &SyncClient::finished, &loop, [&] {
        ok = true;
        loop.quit();
    });
    QObject::connect(&client, &SyncClient::failed, &loop, [&](const QString& message) {
        *error = message;
        loop.quit();
    });
    QTimer::singleShot(0, &loop, start); // inside the loop, so a failure reported at once still ends it
    loop.exec();
    return ok;
}
} // namespace

int enroll(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("hub"), QStringLiteral("Hub address, e.g. http://127.0.0.1:8765"), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("token"), QStringLiteral("One-time enrollment token from the hub."), QStringLiteral("TOKEN")});
    parser.addOption({QStringLiteral("hub-ca"), QStringLiteral("PEM certificate of the authority that signed the hub's certificate."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("hub-pin"), QStringLiteral("Pin of the hub's public key, sha256/BASE64 (may be repeated)."),
                      QStringLiteral("PIN")});
    if (!parse(parser, args, QStringLiteral("Enrolls this till with a hub.")))
        return 2;
    QByteArray caPem;
    if (parser.isSet(QStringLiteral("hub-ca"))) {
        QFile file(parser.value(QStringLiteral("hub-ca")));
        if (!file.open(QIODevice::ReadOnly)) {
            err() << "omnitillctl: cannot read " << file.fileName() << ": " << file.errorString() << Qt::endl;
            return 1;
        }
        caPem = file.readAll();
    }
    HubTrust trust;
    try {
        trust = HubTrust(caPem, parser.values(QStringLiteral("hub-pin")));
    } catch (const DomainError& e) {
        err() << "omnitillctl: " << e.message() << Qt::endl;
        return 2;
    }
    SyncSession session(dbPath(parser));
    SyncClient& client = session.client;
    QString error;
    QString device;
    QObject::connect(&client, &SyncClient::enrolled, [&](const QString& id) { device = id; });
    if (!runUntilDone(
            client, [&] { client.enroll(QUrl(parser.value(QStringLiteral("hub"))), parser.value(QStringLiteral("token")), trust); },
            &error)) {
        err() << "omnitillctl: " << error << Qt::endl;
        return 1;
    }
    out() << "enrolled as device " << device << Qt::endl;
    return 0;
}

int sync(const QStringList& args)
{
    QCommandLineParser parser;
    if (!parse(parser, args, QStringLiteral("Pushes every waiting event to the hub and pulls its changes once.")))
        return 2;
    SyncSession session(dbPath(parser));
    SyncClient& client = session.client;
    SyncSummary summary;
    QObject::connect(&client, &SyncClient::finished, [&](const SyncSummary& s) { summary = s; });
    bool progressShown = false;
    QObject::connect(&client, &SyncClient::catalogProgress, [&](qint64 applied, qint64 remaining) {
        if (remaining == 0 && !progressShown)
            return; // a small change needs no progress line
        progressShown = true;
        err() << "\rcatalog: " << applied << " applied, about " << remaining << " to go   " << Qt::flush;
    });
    QString error;
    const bool ok = runUntilDone(
        client, [&] { client.syncNow(); }, &error);
    if (progressShown)
        err() << Qt::endl;
    if (!ok) {
        err() << "omnitillctl: " << error << Qt::endl;
        out() << "pending " << client.pendingCount() << Qt::endl;
        return 1;
    }
    out() << "sent " << summary.sent << " acknowledged up to " << summary.acknowledged << " duplicates " << summary.duplicates
          << " conflicts " << summary.conflicts << " pending " << client.pendingCount() << " catalog changes " << summary.pulledProducts
          << " other changes " << summary.pulledItems << Qt::endl;
    if (summary.journalBrokenAt > 0)
        out() << "journal BROKEN: " << summary.journalProblem << Qt::endl;
    else
        out() << "journal held by the hub up to entry " << summary.journalHeld << Qt::endl;
    return 0;
}

} // namespace omnitill::ctl
