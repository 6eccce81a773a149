#include "IntegrityCheck.h"

#include "StoreHealth.h"
#include "common/Tr.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace omnitill {

namespace {

QAtomicInt g_checkCounter;

QStringList runOn(QSqlDatabase& db, IntegrityCheck::Depth depth)
{
    if (!db.open())
        return {db.lastError().text()};
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString pragma = depth == IntegrityCheck::Depth::Quick ? QStringLiteral("quick_check") : QStringLiteral("integrity_check");
    if (!query.exec(QStringLiteral("PRAGMA %1(%2)").arg(pragma).arg(IntegrityCheck::kMaxProblems)))
        return {query.lastError().databaseText().isEmpty() ? query.lastError().text() : query.lastError().databaseText()};
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (query.lastError().isValid())
        problems.append(query.lastError().text());
    return problems;
}

} // namespace

QStringList IntegrityCheck::run(const QString& path, Depth depth)
{
    const QString name = QStringLiteral("omnitill-check-%1").arg(g_checkCounter.fetchAndAddRelaxed(1));
    QStringList problems;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        problems = runOn(db, depth);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!problems.isEmpty())
        StoreHealth::markDamaged(path, problems.first());
    return problems;
}

} // namespace omnitill
