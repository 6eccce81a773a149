#include "CtlCommand.h"
#include "DeviceConfig.h"
#include "PrintSpooler.h"
#include "Till.h"
#include "common/DomainError.h"

namespace omnitill::ctl {

// omnitillctl devices --db FILE list | set KEY=VALUE... | load FILE | queue | print
int devices(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list, set KEY=VALUE..., load FILE, queue or print"));
    if (!parse(parser, args, QStringLiteral("Shows and sets the till's device settings; prints what waits in the print queue.")))
        return 2;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    SystemClock clock;
    Till till(dbPath(parser), clock);
    if (action == QLatin1String("list")) {
        for (const auto& [key, value] : DeviceConfig::current(till.settings()))
            out() << key << "=" << value << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("set") && positional.size() > 1) {
        DeviceConfig::Entries entries;
        for (const QString& assignment : positional.mid(1))
            entries.append(DeviceConfig::parseAssignment(assignment));
        DeviceConfig::apply(till.db(), till.settings(), entries);
        return 0;
    }
    if (action == QLatin1String("load") && positional.size() == 2) {
        DeviceConfig::apply(till.db(), till.settings(), DeviceConfig::readFile(positional.at(1)));
        return 0;
    }
    if (action == QLatin1String("queue")) {
        for (const PrintJob& job : till.printQueue().pending(1000))
            out() << job.id << "\t" << PrintJob::kindName(job.kind) << "\t" << job.reference << "\t" << job.attempts << "\t"
                  << job.lastError << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("print")) {
        // One round of the spooler: for tills without a window, or to flush the queue by hand.
        PrintSpooler spooler(till.db(), clock);
        spooler.poll();
        const PrintSpooler::State& state = spooler.state();
        if (!state.configured) {
            err() << "omnitillctl: no receipt printer is set up (devices set printer.address=...)"
                  << (state.lastError.isEmpty() ? QString() : QStringLiteral(": ") + state.lastError) << Qt::endl;
            return 1;
        }
        out() << state.address << ": " << state.status.describe() << ", waiting: " << state.queued << Qt::endl;
        return state.queued == 0 ? 0 : 1;
    }
    err() << "omnitillctl: devices needs list, set KEY=VALUE..., load FILE, queue or print" << Qt::endl;
    return 2;
}

} // namespace omnitill::ctl
