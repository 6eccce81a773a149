#pragma once

#include "common/ScopedTransaction.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace omnitill {

class WalCheckpointer;

// The one owner of a store's SQLite database: opens it with the pragmas the business needs,
// migrates it, caches prepared statements and turns every SQL failure into a DomainError.
class Database
{
public:
    static constexpr int kSchemaVersion = 21;

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    enum class OpenMode
    {
        CreateIfMissing,
        ExistingOnly,
        ReadOnly // for checking a store: never created, migrated or written
    };
    // Opens (creating if needed, unless ExistingOnly or ReadOnly) and migrates (unless ReadOnly).
    // Throws DomainError naming the file: missing (nothing is created), in a folder or file that
    // cannot be written, or written by a newer OmniTill.
    void open(const QString& path, OpenMode mode = OpenMode::CreateIfMissing);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    const QString& path() const { return m_path; }
    int schemaVersion();

    // A cached prepared statement; bind values, then exec().
    QSqlQuery& prepare(const QString& sql);
    // Executes with positional bindings and returns the query positioned before the first row.
    QSqlQuery& exec(const QString& sql, const QVariantList& bindings = {});
    void execStatements(const QStringList& statements);
    QVariant scalar(const QString& sql, const QVariantList& bindings = {});
    qint64 lastInsertId();

    void begin();
    void commit();
    void rollback();
    // Runs once the current transaction has committed (at once outside one); forgotten when it
    // rolls back. For telling another connection's worker that there is something to read.
    void afterCommit(std::function<void()> action);
    bool inTransaction() const { return m_inTransaction; }
    // From now on the log is also checkpointed whenever this connection has been idle for a moment,
    // on a thread of its own, so that its commits rarely have to (see WalCheckpointer). For the
    // connection that sells.
    void checkpointInBackground();
    const WalCheckpointer* checkpointer() const { return m_checkpointer.get(); }

    QSqlDatabase& connection() { return m_db; }

    [[noreturn]] void fail(const QSqlQuery& query) const;

private:
    void connect(const QString& path, const QString& options);
    void openReadOnly(const QString& path);
    void refuseNewer();
    void migrate();
    void finishStatements();

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
    bool m_inTransaction = false;
    QList<std::function<void()>> m_afterCommit;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
};

using Transaction = ScopedTransaction<Database>;

} // namespace omnitill
