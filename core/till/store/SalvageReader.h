#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace omnitill {

// Reads every row SQLite can still reach in a damaged file, table by table in key order, on a
// read-only connection of its own. Where a scan meets a broken page it skips ahead: past the
// broken stretch by probing the leading key when that is a number (ids, sale ids), and from the
// table's end backwards when it is text. Rows on broken pages are lost; every other row comes back.
class SalvageReader
{
public:
    // Throws DomainError when not even the list of tables can be read.
    explicit SalvageReader(const QString& path);
    ~SalvageReader();
    SalvageReader(const SalvageReader&) = delete;
    SalvageReader& operator=(const SalvageReader&) = delete;

    bool hasTable(const QString& table);
    QStringList columns(const QString& table);
    // Hands every readable row (values in the order of `columns`) to sink; returns the number of
    // broken stretches it skipped.
    int read(const QString& table, const QStringList& columns, const std::function<void(const QVariantList&)>& sink);

private:
    struct Key
    {
        QStringList columns; // "rowid" or the primary key's columns in order
        bool numericLead = true;
    };
    Key keyOf(const QString& table);

    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace omnitill
