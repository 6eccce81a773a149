#include "Database.h"

#include "Migrations.h"
#include "StoreHealth.h"
#include "WalCheckpointer.h"
#include "common/DomainError.h"
#include "common/Tr.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlError>

#include <utility>

namespace omnitill {

namespace {

QAtomicInt g_connectionCounter;

// SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), also as extended codes.
bool isCorruption(const QSqlError& error)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    if (numeric && (code == 11 || code == 26))
        return true;
    // SQLite's own wording; "malformed JSON" from json_extract is bad input, not a bad file.
    const QString text = error.databaseText();
    return text.contains(QLatin1String("database disk image is malformed")) || text.contains(QLatin1String("file is not a database"));
}

} // namespace

Database::Database() : m_connectionName(QStringLiteral("omnitill-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1))) {}

Database::~Database()
{
    close();
}

void Database::close()
{
    m_checkpointer.reset();
    m_statements.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

void Database::open(const QString& path, OpenMode mode)
{
    const QFileInfo file(path);
    if (mode != OpenMode::CreateIfMissing && !file.exists())
        throw DomainError(QStringLiteral("db.missing"), Tr::tr("There is no store database at %1. Check the path, or create a store with "
                                                               "\"omnitillctl demo --db %1\".")
                                                            .arg(file.absoluteFilePath()));
    if (mode == OpenMode::ReadOnly) {
        openReadOnly(path);
        return;
    }
    // SQLite writes its journal beside the file: both must be writable, or the first sale fails.
    const QFileInfo folder(file.absolutePath());
    if (!folder.exists() || !folder.isWritable())
        throw DomainError(QStringLiteral("db.folder"),
                          Tr::tr("The folder %1 of the store database cannot be written to (missing or read-only): the "
                                 "till records every sale there. Check the path and the folder's permissions.")
                              .arg(folder.absoluteFilePath()));
    if (file.exists() && !file.isWritable())
        throw DomainError(QStringLiteral("db.readonly"),
                          Tr::tr("The store database %1 is read-only: the till records every sale in it. Check the "
                                 "file's permissions.")
                              .arg(file.absoluteFilePath()));
    connect(path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    // Business writes must survive a power cut: WAL with synchronous=FULL.
    exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(QStringLiteral("PRAGMA synchronous=FULL"));
    exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
    exec(QStringLiteral("PRAGMA cache_size=-32000"));
    migrate();
    // PRAGMA journal_mode answers with a row; a statement left mid-result keeps a read snapshot
    // open, and this connection would never see what another connection (the sync thread,
    // omnitillctl) commits afterwards.
    finishStatements();
}

void Database::connect(const QString& path, const QString& options)
{
    close();
    m_path = path;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(options);
    if (!m_db.open())
        throw DomainError(QStringLiteral("db.open"), Tr::tr("Cannot open the store database %1: %2").arg(path, m_db.lastError().text()));
}

void Database::openReadOnly(const QString& path)
{
    connect(path, QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    refuseNewer();
    finishStatements();
}

int Database::schemaVersion()
{
    return scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

void Database::refuseNewer()
{
    const int current = schemaVersion();
    if (current > kSchemaVersion)
        throw DomainError(QStringLiteral("db.newer"),
                          Tr::tr("The store database %1 was written by a newer OmniTill (schema %2; this version "
                                 "knows up to %3). Install the newer version; the database was left untouched.")
                              .arg(m_path)
                              .arg(current)
                              .arg(kSchemaVersion));
}

void Database::migrate()
{
    refuseNewer();
    const int current = schemaVersion();
    const QList<QStringList> migrations = migrationStatements();
    for (int version = current + 1; version <= kSchemaVersion; ++version) {
        Transaction tx(*this);
        execStatements(migrations.at(version - 1));
        exec(QStringLiteral("PRAGMA user_version=%1").arg(version));
        tx.commit();
    }
}

QSqlQuery& Database::prepare(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            fail(query);
        it = m_statements.insert(sql, query);
    }
    it->finish();
    return *it;
}

QSqlQuery& Database::exec(const QString& sql, const QVariantList& bindings)
{
    QSqlQuery& query = prepare(sql);
    for (int i = 0; i < bindings.size(); ++i)
        query.bindValue(i, bindings.at(i));
    if (!query.exec())
        fail(query);
    if (!query.isSelect())
        query.finish();
    return query;
}

void Database::execStatements(const QStringList& statements)
{
    for (const QString& statement : statements) {
        QSqlQuery query(m_db);
        if (!query.exec(statement))
            fail(query);
    }
}

QVariant Database::scalar(const QString& sql, const QVariantList& bindings)
{
    QSqlQuery& query = exec(sql, bindings);
    const QVariant value = query.next() ? query.value(0) : QVariant();
    query.finish();
    return value;
}

qint64 Database::lastInsertId()
{
    return scalar(QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
}

void Database::begin()
{
    if (const auto damage = StoreHealth::damage(m_path))
        throw DomainError(QStringLiteral("db.damaged"), StoreHealth::message(m_path, *damage));
    // A read some caller left unfinished would pin an old snapshot, and the write lock could then
    // never be taken once another connection (the sync thread, omnitillctl) has committed.
    finishStatements();
    // IMMEDIATE takes the write lock now, so a second process waits instead of failing mid-sale.
    exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_inTransaction = true;
}

void Database::finishStatements()
{
    for (QSqlQuery& query : m_statements)
        query.finish();
}

void Database::commit()
{
    finishStatements();
    exec(QStringLiteral("COMMIT"));
    m_inTransaction = false;
    if (m_checkpointer)
        m_checkpointer->committed();
    const QList<std::function<void()>> actions = std::exchange(m_afterCommit, {});
    for (const std::function<void()>& action : actions)
        action();
}

void Database::checkpointInBackground()
{
    if (m_checkpointer)
        return;
    m_checkpointer = std::make_unique<WalCheckpointer>(m_path);
}

void Database::afterCommit(std::function<void()> action)
{
    if (m_inTransaction)
        m_afterCommit.append(std::move(action));
    else
        action();
}

void Database::rollback()
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    m_afterCommit.clear();
    finishStatements();
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
}

void Database::fail(const QSqlQuery& query) const
{
    const QSqlError error = query.lastError();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (isCorruption(error)) {
        StoreHealth::markDamaged(m_path, text);
        throw DomainError(QStringLiteral("db.damaged"), StoreHealth::message(m_path, text));
    }
    if (text.contains(QLatin1String("full"), Qt::CaseInsensitive))
        throw DomainError(QStringLiteral("db.full"), Tr::tr("The disk is full; the operation was not recorded and nothing was lost"));
    throw DomainError(QStringLiteral("db.error"), Tr::tr("Database error: %1").arg(text));
}

} // namespace omnitill
