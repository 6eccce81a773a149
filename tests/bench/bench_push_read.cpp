// What it costs the hub to read a push before the database (#23): a batch of 2,000 sales as a
// till's outbox holds them, read the way the hub reads it (PreparedPush::fromBody: sales straight
// from their text) and the general way (each event parsed with QJsonDocument, then decoded), on
// one thread. Prints one JSON document with microseconds per event, median of the runs.
#include "DemoStore.h"
#include "PreparedPush.h"
#include "SaleSimulator.h"
#include "Till.h"
#include "common/DomainError.h"
#include "outbox/Outbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace omnitill;

namespace {
double medianMicrosPerEvent(int runs, qsizetype events, const std::function<qsizetype()>& read)
{
    QList<double> perEvent;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        if (read() != events)
            throw DomainError(QStringLiteral("bench.read"), QStringLiteral("a push did not read whole"));
        perEvent.append(double(timer.nsecsElapsed()) / 1000.0 / double(events));
    }
    std::sort(perEvent.begin(), perEvent.end());
    return perEvent.at(perEvent.size() / 2);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("sales"), QStringLiteral("Sales in the batch."), QStringLiteral("N"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Times each way reads it."), QStringLiteral("N"), QStringLiteral("21")});
    parser.process(app);
    const int sales = parser.value(QStringLiteral("sales")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    try {
        QTemporaryDir dir;
        SystemClock clock;
        const QString tillPath = dir.filePath(QStringLiteral("till.db"));
        DemoOptions options;
        options.products = 2000;
        DemoStore::create(tillPath, clock, options);
        Till till(tillPath, clock);
        SaleSimulator(till, 1).run(till.staff().login(QStringLiteral("1111")), sales);
        QList<QByteArray> payloads;
        for (const QueuedEvent& e : till.outbox().nextBatch(int(hub::PreparedPush::kMaxEvents)))
            payloads.append(e.payload);
        const QByteArray body = protocol::PushRequest::body(payloads);
        const QString device = QStringLiteral("bench-device");
        const double textWay =
            medianMicrosPerEvent(runs, payloads.size(), [&] { return hub::PreparedPush::fromBody(device, body).events.size(); });
        const double generalWay = medianMicrosPerEvent(
            runs, payloads.size(), [&] { return hub::PreparedPush::read(device, *protocol::PushRequest::parse(body)).events.size(); });
        const QJsonObject out{{QStringLiteral("events"), payloads.size()},
                              {QStringLiteral("body_bytes"), body.size()},
                              {QStringLiteral("runs"), runs},
                              {QStringLiteral("hub_read_us_per_event"), textWay},
                              {QStringLiteral("general_read_us_per_event"), generalWay}};
        std::fputs(QJsonDocument(out).toJson().constData(), stdout);
    } catch (const DomainError& e) {
        std::fprintf(stderr, "bench_push_read: %s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}
