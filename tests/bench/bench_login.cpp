// PIN login against the budget of #19 (a PIN-only login ≤ 150 ms for a store's staff list): a
// store with N staff, the PIN of the member whose hash is worked out last, as JSON.
//   build/ci/bin/bench_login [--staff N] [--runs N]
#include "BenchStats.h"
#include "TestStore.h"
#include "staff/PinPolicy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <thread>

using namespace omnitill;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("staff"), QStringLiteral("Staff of the store."), QStringLiteral("N"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Logins."), QStringLiteral("N"), QStringLiteral("30")});
    parser.process(app);
    const int staff = parser.value(QStringLiteral("staff")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();

    test::TestStore store(10); // cashier 1111, supervisor 2222, manager 3333
    StaffService& service = store.till().staff();
    for (int i = 3; i < staff; ++i)
        service.addStaff(QStringLiteral("E%1").arg(i), QStringLiteral("Employee %1").arg(i), Role::Cashier, QString::number(500000 + i));
    const QString last = QString::number(500000 + staff - 1);
    const QJsonObject pinOnly = measureRuns(runs, [&](int) { service.login(last); });
    const QJsonObject withCode = measureRuns(runs, [&](int) { service.login(QStringLiteral("E%1").arg(staff - 1), last); });
    const QJsonObject report{{QStringLiteral("staff"), staff},
                             {QStringLiteral("pin_iterations"), PinPolicy::kIterations},
                             {QStringLiteral("hardware_threads"), int(std::thread::hardware_concurrency())},
                             {QStringLiteral("pin_only_login"), pinOnly},
                             {QStringLiteral("code_and_pin_login"), withCode}};
    std::fputs(QJsonDocument(report).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
