// One hub process against two on one PostgreSQL (DESIGN.md §7): several tills push a day's sales
// at the same moment, each through `omnitillctl sync` in its own process. Prints JSON.
//   tests/support/with-postgres.sh build/ci/bin/bench_hubs [--tills N] [--sales N]
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
#include <QTemporaryDir>
#include <QUrl>

#include <cstdio>
#include <memory>
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
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("tills"), QStringLiteral("Tills pushing at once."), QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption(
        {QStringLiteral("sales"), QStringLiteral("Sales waiting in each till."), QStringLiteral("N"), QStringLiteral("10000")});
    parser.process(app);
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
    QJsonObject out{{QStringLiteral("tills"), tills},
                    {QStringLiteral("sales_per_till"), sales},
                    {QStringLiteral("prepare_s"), double(prepare.elapsed()) / 1000.0}};

    QJsonArray rounds;
    for (const int hubs : {1, 2}) {
        const QString db = createDatabase(baseUrl, QStringLiteral("bench_hubs_%1").arg(hubs));
        std::vector<std::unique_ptr<test::HubProcess>> processes;
        for (int h = 0; h < hubs; ++h) {
            processes.push_back(std::make_unique<test::HubProcess>(db));
            if (!processes.back()->start())
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
            if (!run(ctl, {QStringLiteral("enroll"), QStringLiteral("--db"), path, QStringLiteral("--hub"),
                           processes[size_t(t % hubs)]->url().toString(), QStringLiteral("--token"), token}))
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
        for (auto& p : processes)
            p->terminate();
    }
    out.insert(QStringLiteral("rounds"), rounds);
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
