#include "CtlCommand.h"
#include "SaleSimulator.h"
#include "Till.h"

#include <QElapsedTimer>

namespace omnitill::ctl {

int simulate(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("sales"), QStringLiteral("Number of sales."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("pin"), QStringLiteral("Cashier PIN."), QStringLiteral("PIN"), QStringLiteral("1111")});
    if (!parse(parser, args, QStringLiteral("Rings N varied sales through the checkout service.")))
        return 2;
    bool ok = false;
    const int count = parser.value(QStringLiteral("sales")).toInt(&ok);
    if (!ok || count < 0) {
        err() << "omnitillctl: --sales N is required" << Qt::endl;
        return 2;
    }
    SystemClock clock;
    Till till(dbPath(parser), clock);
    const Session session = till.staff().login(parser.value(QStringLiteral("pin")));
    out() << "ringing " << count << " sales" << Qt::endl; // lets a watcher know selling has begun
    QElapsedTimer timer;
    timer.start();
    const SimulationResult result = SaleSimulator(till, parser.value(QStringLiteral("seed")).toUInt()).run(session, count);
    out() << "sales " << result.sales << " total " << Money(result.total, till.settings().currency()).toPlainString() << " in "
          << timer.elapsed() << " ms" << Qt::endl;
    return 0;
}

} // namespace omnitill::ctl
