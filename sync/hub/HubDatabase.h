#pragma once

#include "common/ScopedTransaction.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace omnitill::hub {

// The hub's storage: SQLite ("sqlite:PATH", the embedded default) or PostgreSQL
// ("postgresql://user[:password]@host[:port]/database"). One schema written in SQL both accept.
class HubDatabase
{
public:
    static constexpr int kSchemaVersion = 16;
    // The code of a DomainError for a statement the data made fail (a NOT NULL, CHECK or unique
    // rule, a value out of range), as opposed to the database being unreachable or busy.
    static constexpr auto kDataError = "hub.db.data";

    HubDatabase();
    ~HubDatabase();
    HubDatabase(const HubDatabase&) = delete;
    HubDatabase& operator=(const HubDatabase&) = delete;

    void open(const QString& url); // throws DomainError
    bool isPostgres() const { return m_postgres; }

    // A cached statement, executed; read it before the next exec of the same SQL.
    QSqlQuery& exec(const QString& sql, const QVariantList& bindings = {});
    QVariant scalar(const QString& sql, const QVariantList& bindings = {});
    int execAffected(const QString& sql, const QVariantList& bindings = {});

    // One multi-row "INSERT … VALUES (…),(…) suffix" per chunk of rows (bounded so no statement
    // passes PostgreSQL's 65,535 parameters); `each` sees every row a RETURNING suffix gives back.
    void insertRows(const QString& insertHead, const QList<QVariantList>& rows, const QString& suffix = {},
                    const std::function<void(const QSqlQuery&)>& each = {});

    // "INSERT INTO table(columns) <the rows> suffix" for many rows of large values. On PostgreSQL the
    // rows go through COPY (no SQL text to escape, build and parse; each value sent once as it is):
    // straight into the table without a suffix, else into a session's staging table from which one
    // INSERT … SELECT takes the suffix (ON CONFLICT, RETURNING for `each`). On SQLite it is
    // insertRows. Values: text, integers or null.
    void copyRows(const QString& table, const QStringList& columns, const QList<QVariantList>& rows, const QString& suffix = {},
                  const std::function<void(const QSqlQuery&)>& each = {});

    // The rows straight into `table` through COPY, when none of them is there yet (the usual case
    // of a push: duplicates come only from a batch sent again after a lost reply). False, with
    // nothing written, when one breaks a unique key: then copyRows with ON CONFLICT. Always false
    // on SQLite.
    bool copyIfAllNew(const QString& table, const QStringList& columns, const QList<QVariantList>& rows);

    // Rows sent as one JSON parameter and read back as a table, so that a statement is the same,
    // and one round trip, whatever the number of rows. jsonRowsSource() is the FROM item: alias
    // e, e.value one row (a JSON array), e.key its position; jsonRowColumn() one of its columns.
    QString jsonRowsSource() const;
    static QString jsonRowColumn(int column, const char* sqlType);
    static QString jsonRows(const QList<QVariantList>& rows);
    // "insertHead SELECT <the rows' columns, as sqlTypes> … suffix", the rows in their order.
    void insertJsonRows(const QString& insertHead, const QList<const char*>& sqlTypes, const QList<QVariantList>& rows,
                        const QString& suffix = {});

    // UTF-8 text as a value for copyRows: the bytes themselves where COPY takes them as they are
    // (PostgreSQL), else a QString (SQLite would store bytes as a BLOB).
    QVariant text(const QByteArray& utf8) const { return m_postgres ? QVariant(utf8) : QVariant(QString::fromUtf8(utf8)); }

    // Statements sent to the database on this connection: a test's guard against per-row work.
    qint64 statementCount() const { return m_statementCount; }

    // Takes `count` numbers from a named counter and returns the first. The counter's row stays
    // locked until the transaction ends, so numbers become visible in the order they were taken:
    // a feed reader that saw number N never later finds a smaller one appear.
    qint64 reserveSequence(const QString& counter, qint64 count);

    void begin();
    void commit();
    void rollback();

private:
    void migrate();
    void finishStatements();
    [[noreturn]] void fail(const QSqlQuery& query) const;
    void copyIn(const QString& table, const QStringList& columns, const QList<QVariantList>& rows, bool staged);

    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
    bool m_postgres = false;
    qint64 m_statementCount = 0;
    QSet<QString> m_staged;    // staging tables this session has
    QSet<QString> m_stagedNow; // created in the open transaction: kept only if it commits
};

using HubTransaction = ScopedTransaction<HubDatabase>;

} // namespace omnitill::hub
