#include "StoreRecovery.h"
#include "SigningKeys.h"

#include "Database.h"
#include "IntegrityCheck.h"
#include "SalvageReader.h"
#include "StoreHealth.h"
#include "StoreSettings.h"
#include "catalog/CatalogRepository.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "journal/JournalVerifier.h"
#include "outbox/Outbox.h"
#include "reports/ReportTotals.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace omnitill {

namespace {

[[noreturn]] void refuse(const QString& code, const QString& message)
{
    throw DomainError(QStringLiteral("recover.") + code, message);
}

// The copy keeps the write-ahead log: committed sales may still be only there.
QString copyDamaged(const QString& damagedPath, const QTemporaryDir& work)
{
    const QString copy = work.filePath(QStringLiteral("damaged.db"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        if (!QFile::exists(damagedPath + suffix))
            continue;
        if (!QFile::copy(damagedPath + suffix, copy + suffix))
            refuse(QStringLiteral("copy"), Tr::tr("Cannot copy %1 to %2 for the recovery.").arg(damagedPath + suffix, work.path()));
    }
    return copy;
}

QStringList columns(Database& db, const QString& schema, const QString& table)
{
    QStringList names;
    QSqlQuery& query = db.exec(QStringLiteral("SELECT name FROM pragma_table_info(?, ?)"), {table, schema});
    while (query.next())
        names.append(query.value(QStringLiteral("name")).toString());
    query.finish();
    return names;
}

QStringList storeTables(Database& db)
{
    // The full-text index is rebuilt from the products, not copied.
    QStringList tables;
    QSqlQuery& query = db.exec(QStringLiteral("SELECT name FROM main.sqlite_schema WHERE type = 'table'"
                                              " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                                              " AND name NOT LIKE 'product\\_search%' ESCAPE '\\' ORDER BY name"));
    while (query.next())
        tables.append(query.value(QStringLiteral("name")).toString());
    query.finish();
    return tables;
}

QString quoted(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

RecoveredTable copyTable(Database& db, SalvageReader& salvage, const QString& table)
{
    RecoveredTable result{table, 0, 0, 0};
    if (!salvage.hasTable(table))
        return result; // the table was lost with the list of tables, or is newer than the file
    const QStringList salvagedColumns = salvage.columns(table);
    QStringList shared;
    for (const QString& column : columns(db, QStringLiteral("main"), table))
        if (salvagedColumns.contains(column))
            shared.append(column);
    QStringList names, marks;
    for (const QString& column : shared) {
        names.append(quoted(column));
        marks.append(QStringLiteral("?"));
    }
    // Rows the migrations seeded make way for the recovered ones.
    db.exec(QStringLiteral("DELETE FROM main.%1").arg(quoted(table)));
    const QString insert = QStringLiteral("INSERT OR IGNORE INTO main.%1(%2) VALUES(%3)")
                               .arg(quoted(table), names.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
    result.brokenStretches = salvage.read(table, shared, [&](const QVariantList& values) {
        ++result.salvaged;
        db.exec(insert, values);
    });
    result.kept = db.scalar(QStringLiteral("SELECT count(*) FROM main.%1").arg(quoted(table))).toLongLong();
    return result;
}

void fillStore(Database& db, SalvageReader& salvage, RecoveryReport& report, const QString& damagedPath)
{
    db.exec(QStringLiteral("PRAGMA foreign_keys=OFF")); // parents and children arrive in name order
    Transaction tx(db);
    for (const QString& table : storeTables(db))
        report.tables.append(copyTable(db, salvage, table));
    if (StoreSettings(db).deviceId().isEmpty())
        refuse(QStringLiteral("identity"), Tr::tr("The till's identity was on a damaged page of %1; set the till up "
                                                  "again and enroll it with the hub.")
                                               .arg(damagedPath));
    CatalogRepository(db).rebuildSearchIndex();
    ReportTotals::reset(db); // the recovered receipts are numbered anew
    db.exec(QStringLiteral("DELETE FROM settings WHERE key LIKE 'sync.cursor.%'"));
    // The recovered store signs with the damaged one's key files, wherever it is written.
    StoreSettings settings(db);
    for (const char* key : {SigningKeys::kJournalKeyFile, SigningKeys::kDeviceKeyFile}) {
        const QString file = settings.value(QLatin1String(key));
        if (!file.isEmpty() && QDir::isRelativePath(file))
            settings.setValue(QLatin1String(key), QFileInfo(damagedPath).absoluteDir().filePath(file));
    }
    tx.commit();
    db.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
}

} // namespace

RecoveryReport StoreRecovery::recover(const QString& damagedPath, const QString& outPath)
{
    if (!QFileInfo::exists(damagedPath))
        refuse(QStringLiteral("missing"), Tr::tr("There is no store database at %1.").arg(damagedPath));
    if (QFileInfo::exists(outPath) || QFileInfo::exists(outPath + QStringLiteral("-wal")))
        refuse(QStringLiteral("exists"), Tr::tr("%1 already exists; the recovered store is written to a new file.").arg(outPath));
    const QTemporaryDir work(QFileInfo(outPath).absolutePath() + QStringLiteral("/.omnitill-recover-XXXXXX"));
    if (!work.isValid())
        refuse(QStringLiteral("folder"), Tr::tr("Cannot create a work folder beside %1.").arg(outPath));

    RecoveryReport report;
    const QString copy = copyDamaged(damagedPath, work);
    report.damage = IntegrityCheck::run(copy, IntegrityCheck::Depth::Full);
    StoreHealth::forget(copy);
    SalvageReader salvage(copy);
    if (!salvage.hasTable(QStringLiteral("settings")) || salvage.columns(QStringLiteral("settings")).isEmpty())
        refuse(QStringLiteral("identity"), Tr::tr("The till's settings (its identity and keys) cannot be read from %1; "
                                                  "set the till up again and enroll it with the hub.")
                                               .arg(damagedPath));

    Database db;
    db.open(outPath);
    try {
        fillStore(db, salvage, report, damagedPath);
    } catch (const DomainError&) {
        db.close();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(outPath + suffix);
        throw;
    }
    report.danglingReferences = db.scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toLongLong();

    const StoreSettings settings(db);
    const JournalVerification journal =
        JournalVerifier::verify(db, QByteArray::fromBase64(settings.value(QStringLiteral("journal.public_key")).toLatin1()));
    report.journalEntries = journal.entriesChecked;
    report.journalIntact = journal.ok;
    report.journalBrokenAt = journal.firstBrokenSeq;
    report.journalProblem = journal.reason;
    report.unsentEvents = Outbox::pendingCount(db);
    db.close();
    report.problemsAfter = IntegrityCheck::run(outPath, IntegrityCheck::Depth::Full);
    return report;
}

} // namespace omnitill
