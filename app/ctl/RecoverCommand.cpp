#include "CtlCommand.h"
#include "store/StoreRecovery.h"

#include <QCoreApplication>

namespace omnitill::ctl {

namespace {

void printReport(const RecoveryReport& report, const QString& outPath)
{
    if (report.damage.isEmpty())
        out() << QCoreApplication::translate("omnitillctl",
                                             "The damaged file passes SQLite's integrity check now; it was recovered all the same.")
              << Qt::endl;
    for (const QString& problem : report.damage)
        out() << QCoreApplication::translate("omnitillctl", "damage: ") << problem << Qt::endl;
    for (const RecoveredTable& table : report.tables) {
        if (table.salvaged == 0 && table.kept == 0)
            continue;
        out() << QStringLiteral("  %1: %2").arg(table.name).arg(table.kept);
        if (table.brokenStretches > 0)
            out() << QStringLiteral(" (")
                  << QCoreApplication::translate("omnitillctl", "%n damaged stretch(es) of rows lost", nullptr, table.brokenStretches)
                  << QStringLiteral(")");
        if (table.kept != table.salvaged)
            out() << QStringLiteral(" (")
                  << QCoreApplication::translate("omnitillctl", "%1 salvaged rows broke a rule and were left out")
                         .arg(table.salvaged - table.kept)
                  << QStringLiteral(")");
        out() << Qt::endl;
    }
    if (report.danglingReferences > 0)
        out() << QCoreApplication::translate("omnitillctl", "%1 rows refer to a row that was lost.").arg(report.danglingReferences)
              << Qt::endl;
    if (report.journalIntact)
        out() << QCoreApplication::translate("omnitillctl", "Journal: %1 entries, chain and signatures intact.").arg(report.journalEntries)
              << Qt::endl;
    else
        out() << QCoreApplication::translate("omnitillctl", "Journal: BROKEN at entry %1: %2. Keep the damaged file for the auditor.")
                     .arg(report.journalBrokenAt)
                     .arg(report.journalProblem)
              << Qt::endl;
    out() << QCoreApplication::translate("omnitillctl", "%1 events are still to be sent to the hub.").arg(report.unsentEvents) << Qt::endl;
    out() << QCoreApplication::translate(
                 "omnitillctl", "Reference data (catalog, promotions, members, staff) is fetched again from the hub at the next sync.")
          << Qt::endl;
    out() << QCoreApplication::translate(
                 "omnitillctl", "Recovered store: %1. Keep the damaged file; put the recovered one in its place before starting the till.")
                 .arg(outPath)
          << Qt::endl;
}

} // namespace

int recover(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("omnitillctl", "New store file for what can be recovered."),
                      QStringLiteral("FILE")});
    if (!parse(parser, args,
               QCoreApplication::translate("omnitillctl", "Recovers what can be read from a damaged store database into a new file.")))
        return 2;
    if (!parser.isSet(QStringLiteral("out"))) {
        err() << QCoreApplication::translate("omnitillctl", "--out FILE is required") << Qt::endl;
        return 2;
    }
    const RecoveryReport report = StoreRecovery::recover(dbPath(parser), parser.value(QStringLiteral("out")));
    printReport(report, parser.value(QStringLiteral("out")));
    if (!report.problemsAfter.isEmpty()) {
        err() << QCoreApplication::translate("omnitillctl", "The recovered store fails SQLite's integrity check: ")
              << report.problemsAfter.first() << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace omnitill::ctl
