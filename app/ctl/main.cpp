// omnitillctl: headless store tooling on the same core services as the till; links no display libraries.
#include "CtlCommand.h"
#include "common/DomainError.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("omnitillctl"));
    QStringList args = QCoreApplication::arguments();
    const QString usage = QStringLiteral(
        "usage: omnitillctl <command> [options]\n"
        "commands:\n"
        "  demo      --db FILE [--products N] [--seed S]      create a demo store\n"
        "  demo-hub  --db FILE --out FILE                      the demo store's catalog, promotions, members and staff for the hub\n"
        "  sell      --db FILE --pin PIN --item CODE[*QTY]... --pay cash[:AMOUNT]|card:AMOUNT:APPROVAL:LAST4|qr:AMOUNT:REF\n"
        "  simulate  --db FILE --sales N [--seed S] [--pin PIN]\n"
        "  journal   verify --db FILE --public-key FILE [--head SEQ:HASH] | public-key --db FILE\n"
        "            | export --db FILE --from DATE --to DATE --out FILE\n"
        "  recover   --db DAMAGED --out NEW                    recover what can be read from a damaged store\n"
        "  enroll    --db FILE --hub URL --token TOKEN\n"
        "  sync      --db FILE                                 push waiting events to the hub once\n"
        "Device settings, the print queue and receipts on paper: omnitill-devices.\n");
    if (args.size() < 2) {
        std::fputs(qPrintable(usage), stderr);
        return 2;
    }
    const QString command = args.takeAt(1);
    try {
        if (command == QLatin1String("demo"))
            return omnitill::ctl::demo(args);
        if (command == QLatin1String("demo-hub"))
            return omnitill::ctl::demoHub(args);
        if (command == QLatin1String("sell"))
            return omnitill::ctl::sell(args);
        if (command == QLatin1String("simulate"))
            return omnitill::ctl::simulate(args);
        if (command == QLatin1String("journal"))
            return omnitill::ctl::journal(args);
        if (command == QLatin1String("enroll"))
            return omnitill::ctl::enroll(args);
        if (command == QLatin1String("sync"))
            return omnitill::ctl::sync(args);
        if (command == QLatin1String("recover"))
            return omnitill::ctl::recover(args);
    } catch (const omnitill::DomainError& e) {
        omnitill::ctl::err() << "omnitillctl: " << e.message() << " [" << e.code() << "]" << Qt::endl;
        return 1;
    }
    std::fputs(qPrintable(usage), stderr);
    return 2;
}
