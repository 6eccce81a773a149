#include "SalvageReader.h"

#include "common/DomainError.h"
#include "common/Tr.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>
#include <optional>

namespace omnitill {

namespace {

QAtomicInt g_salvageCounter;
constexpr int kChunk = 256;
constexpr int kMaxProbes = 400;

QString quoted(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString joined(const QStringList& names)
{
    QStringList quotedNames;
    for (const QString& name : names)
        quotedNames.append(name == QLatin1String("rowid") ? name : quoted(name));
    return quotedNames.join(QLatin1Char(','));
}

enum class Outcome
{
    Rows,
    End,
    Broken
};

} // namespace

SalvageReader::SalvageReader(const QString& path)
    : m_connectionName(QStringLiteral("omnitill-salvage-%1").arg(g_salvageCounter.fetchAndAddRelaxed(1)))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    QSqlQuery probe(m_db);
    if (!m_db.open() || !probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !probe.next())
        throw DomainError(QStringLiteral("recover.unreadable"),
                          Tr::tr("Nothing can be read from %1: its header or its list of tables is damaged (%2). "
                                 "What was synced is safe at the hub.")
                              .arg(path, probe.lastError().isValid() ? probe.lastError().text() : m_db.lastError().text()));
}

SalvageReader::~SalvageReader()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SalvageReader::hasTable(const QString& table)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?"));
    query.addBindValue(table);
    return query.exec() && query.next();
}

QStringList SalvageReader::columns(const QString& table)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
    query.addBindValue(table);
    QStringList names;
    if (query.exec())
        while (query.next())
            names.append(query.value(0).toString());
    return names;
}

SalvageReader::Key SalvageReader::keyOf(const QString& table)
{
    QSqlQuery schema(m_db);
    schema.prepare(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?"));
    schema.addBindValue(table);
    const bool withoutRowid =
        schema.exec() && schema.next() && schema.value(0).toString().contains(QLatin1String("WITHOUT ROWID"), Qt::CaseInsensitive);
    if (!withoutRowid)
        return {{QStringLiteral("rowid")}, true};
    QSqlQuery info(m_db);
    info.prepare(QStringLiteral("SELECT name, type FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk"));
    info.addBindValue(table);
    Key key;
    if (info.exec())
        while (info.next()) {
            if (key.columns.isEmpty())
                key.numericLead = info.value(QStringLiteral("type")).toString().contains(QLatin1String("INT"), Qt::CaseInsensitive);
            key.columns.append(info.value(QStringLiteral("name")).toString());
        }
    return key;
}

int SalvageReader::read(const QString& table, const QStringList& columns, const std::function<void(const QVariantList&)>& sink)
{
    const Key key = keyOf(table);
    const int keyCount = int(key.columns.size());
    const QString select = QStringLiteral("SELECT %1, %2 FROM %3 NOT INDEXED ").arg(joined(key.columns), joined(columns), quoted(table));
    const QString tuple = QStringLiteral("(%1)").arg(joined(key.columns));
    const QString placeholders = QStringLiteral("(%1)").arg(QStringList(keyCount, QStringLiteral("?")).join(QLatin1Char(',')));
    const QString lead = key.columns.first() == QLatin1String("rowid") ? key.columns.first() : quoted(key.columns.first());

    // Runs one query; rows read before a broken page are kept.
    QVariantList lastKey;
    const auto run = [&](const QString& where, const QVariantList& bindings, const QString& direction, int limit, bool deliver) -> Outcome {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        QStringList ordering;
        for (const QString& column : key.columns)
            ordering.append((column == QLatin1String("rowid") ? column : quoted(column)) + direction);
        if (!query.prepare(select + where + QStringLiteral(" ORDER BY ") + ordering.join(QLatin1Char(',')) +
                           QStringLiteral(" LIMIT %1").arg(limit)))
            return Outcome::Broken;
        for (const QVariant& value : bindings)
            query.addBindValue(value);
        if (!query.exec())
            return Outcome::Broken;
        int rows = 0;
        while (query.next()) {
            ++rows;
            if (!deliver)
                continue;
            QVariantList keyValues, values;
            for (int i = 0; i < keyCount; ++i)
                keyValues.append(query.value(i));
            for (int i = 0; i < columns.size(); ++i)
                values.append(query.value(keyCount + i));
            lastKey = keyValues;
            sink(values);
        }
        if (query.lastError().isValid())
            return Outcome::Broken;
        return rows == 0 ? Outcome::End : Outcome::Rows;
    };

    int skipped = 0;
    std::optional<qint64> leadFloor; // after a skip: continue with lead > floor
    for (int probes = 0; probes < kMaxProbes;) {
        QString where;
        QVariantList bindings;
        if (leadFloor) {
            where = QStringLiteral("WHERE %1 > ?").arg(lead);
            bindings = {*leadFloor};
        } else if (!lastKey.isEmpty()) {
            where = QStringLiteral("WHERE %1 > %2").arg(tuple, placeholders);
            bindings = lastKey;
        }
        const QVariantList before = lastKey;
        const Outcome outcome = run(where, bindings, QString(), kChunk, true);
        if (lastKey != before)
            leadFloor.reset();
        if (outcome == Outcome::End)
            return skipped;
        if (outcome == Outcome::Rows)
            continue;
        ++skipped;
        if (!key.numericLead) {
            // Text keys cannot be probed: take what is readable from the end backwards.
            const QVariantList stop = lastKey;
            const QString tail = stop.isEmpty() ? QString() : QStringLiteral("WHERE %1 > %2").arg(tuple, placeholders);
            run(tail, stop, QStringLiteral(" DESC"), std::numeric_limits<int>::max(), true);
            return skipped;
        }
        // Find the smallest step past the broken stretch at which reading works again.
        // Ids start at 1: with nothing read yet, the broken stretch starts at the beginning.
        const qint64 from = leadFloor ? *leadFloor : (lastKey.isEmpty() ? 0 : lastKey.first().toLongLong());
        const auto probe = [&](qint64 step) {
            ++probes;
            return run(QStringLiteral("WHERE %1 > ?").arg(lead), {from + step}, QString(), 1, false);
        };
        qint64 low = 0, high = 1;
        Outcome found = probe(high);
        while (found == Outcome::Broken && high < (qint64(1) << 61) && probes < kMaxProbes) {
            low = high;
            high *= 2;
            found = probe(high);
        }
        if (found != Outcome::Rows)
            return skipped; // nothing readable after the broken stretch
        while (high - low > 1 && probes < kMaxProbes) {
            const qint64 middle = low + (high - low) / 2;
            if (probe(middle) == Outcome::Broken)
                low = middle;
            else
                high = middle;
        }
        leadFloor = from + high;
    }
    return skipped;
}

} // namespace omnitill
