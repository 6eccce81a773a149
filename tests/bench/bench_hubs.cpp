// One hub process against two on one PostgreSQL (DESIGN.md §7): several tills push a day's sales
// at the same moment, each through `omnitillctl sync` in its own process, through the front as
// shipped (packaging/haproxy/omnitill-hub.cfg: TLS, requests spread over the hubs one by one).
// --direct gives each till a hub of its own instead (till t to hub t % hubs). Prints JSON.
//   tests/support/with-postgres.sh build/ci/bin/bench_hubs [--tills N] [--sales N] [--direct]
#include "DemoStore.h"
#include "HubProcess.h"
#include "SaleSimulator.h"
#include "Till.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>

#include <cstdio>
#include <memory>
#include <signal.h>
#include <vector>

using namespace omnitill;

namespace {
QString createDatabase(const QString& baseUrl, const QString& name)
{
    QUrl url(baseUrl);
    QProcess::execute(QStringLiteral("psql"), {QStringLiteral("-q"), QStringLiteral("-h"), url.host(), QStringLiteral("-p"),
                                               QString::number(url.port(5432)), QStringLiteral("-U"), url.userName(), QStringLiteral("-d"),
                                               url.path().mid(1), QStringLiteral("-c"), QStringLiteral("CREATE DATABASE %1").arg(name)});
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

bool run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(-1) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

// haproxy with the shipped configuration before one or two hub processes (with one, both of the
// file's server lines name it). Its certificate is made here, as a store's IT would make one.
class Front
{
public:
    explicit Front(const QString& dir) : m_dir(dir) {}
    ~Front() { stop(); }

    bool makeCertificate()
    {
        const QString key = m_dir + QStringLiteral("/front-key.pem");
        if (!run(QStringLiteral("openssl"),
                 {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                  QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                  QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                  QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), key,
                  QStringLiteral("-out"), caFile()}))
            return false;
        QFile cert(caFile());
        QFile keyFile(key);
        QFile bundle(bundleFile());
        if (!cert.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly) || !bundle.open(QIODevice::WriteOnly))
            return false;
        return bundle.write(cert.readAll() + keyFile.readAll()) > 0;
    }

    bool start(const QList<quint16>& hubPorts)
    {
        m_port = freePort();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OMNITILL_FRONT_BIND"), QStringLiteral("127.0.0.1:%1").arg(m_port));
        env.insert(QStringLiteral("OMNITILL_FRONT_CERT"), bundleFile());
        env.insert(QStringLiteral("OMNITILL_FRONT_HEAD_TIMEOUT"), QStringLiteral("10s"));
        env.insert(QStringLiteral("OMNITILL_FRONT_CLIENT_TIMEOUT"), QStringLiteral("60s"));
        // Every till of the bench comes from 127.0.0.1: the per-client limits must not be what is measured.
        env.insert(QStringLiteral("OMNITILL_FRONT_CONNECTIONS_PER_CLIENT"), QStringLiteral("1000"));
        env.insert(QStringLiteral("OMNITILL_FRONT_REQUESTS_PER_10S"), QStringLiteral("1000000"));
        env.insert(QStringLiteral("OMNITILL_HUB1"), QStringLiteral("127.0.0.1:%1").arg(hubPorts.first()));
        env.insert(QStringLiteral("OMNITILL_HUB2"), QStringLiteral("127.0.0.1:%1").arg(hubPorts.last()));
        // Daemonised, haproxy returns once its listeners are bound: ready when the launcher ends.
        QProcess launcher;
        launcher.setProcessEnvironment(env);
        launcher.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        launcher.start(QStringLiteral("haproxy"), {QStringLiteral("-D"), QStringLiteral("-p"), pidFile(), QStringLiteral("-f"),
                                                   QStringLiteral(OMNITILL_FRONT_CONFIG)});
        if (!launcher.waitForFinished(30000) || launcher.exitStatus() != QProcess::NormalExit || launcher.exitCode() != 0)
            return false;
        QFile pid(pidFile());
        m_pid = pid.open(QIODevice::ReadOnly) ? pid_t(pid.readLine().trimmed().toLongLong()) : 0;
        return m_pid > 0;
    }

    void stop()
    {
        if (m_pid > 0)
            ::kill(m_pid, SIGTERM);
        m_pid = 0;
    }

    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }
    QString caFile() const { return m_dir + QStringLiteral("/front-cert.pem"); }

