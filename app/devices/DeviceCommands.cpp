#include "DeviceCommands.h"
#include "DeviceConfig.h"
#include "PrintSpooler.h"
#include "Till.h"

namespace omnitill::devices {

// omnitill-devices list|set KEY=VALUE...|load FILE --db FILE
int settings(const QString& action, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("values"), QStringLiteral("KEY=VALUE... for set, FILE for load"));
    if (!parse(parser, args, QStringLiteral("Shows and sets the till's device settings.")))
        return 2;
    const QStringList positional = parser.positionalArguments();
    SystemClock clock;
    Till till(dbPath(parser), clock);
    if (action == QLatin1String("list") && positional.isEmpty()) {
        for (const auto& [key, value] : DeviceConfig::current(till.settings()))
            out() << key << "=" << value << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("set") && !positional.isEmpty()) {
        DeviceConfig::Entries entries;
        for (const QString& assignment : positional)
            entries.append(DeviceConfig::parseAssignment(assignment));
        DeviceConfig::apply(till.db(), till.settings(), entries);
        return 0;
    }
    if (action == QLatin1String("load") && positional.size() == 1) {
        DeviceConfig::apply(till.db(), till.settings(), DeviceConfig::readFile(positional.first()));
        return 0;
    }
    err() << "omnitill-devices: list takes nothing, set takes KEY=VALUE..., load takes one FILE" << Qt::endl;
    return 2;
}

// omnitill-devices queue --db FILE
int queue(const QStringList& args)
{
    QCommandLineParser parser;
    if (!parse(parser, args, QStringLiteral("Lists what waits in the print queue.")))
        return 2;
    SystemClock clock;
    Till till(dbPath(parser), clock);
    for (const PrintJob& job : till.printQueue().pending(1000))
        out() << job.id << "\t" << PrintJob::kindName(job.kind) << "\t" << job.reference << "\t" << job.attempts << "\t" << job.lastError
              << Qt::endl;
    return 0;
}

// omnitill-devices print --db FILE: one round of the spooler, for tills without a window or to
// flush the queue by hand.
int print(const QStringList& args)
{
    QCommandLineParser parser;
    if (!parse(parser, args, QStringLiteral("Prints what waits in the print queue.")))
        return 2;
    SystemClock clock;
    Till till(dbPath(parser), clock);
    PrintSpooler spooler(till.db(), clock);
    spooler.poll();
    const PrintSpooler::State& state = spooler.state();
    if (!state.configured) {
        err() << "omnitill-devices: no receipt printer is set up (omnitill-devices set printer.address=...)"
              << (state.lastError.isEmpty() ? QString() : QStringLiteral(": ") + state.lastError) << Qt::endl;
        return 1;
    }
    out() << state.address << ": " << state.status.describe() << ", waiting: " << state.queued << Qt::endl;
    return state.queued == 0 ? 0 : 1;
}

} // namespace omnitill::devices