private:
    QString bundleFile() const { return m_dir + QStringLiteral("/front.pem"); }
    QString pidFile() const { return m_dir + QStringLiteral("/front.pid"); }

    QString m_dir;
    pid_t m_pid = 0;
    quint16 m_port = 0;
};
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("tills"), QStringLiteral("Tills pushing at once."), QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption(
        {QStringLiteral("sales"), QStringLiteral("Sales waiting in each till."), QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("direct"), QStringLiteral("Each till to a hub of its own (t % hubs), without the front.")});
    parser.process(app);
    const bool direct = parser.isSet(QStringLiteral("direct"));
    const int tills = parser.value(QStringLiteral("tills")).toInt();
    const int sales = parser.value(QStringLiteral("sales")).toInt();
    const QString baseUrl = qEnvironmentVariable("OMNITILL_HUB_DB");
    if (!baseUrl.startsWith(QLatin1String("postgres"))) {
        std::fprintf(stderr, "bench_hubs: run it through tests/support/with-postgres.sh (needs OMNITILL_HUB_DB=postgresql://...)\n");
        return 2;
    }
    qputenv("OMNITILL_BIN_DIR", QCoreApplication::applicationDirPath().toUtf8());
    const QString ctl = test::HubProcess::bin("omnitillctl");
    QTemporaryDir dir;
    SystemClock clock;

    // Each till's day, rung once; every round starts from copies of these files.
    QElapsedTimer prepare;
    prepare.start();
    for (int t = 0; t < tills; ++t) {
        const QString path = dir.filePath(QStringLiteral("till%1.db").arg(t));
        DemoOptions options;
        options.seed = quint32(100 + t);
        DemoStore::create(path, clock, options);
        Till till(path, clock);
        SaleSimulator(till, quint32(t)).run(till.staff().login(QStringLiteral("1111")), sales);
    }
    Front front(dir.path());
    if (!direct && !front.makeCertificate()) {
        std::fprintf(stderr, "bench_hubs: openssl could not make the front's certificate\n");
        return 1;
    }
    QJsonObject out{{QStringLiteral("through"), direct ? QStringLiteral("direct") : QStringLiteral("haproxy")},
                    {QStringLiteral("tills"), tills},
                    {QStringLiteral("sales_per_till"), sales},
                    {QStringLiteral("prepare_s"), double(prepare.elapsed()) / 1000.0}};

    QJsonArray rounds;
    for (const int hubs : {1, 2}) {
        const QString db = createDatabase(baseUrl, QStringLiteral("bench_hubs_%1").arg(hubs));
        std::vector<std::unique_ptr<test::HubProcess>> processes;
        QList<quint16> ports;
        for (int h = 0; h < hubs; ++h) {
            processes.push_back(std::make_unique<test::HubProcess>(db));
            if (!processes.back()->start(direct ? QStringList{} : QStringList{QStringLiteral("--behind-proxy")}))
                return 1;
            ports.append(processes.back()->port());
        }
        if (!direct && !front.start(ports)) {
            std::fprintf(stderr, "bench_hubs: haproxy did not start (packaging/install-deps.sh installs it)\n");
            return 1;
        }
        processes.front()->admin({QStringLiteral("create-store"), QStringLiteral("--id"), QStringLiteral("S1"), QStringLiteral("--name"),
                                  QStringLiteral("Bench")});
        QStringList paths;
        for (int t = 0; t < tills; ++t) {
            const QString path = dir.filePath(QStringLiteral("round%1-till%2.db").arg(hubs).arg(t));
            QFile::copy(dir.filePath(QStringLiteral("till%1.db").arg(t)), path);
            const QString token =
                QString::fromUtf8(processes.front()->admin({QStringLiteral("enroll-token"), QStringLiteral("--store"), QStringLiteral("S1"),
                                                            QStringLiteral("--till"), QStringLiteral("T%1").arg(t + 1)}));
            QStringList enroll{QStringLiteral("enroll"), QStringLiteral("--db"), path, QStringLiteral("--token"), token,
                               QStringLiteral("--hub")};
            if (direct)
                enroll << processes[size_t(t % hubs)]->url().toString();
            else
                enroll << front.url() << QStringLiteral("--hub-ca") << front.caFile();
            if (!run(ctl, enroll))
                return 1;
            paths.append(path);
        }
        QElapsedTimer push;
        push.start();
        std::vector<std::unique_ptr<QProcess>> syncs;
        for (const QString& path : paths) {
            syncs.push_back(std::make_unique<QProcess>());
            syncs.back()->start(ctl, {QStringLiteral("sync"), QStringLiteral("--db"), path});
        }
        bool ok = true;
        for (auto& s : syncs)
            ok = s->waitForFinished(-1) && s->exitCode() == 0 && ok;
        const double seconds = double(push.elapsed()) / 1000.0;
        const QJsonObject stats = processes.front()->stats();
        const qint64 held = stats.value(QStringLiteral("events")).toInteger();
        rounds.append(QJsonObject{{QStringLiteral("hub_processes"), hubs},
                                  {QStringLiteral("all_synced"), ok},
                                  {QStringLiteral("hub_sales"), stats.value(QStringLiteral("sales")).toInteger()},
                                  {QStringLiteral("hub_events"), held},
                                  {QStringLiteral("seconds"), seconds},
                                  {QStringLiteral("events_per_s"), double(held) / seconds}});
        front.stop();
        for (auto& p : processes)
            p->terminate();
    }
    out.insert(QStringLiteral("rounds"), rounds);
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
